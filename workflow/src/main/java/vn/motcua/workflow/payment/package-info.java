/** The electronic receipt of a fee paid online, issued once the payment committed. */
package vn.motcua.workflow.payment;
