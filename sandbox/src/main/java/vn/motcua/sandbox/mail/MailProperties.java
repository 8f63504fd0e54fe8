package vn.motcua.sandbox.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP stand-in.
 *
 * @param smtpPort the port it listens on, on the loopback interface; 0 = a free one (tests)
 */
@ConfigurationProperties("sandbox.mail")
record MailProperties(@DefaultValue("2525") int smtpPort) {
}
