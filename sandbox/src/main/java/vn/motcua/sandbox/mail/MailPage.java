package vn.motcua.sandbox.mail;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The inbox of the SMTP stand-in: {@code GET /sandbox/mail} lists the mails received (newest first) as a page,
 * {@code GET /sandbox/mail/messages} as JSON, {@code DELETE /sandbox/mail/messages} forgets them.
 */
@Controller
class MailPage {

    static final String VIEW = "mail/inbox";

    private final MailInbox inbox;

    MailPage(MailInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/sandbox/mail")
    String page(Model model) {
        model.addAttribute("mails", inbox.received());
        model.addAttribute("port", inbox.port());
        return VIEW;
    }

    @GetMapping("/sandbox/mail/messages")
    @ResponseBody
    List<MailInbox.ReceivedMail> messages() {
        return inbox.received();
    }

    @DeleteMapping("/sandbox/mail/messages")
    ResponseEntity<Void> clear() {
        inbox.clear();
        return ResponseEntity.noContent().build();
    }
}
