package vn.motcua.payment;

/**
 * A notification the platform posted, its checksum and merchant verified.
 *
 * @param notificationId the platform's id of the notification (a replay carries the same)
 * @param report         what it says about the order
 */
public record Notification(String notificationId, Report report) {
}
