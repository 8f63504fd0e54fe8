/** Starts a dossier's process when it is filed and keeps its national status in step with the process. */
package vn.motcua.workflow.routing;
