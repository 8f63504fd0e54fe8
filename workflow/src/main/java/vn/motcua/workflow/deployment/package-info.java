/** Process deployment by an administrator: a BPMN file checked whole before the engine accepts it, and the list of deployed processes. */
package vn.motcua.workflow.deployment;
