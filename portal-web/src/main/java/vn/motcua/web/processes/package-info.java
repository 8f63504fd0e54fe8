/** Administrator pages for BPMN processes: the deployed definitions with their versions, and checked uploads. */
package vn.motcua.web.processes;
