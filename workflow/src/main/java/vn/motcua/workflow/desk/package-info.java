/** What staff do to a dossier's open tasks: accept, ask for a supplement or confirm the fee at the one-stop desk, review as a specialist, approve as the agency's leader. */
package vn.motcua.workflow.desk;
