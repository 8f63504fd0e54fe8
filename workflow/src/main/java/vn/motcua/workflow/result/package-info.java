/** Issues a dossier's signed result document at the end of its process. */
package vn.motcua.workflow.result;
