/** The civil-status database stand-in: births and marriages of the seeded population, and its API behind the gateway. */
package vn.motcua.sandbox.civilstatus;
