/** The citizen's side: drafts of data-driven forms with attachments, submission, following a dossier, its result. */
package vn.motcua.web.citizen;
