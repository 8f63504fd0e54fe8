/** Online payment of fees: the payment platform's HTTP adapter, the citizen's pay and return pages, notifications, reconciliation, receipts and the administrators' list. */
package vn.motcua.web.payment;
