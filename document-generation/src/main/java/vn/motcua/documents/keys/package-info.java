/** Development signing keys: a local CA and one key per agency, generated on first use and kept as PKCS#12 files. */
package vn.motcua.documents.keys;
