/** Writes every personal-data call the LGSP connector reports into the case-management access log. */
package vn.motcua.workflow.access;
