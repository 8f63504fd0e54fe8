/** Checks, when a process is deployed, that every user task names its candidate groups and its national status. */
package vn.motcua.workflow.modelcheck;
