package vn.motcua.sandbox.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import vn.motcua.sandbox.fault.FaultInjector;
import vn.motcua.sandbox.fault.FaultListener;

/**
 * An SMTP server on the loopback interface that accepts every mail for every address and keeps it in memory, so the
 * demo and tests see what the portal sent. A port already in use leaves the sandbox running without it.
 */
@Component
public class MailInbox implements SmartLifecycle, FaultListener {

    private static final Logger log = LoggerFactory.getLogger(MailInbox.class);

    private final MailProperties properties;
    private GreenMail server;
    /** What the server received before an outage switch stopped it. */
    private final List<ReceivedMail> beforeOutage = new ArrayList<>();
    /** The port of the first start, kept when an outage ends (a configured port of 0 picks a free one once). */
    private int port;

    MailInbox(MailProperties properties) {
        this.properties = properties;
    }

    /** A received mail. */
    public record ReceivedMail(String from, List<String> to, String subject, String body, Instant receivedAt) {
    }

    /** The port the SMTP server listens on, or -1 when it is not running. */
    public synchronized int port() {
        return server == null ? -1 : server.getSmtp().getPort();
    }

    /** The mails received, newest first. */
    public synchronized List<ReceivedMail> received() {
        Stream<ReceivedMail> current = server == null ? Stream.empty()
                : Arrays.stream(server.getReceivedMessages()).map(MailInbox::toReceived);
        return Stream.concat(beforeOutage.stream(), current)
                .sorted(Comparator.comparing(ReceivedMail::receivedAt).reversed()).toList();
    }

    /** Forgets every mail received. */
    public synchronized void clear() {
        beforeOutage.clear();
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot clear the sandbox inbox", e);
            }
        }
    }

    private static ReceivedMail toReceived(MimeMessage message) {
        try {
            List<String> to = message.getAllRecipients() == null ? List.of()
                    : Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
            String from = message.getFrom() == null ? "" : Arrays.stream(message.getFrom()).map(Address::toString)
                    .collect(Collectors.joining(", "));
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return new ReceivedMail(from, to, message.getSubject(), body(message), at);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read a received mail", e);
        }
    }

    private static String body(MimeMessage message) throws MessagingException {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (IOException e) {
            return GreenMailUtil.getBody(message);
        }
    }

    /** The SMTP outage switch: stops the server (keeping what it received), or starts it again. */
    @Override
    public synchronized void outageChanged(FaultInjector.Api api, boolean outage) {
        if (api != FaultInjector.Api.SMTP) {
            return;
        }
        if (outage && server != null) {
            Arrays.stream(server.getReceivedMessages()).map(MailInbox::toReceived).forEach(beforeOutage::add);
            stop();
            log.info("Sandbox SMTP server stopped by its outage switch");
        } else if (!outage && server == null) {
            start();
        }
    }

    @Override
    public synchronized void start() {
        if (port == 0) {
            port = properties.smtpPort();
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail candidate = new GreenMail(setup);
        try {
            candidate.start();
            server = candidate;
            port = server.getSmtp().getPort();
            log.info("Sandbox SMTP server listens on 127.0.0.1:{}", server.getSmtp().getPort());
        } catch (RuntimeException e) {
            log.warn("Sandbox SMTP server could not start on port {}: {}", properties.smtpPort(), e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }
}
