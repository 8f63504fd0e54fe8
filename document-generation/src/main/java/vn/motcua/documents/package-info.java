/** Official Vietnamese administrative documents as signed PDFs: issuing, signing keys and independent verification. */
package vn.motcua.documents;
