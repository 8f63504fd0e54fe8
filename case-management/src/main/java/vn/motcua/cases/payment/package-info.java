/** Online fee payments: fee rules per procedure version, the payment aggregate, the platform port and reconciliation. */
package vn.motcua.cases.payment;
