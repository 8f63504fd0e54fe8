/** Deadline timers: each step's due time as its task opens and closes, warnings to leaders, overdue dossiers. */
package vn.motcua.workflow.deadline;
