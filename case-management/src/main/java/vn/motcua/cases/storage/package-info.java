/** Attachments, slips and results: bytes behind one storage port, metadata and SHA-256 in the database. */
package vn.motcua.cases.storage;
