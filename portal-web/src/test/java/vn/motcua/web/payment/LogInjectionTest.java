package vn.motcua.web.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import vn.motcua.web.support.EscapedMessageConverter;
import vn.motcua.web.support.PortalIntegrationTest;

/** A value from a request that holds line breaks is logged on one line, its control characters escaped. */
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTest extends PortalIntegrationTest {

    @Test
    void anOrderIdWithALineBreakIsLoggedOnOneEscapedLine(CapturedOutput output) throws Exception {
        String orderId = "H29-NOPE-\r\nFAKE LOG LINE\u001b[31m";
        String sum = PaymentFlows.CHECKSUMS.sign("N-LOG", "MOTCUA", orderId, "PG00", "PAID", 1000, "LE_PHI", "GD1",
                "20261126100000", "");
        String body = PaymentFlows.notification("N-LOG", "H29-NOPE-\\r\\nFAKE LOG LINE\\u001b[31m", "PG00", "PAID",
                1000, "GD1", "20261126100000", sum);

        int status = mvc.perform(post("/payment/notifications").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();

        assertThat(status).as("an unknown order, refused and audited").isEqualTo(404);
        assertThat(output.getOut()).contains("order H29-NOPE-\\r\\nFAKE LOG LINE\\u001b[31m");
        assertThat(Arrays.stream(output.getOut().split("\n")).filter(line -> line.startsWith("FAKE LOG LINE")))
                .as("a forged line").isEmpty();
        assertThat(Arrays.stream(output.getOut().split("\n")).filter(line -> line.contains("H29-NOPE-")))
                .as("the logged lines of the order").isNotEmpty().noneMatch(line -> line.indexOf('\u001b') >= 0);
    }

    @Test
    void controlCharactersAreEscapedAndOtherTextKept() {
        assertThat(EscapedMessageConverter.escape("a\r\nb\tc\u0000d\u2028e Hồ sơ ✅"))
                .isEqualTo("a\\r\\nb\\tc\\u0000d\\u2028e Hồ sơ ✅");
        assertThat(EscapedMessageConverter.escape("plain")).isEqualTo("plain");
        assertThat(EscapedMessageConverter.escape(null)).isNull();
    }
}
