/** What staff do to a dossier's open tasks: accept at the one-stop desk, approve as the agency's leader. */
package vn.motcua.workflow.desk;
