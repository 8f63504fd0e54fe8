package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.badinput.Fixture.ADMIN;
import static vn.motcua.web.badinput.Fixture.CLERK;
import static vn.motcua.web.badinput.Fixture.an;
import static vn.motcua.web.badinput.Fixture.csrf;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.web.badinput.BadInputs.BadInput;

/** The public lookup and verification, the administrators' log filters and revocation, and malformed ids in paths. */
final class PublicAndAdminTargets {

    private static final List<String> FILTERS = List.of("subject", "requestingUnit", "actor", "purpose", "service",
            "outcome", "from", "to");
    /** The filters typed into text boxes (the others are lists), which the page shows back. */
    private static final List<String> TYPED_FILTERS = List.of("subject", "requestingUnit", "actor", "purpose", "from", "to");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final Fixture fixture;

    PublicAndAdminTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    /** Each verification comes from its own address, as each lookup does. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor fromOwnAddress() {
        int client = CLIENTS.incrementAndGet();
        return request -> {
            request.setRemoteAddr("10.67." + (client / 250) + "." + (client % 250 + 1));
            return request;
        };
    }

    /** Each lookup comes from its own address, so that the per-address limit does not hide what the form does. */
    private static MockHttpServletRequestBuilder lookup(String code, String lastFour) {
        int client = CLIENTS.incrementAndGet();
        return get("/lookup").param("code", code).param("lastFour", lastFour).with(request -> {
            request.setRemoteAddr("10.66." + (client / 250) + "." + (client % 250 + 1));
            return request;
        });
    }

    Stream<DynamicNode> lookup() {
        Dossier dossier = fixture.filed();
        return Stream.of(dynamicContainer("public lookup", BadInputs.TEXT.stream().filter(i -> i.value().length() < 20_000)
                .flatMap(input -> Stream.of(
                        dynamicTest("code " + input, () -> {
                            // the code comes back upper-cased, so the markup check ignores case
                            MockHttpServletResponse page = Verdicts.check(fixture.mvc(), lookup(input.value(), "1234"), input);
                            assertThat(page.getStatus()).isEqualTo(200);
                        }),
                        dynamicTest("last four digits " + input, () -> Verdicts.check(fixture.mvc(),
                                lookup(dossier.code(), input.value()), input))))));
    }

    Stream<DynamicNode> verifyUpload() {
        return Stream.of(dynamicContainer("verify an uploaded PDF", BadInputs.files(10L * 1024 * 1024).stream()
                .map(file -> dynamicTest("file " + file, () -> {
                    long documents = fixture.count("select count(*) from issued_document where kind <> 'SLIP'");
                    long stored = fixture.count("select count(*) from stored_file where kind <> 'SLIP'");
                    Verdicts.check(fixture.mvc(), multipart("/verify")
                            .file(new MockMultipartFile("file", file.fileName(), "application/pdf", file.content()))
                            .with(csrf()).with(fromOwnAddress()), new BadInput(file.name(), file.fileName()));
                    assertThat(fixture.count("select count(*) from issued_document where kind <> 'SLIP'")).isEqualTo(documents);
                    assertThat(fixture.count("select count(*) from stored_file where kind <> 'SLIP'")).isLessThanOrEqualTo(stored + 2);
                }))));
    }

    /** Every filter at once with the value, then each filter alone, and the page number. */
    Stream<DynamicNode> accessLogFilters() {
        Stream<DynamicNode> all = BadInputs.TEXT.stream().map(input -> dynamicTest("every filter " + input, () -> {
            MockHttpServletRequestBuilder search = get("/admin/data-access").with(ADMIN);
            FILTERS.forEach(filter -> search.param(filter, input.value()));
            MockHttpServletResponse page = Verdicts.check(fixture.mvc(), search, input);
            assertThat(page.getStatus()).isEqualTo(200);
        }));
        Stream<DynamicNode> one = FILTERS.stream().flatMap(filter -> BadInputs.TEXT.stream()
                .filter(i -> i.value().length() <= 10_000 && (i.isMarkup() || i.evaluatesTo() != null
                        || filter.equals("from") || filter.equals("to") || i.name().contains("NUL")))
                .map(input -> dynamicTest(filter + " " + input, () -> {
                    MockHttpServletResponse page = Verdicts.check(fixture.mvc(),
                            get("/admin/data-access").param(filter, input.value()).with(ADMIN), input);
                    assertThat(page.getStatus()).isEqualTo(200);
                    if (TYPED_FILTERS.contains(filter)) {
                        Verdicts.echoedAsTyped(page, input);
                    }
                })));
        Stream<DynamicNode> pages = BadInputs.textAndNumbers().filter(i -> i.value().length() <= 10_000)
                .map(input -> dynamicTest("page " + input, () -> Verdicts.check(fixture.mvc(),
                        get("/admin/data-access").param("page", input.value()).with(ADMIN), input)));
        return Stream.of(dynamicContainer("administrators' access-log filters", Stream.concat(all, Stream.concat(one, pages))));
    }

    /** Each reason on a document of its own: a refused reason leaves it valid, a kept one is shown escaped. */
    Stream<DynamicNode> revocation() {
        Dossier dossier = fixture.filed();
        return Stream.of(dynamicContainer("revoke an issued document", BadInputs.STORED.stream()
                .map(input -> dynamicTest("reason " + input, () -> {
                    IssuedDocument document = fixture.register().record(fixture.files().store(dossier.id(), FileKind.RESULT,
                            "ket-qua.pdf", "application/pdf", (input.name() + Instant.now()).getBytes()), "Kết quả",
                            "H29.12.05", "lanhdao.benthanh", Instant.now());
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/admin/documents/{id}/revoke",
                            document.id()).param("reason", input.value()).with(ADMIN).with(csrf()), input);
                    assertThat(answer.getStatus()).isEqualTo(302);
                    boolean revoked = fixture.register().find(document.id()).orElseThrow().isRevoked();
                    assertThat(revoked).as("revoked only with a usable reason")
                            .isEqualTo(!input.value().isBlank() && input.value().strip().length() <= 1000);
                    Verdicts.check(fixture.mvc(), get("/admin/documents").with(ADMIN), input);
                    Verdicts.check(fixture.mvc(), get("/verify/{id}", document.id()), input);
                }))));
    }

    /** Every route with an id in its path, with ids that are not ids. */
    Stream<DynamicNode> malformedIds() {
        String some = "123e4567-e89b-12d3-a456-426614174000";
        record Route(String name, java.util.function.Function<String, org.springframework.test.web.servlet.RequestBuilder> request) {
        }
        List<Route> routes = List.of(
                new Route("GET draft", id -> get("/my/drafts/{id}", id).with(an())),
                new Route("POST draft", id -> post("/my/drafts/{id}", id).param("step", "0").with(an()).with(csrf())),
                new Route("POST draft delete", id -> post("/my/drafts/{id}/delete", id).with(an()).with(csrf())),
                new Route("POST draft submit", id -> post("/my/drafts/{id}/submit", id).param("idempotencyKey", "k")
                        .with(an()).with(csrf())),
                new Route("POST draft attachment", id -> multipart("/my/drafts/{id}/attachments", id).param("slot", "1")
                        .with(an()).with(csrf())),
                new Route("GET draft attachment", id -> get("/my/drafts/{id}/attachments/{a}", some, id).with(an())),
                new Route("POST draft attachment delete", id -> post("/my/drafts/{id}/attachments/{a}/delete", id, id)
                        .with(an()).with(csrf())),
                new Route("GET dossier", id -> get("/my/dossiers/{id}", id).with(an())),
                new Route("GET withdrawal", id -> get("/my/dossiers/{id}/withdrawal", id).with(an())),
                new Route("POST withdrawal", id -> post("/my/dossiers/{id}/withdrawal", id).param("confirm", "yes")
                        .with(an()).with(csrf())),
                new Route("POST supplement answer", id -> multipart("/my/dossiers/{id}/supplement", id).with(an()).with(csrf())),
                new Route("POST evaluation", id -> post("/my/dossiers/{id}/evaluation", id).param("rating", "5")
                        .with(an()).with(csrf())),
                new Route("GET desk dossier", id -> get("/desk/dossiers/{id}", id).with(CLERK)),
                new Route("POST desk accept", id -> post("/desk/dossiers/{id}/accept", id).with(CLERK).with(csrf())),
                new Route("GET desk supplement", id -> get("/desk/dossiers/{id}/supplement", id).with(CLERK)),
                new Route("POST desk supplement", id -> post("/desk/dossiers/{id}/supplement", id).param("reason", "r")
                        .param("missingItems", "m").with(CLERK).with(csrf())),
                new Route("GET verification", id -> get("/verify/{id}", id)),
                new Route("POST revoke", id -> post("/admin/documents/{id}/revoke", id).param("reason", "r")
                        .with(ADMIN).with(csrf())),
                new Route("GET API dossier", id -> get("/api/v1/dossiers/{id}", id).with(ApiTargets.an())),
                new Route("GET API timeline", id -> get("/api/v1/dossiers/{id}/timeline", id).with(ApiTargets.an())),
                new Route("POST API withdrawal", id -> post("/api/v1/dossiers/{id}/withdrawal", id).with(ApiTargets.an())),
                new Route("POST API evaluation", id -> post("/api/v1/dossiers/{id}/evaluation", id)
                        .contentType("application/json").content("{\"rating\":5}").with(ApiTargets.an())),
                new Route("POST API supplement", id -> multipart("/api/v1/dossiers/{id}/supplement", id)
                        .with(ApiTargets.an())));
        return Stream.of(dynamicContainer("malformed ids in paths", routes.stream().map(route -> dynamicContainer(route.name(),
                BadInputs.IDS.stream().map(id -> dynamicTest(id.toString(), () -> {
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), route.request().apply(id.value()), id);
                    assertThat(answer.getStatus()).as("not served").isGreaterThanOrEqualTo(300);
                }))))));
    }
}
