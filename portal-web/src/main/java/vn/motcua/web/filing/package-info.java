/** The pages of a draft, shared by a citizen filing for themself and a clerk entering a walk-in applicant's dossier. */
package vn.motcua.web.filing;
