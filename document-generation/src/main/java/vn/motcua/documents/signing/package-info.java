/** PAdES signing: an incremental signature field whose /Contents holds a detached CAdES (CMS) signature. */
package vn.motcua.documents.signing;
