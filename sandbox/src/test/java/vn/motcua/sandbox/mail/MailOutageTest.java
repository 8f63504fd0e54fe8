package vn.motcua.sandbox.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import vn.motcua.sandbox.RunningSandbox;

/**
 * The SMTP stand-in's outage switch ({@code PUT /sandbox/faults/smtp}): the server stops accepting connections, keeps
 * what it had received, and accepts mail again on the same port once the switch is off.
 */
class MailOutageTest {

    static RunningSandbox sandbox;
    static int smtpPort;

    @BeforeAll
    static void start() {
        sandbox = new RunningSandbox("--sandbox.mail.smtp-port=0");
        smtpPort = sandbox.context().getBean(MailInbox.class).port();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anOutageStopsTheServerKeepsItsMailAndTheEndOfTheOutageBringsItBackOnTheSamePort() {
        send("truoc@example.vn", "Trước sự cố");

        assertThat(sandbox.putJson("/sandbox/faults/smtp", "{\"outage\":true}").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> new Socket("127.0.0.1", smtpPort).close()).as("nothing listens during the outage")
                .isInstanceOf(IOException.class);
        assertThat(subjects()).containsExactly("Trước sự cố");

        assertThat(sandbox.putJson("/sandbox/faults/smtp", "{\"outage\":false}").statusCode()).isEqualTo(200);
        send("sau@example.vn", "Sau sự cố");
        assertThat(subjects()).containsExactlyInAnyOrder("Trước sự cố", "Sau sự cố");

        sandbox.putJson("/sandbox/faults/smtp", "{\"outage\":true}");
        assertThat(sandbox.delete("/sandbox/faults").statusCode()).isEqualTo(204);
        send("lai@example.vn", "Sau khi đặt lại");
        assertThat(subjects()).as("a reset of all faults ends the SMTP outage too").hasSize(3);
    }

    private static void send(String to, String subject) {
        GreenMailUtil.sendTextEmail(to, "motcua@example.vn", subject, "Nội dung",
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects() {
        List<Object> mails = RunningSandbox.jsonList(sandbox.get("/sandbox/mail/messages").body());
        return mails.stream().map(mail -> (String) ((Map<String, Object>) mail).get("subject")).toList();
    }
}
