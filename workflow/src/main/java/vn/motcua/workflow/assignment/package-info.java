/** Who works a task of the agency inbox: claim, release, reassign to a colleague, return to an earlier step, stop processing. */
package vn.motcua.workflow.assignment;
