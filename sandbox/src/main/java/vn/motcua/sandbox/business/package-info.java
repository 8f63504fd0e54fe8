/** The national business registry stand-in: a few seeded businesses, name availability and lookup by tax code. */
package vn.motcua.sandbox.business;
