/** The RFC 3161 exchange with a time-stamping authority: the request and the checks of its reply. */
package vn.motcua.documents.timestamp;
