/**
 * The forms of the portal as typed input records (slips 01-06 of Circular 03/2025/TT-VPCP and the results of the
 * seed procedures) and {@link vn.motcua.documents.templates.Templates}, which words each as an
 * {@link vn.motcua.documents.OfficialDocument}.
 */
package vn.motcua.documents.templates;
