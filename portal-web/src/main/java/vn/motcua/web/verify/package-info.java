/** Public check of a result document by the id in its QR code. */
package vn.motcua.web.verify;
