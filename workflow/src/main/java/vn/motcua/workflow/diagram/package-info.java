/** The process picture of a dossier: its BPMN diagram with the done and current steps marked, and the same as text. */
package vn.motcua.workflow.diagram;
