package vn.motcua.cases.notification;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a citizen's notification by e-mail (over SMTP, when {@code spring.mail.host} is set) and SMS, outside any
 * transaction, and records the e-mail's outcome: a failure is kept with its message and retried later, never undoing
 * the transition the notification tells of.
 */
@Component
class Messengers {

    private static final Logger log = LoggerFactory.getLogger(Messengers.class);

    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final SmsGateway sms;
    private final NotificationProperties properties;

    Messengers(Notifications notifications, ObjectProvider<JavaMailSender> mail, SmsGateway sms,
            NotificationProperties properties) {
        this.notifications = notifications;
        this.mail = mail;
        this.sms = sms;
        this.properties = properties;
    }

    /** Sends the notification's e-mail if it is pending or failed, and its SMS with the first attempt. */
    void deliver(UUID id) {
        Notification notification = notifications.find(id).orElse(null);
        if (notification == null || notification.audience() != Audience.CITIZEN) {
            return;
        }
        boolean firstAttempt = notification.emailAttempts() == 0 && notification.emailState() != EmailState.SENT;
        if (firstAttempt && notification.smsTo() != null) {
            try {
                sms.send(notification.smsTo(), "Mot Cua: ho so " + notification.dossierCode() + " - "
                        + notification.kind().subject());
            } catch (RuntimeException e) {
                log.warn("SMS of notification {} failed: {}", id, e.toString());
            }
        }
        if (notification.emailState() != EmailState.PENDING && notification.emailState() != EmailState.FAILED) {
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            notifications.recordEmailFailed(id, "No mail server is configured (spring.mail.host)");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(notification.emailTo());
        message.setSubject("[Một Cửa] " + notification.kind().subject() + " – " + notification.dossierCode());
        message.setText(body(notification));
        try {
            sender.send(message);
            notifications.recordEmailSent(id);
        } catch (MailException e) {
            log.warn("E-mail of notification {} failed: {}", id, e.toString());
            notifications.recordEmailFailed(id, e.getMessage());
        }
    }

    private String body(Notification notification) {
        return "Kính gửi ông/bà,\n\n"
                + "Hồ sơ " + notification.dossierCode() + ": " + notification.kind().subject() + ".\n\n"
                + "Xem chi tiết tại: " + properties.portalBaseUrl() + "/my/dossiers/" + notification.dossierId() + "\n\n"
                + "Cổng dịch vụ công Một Cửa (thư tự động, xin đừng trả lời).\n";
    }
}
