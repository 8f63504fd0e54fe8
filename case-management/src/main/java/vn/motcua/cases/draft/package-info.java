/** Drafts of dossiers: saved step by step, their attachments, and submission as one idempotent transaction. */
package vn.motcua.cases.draft;
