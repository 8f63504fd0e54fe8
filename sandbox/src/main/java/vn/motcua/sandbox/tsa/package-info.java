/**
 * The time-stamping authority stand-in (RFC 3161): signed time-stamp tokens over HTTP, its certificate, and the journal
 * of the queries it answered.
 */
package vn.motcua.sandbox.tsa;
