/**
 * Process deployment by an administrator: a BPMN file checked whole before the engine accepts it, and the list of
 * deployed processes. An uploaded process is data, not code: allow-lists of elements, registered delegates and
 * expression forms at upload, and at run time an engine that resolves only the registered beans.
 */
package vn.motcua.workflow.deployment;
