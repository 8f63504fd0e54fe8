package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.badinput.Fixture.AN;
import static vn.motcua.web.badinput.Fixture.an;
import static vn.motcua.web.badinput.Fixture.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.Step;
import vn.motcua.web.badinput.BadInputs.BadFile;
import vn.motcua.web.badinput.BadInputs.BadInput;
import vn.motcua.web.support.Filing;

/** The citizen's draft pages: starting, saving each step of the three seed forms, groups, uploads and submission. */
final class DraftTargets {

    static final List<String> PROCEDURES = List.of("2.000635", "HCM.LT.01", "HCM.HKD.01");

    private final Fixture fixture;

    DraftTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    private long drafts() {
        return fixture.count("select count(*) from draft where owner_id_number = ?", AN);
    }

    private long dossiers() {
        return fixture.count("select count(*) from dossier");
    }

    Stream<DynamicNode> start() {
        return Stream.concat(BadInputs.CODES.stream(), BadInputs.TEXT.stream().filter(i -> i.value().length() < 20_000))
                .map(input -> dynamicTest("start a draft of procedure ← " + input, () -> {
                    long before = drafts();
                    Verdicts.check(fixture.mvc(), post("/procedures/{code}/file", input.value()).with(an()).with(csrf()),
                            input);
                    assertThat(drafts()).as("no draft of an unknown procedure").isEqualTo(before);
                }));
    }

    /** Every step of every seed form, with the value in each of the step's fields at once, then the page shown back. */
    Stream<DynamicNode> steps() throws Exception {
        List<DynamicNode> procedures = new ArrayList<>();
        for (String code : PROCEDURES) {
            UUID draft = Filing.startDraft(fixture.mvc(), an(), code);
            List<Step> steps = fixture.drafts().find(draft, AN).orElseThrow().form().steps();
            List<DynamicNode> pages = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                int step = i;
                Step page = steps.get(i);
                pages.add(dynamicContainer("step " + step + " (" + page.key() + ")",
                        BadInputs.TEXT.stream().map(input -> dynamicTest(input.toString(), () -> {
                            MockHttpServletRequestBuilder save = page(draft, String.valueOf(step), "next");
                            fill(save, page, input.value());
                            MockHttpServletResponse saved = Verdicts.check(fixture.mvc(), save, input);
                            // a save with problems answers with the page itself, rendered from the saved draft: that is
                            // the page shown back; only a save that moved on needs the step asked for again
                            MockHttpServletResponse shown = saved.getStatus() == 200 ? saved : Verdicts.check(fixture.mvc(),
                                    get("/my/drafts/{id}", draft).param("step", String.valueOf(step)).with(an()), input);
                            assertThat(shown.getStatus()).isEqualTo(200);
                            if (page.fields().stream().anyMatch(f -> f.type() == FieldType.TEXT && !f.verified())) {
                                Verdicts.echoedAsTyped(shown, input);
                            }
                        }))));
            }
            procedures.add(dynamicContainer("save the form of " + code, pages));
        }
        return procedures.stream();
    }

    private static MockHttpServletRequestBuilder page(UUID draft, String step, String action) {
        return post("/my/drafts/{id}", draft).param("step", step).param("action", action).with(an()).with(csrf());
    }

    /** The value in every field of the page; a value of a megabyte goes into the first field only, to keep runs short. */
    private static void fill(MockHttpServletRequestBuilder request, Step page, String value) {
        List<Field> fields = value.length() > 100_000 ? page.fields().subList(0, 1) : page.fields();
        for (Field field : fields) {
            fill(request, field, value);
        }
    }

    /** The value in one field: each part of an address, each field of a group's first item. */
    static void fill(MockHttpServletRequestBuilder request, Field field, String value) {
        switch (field.type()) {
            case ADDRESS -> List.of(FormData.PROVINCE, FormData.WARD, FormData.STREET)
                    .forEach(part -> request.param(field.key() + "." + part, value));
            case GROUP -> {
                request.param(field.key() + ".count", "1");
                field.fields().forEach(nested -> request.param(field.key() + "[0]." + nested.key(), value));
            }
            default -> request.param(field.key(), value);
        }
    }

    /** The buttons of repeating groups and the item count, with odd groups, indexes and counts. */
    Stream<DynamicNode> groups() throws Exception {
        UUID draft = Filing.startDraft(fixture.mvc(), an(), "HCM.HKD.01");
        List<Step> steps = fixture.drafts().find(draft, AN).orElseThrow().form().steps();
        int step = 0;
        String group = null;
        for (int i = 0; i < steps.size() && group == null; i++) {
            for (Field field : steps.get(i).fields()) {
                if (field.type() == FieldType.GROUP) {
                    step = i;
                    group = field.key();
                    break;
                }
            }
        }
        assertThat(group).as("a form with a repeating group").isNotNull();
        int page = step;
        String key = group;
        List<BadInput> actions = new ArrayList<>();
        BadInputs.TEXT.forEach(input -> actions.add(new BadInput("add " + input, "add:" + input.value(), input.evaluatesTo())));
        BadInputs.TEXT.forEach(input -> actions.add(new BadInput("remove " + input, "remove:" + key + ":" + input.value(),
                input.evaluatesTo())));
        BadInputs.NUMBERS.forEach(input -> actions.add(new BadInput("remove index " + input, "remove:" + key + ":" + input.value())));
        actions.add(new BadInput("remove index 999", "remove:" + key + ":999"));
        actions.add(new BadInput("remove from an unknown group", "remove:nosuchgroup:0"));
        actions.add(new BadInput("action in another case", "ADD:" + key));
        for (int i = 0; i < 30; i++) {
            actions.add(new BadInput("add beyond the most items #" + (i + 1), "add:" + key));
        }
        Stream<DynamicNode> buttons = actions.stream().map(action -> dynamicTest("button " + action, () -> {
            Verdicts.check(fixture.mvc(), page(draft, String.valueOf(page), action.value()),
                    action);
            Verdicts.check(fixture.mvc(), get("/my/drafts/{id}", draft).param("step", String.valueOf(page)).with(an()),
                    action);
        }));
        Stream<DynamicNode> counts = BadInputs.NUMBERS.stream().map(count -> dynamicTest("item count " + count, () ->
                Verdicts.check(fixture.mvc(), page(draft, String.valueOf(page), "next")
                        .param(key + ".count", count.value()).param(key + "[0].name", "x"), count)));
        Stream<DynamicNode> pages = Stream.concat(BadInputs.NUMBERS.stream(), BadInputs.TEXT.stream()
                        .filter(i -> i.value().length() < 20_000))
                .map(number -> dynamicTest("page number " + number, () -> {
                    Verdicts.check(fixture.mvc(), page(draft, number.value(), "save"),
                            number);
                    Verdicts.check(fixture.mvc(), get("/my/drafts/{id}", draft).param("step", number.value()).with(an()),
                            number);
                }));
        return Stream.of(dynamicContainer("groups of HCM.HKD.01", Stream.concat(buttons, Stream.concat(counts, pages))));
    }

    /** Files sent to a draft's document slot; a refused file leaves no attachment row, an accepted one a safe name. */
    Stream<DynamicNode> uploads() throws Exception {
        UUID draft = Filing.startDraft(fixture.mvc(), an(), "2.000635");
        long maxBytes = fixture.drafts().limits().maxFileSize().toBytes();
        Stream<DynamicNode> files = BadInputs.files(maxBytes).stream().map(file -> dynamicTest("file " + file, () -> {
            long before = attachments(draft);
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), multipart("/my/drafts/{id}/attachments", draft)
                    .file(new MockMultipartFile("file", file.fileName(), "application/pdf", file.content()))
                    .param("slot", "1").with(an()).with(csrf()), named(file));
            assertThat(answer.getStatus()).isEqualTo(302);
            assertThat(attachments(draft)).as("attachment rows").isEqualTo(before + (file.acceptable() ? 1 : 0));
            MockHttpServletResponse page = Verdicts.check(fixture.mvc(),
                    get("/my/drafts/{id}", draft).param("step", "99").with(an()), named(file));
            if (file.acceptable()) {
                String name = fixture.jdbc().sql("select display_name from draft_attachment where draft_id = ?")
                        .param(draft).query(String.class).single();
                assertThat(name).doesNotContain("/", "\\", "..", "<", "\"", "\u0000", "\r", "\n", "\u202E").hasSizeLessThan(200);
                assertThat(Verdicts.body(page)).contains(name);
                UUID attachment = fixture.jdbc().sql("select id from draft_attachment where draft_id = ?").param(draft)
                        .query(UUID.class).single();
                MockHttpServletResponse download = Verdicts.check(fixture.mvc(),
                        get("/my/drafts/{id}/attachments/{a}", draft, attachment).with(an()), null);
                assertThat(download.getHeader("Content-Disposition")).doesNotContainPattern("[\\r\\n\\u0000]");
                Verdicts.check(fixture.mvc(), post("/my/drafts/{id}/attachments/{a}/delete", draft, attachment)
                        .with(an()).with(csrf()), null);
                assertThat(attachments(draft)).isEqualTo(before);
            }
        }));
        Stream<DynamicNode> slots = Stream.concat(BadInputs.NUMBERS.stream(), BadInputs.TEXT.stream()
                        .filter(i -> i.value().length() < 20_000))
                .map(slot -> dynamicTest("slot " + slot, () -> {
                    long before = attachments(draft);
                    Verdicts.check(fixture.mvc(), multipart("/my/drafts/{id}/attachments", draft)
                            .file(new MockMultipartFile("file", "a.pdf", "application/pdf", BadInputs.PDF))
                            .param("slot", slot.value()).with(an()).with(csrf()), slot);
                    assertThat(attachments(draft)).isEqualTo(before);
                }));
        Stream<DynamicNode> noFile = Stream.of(dynamicTest("no file part", () -> {
            long before = attachments(draft);
            Verdicts.check(fixture.mvc(), multipart("/my/drafts/{id}/attachments", draft).param("slot", "1")
                    .with(an()).with(csrf()), null);
            assertThat(attachments(draft)).isEqualTo(before);
        }));
        return Stream.of(dynamicContainer("upload to a draft", Stream.concat(files, Stream.concat(slots, noFile))));
    }

    private long attachments(UUID draft) {
        return fixture.count("select count(*) from draft_attachment where draft_id = ?", draft);
    }

    private static BadInput named(BadFile file) {
        return new BadInput(file.name(), file.fileName());
    }

    /** Submitting an incomplete draft with odd keys: refused, and no dossier nor key is left behind. */
    Stream<DynamicNode> submit() throws Exception {
        UUID draft = Filing.startDraft(fixture.mvc(), an(), "2.000635");
        Stream<DynamicNode> incomplete = BadInputs.TEXT.stream().map(key -> dynamicTest("idempotency key " + key, () -> {
            long dossiers = dossiers();
            long keys = fixture.count("select count(*) from submission_key");
            Verdicts.check(fixture.mvc(), Filing.submit(draft, an(), key.value()), key);
            assertThat(dossiers()).as("dossiers").isEqualTo(dossiers);
            assertThat(fixture.count("select count(*) from submission_key")).as("keys").isEqualTo(keys);
        }));
        Stream<DynamicNode> complete = READY_KEYS.stream().map(key -> dynamicTest("idempotency key " + key, () -> {
            UUID ready = Filing.readyDraft(fixture.mvc(), an(), "Nguyễn Văn An", "1990-05-12", "male", AN);
            long dossiers = dossiers();
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), Filing.submit(ready, an(), key.value()), key);
            boolean filed = answer.getStatus() == 302 && answer.getRedirectedUrl().startsWith("/my/dossiers/");
            assertThat(dossiers()).as("one dossier when filed, none otherwise").isEqualTo(dossiers + (filed ? 1 : 0));
            if (filed) {
                Verdicts.check(fixture.mvc(), get(answer.getRedirectedUrl()).with(an()), key);
            }
        }));
        return Stream.of(dynamicContainer("submit an incomplete draft", incomplete),
                dynamicContainer("submit a complete draft", complete));
    }

    private static final List<BadInput> READY_KEYS = BadInputs.TEXT.stream().filter(i -> List.of("script tag",
            "NUL character", "RTL override", "emoji", "lone surrogate", "CR LF header injection").contains(i.name())).toList();
}
