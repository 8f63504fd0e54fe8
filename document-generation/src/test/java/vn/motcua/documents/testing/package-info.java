/** Test helpers shipped in the test-jar: a pdfsig runner and sample documents for other modules' tests. */
package vn.motcua.documents.testing;
