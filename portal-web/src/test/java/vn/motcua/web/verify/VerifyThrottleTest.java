package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import vn.motcua.web.support.AddressThrottle;
import vn.motcua.web.support.PortalIntegrationTest;

/** Each client address may send motcua.lookup.per-minute files a minute to be verified; then 429 with a message. */
class VerifyThrottleTest extends PortalIntegrationTest {

    @Autowired AddressThrottle throttle;

    @Test
    void anAddressThatSendsTooManyFilesWaitsAndOthersDoNot() throws Exception {
        String address = "10.98." + ThreadLocalRandom.current().nextInt(250) + "." + (ThreadLocalRandom.current().nextInt(250) + 1);
        for (int i = 0; i < throttle.perMinute(); i++) {
            assertThat(verify(address).getStatus()).as("file %d", i + 1).isEqualTo(200);
        }

        MockHttpServletResponse limited = verify(address);

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("60");
        assertThat(limited.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"verify-limited\"")
                .contains("Địa chỉ của bạn đã gửi " + throttle.perMinute() + " tệp để kiểm tra trong một phút");
        assertThat(verify(address.replace("10.98.", "10.97.")).getStatus()).as("another address").isEqualTo(200);
    }

    private MockHttpServletResponse verify(String address) throws Exception {
        return mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf",
                "not a pdf".getBytes(StandardCharsets.US_ASCII))).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }
}
