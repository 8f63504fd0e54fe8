package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.badinput.Fixture.AN;
import static vn.motcua.web.badinput.Fixture.CLERK;
import static vn.motcua.web.badinput.Fixture.an;
import static vn.motcua.web.badinput.Fixture.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.Step;
import vn.motcua.web.badinput.BadInputs.BadInput;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.SampleDossiers;

/**
 * Template-engine expressions typed into form fields, for every procedure with an online form: saved in every field of
 * every page, and stored in every value of a filed dossier (the choice fields included, as if a value had slipped past
 * validation), then shown on the citizen's and the desk's pages. Each is kept and shown literally; nothing evaluates it.
 */
final class ExpressionTargets {

    /** Expressions of each syntax Thymeleaf, Spring EL and OGNL know; {@code evaluatesTo} is what evaluating would show. */
    static final List<BadInput> EXPRESSIONS = List.of(
            new BadInput("preprocessed Runtime.exec", "__${T(java.lang.Runtime).getRuntime().exec('id')}__", "java.lang.Process"),
            new BadInput("variable expression", "${7*7}", "49"),
            new BadInput("selection expression", "*{7*7}", "49"),
            new BadInput("message expression", "#{7*7}", "49"),
            new BadInput("inlined expression", "[[${7*7}]]", "49"));

    private static final FileDossier SAMPLE = SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
            "male");

    private final Fixture fixture;

    ExpressionTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    Stream<DynamicNode> everyProcedure() throws Exception {
        List<DynamicNode> procedures = new ArrayList<>();
        for (String code : DraftTargets.PROCEDURES) {
            UUID draft = Filing.startDraft(fixture.mvc(), an(), code);
            List<Step> steps = fixture.drafts().find(draft, AN).orElseThrow().form().steps();
            List<DynamicNode> cases = new ArrayList<>();
            for (BadInput expression : EXPRESSIONS) {
                cases.add(dynamicTest("draft pages ← " + expression, () -> draftPages(draft, steps, expression)));
                cases.add(dynamicTest("dossier pages ← " + expression, () -> dossierPages(code, steps, expression)));
            }
            procedures.add(dynamicContainer("expressions in the form of " + code, cases));
        }
        return procedures.stream();
    }

    private void draftPages(UUID draft, List<Step> steps, BadInput expression) {
        for (int step = 0; step < steps.size(); step++) {
            MockHttpServletRequestBuilder save = post("/my/drafts/{id}", draft).param("step", String.valueOf(step))
                    .param("action", "save").with(an()).with(csrf());
            steps.get(step).fields().forEach(field -> DraftTargets.fill(save, field, expression.value()));
            Verdicts.check(fixture.mvc(), save, expression);
            MockHttpServletResponse shown = Verdicts.check(fixture.mvc(),
                    get("/my/drafts/{id}", draft).param("step", String.valueOf(step)).with(an()), expression);
            assertThat(shown.getStatus()).isEqualTo(200);
            if (steps.get(step).fields().stream().anyMatch(f -> f.type() == FieldType.TEXT && !f.verified())) {
                assertThat(Verdicts.body(shown)).as("the value shown back as typed")
                        .contains(HtmlUtils.htmlEscape(expression.value()));
            }
        }
        String stored = fixture.jdbc().sql("select form_data::text from draft where id = ?").param(draft)
                .query(String.class).single();
        assertThat(stored).as("the value stored as typed").contains(expression.value());
    }

    private void dossierPages(String code, List<Step> steps, BadInput expression) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (code.equals(SAMPLE.procedureCode())) {
            // the extract copy's page needs its numbers and dates as filing leaves them
            values.putAll(SAMPLE.formData());
        }
        // texts and choices: a date, number, address or group of another shape is refused before it is ever stored
        steps.forEach(step -> step.fields().stream().filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.CHOICE)
                .forEach(field -> values.put(field.key(), expression.value())));
        Dossier dossier = fixture.dossiers().file(new FileDossier(code, new Applicant(AN, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", null, "0901234567", null), Channel.ONLINE, values));
        assertThat(fixture.jdbc().sql("select count(*) from dossier where id = ? and form_data::text like ?")
                .param(dossier.id()).param("%" + expression.value().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%").query(Long.class).single())
                .as("the value stored as typed").isEqualTo(1);
        MockHttpServletResponse citizen = Verdicts.check(fixture.mvc(), get("/my/dossiers/{id}", dossier.id()).with(an()),
                expression);
        assertThat(citizen.getStatus()).isEqualTo(200);
        assertThat(Verdicts.body(citizen)).as("the value shown as typed").contains(HtmlUtils.htmlEscape(expression.value()));
        MockHttpServletResponse desk = Verdicts.check(fixture.mvc(), get("/desk/dossiers/{id}", dossier.id()).with(CLERK),
                expression);
        if (desk.getStatus() == 200) {
            assertThat(Verdicts.body(desk)).as("the value shown as typed at the desk")
                    .contains(HtmlUtils.htmlEscape(expression.value()));
        }
    }
}
