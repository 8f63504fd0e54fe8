/** Signed statistics reports: the register of an agency's dossiers for a period (slip 07). */
package vn.motcua.workflow.statistics;
