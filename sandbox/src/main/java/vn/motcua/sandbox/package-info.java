/** Stand-ins of the external systems (e-ID provider, LGSP gateway and its databases, TSA); never used in production. */
package vn.motcua.sandbox;
