/** Test support shared with other modules' tests (the test-jar): an S3-compatible server to store files in. */
package vn.motcua.cases.testing;
