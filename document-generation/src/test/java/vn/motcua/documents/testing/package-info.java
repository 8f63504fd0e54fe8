/**
 * Test helpers shipped in the test-jar for other modules' tests: a pdfsig runner, PDF text and QR readers, an RFC 3161
 * time-stamping authority on a loopback port, and sample documents and template inputs.
 */
package vn.motcua.documents.testing;
