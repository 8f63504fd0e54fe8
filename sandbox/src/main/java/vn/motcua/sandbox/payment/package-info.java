/**
 * The payment platform stand-in (PayGov-like): payments created by the portal, a hosted page where the citizen pays
 * or cancels, signed returns and notifications, a query API for reconciliation, and refunds.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>Amounts are whole numbers of VND, written as decimal digits ({@code 8000}); fee types are {@code PHI} (phí)
 * or {@code LE_PHI} (lệ phí); times are {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh.</li>
 * <li>Order and refund ids are 1–64 characters among {@code A-Z a-z 0-9 . _ -}; texts are 1–255 characters and
 * may not contain {@code |}.</li>
 * <li>{@code checksum} = lower-case hex of HMAC-SHA256, keyed with the merchant's shared secret
 * ({@code sandbox.payment.secret}, UTF-8), over the fields below joined with {@code |} in the order given, each
 * exactly as sent; a field without a value counts as the empty string. The platform always sends such a field as
 * {@code ""}.</li>
 * <li>Errors are JSON {@code {"error":…}}: 400 {@code invalid_request} (with {@code field} when one is at fault),
 * 401 {@code unknown_merchant} or {@code invalid_checksum} (nothing changes), 404 {@code not_found}, 409
 * {@code order_conflict}, {@code not_paid} or {@code refund_conflict}, 422 {@code refund_exceeds_paid_amount},
 * and 500 or 503 when faults are injected into the API {@code payment}.</li>
 * </ul>
 *
 * <h2>Messages and their checksums</h2>
 * <ol>
 * <li><b>Create</b>: {@code POST /paygov/api/payments}, JSON {@code merchantCode, orderId, amount, feeType,
 * description, returnUrl, notifyUrl, createdAt, checksum}; checksum over
 * {@code merchantCode|orderId|amount|feeType|description|returnUrl|notifyUrl|createdAt}. {@code notifyUrl} may be
 * left out only when {@code sandbox.payment.notify-url} is set (which then wins). Answer 201 {@code paymentId,
 * payUrl, status}; the same order id with the same fields (whatever {@code createdAt}) answers the same payment
 * with 200, with other fields 409.</li>
 * <li><b>Return</b>: once the citizen pays or cancels on {@code payUrl}, the browser is sent (303) to
 * {@code returnUrl} with the query parameters {@code orderId, paymentId, status, amount, transactionId, paidAt,
 * checksum}; checksum over {@code orderId|paymentId|status|amount|transactionId|paidAt}. {@code status} is
 * {@code PAID} or {@code CANCELLED}; a cancelled payment has no transaction id nor paid time.</li>
 * <li><b>Notification</b>: {@code POST notifyUrl}, JSON {@code notificationId, merchantCode, orderId, paymentId,
 * status, amount, feeType, transactionId, paidAt, cancelledAt, checksum}; checksum over
 * {@code notificationId|merchantCode|orderId|paymentId|status|amount|feeType|transactionId|paidAt|cancelledAt}.
 * Sent after PAID and after CANCELLED, retried with the same body and {@code notificationId} until the merchant
 * answers 2xx with {@code {"ack":true}}.</li>
 * <li><b>Query</b>: {@code GET /paygov/api/payments/{orderId}?merchantCode=…&checksum=…}; checksum over
 * {@code merchantCode|orderId}. Answer JSON {@code merchantCode, orderId, paymentId, status, amount, feeType,
 * refundedAmount, transactionId, paidAt, cancelledAt, checksum}; checksum over
 * {@code merchantCode|orderId|paymentId|status|amount|feeType|refundedAmount|transactionId|paidAt|cancelledAt}.
 * {@code status} is one of {@code PENDING, PAID, CANCELLED, PARTIALLY_REFUNDED, REFUNDED}.</li>
 * <li><b>Refund</b>: {@code POST /paygov/api/refunds}, JSON {@code merchantCode, orderId, refundId, amount,
 * reason, checksum}; checksum over {@code merchantCode|orderId|refundId|amount|reason} (the refund id is signed
 * too, so that a captured request cannot be replayed under a new id). Only a paid payment, at most what is left of
 * its amount; the same refund id with the same fields answers the same refund with 200. Answer 201 JSON
 * {@code merchantCode, orderId, refundId, amount, refundedAt, paymentStatus, refundedAmount, checksum}; checksum
 * over {@code merchantCode|orderId|refundId|amount|refundedAt|paymentStatus|refundedAmount}.</li>
 * </ol>
 */
package vn.motcua.sandbox.payment;
