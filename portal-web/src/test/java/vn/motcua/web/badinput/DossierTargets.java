package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.badinput.Fixture.CLERK;
import static vn.motcua.web.badinput.Fixture.an;
import static vn.motcua.web.badinput.Fixture.csrf;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.web.badinput.BadInputs.BadInput;

/** What is done to a filed dossier on the pages: the clerk's supplement request, the answer, withdrawal, evaluation. */
final class DossierTargets {

    private static final int SUBMITTED = 1;
    private static final int SUPPLEMENT_REQUESTED = 5;
    private static final int WITHDRAWN = 7;

    private final Fixture fixture;

    DossierTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    private long attachments(UUID dossier) {
        return fixture.count("select count(*) from stored_file where dossier_id = ? and kind = 'ATTACHMENT'", dossier);
    }

    /** Refused requests (one field bad, the other missing) change nothing; accepted ones are shown escaped to both sides. */
    Stream<DynamicNode> supplementRequest() {
        Dossier shared = fixture.filed();
        Stream<DynamicNode> refused = BadInputs.TEXT.stream().map(input -> dynamicTest("refused, " + input, () -> {
            Verdicts.check(fixture.mvc(), post("/desk/dossiers/{id}/supplement", shared.id()).param("reason", input.value())
                    .param("missingItems", "").with(CLERK).with(csrf()), input);
            Verdicts.check(fixture.mvc(), post("/desk/dossiers/{id}/supplement", shared.id()).param("reason", "")
                    .param("missingItems", input.value()).with(CLERK).with(csrf()), input);
            assertThat(fixture.status(shared.id())).isEqualTo(SUBMITTED);
        }));
        Stream<DynamicNode> stored = BadInputs.STORED.stream().map(input -> dynamicTest("reason and items " + input, () -> {
            Dossier dossier = fixture.newlyFiled();
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/desk/dossiers/{id}/supplement", dossier.id())
                    .param("reason", input.value()).param("missingItems", input.value()).with(CLERK).with(csrf()), input);
            int status = fixture.status(dossier.id());
            assertThat(status).as("requested only when the clerk was sent on").isEqualTo(
                    answer.getStatus() == 302 ? SUPPLEMENT_REQUESTED : SUBMITTED);
            if (status == SUPPLEMENT_REQUESTED) {
                assertThat(fixture.count("select count(*) from supplement_request where dossier_id = ?", dossier.id())).isOne();
                Verdicts.check(fixture.mvc(), get("/my/dossiers/{id}", dossier.id()).with(an()), input);
                Verdicts.check(fixture.mvc(), get("/desk/dossiers/{id}", dossier.id()).with(CLERK), input);
                fixture.spares().awaitingSupplement(dossier, input.value());
            } else {
                assertThat(fixture.count("select count(*) from supplement_request where dossier_id = ?", dossier.id())).isZero();
            }
        }));
        return Stream.of(dynamicContainer("desk: request a supplement", Stream.concat(refused, stored)));
    }

    /** Notes and files of the citizen's answer: refused answers keep the request open and store no file. */
    Stream<DynamicNode> supplementAnswer() {
        Dossier shared = fixture.awaitingSupplement();
        Stream<DynamicNode> notes = BadInputs.TEXT.stream().map(input -> dynamicTest("note without files, " + input, () -> {
            Verdicts.check(fixture.mvc(), multipart("/my/dossiers/{id}/supplement", shared.id()).param("note", input.value())
                    .with(an()).with(csrf()), input);
            assertThat(fixture.status(shared.id())).isEqualTo(SUPPLEMENT_REQUESTED);
            assertThat(attachments(shared.id())).isZero();
        }));
        Stream<DynamicNode> files = BadInputs.files(Supplements.UPLOADS.maxBytes()).stream()
                .map(file -> dynamicTest("file " + file, () -> {
                    Dossier dossier = file.acceptable() ? fixture.awaitingSupplement() : shared;
                    BadInput named = new BadInput(file.name(), file.fileName());
                    Verdicts.check(fixture.mvc(), multipart("/my/dossiers/{id}/supplement", dossier.id())
                            .file(new MockMultipartFile("files", file.fileName(), "application/pdf", file.content()))
                            .param("note", "").with(an()).with(csrf()), named);
                    assertThat(attachments(dossier.id())).isEqualTo(file.acceptable() ? 1 : 0);
                    assertThat(fixture.status(dossier.id())).isEqualTo(file.acceptable() ? SUBMITTED : SUPPLEMENT_REQUESTED);
                    if (file.acceptable()) {
                        String name = fixture.jdbc().sql("select file_name from stored_file where dossier_id = ? and kind = 'ATTACHMENT'")
                                .param(dossier.id()).query(String.class).single();
                        assertThat(name).doesNotContain("/", "\\", "..", "<", "\"", "\u0000", "\r", "\n", "\u202E");
                        Verdicts.check(fixture.mvc(), get("/my/dossiers/{id}", dossier.id()).with(an()), named);
                        fixture.spares().submitted(dossier, file.fileName());
                    }
                }));
        Stream<DynamicNode> storedNotes = BadInputs.STORED.stream().map(input -> dynamicTest("note with a file, " + input, () -> {
            Dossier dossier = fixture.awaitingSupplement();
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), multipart("/my/dossiers/{id}/supplement", dossier.id())
                    .file(new MockMultipartFile("files", "a.pdf", "application/pdf", BadInputs.PDF))
                    .param("note", input.value()).with(an()).with(csrf()), input);
            boolean answered = answer.getStatus() == 302;
            assertThat(fixture.status(dossier.id())).isEqualTo(answered ? SUBMITTED : SUPPLEMENT_REQUESTED);
            assertThat(attachments(dossier.id())).isEqualTo(answered ? 1 : 0);
            Verdicts.check(fixture.mvc(), get("/my/dossiers/{id}", dossier.id()).with(an()), input);
            Verdicts.check(fixture.mvc(), get("/desk/dossiers/{id}", dossier.id()).with(CLERK), input);
            if (answered) {
                fixture.spares().submitted(dossier, input.value());
            }
        }));
        return Stream.of(dynamicContainer("answer a supplement request", Stream.concat(notes, Stream.concat(files, storedNotes))));
    }

    /** Withdrawal reasons, unconfirmed on one dossier, confirmed on a fresh one each. */
    Stream<DynamicNode> withdrawal() {
        Dossier shared = fixture.filed();
        Stream<DynamicNode> unconfirmed = BadInputs.TEXT.stream().map(input -> dynamicTest("unconfirmed, " + input, () -> {
            MockHttpServletResponse page = Verdicts.check(fixture.mvc(), post("/my/dossiers/{id}/withdrawal", shared.id())
                    .param("reason", input.value()).with(an()).with(csrf()), input);
            Verdicts.echoedAsTyped(page, input);
            assertThat(fixture.status(shared.id())).isEqualTo(SUBMITTED);
        }));
        Stream<DynamicNode> confirmations = BadInputs.TEXT.stream().map(input -> dynamicTest("confirm value " + input, () -> {
            Verdicts.check(fixture.mvc(), post("/my/dossiers/{id}/withdrawal", shared.id()).param("reason", "")
                    .param("confirm", input.value()).with(an()).with(csrf()), input);
            assertThat(fixture.status(shared.id())).isEqualTo(SUBMITTED);
        }));
        Fixture.Reusable filed = new Fixture.Reusable(fixture::filed);
        Stream<DynamicNode> confirmed = BadInputs.STORED.stream().map(input -> dynamicTest("confirmed, " + input, () -> {
            Dossier dossier = filed.get();
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/my/dossiers/{id}/withdrawal", dossier.id())
                    .param("reason", input.value()).param("confirm", "yes").with(an()).with(csrf()), input);
            assertThat(fixture.status(dossier.id())).isEqualTo(answer.getStatus() == 302 ? WITHDRAWN : SUBMITTED);
            Verdicts.check(fixture.mvc(), get("/my/dossiers/{id}", dossier.id()).with(an()), input);
            if (answer.getStatus() == 302) {
                filed.consumed();
            }
        }));
        return Stream.of(dynamicContainer("withdraw a dossier",
                Stream.concat(unconfirmed, Stream.concat(confirmations, confirmed))));
    }

    /** Ratings and comments: refused ones record nothing; a recorded comment is shown escaped. */
    Stream<DynamicNode> evaluation() {
        Dossier shared = fixture.finished();
        Stream<DynamicNode> ratings = BadInputs.textAndNumbers().map(input -> dynamicTest("rating " + input, () -> {
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/my/dossiers/{id}/evaluation", shared.id())
                    .param("rating", input.value()).param("comment", "").with(an()).with(csrf()), input);
            boolean inRange = input.value().strip().matches("[1-5]");
            assertThat(answer.getStatus()).isEqualTo(inRange ? 302 : 200);
            assertThat(evaluations(shared.id())).as("recorded only from 1 to 5").isEqualTo(inRange ? 1 : 0);
            // the shared dossier is rated again by the next case
            fixture.jdbc().sql("delete from dossier_evaluation where dossier_id = ?").param(shared.id()).update();
        }));
        Stream<DynamicNode> refusedComments = BadInputs.TEXT.stream().map(input -> dynamicTest("comment, rating 0, " + input, () -> {
            MockHttpServletResponse page = Verdicts.check(fixture.mvc(), post("/my/dossiers/{id}/evaluation", shared.id())
                    .param("rating", "0").param("comment", input.value()).with(an()).with(csrf()), input);
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(evaluations(shared.id())).isZero();
        }));
        // one finished dossier for every comment: each case's rating is shown, then removed for the next case
        Stream<DynamicNode> comments = BadInputs.STORED.stream().map(input -> dynamicTest("comment, rating 5, " + input, () -> {
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/my/dossiers/{id}/evaluation", shared.id())
                    .param("rating", "5").param("comment", input.value()).with(an()).with(csrf()), input);
            assertThat(evaluations(shared.id())).isEqualTo(answer.getStatus() == 302 ? 1 : 0);
            Verdicts.check(fixture.mvc(), get("/my/dossiers/{id}", shared.id()).with(an()), input);
            fixture.jdbc().sql("delete from dossier_evaluation where dossier_id = ?").param(shared.id()).update();
        }));
        return Stream.of(dynamicContainer("rate the service", Stream.concat(ratings, Stream.concat(refusedComments, comments))));
    }

    private long evaluations(UUID dossier) {
        return fixture.count("select count(*) from dossier_evaluation where dossier_id = ?", dossier);
    }
}
