/** Online payment of fees: starting a payment, confirming it from the platform's signed return and notifications, refunds, reconciliation and the electronic receipt. */
package vn.motcua.workflow.payment;
