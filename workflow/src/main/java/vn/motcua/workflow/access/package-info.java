/**
 * The personal-data access log's feeds and guard: every personal-data call the LGSP connector reports and every staff
 * read of a dossier go into the case-management access log, and its head is anchored with time-stamp tokens.
 */
package vn.motcua.workflow.access;
