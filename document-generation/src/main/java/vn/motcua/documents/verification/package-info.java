/** Independent checking of PDF signatures: byte range, CMS digest and signature, and chain to a trusted CA. */
package vn.motcua.documents.verification;
