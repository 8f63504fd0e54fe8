package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.Step;
import vn.motcua.web.badinput.BadInputs.BadFile;
import vn.motcua.web.badinput.BadInputs.BadInput;
import vn.motcua.web.security.ApiTokens;

/**
 * REST API v1 for filing: the catalogue, starting, saving and deleting drafts, their attachments, submission with an
 * {@code Idempotency-Key}, and the documents of a dossier. Errors must be problem details; refused requests change no
 * row; values kept come back in the JSON as the very text that was sent.
 */
final class DraftApiTargets {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM = "application/problem+json";

    /** JSON values of the wrong type for a form field, written as they go on the wire. */
    static final List<BadInput> WRONG_TYPES = List.of(
            new BadInput("number", "42"), new BadInput("negative number", "-1"),
            new BadInput("huge number", "99999999999999999999999999999999999999"), new BadInput("exponent", "1e308"),
            new BadInput("decimal", "0.1"), new BadInput("true", "true"), new BadInput("null", "null"),
            new BadInput("empty array", "[]"), new BadInput("array of strings", "[\"a\", \"b\"]"),
            new BadInput("empty object", "{}"), new BadInput("object", "{\"province\": {\"x\": 1}, \"a\": [1]}"),
            new BadInput("array of arrays", "[[1], [2]]"), new BadInput("array of nulls", "[null, null]"),
            new BadInput("nesting depth 1000", "[".repeat(1000) + "]".repeat(1000)),
            new BadInput("object nesting depth 1000", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000)));

    /** Bodies of {@code PUT /api/v1/drafts/{id}} that are not what it takes. */
    static final List<BadInput> SAVE_BODIES = List.of(
            new BadInput("truncated", "{\"step\": 0, \"values\": {\"phone\": \"09"),
            new BadInput("not JSON", "<script>alert(1)</script>"), new BadInput("empty", ""),
            new BadInput("array for the body", "[{\"step\": 0}]"), new BadInput("string for the body", "\"values\""),
            new BadInput("empty object", "{}"), new BadInput("values null", "{\"values\": null}"),
            new BadInput("values as array", "{\"values\": [1, 2]}"), new BadInput("values as string", "{\"values\": \"x\"}"),
            new BadInput("values as number", "{\"values\": 42}"),
            new BadInput("step as text", "{\"step\": \"một\", \"values\": {}}"),
            new BadInput("step as text digit", "{\"step\": \"0\", \"values\": {}}"),
            new BadInput("step negative", "{\"step\": -1, \"values\": {}}"),
            new BadInput("step beyond the form", "{\"step\": 99, \"values\": {}}"),
            new BadInput("step int overflow", "{\"step\": 2147483648, \"values\": {}}"),
            new BadInput("step huge", "{\"step\": 99999999999999999999999999, \"values\": {}}"),
            new BadInput("step exponent", "{\"step\": 1e308, \"values\": {}}"),
            new BadInput("step decimal", "{\"step\": 0.5, \"values\": {}}"),
            new BadInput("step as array", "{\"step\": [0], \"values\": {}}"),
            new BadInput("step as object", "{\"step\": {\"a\": 0}, \"values\": {}}"),
            new BadInput("values nested depth 1000", "{\"values\": " + "{\"a\":".repeat(1000) + "1" + "}".repeat(1000) + "}"),
            new BadInput("array nesting depth 1000", "{\"values\": {\"phone\": " + "[".repeat(1000) + "]".repeat(1000) + "}}"),
            new BadInput("1 MB key", "{\"values\": {\"" + BadInputs.ONE_MEGABYTE + "\": \"x\"}}"),
            new BadInput("1 MB value of an unknown field", "{\"values\": {\"nosuchfield\": \"" + BadInputs.ONE_MEGABYTE + "\"}}"),
            new BadInput("10,000 unknown fields", unknownFields(10_000)),
            new BadInput("duplicate keys", "{\"step\": 0, \"step\": 1, \"values\": {}}"),
            new BadInput("escaped NUL in a key", "{\"values\": {\"pho\\u0000ne\": \"1\"}}"),
            new BadInput("lone surrogate escape", "{\"values\": {\"phone\": \"\\ud800\"}}"),
            new BadInput("comments", "{/* x */ \"values\": {}}"),
            new BadInput("trailing garbage", "{\"values\": {}} xyz"),
            new BadInput("NaN literal", "{\"step\": NaN, \"values\": {}}"));

    /** Values of the {@code Idempotency-Key} header that are refused before anything is looked up. */
    static final List<BadInput> KEYS = List.of(
            new BadInput("empty", ""), new BadInput("101 characters", "k".repeat(101)),
            new BadInput("10,000 characters", "k".repeat(10_000)), new BadInput("control characters", "key\u0001\u001B"),
            new BadInput("NUL", "key\u0000"), new BadInput("CR LF", "key\r\nX-Injected: 1"), new BadInput("tab", "a\tb"),
            new BadInput("space inside", "a b"), new BadInput("only spaces", "   "), new BadInput("DEL", "key\u007F"),
            new BadInput("Vietnamese", "khóa-nộp-hồ-sơ"), new BadInput("emoji", "key-👨‍👩‍👧"),
            new BadInput("RTL override", "\u202Ekey"), new BadInput("zero-width", "ke\u200By"),
            new BadInput("lone surrogate", "a\uD800b"), new BadInput("Latin-1 character", "clé"));

    private final Fixture fixture;

    DraftApiTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    /** An Nguyễn Văn An's access token as the e-ID provider issues it, turned into authorities by the portal. */
    static RequestPostProcessor an() {
        return jwt().jwt(token -> token.subject(Fixture.AN).claim("account_type", "citizen").claim("acr", "eid-high")
                        .claim("name", "Nguyễn Văn An").claim("birthdate", "1990-05-12").claim("gender", "male")
                        .claim("scope", "openid dossiers.read dossiers.write"))
                .authorities(t -> new ArrayList<GrantedAuthority>(new ApiTokens(staff -> java.util.Set.of()).convert(t).getAuthorities()));
    }

    static JsonNode json(MockHttpServletResponse response) {
        return JSON.readTree(Verdicts.body(response));
    }

    private UUID started(String procedure) {
        MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/api/v1/drafts")
                .contentType(MediaType.APPLICATION_JSON).content("{\"procedureCode\": \"" + procedure + "\"}").with(an()), null);
        assertThat(answer.getStatus()).as(Verdicts.body(answer)).isEqualTo(201);
        return UUID.fromString(json(answer).get("id").asString());
    }

    private String formData(UUID draft) {
        return fixture.jdbc().sql("select form_data::text || current_step from draft where id = ?").param(draft)
                .query(String.class).single();
    }

    /** Search and the procedure page, with every value in every parameter and as the code. */
    Stream<DynamicNode> catalogue() {
        Stream<DynamicNode> filters = Stream.of("q", "agency", "field").flatMap(parameter -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest(parameter + " " + input, () -> {
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(),
                            get("/api/v1/procedures").param(parameter, input.value()), input);
                    assertThat(answer.getStatus()).isEqualTo(200);
                })));
        Stream<DynamicNode> paging = Stream.of("page", "size").flatMap(parameter -> BadInputs.textAndNumbers()
                .map(input -> dynamicTest(parameter + " " + input, () -> {
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(),
                            get("/api/v1/procedures").param(parameter, input.value()), input);
                    assertThat(answer.getStatus()).isIn(200, 400);
                })));
        Stream<DynamicNode> repeated = Stream.of(dynamicTest("every parameter twice", () -> Verdicts.checkApi(fixture.mvc(),
                get("/api/v1/procedures").param("page", "0", "1").param("size", "1", "x").param("q", "a", "b"), null)));
        Stream<DynamicNode> codes = Stream.concat(BadInputs.CODES.stream(), BadInputs.TEXT.stream()
                        .filter(i -> i.value().length() < 20_000))
                .map(input -> dynamicTest("procedure " + input, () -> {
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(),
                            get("/api/v1/procedures/{code}", input.value()), input);
                    assertThat(answer.getStatus()).isGreaterThanOrEqualTo(400);
                }));
        return Stream.of(dynamicContainer("API: the catalogue", Stream.of(filters, paging, repeated, codes).flatMap(s -> s)));
    }

    /** Starting a draft with odd codes and bodies: refused ones leave no draft behind. */
    Stream<DynamicNode> start() {
        List<BadInput> bodies = new ArrayList<>(ApiTargets.BODIES);
        Stream.concat(BadInputs.CODES.stream(), BadInputs.TEXT.stream()).forEach(code -> bodies.add(new BadInput(
                "procedureCode " + code, JSON.writeValueAsString(Map.of("procedureCode", code.value())), code.evaluatesTo())));
        WRONG_TYPES.forEach(type -> bodies.add(new BadInput("procedureCode " + type, "{\"procedureCode\": " + type.value() + "}")));
        return Stream.of(dynamicContainer("API: start a draft", bodies.stream().map(body -> dynamicTest("body " + body, () -> {
            Fixture.Counts before = fixture.counts();
            Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts").contentType(MediaType.APPLICATION_JSON)
                    .content(body.value()).with(an()), body);
            assertThat(fixture.counts()).as("no draft of an unknown procedure").isEqualTo(before);
        }))));
    }

    /**
     * Every step of every seed form, with the value in each of the step's fields at once; the draft read again gives
     * back exactly what was kept. One draft a form: each case overwrites every field of its step.
     */
    Stream<DynamicNode> values() {
        List<DynamicNode> procedures = new ArrayList<>();
        for (String code : DraftTargets.PROCEDURES) {
            UUID draft = started(code);
            List<Step> steps = fixture.drafts().find(draft, Fixture.AN).orElseThrow().form().steps();
            List<DynamicNode> pages = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                int step = i;
                Step page = steps.get(i);
                Stream<DynamicNode> texts = BadInputs.TEXT.stream().map(input -> dynamicTest(input.toString(), () -> {
                    Map<String, Object> values = fill(page, input.value());
                    MockHttpServletResponse saved = Verdicts.checkApi(fixture.mvc(), put("/api/v1/drafts/{id}", draft)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("step", step, "values", values))).with(an()), input);
                    assertThat(saved.getStatus()).as(Verdicts.body(saved)).isEqualTo(200);
                    MockHttpServletResponse read = Verdicts.checkApi(fixture.mvc(), get("/api/v1/drafts/{id}", draft)
                            .with(an()), input);
                    assertThat(read.getStatus()).isEqualTo(200);
                    keptAsSent(json(read), page, values, input.value());
                }));
                Stream<DynamicNode> types = WRONG_TYPES.stream().map(type -> dynamicTest("every field " + type, () -> {
                    StringBuilder body = new StringBuilder("{\"step\": ").append(step).append(", \"values\": {");
                    for (int f = 0; f < page.fields().size(); f++) {
                        body.append(f == 0 ? "" : ", ").append('"').append(page.fields().get(f).key()).append("\": ")
                                .append(type.value());
                    }
                    String before = formData(draft);
                    MockHttpServletResponse saved = Verdicts.checkApi(fixture.mvc(), put("/api/v1/drafts/{id}", draft)
                            .contentType(MediaType.APPLICATION_JSON).content(body.append("}}").toString()).with(an()), type);
                    if (saved.getStatus() >= 400) {
                        assertThat(formData(draft)).as("nothing kept from a refused body").isEqualTo(before);
                    }
                    Verdicts.checkApi(fixture.mvc(), get("/api/v1/drafts/{id}", draft).with(an()), type);
                }));
                pages.add(dynamicContainer("step " + step + " (" + page.key() + ")", Stream.concat(texts, types)));
            }
            procedures.add(dynamicContainer("save the form of " + code, pages));
        }
        return Stream.of(dynamicContainer("API: save a draft", procedures));
    }

    /** The values of a step's fields in the shapes the API takes; a megabyte goes into the first field only. */
    private static Map<String, Object> fill(Step page, String value) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Field> fields = value.length() > 100_000 ? page.fields().subList(0, 1) : page.fields();
        for (Field field : fields) {
            switch (field.type()) {
                case ADDRESS -> values.put(field.key(), Map.of(FormData.PROVINCE, value, FormData.WARD, value,
                        FormData.STREET, value));
                case GROUP -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    field.fields().forEach(nested -> item.put(nested.key(), value));
                    values.put(field.key(), List.of(item));
                }
                default -> values.put(field.key(), value);
            }
        }
        return values;
    }

    /**
     * What the portal keeps of a typed text: NUL characters dropped, cut at the stored length; a lone surrogate, which
     * UTF-8 cannot hold, comes back as the replacement the JSON column makes of it.
     */
    private static String kept(String typed, String stored) {
        String kept = FormData.clip(typed);
        if (stored != null && kept.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            String questionMark = kept.replaceAll("[\\uD800-\\uDFFF]", "?");
            String replacement = kept.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD");
            return stored.equals(questionMark) || stored.equals(replacement) ? stored : kept;
        }
        return kept;
    }

    private static void keptAsSent(JsonNode draft, Step page, Map<String, Object> sent, String value) {
        JsonNode values = draft.get("values");
        JsonNode verified = draft.get("verified");
        for (Field field : page.fields()) {
            if (!sent.containsKey(field.key()) || verified.has(field.key())) {
                continue;
            }
            JsonNode stored = values.get(field.key());
            assertThat(stored).as("value of %s", field.key()).isNotNull();
            switch (field.type()) {
                case ADDRESS -> List.of(FormData.PROVINCE, FormData.WARD, FormData.STREET).forEach(part ->
                        sameText(stored.get(part).asString(), value, field.key() + "." + part));
                case GROUP -> field.fields().forEach(nested -> sameText(stored.get(0).get(nested.key()).asString(), value,
                        field.key() + "[0]." + nested.key()));
                default -> sameText(stored.asString(), value, field.key());
            }
        }
    }

    private static void sameText(String stored, String typed, String where) {
        // compared as code points, so that a failure report stays printable
        assertThat(stored.codePoints().toArray()).as("%s kept as sent", where).isEqualTo(kept(typed, stored).codePoints().toArray());
    }

    /** Malformed bodies on one draft: refused ones keep its values and step as they were. */
    Stream<DynamicNode> saveBodies() {
        UUID draft = started("2.000635");
        Stream<DynamicNode> bodies = SAVE_BODIES.stream().map(body -> dynamicTest("body " + body, () -> {
            String before = formData(draft);
            MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(), put("/api/v1/drafts/{id}", draft)
                    .contentType(MediaType.APPLICATION_JSON).content(body.value()).with(an()), body);
            if (answer.getStatus() >= 400) {
                assertThat(formData(draft)).as("nothing kept from a refused body").isEqualTo(before);
            }
        }));
        Stream<DynamicNode> contentTypes = Stream.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "nonsense")
                .map(type -> dynamicTest("content type " + type, () -> {
                    String before = formData(draft);
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(), put("/api/v1/drafts/{id}", draft)
                            .header("Content-Type", type).content("{\"values\": {\"phone\": \"0901234567\"}}").with(an()), null);
                    if (answer.getStatus() == 415) {
                        assertThat(answer.getContentType()).startsWith(PROBLEM);
                    }
                    if (answer.getStatus() >= 400) {
                        assertThat(formData(draft)).isEqualTo(before);
                    }
                }));
        return Stream.of(dynamicContainer("API: malformed draft bodies", Stream.concat(bodies, contentTypes)));
    }

    /** Files to a document slot of one draft: a refused file leaves no row; an accepted one is read back and removed. */
    Stream<DynamicNode> attachments() {
        UUID draft = started("2.000635");
        long maxBytes = fixture.drafts().limits().maxFileSize().toBytes();
        Stream<DynamicNode> files = BadInputs.files(maxBytes).stream().map(file -> dynamicTest("file " + file, () -> {
            Fixture.Counts before = fixture.counts();
            MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(), multipart("/api/v1/drafts/{id}/attachments", draft)
                    .file(new MockMultipartFile("file", file.fileName(), "application/pdf", file.content()))
                    .param("slot", "1").with(an()), named(file));
            assertThat(answer.getStatus()).as(Verdicts.body(answer)).isEqualTo(file.acceptable() ? 201 : answer.getStatus());
            if (!file.acceptable()) {
                assertThat(answer.getStatus()).isBetween(400, 499);
                assertThat(fixture.counts()).as("nothing stored").isEqualTo(before);
                return;
            }
            assertThat(fixture.counts().attachments()).isEqualTo(before.attachments() + 1);
            JsonNode view = json(answer);
            String name = view.get("name").asString();
            assertThat(name).doesNotContain("/", "\\", "..", "<", "\"", "\u0000", "\r", "\n", "\u202E").hasSizeLessThan(200);
            String attachment = view.get("id").asString();
            MockHttpServletResponse download = Verdicts.check(fixture.mvc(),
                    get("/api/v1/drafts/{id}/attachments/{a}", draft, attachment).with(an()), null);
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getHeader("Content-Disposition")).doesNotContainPattern("[\\r\\n\\u0000]");
            assertThat(download.getContentAsByteArray()).isEqualTo(file.content());
            MockHttpServletResponse removed = Verdicts.checkApi(fixture.mvc(),
                    delete("/api/v1/drafts/{id}/attachments/{a}", draft, attachment).with(an()), null);
            assertThat(removed.getStatus()).isEqualTo(204);
            assertThat(fixture.counts().attachments()).isEqualTo(before.attachments());
        }));
        Stream<DynamicNode> slots = Stream.concat(BadInputs.NUMBERS.stream(), BadInputs.TEXT.stream()
                        .filter(i -> i.value().length() < 20_000))
                .map(slot -> dynamicTest("slot " + slot, () -> {
                    Fixture.Counts before = fixture.counts();
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(),
                            multipart("/api/v1/drafts/{id}/attachments", draft)
                                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", BadInputs.PDF))
                                    .param("slot", slot.value()).with(an()), slot);
                    assertThat(answer.getStatus()).isEqualTo(400);
                    assertThat(fixture.counts()).isEqualTo(before);
                }));
        Stream<DynamicNode> odd = Stream.of(
                dynamicTest("no file part", () -> refusedUpload(multipart("/api/v1/drafts/{id}/attachments", draft)
                        .param("slot", "1").with(an()))),
                dynamicTest("no slot", () -> refusedUpload(multipart("/api/v1/drafts/{id}/attachments", draft)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", BadInputs.PDF)).with(an()))),
                dynamicTest("file as a text field", () -> refusedUpload(multipart("/api/v1/drafts/{id}/attachments", draft)
                        .param("slot", "1").param("file", "%PDF-1.7").with(an()))),
                dynamicTest("two files in one request", () -> {
                    Fixture.Counts before = fixture.counts();
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(),
                            multipart("/api/v1/drafts/{id}/attachments", draft)
                                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", BadInputs.PDF))
                                    .file(new MockMultipartFile("file", "b.pdf", "application/pdf", BadInputs.PDF))
                                    .param("slot", "1").with(an()), null);
                    assertThat(fixture.counts().attachments()).isLessThanOrEqualTo(before.attachments() + 1);
                    if (answer.getStatus() == 201) {
                        Verdicts.checkApi(fixture.mvc(), delete("/api/v1/drafts/{id}/attachments/{a}", draft,
                                json(answer).get("id").asString()).with(an()), null);
                    }
                }),
                dynamicTest("JSON instead of multipart", () -> refusedUpload(post("/api/v1/drafts/{id}/attachments", draft)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slot\": 1, \"file\": \"JVBERi0=\"}").with(an()))),
                dynamicTest("multipart without a boundary", () -> refusedUpload(post("/api/v1/drafts/{id}/attachments", draft)
                        .contentType("multipart/form-data").content("--x\r\n\r\n").with(an()))));
        return Stream.of(dynamicContainer("API: upload to a draft", Stream.of(files, slots, odd).flatMap(s -> s)));
    }

    private void refusedUpload(RequestBuilder request) {
        Fixture.Counts before = fixture.counts();
        MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(), request, null);
        assertThat(answer.getStatus()).isBetween(400, 499);
        assertThat(fixture.counts()).isEqualTo(before);
    }

    private static BadInput named(BadFile file) {
        return new BadInput(file.name(), file.fileName());
    }

    /**
     * Bad keys on a draft ready to be filed: the key is refused before anything is done, so one draft serves every key
     * and is filed by a good key at the end, which then answers its repeat with the same dossier.
     */
    Stream<DynamicNode> submission() throws Exception {
        UUID ready = vn.motcua.web.support.Filing.readyDraft(fixture.mvc(), Fixture.an(), "Nguyễn Văn An", "1990-05-12",
                "male", Fixture.AN);
        UUID incomplete = started("2.000635");
        Stream<DynamicNode> keys = Stream.concat(KEYS.stream(), BadInputs.TEXT.stream().filter(i -> !i.value().isEmpty()
                        && !i.value().matches("[\\x21-\\x7E]{1,100}")))
                .map(key -> dynamicTest("key " + key, () -> {
                    Fixture.Counts before = fixture.counts();
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts/{id}/submission", ready)
                            .header("Idempotency-Key", key.value()).with(an()), key);
                    assertThat(answer.getStatus()).isEqualTo(400);
                    assertThat(fixture.counts()).as("no dossier, no key").isEqualTo(before);
                }));
        Stream<DynamicNode> incompleteKeys = BadInputs.TEXT.stream().filter(i -> i.value().matches("[\\x21-\\x7E]{1,100}"))
                .map(key -> dynamicTest("incomplete draft, key " + key, () -> {
                    Fixture.Counts before = fixture.counts();
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(),
                            post("/api/v1/drafts/{id}/submission", incomplete).header("Idempotency-Key", key.value())
                                    .with(an()), key);
                    // 409 when the web corpus already used the same key for another draft of the citizen
                    assertThat(answer.getStatus()).isIn(409, 422);
                    assertThat(fixture.counts()).as("no dossier, no key").isEqualTo(before);
                }));
        Stream<DynamicNode> odd = Stream.of(
                dynamicTest("no key", () -> {
                    Fixture.Counts before = fixture.counts();
                    assertThat(Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts/{id}/submission", ready).with(an()),
                            null).getStatus()).isEqualTo(400);
                    assertThat(fixture.counts()).isEqualTo(before);
                }),
                dynamicTest("two keys", () -> {
                    Fixture.Counts before = fixture.counts();
                    Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts/{id}/submission", incomplete)
                            .header("Idempotency-Key", "a", "b").with(an()), null);
                    assertThat(fixture.counts()).isEqualTo(before);
                }),
                dynamicTest("a body with the request", () -> {
                    Fixture.Counts before = fixture.counts();
                    Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts/{id}/submission", incomplete)
                            .header("Idempotency-Key", "k-body").contentType(MediaType.APPLICATION_JSON)
                            .content("[".repeat(1000)).with(an()), null);
                    assertThat(fixture.counts()).isEqualTo(before);
                }),
                dynamicTest("a good key files the ready draft once", () -> {
                    Fixture.Counts before = fixture.counts();
                    String key = "k-" + UUID.randomUUID();
                    MockHttpServletResponse filed = Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts/{id}/submission",
                            ready).header("Idempotency-Key", key).with(an()), null);
                    assertThat(filed.getStatus()).as(Verdicts.body(filed)).isEqualTo(201);
                    MockHttpServletResponse again = Verdicts.checkApi(fixture.mvc(), post("/api/v1/drafts/{id}/submission",
                            ready).header("Idempotency-Key", key).with(an()), null);
                    assertThat(again.getStatus()).isEqualTo(200);
                    assertThat(json(again).get("id")).isEqualTo(json(filed).get("id"));
                    MockHttpServletResponse otherDraft = Verdicts.checkApi(fixture.mvc(),
                            post("/api/v1/drafts/{id}/submission", incomplete).header("Idempotency-Key", key).with(an()), null);
                    assertThat(otherDraft.getStatus()).isEqualTo(409);
                    assertThat(fixture.counts().dossiers()).isEqualTo(before.dossiers() + 1);
                    assertThat(fixture.counts().keys()).isEqualTo(before.keys() + 1);
                    String dossier = json(filed).get("id").asString();
                    Verdicts.checkApi(fixture.mvc(), put("/api/v1/drafts/{id}", ready).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"values\": {\"phone\": \"0909999999\"}}").with(an()), null);
                    Verdicts.checkApi(fixture.mvc(), delete("/api/v1/drafts/{id}", ready).with(an()), null);
                    assertThat(fixture.counts().dossiers()).isEqualTo(before.dossiers() + 1);
                    MockHttpServletResponse documents = Verdicts.checkApi(fixture.mvc(),
                            get("/api/v1/dossiers/{id}/documents", dossier).with(an()), null);
                    assertThat(documents.getStatus()).isEqualTo(200);
                    for (BadInput id : BadInputs.IDS) {
                        MockHttpServletResponse document = Verdicts.checkApi(fixture.mvc(),
                                get("/api/v1/dossiers/{id}/documents/{d}", dossier, id.value()).with(an()), id);
                        assertThat(document.getStatus()).isBetween(400, 404);
                    }
                }));
        return Stream.of(dynamicContainer("API: submit a draft", Stream.of(keys, incompleteKeys, odd).flatMap(s -> s)));
    }

    private static String unknownFields(int count) {
        StringBuilder body = new StringBuilder("{\"values\": {");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ", ").append("\"f").append(i).append("\": \"").append(i).append('"');
        }
        return body.append("}}").toString();
    }

    /** The routes of the filing API with ids that are not ids, in each place an id goes. */
    Stream<DynamicNode> malformedIds() {
        String some = "123e4567-e89b-12d3-a456-426614174000";
        Map<String, Function<String, RequestBuilder>> routes = new LinkedHashMap<>();
        routes.put("GET API draft", id -> get("/api/v1/drafts/{id}", id).with(an()));
        routes.put("PUT API draft", id -> put("/api/v1/drafts/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {}}").with(an()));
        routes.put("DELETE API draft", id -> delete("/api/v1/drafts/{id}", id).with(an()));
        routes.put("POST API attachment", id -> multipart("/api/v1/drafts/{id}/attachments", id)
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", BadInputs.PDF)).param("slot", "1").with(an()));
        routes.put("GET API attachment (draft id)", id -> get("/api/v1/drafts/{id}/attachments/{a}", id, some).with(an()));
        routes.put("GET API attachment (attachment id)", id -> get("/api/v1/drafts/{id}/attachments/{a}", some, id).with(an()));
        routes.put("DELETE API attachment (draft id)", id -> delete("/api/v1/drafts/{id}/attachments/{a}", id, some)
                .with(an()));
        routes.put("DELETE API attachment (attachment id)", id -> delete("/api/v1/drafts/{id}/attachments/{a}", some, id)
                .with(an()));
        routes.put("POST API submission", id -> post("/api/v1/drafts/{id}/submission", id).header("Idempotency-Key", "k")
                .with(an()));
        routes.put("GET API documents", id -> get("/api/v1/dossiers/{id}/documents", id).with(an()));
        routes.put("GET API document (dossier id)", id -> get("/api/v1/dossiers/{id}/documents/{d}", id, some).with(an()));
        routes.put("GET API document (document id)", id -> get("/api/v1/dossiers/{id}/documents/{d}", some, id).with(an()));
        return Stream.of(dynamicContainer("API: malformed ids in paths", routes.entrySet().stream().map(route ->
                dynamicContainer(route.getKey(), BadInputs.IDS.stream().map(id -> dynamicTest(id.toString(), () -> {
                    Fixture.Counts before = fixture.counts();
                    MockHttpServletResponse answer = Verdicts.checkApi(fixture.mvc(), route.getValue().apply(id.value()), id);
                    assertThat(answer.getStatus()).as("not served").isBetween(400, 499);
                    assertThat(fixture.counts()).isEqualTo(before);
                }))))));
    }
}
