package vn.motcua.cases.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS gateway of a development run: logs the message (the last three digits of the number only). */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        String masked = phone == null || phone.length() < 3 ? "***" : "***" + phone.substring(phone.length() - 3);
        log.info("SMS to {}: {}", masked, text);
    }
}
