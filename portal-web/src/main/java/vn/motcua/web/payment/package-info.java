/** Online payment of fees, the web side: the citizen's pay and return pages, the platform's notifications, receipts and the administrators' list. */
package vn.motcua.web.payment;
