package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/** A refused rating shows the form again with what the citizen typed, and the error next to the field at fault. */
class EvaluationRefusedTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";
    private static final Pattern COMMENT_BOX = Pattern.compile("<textarea[^>]*id=\"comment\"[^>]*>([^<]*)</textarea>");

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Evaluations evaluations;

    private Dossier finished() {
        Dossier dossier = dossiers.file(SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                "male"));
        desk.accept(dossier.id(), SampleDossiers.CLERK);
        return dossiers.completeWithResult(dossier.id(), SampleDossiers.LEADER.username());
    }

    private String evaluate(Dossier dossier, String rating, String comment) throws Exception {
        var request = post("/my/dossiers/{id}/evaluation", dossier.id()).param("comment", comment)
                .with(Logins.an()).with(csrf());
        if (rating != null) {
            request.param("rating", rating);
        }
        MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        return answer.getContentAsString(StandardCharsets.UTF_8);
    }

    /** What the comment box holds, as the browser reads it. */
    private static String commentBox(String page) {
        Matcher box = COMMENT_BOX.matcher(page);
        assertThat(box.find()).as("a comment box").isTrue();
        return HtmlUtils.htmlUnescape(box.group(1));
    }

    @Test
    void withoutARatingTheTypedCommentIsShownAgainWithTheErrorAtTheRating() throws Exception {
        Dossier dossier = finished();
        String page = evaluate(dossier, null, "Cán bộ <b>nhiệt tình</b> & chu đáo");

        assertThat(page).contains("id=\"evaluation-error-summary\"").contains("href=\"#rating-1\"")
                .contains("id=\"rating-error\"");
        assertThat(page).as("the markup escaped").doesNotContain("<b>nhiệt");
        assertThat(commentBox(page)).as("the comment as typed, in its box").isEqualTo("Cán bộ <b>nhiệt tình</b> & chu đáo");
        assertThat(page).doesNotContain("id=\"comment-error\"");
        assertThat(evaluations.of(dossier.id())).isEmpty();
    }

    @Test
    void aRatingOutOfRangeKeepsTheComment() throws Exception {
        Dossier dossier = finished();
        String page = evaluate(dossier, "7", "Nhanh gọn");

        assertThat(page).contains("id=\"rating-error\"").doesNotContain("id=\"comment-error\"");
        assertThat(commentBox(page)).isEqualTo("Nhanh gọn");
        assertThat(evaluations.of(dossier.id())).isEmpty();
    }

    @Test
    void aCommentTooLongKeepsTheRatingAndTheTextWithTheErrorAtTheComment() throws Exception {
        Dossier dossier = finished();
        String comment = "Rất hài lòng. ".repeat(80);
        String page = evaluate(dossier, "4", comment);

        assertThat(page).contains("id=\"comment-error\"").contains("href=\"#comment\"")
                .doesNotContain("id=\"rating-error\"");
        assertThat(page).as("the chosen rating stays chosen")
                .containsPattern("<input[^>]*id=\"rating-4\"[^>]*checked=\"checked\"|<input[^>]*checked=\"checked\"[^>]*id=\"rating-4\"");
        assertThat(commentBox(page)).as("the whole comment, not cut at the box's limit").isEqualTo(comment);
        assertThat(evaluations.of(dossier.id())).isEmpty();
    }

    @Test
    void aMissingRatingAndACommentTooLongAreBothSaidAtOnce() throws Exception {
        Dossier dossier = finished();
        String comment = "Góp ý rất dài. ".repeat(80);
        String page = evaluate(dossier, "", comment);

        assertThat(page).contains("id=\"rating-error\"").contains("id=\"comment-error\"")
                .contains("href=\"#rating-1\"").contains("href=\"#comment\"");
        assertThat(commentBox(page)).isEqualTo(comment);
        assertThat(evaluations.of(dossier.id())).isEmpty();

        String accepted = mvc.perform(post("/my/dossiers/{id}/evaluation", dossier.id()).param("rating", "3")
                .param("comment", comment.substring(0, 900)).with(Logins.an()).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(accepted).isEqualTo("/my/dossiers/" + dossier.id());
        assertThat(evaluations.of(dossier.id())).hasValueSatisfying(e -> assertThat(e.comment()).isEqualTo(
                comment.substring(0, 900).strip()));
    }
}
