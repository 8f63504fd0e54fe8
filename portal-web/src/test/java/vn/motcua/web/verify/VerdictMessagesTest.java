package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every verdict the verification page can give has its explanation in both languages. */
class VerdictMessagesTest {

    @Test
    void everyOutcomeAndProblemIsExplained() throws IOException {
        for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
            Properties messages = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String outcome : new String[] { "valid", "revoked", "unknown", "invalid" }) {
                assertThat(messages).containsKey("verify.outcome." + outcome);
            }
            for (String problem : UploadVerdict.EXPLAINED_PROBLEMS) {
                assertThat(messages).containsKey(UploadVerdict.reasonKeyOf(problem));
            }
            assertThat(UploadVerdict.reasonKeyOf("something-new")).isEqualTo("verify.problem.other");
            assertThat(messages).containsKeys("verify.problem.other", "verify.problem.empty", "verify.problem.tooLarge",
                    "verify.problem.notIssued", "admin.revoke.reasonRequired", "admin.revoke.reasonTooLong",
                    "admin.revoke.already");
        }
    }
}
