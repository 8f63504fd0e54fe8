/** What the national databases say about an applicant and a form, over the LGSP: prefill, the walk-in applicant's identity, national checks of fields. */
package vn.motcua.workflow.prefill;
