/** Page layout of an official document (header, title, body, signature block, QR code) rendered with OpenPDF. */
package vn.motcua.documents.pdf;
