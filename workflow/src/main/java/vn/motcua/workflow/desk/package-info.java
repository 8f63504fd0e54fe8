/** What staff do to a dossier's open tasks: accept or ask for a supplement at the one-stop desk, approve as the agency's leader. */
package vn.motcua.workflow.desk;
