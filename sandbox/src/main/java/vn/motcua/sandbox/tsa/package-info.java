/** The time-stamping authority stand-in (RFC 3161): signed time-stamp tokens over HTTP and its certificate. */
package vn.motcua.sandbox.tsa;
