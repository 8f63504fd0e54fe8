/** The national e-ID stand-in (VNeID-like): an OpenID Connect provider with citizen and staff accounts. */
package vn.motcua.sandbox.eid;
