/** Online payment of fees: starting a payment, confirming it from the platform's signed return and notifications, refunds and reconciliation. */
package vn.motcua.workflow.payment;
