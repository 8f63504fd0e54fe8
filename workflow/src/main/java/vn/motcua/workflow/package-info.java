/** Routing of dossiers through the one-stop desk and the agencies with Flowable BPMN. */
package vn.motcua.workflow;
