/** Changes to staff assignments that first check that no open task is left without anyone allowed to do it. */
package vn.motcua.workflow.staff;
