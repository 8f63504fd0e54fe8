/** Online fee payments: fee rules per procedure version, the payment aggregate and its books; the platform is reached from {@code workflow}. */
package vn.motcua.cases.payment;
