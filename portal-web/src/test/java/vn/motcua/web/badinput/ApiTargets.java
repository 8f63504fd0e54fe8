package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.web.badinput.BadInputs.BadInput;

/** REST API v1: the dossier reads, the supplement answer, withdrawal and evaluation, with bad values and bad bodies. */
final class ApiTargets {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Malformed or unexpected bodies, sent as JSON. */
    static final List<BadInput> BODIES = List.of(
            new BadInput("not JSON", "<script>alert(1)</script>"), new BadInput("truncated", "{\"reason\": \"a"),
            new BadInput("array", "[1,2,3]"), new BadInput("string", "\"x\""), new BadInput("null", "null"),
            new BadInput("number", "42"), new BadInput("empty", ""), new BadInput("deep nesting", "[".repeat(5000)),
            new BadInput("rating as text", "{\"rating\": \"năm\"}"), new BadInput("rating overflow", "{\"rating\": 99999999999999999999}"),
            new BadInput("rating decimal", "{\"rating\": 4.5}"), new BadInput("rating negative", "{\"rating\": -1}"),
            new BadInput("rating exponent", "{\"rating\": 1e308}"), new BadInput("rating object", "{\"rating\": {\"a\": 1}}"),
            new BadInput("unknown fields", "{\"status\": 9, \"owner\": \"079195005678\"}"),
            new BadInput("escaped NUL", "{\"reason\": \"a\\u0000b\", \"comment\": \"a\\u0000b\", \"rating\": 5}"),
            new BadInput("lone surrogate escape", "{\"reason\": \"\\ud800\", \"comment\": \"\\ud800\", \"rating\": 5}"));

    private final Fixture fixture;

    ApiTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    static RequestPostProcessor an() {
        return jwt().jwt(token -> token.subject(Fixture.AN).claim("account_type", "citizen").claim("acr", "eid-high")
                .claim("scope", "dossiers.read dossiers.write")).authorities(new SimpleGrantedAuthority("SCOPE_dossiers.read"),
                new SimpleGrantedAuthority("SCOPE_dossiers.write"), new SimpleGrantedAuthority("ROLE_CITIZEN"),
                new SimpleGrantedAuthority("ASSURANCE_HIGH"));
    }

    private static String json(Map<String, Object> body) {
        return JSON.writeValueAsString(body);
    }

    Stream<DynamicNode> withdrawal() {
        // a refused withdrawal leaves the dossier as it was, so it serves the next case
        Fixture.Reusable filed = new Fixture.Reusable(fixture::filed);
        Stream<DynamicNode> bodies = Stream.concat(BODIES.stream(), Stream.of(new BadInput("reason too long",
                        json(Map.of("reason", BadInputs.TEN_THOUSAND)))))
                .map(body -> dynamicTest("body " + body, () -> withdraw(filed, body.value(), body)));
        Stream<DynamicNode> reasons = BadInputs.STORED.stream().map(input -> dynamicTest("reason " + input, () ->
                withdraw(filed, json(Map.of("reason", input.value())), input)));
        return Stream.of(dynamicContainer("API: withdraw", Stream.concat(bodies, reasons)));
    }

    private void withdraw(Fixture.Reusable filed, String body, BadInput input) {
        Dossier dossier = filed.get();
        MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/api/v1/dossiers/{id}/withdrawal", dossier.id())
                .contentType(MediaType.APPLICATION_JSON).content(body).with(an()), input);
        assertThat(fixture.status(dossier.id())).as("withdrawn only when answered 200")
                .isEqualTo(answer.getStatus() == 200 ? 7 : 1);
        if (answer.getStatus() == 200) {
            filed.consumed();
        }
    }

    Stream<DynamicNode> evaluation() {
        Dossier shared = fixture.finished();
        List<BadInput> bodies = new ArrayList<>(BODIES);
        bodies.removeIf(b -> b.name().equals("escaped NUL") || b.name().equals("lone surrogate escape"));
        BadInputs.textAndNumbers().forEach(input -> bodies.add(new BadInput("rating as string " + input,
                json(Map.of("rating", input.value())))));
        BadInputs.TEXT.forEach(input -> bodies.add(new BadInput("comment with rating 0, " + input,
                json(Map.of("rating", 0, "comment", input.value())), input.evaluatesTo())));
        Stream<DynamicNode> refused = bodies.stream().map(body -> dynamicTest("body " + body, () -> {
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/api/v1/dossiers/{id}/evaluation",
                    shared.id()).contentType(MediaType.APPLICATION_JSON).content(body.value()).with(an()), body);
            assertThat(fixture.count("select count(*) from dossier_evaluation where dossier_id = ?", shared.id()))
                    .as("recorded only when answered 201").isEqualTo(answer.getStatus() == 201 ? 1 : 0);
            // the shared dossier is rated again by the next case
            fixture.jdbc().sql("delete from dossier_evaluation where dossier_id = ?").param(shared.id()).update();
        }));
        Stream<DynamicNode> comments = Stream.concat(BadInputs.STORED.stream().map(input -> new BadInput("comment " + input,
                        json(Map.of("rating", 5, "comment", input.value())), input.evaluatesTo())),
                BODIES.stream().filter(b -> b.name().equals("escaped NUL") || b.name().equals("lone surrogate escape")))
                .map(body -> dynamicTest(body.toString(), () -> {
                    // the shared dossier again: each recorded rating is removed for the next case
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/api/v1/dossiers/{id}/evaluation",
                            shared.id()).contentType(MediaType.APPLICATION_JSON).content(body.value()).with(an()), body);
                    assertThat(fixture.count("select count(*) from dossier_evaluation where dossier_id = ?", shared.id()))
                            .isEqualTo(answer.getStatus() == 201 ? 1 : 0);
                    fixture.jdbc().sql("delete from dossier_evaluation where dossier_id = ?").param(shared.id()).update();
                }));
        Stream<DynamicNode> contentTypes = Stream.of("text/plain", "application/xml", "application/x-www-form-urlencoded")
                .map(type -> dynamicTest("content type " + type, () -> Verdicts.check(fixture.mvc(),
                        post("/api/v1/dossiers/{id}/evaluation", shared.id()).contentType(type).content("rating=5").with(an()),
                        null)));
        return Stream.of(dynamicContainer("API: evaluate", Stream.concat(refused, Stream.concat(comments, contentTypes))));
    }

    Stream<DynamicNode> supplement() {
        Dossier shared = fixture.awaitingSupplement();
        Stream<DynamicNode> notes = BadInputs.TEXT.stream().map(input -> dynamicTest("note without files, " + input, () -> {
            Verdicts.check(fixture.mvc(), multipart("/api/v1/dossiers/{id}/supplement", shared.id())
                    .file(new MockMultipartFile("note", "", "text/plain", input.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .with(an()), input);
            assertThat(fixture.status(shared.id())).isEqualTo(5);
        }));
        Stream<DynamicNode> files = BadInputs.files(Supplements.UPLOADS.maxBytes()).stream().map(file -> dynamicTest("file " + file, () -> {
            Dossier dossier = file.acceptable() ? fixture.awaitingSupplement() : shared;
            Verdicts.check(fixture.mvc(), multipart("/api/v1/dossiers/{id}/supplement", dossier.id())
                    .file(new MockMultipartFile("files", file.fileName(), "application/pdf", file.content())).with(an()),
                    new BadInput(file.name(), file.fileName()));
            assertThat(fixture.status(dossier.id())).isEqualTo(file.acceptable() ? 1 : 5);
            assertThat(fixture.count("select count(*) from stored_file where dossier_id = ? and kind = 'ATTACHMENT'",
                    dossier.id())).isEqualTo(file.acceptable() ? 1 : 0);
            if (file.acceptable()) {
                fixture.spares().submitted(dossier, file.fileName());
            }
        }));
        Stream<DynamicNode> manyParts = Stream.of(dynamicTest("200 file parts", () -> {
            var request = multipart("/api/v1/dossiers/{id}/supplement", shared.id());
            for (int i = 0; i < 200; i++) {
                request.file(new MockMultipartFile("files", "a" + i + ".pdf", "application/pdf", BadInputs.PDF));
            }
            Verdicts.check(fixture.mvc(), request.with(an()), null);
            assertThat(fixture.status(shared.id())).isEqualTo(5);
            assertThat(fixture.count("select count(*) from stored_file where dossier_id = ? and kind = 'ATTACHMENT'",
                    shared.id())).isZero();
        }));
        return Stream.of(dynamicContainer("API: answer a supplement request", Stream.concat(notes, Stream.concat(files, manyParts))));
    }

    Stream<DynamicNode> reads() {
        UUID unknown = UUID.randomUUID();
        return Stream.of(dynamicContainer("API: reads", Stream.of(
                dynamicTest("list with a query string", () -> Verdicts.check(fixture.mvc(),
                        get("/api/v1/dossiers").param("status", "<script>").param("page", "-1").with(an()), null)),
                dynamicTest("unknown dossier", () -> assertThat(Verdicts.check(fixture.mvc(),
                        get("/api/v1/dossiers/{id}", unknown).with(an()), null).getStatus()).isEqualTo(404)))));
    }
}
