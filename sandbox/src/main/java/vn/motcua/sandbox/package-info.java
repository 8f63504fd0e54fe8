/** Stand-ins of the external systems (e-ID provider, LGSP gateway and the databases behind it); never used in production. */
package vn.motcua.sandbox;
