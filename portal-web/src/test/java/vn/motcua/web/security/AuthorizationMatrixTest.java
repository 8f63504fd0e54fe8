package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.FailedJobs;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/**
 * Every route of the application × every kind of user × their own or someone else's object. The routes come from the
 * application's own handler mappings, so a route added without a row in {@link #MATRIX} fails this test; a rule
 * removed from the security configuration or an ownership check removed from a controller changes a cell and fails
 * it too. A refused state-changing request must also leave its object as it was, and no GET changes state: a GET its
 * user may make writes none of the audited tables ({@link AuditedTables}).
 */
class AuthorizationMatrixTest extends PortalIntegrationTest {

    private static final AtomicInteger VERIFY_CLIENTS = new AtomicInteger();

    /**
     * Who asks. "A" is the agency of the sample dossiers (Bến Thành ward), "B" another one (Tân Phú ward). A staff
     * member WITHOUT_ROLE is one the portal has granted no role to, whatever their identity provider's token says.
     */
    enum Actor {
        ANONYMOUS, OWNER, OTHER_CITIZEN, BASIC_CITIZEN, CLERK_A, CLERK_B, SPECIALIST_A, LEADER_A, LEADER_B, ADMIN,
        WITHOUT_ROLE
    }

    /** What they get. */
    enum Outcome {
        /** 2xx, or a redirect that is not to the login. */
        OK,
        /** A redirect to the e-ID login. */
        LOGIN,
        /** 401 (the API without a valid token). */
        UNAUTHORIZED,
        /** 403. */
        FORBIDDEN,
        /** 404, the same answer as for an object that does not exist. */
        NOT_FOUND
    }

    private static final Set<Actor> CITIZENS = EnumSet.of(Actor.OWNER, Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN);
    private static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);

    /** The rules: for each route, who gets what. Anyone not named is refused (403); anonymous visitors must log in. */
    static final Map<String, Map<Actor, Outcome>> MATRIX = new LinkedHashMap<>();

    static {
        page("GET /", ok(EVERYONE));
        page("GET /procedures/{code}", ok(EVERYONE));
        page("GET /verify", ok(EVERYONE));
        page("POST /verify", ok(EVERYONE));
        page("GET /verify/{id}", ok(EVERYONE));
        page("GET /procedures/{code}/file", ok(Actor.OWNER, Actor.OTHER_CITIZEN));
        page("POST /procedures/{code}/file", ok(Actor.OWNER, Actor.OTHER_CITIZEN));
        page("GET /my/dossiers", ok(CITIZENS));
        // Drafts: private to their owner; reading needs any citizen login, every change the high e-ID level.
        page("GET /my/drafts/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        page("POST /my/drafts/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("POST /my/drafts/{id}/delete", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("POST /my/drafts/{id}/attachments", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("GET /my/drafts/{id}/attachments/{attachmentId}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        page("POST /my/drafts/{id}/attachments/{attachmentId}/delete", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("POST /my/drafts/{id}/submit", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("GET /my/dossiers/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        page("GET /my/dossiers/{id}/result", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        // "Nhận kết quả": downloading changes nothing; the owner hands the result over with a POST (high e-ID level)
        page("POST /my/dossiers/{id}/result/receipt", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("POST /api/v1/dossiers/{id}/result/receipt", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("GET /desk", ok(Actor.CLERK_A, Actor.CLERK_B));
        page("GET /desk/dossiers/{id}", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/dossiers/{id}/accept", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("GET /inbox", ok(Actor.SPECIALIST_A, Actor.LEADER_A, Actor.LEADER_B));
        // The dossier waits for its leader's approval: staff of its agency may look at it, only the leader may approve.
        page("GET /inbox/dossiers/{id}", ok(Actor.SPECIALIST_A, Actor.LEADER_A), hidden(Actor.LEADER_B));
        page("POST /inbox/dossiers/{id}/approve", ok(Actor.LEADER_A), hidden(Actor.SPECIALIST_A, Actor.LEADER_B));
        page("GET /my/data-access", ok(CITIZENS));
        page("GET /admin/documents", ok(Actor.ADMIN));
        page("GET /admin/data-access", ok(Actor.ADMIN));
        page("POST /admin/data-access/verify", ok(Actor.ADMIN));
        page("GET /admin/sync", ok(Actor.ADMIN));
        page("POST /admin/documents/{id}/revoke", ok(Actor.ADMIN));
        page("GET /procedures", ok(EVERYONE));
        page("GET /lookup", ok(EVERYONE));
        api("GET /api/v1/dossiers", ok(CITIZENS));
        api("GET /api/v1/dossiers/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        // f3: tracking, supplements, withdrawal and evaluation; following needs any citizen login, every change to a
        // dossier the high e-ID level (the basic level gets 403, like filing)
        page("GET /my/dossiers/{id}/withdrawal", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        page("POST /my/dossiers/{id}/withdrawal", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("POST /my/dossiers/{id}/supplement", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("POST /my/dossiers/{id}/evaluation", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("GET /desk/dossiers/{id}/supplement", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/dossiers/{id}/supplement", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        api("GET /api/v1/dossiers/{id}/timeline", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        api("POST /api/v1/dossiers/{id}/supplement", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("POST /api/v1/dossiers/{id}/withdrawal", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("POST /api/v1/dossiers/{id}/evaluation", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("GET /api/v1/openapi.json", ok(EVERYONE));
        api("GET /api/v1/openapi.json.yaml", ok(EVERYONE));
        // g1: the catalogue, drafts, attachments, submission and issued documents through REST API v1. Reading a draft
        // needs any citizen token; every change dossiers.write and the high e-ID level (the basic level gets 403).
        api("GET /api/v1/procedures", ok(EVERYONE));
        api("GET /api/v1/procedures/{code}", ok(EVERYONE));
        api("POST /api/v1/drafts", ok(Actor.OWNER, Actor.OTHER_CITIZEN));
        api("GET /api/v1/drafts", ok(CITIZENS));
        api("GET /api/v1/drafts/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        api("PUT /api/v1/drafts/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("DELETE /api/v1/drafts/{id}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("POST /api/v1/drafts/{id}/attachments", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("GET /api/v1/drafts/{id}/attachments/{attachmentId}", ok(Actor.OWNER),
                hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        api("DELETE /api/v1/drafts/{id}/attachments/{attachmentId}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("POST /api/v1/drafts/{id}/submission", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        api("GET /api/v1/dossiers/{id}/documents", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        api("GET /api/v1/dossiers/{id}/documents/{documentId}", ok(Actor.OWNER),
                hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        // g3: household business registration; the fee at the desk of agency A, then its specialist's review
        page("GET /desk/dossiers/{id}/fee", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/dossiers/{id}/fee", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /inbox/dossiers/{id}/review", ok(Actor.SPECIALIST_A), hidden(Actor.LEADER_A, Actor.LEADER_B));
        // h1: a dossier's signed slips and results, for its owner and for the staff of its agency
        page("GET /my/dossiers/{id}/documents/{documentId}", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        page("GET /desk/dossiers/{id}/documents/{documentId}", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("GET /inbox/dossiers/{id}/documents/{documentId}", ok(Actor.SPECIALIST_A, Actor.LEADER_A), hidden(Actor.LEADER_B));
        // h2: the process picture for the staff of the dossier's agency; the dead-letter list for administrators
        page("GET /desk/dossiers/{id}/diagram.png", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("GET /inbox/dossiers/{id}/diagram.png", ok(Actor.SPECIALIST_A, Actor.LEADER_A), hidden(Actor.LEADER_B));
        page("GET /admin/dead-letters", ok(Actor.ADMIN));
        page("POST /admin/dead-letters/{jobId}/retry", ok(Actor.ADMIN));
        // clock: notifications of citizens and staff; the holiday calendar for administrators
        page("GET /my/notifications", ok(CITIZENS));
        page("POST /my/notifications/read", ok(CITIZENS));
        // a staff login without a role: the page that says an administrator must grant one, and 403 everywhere else
        page("GET /staff/no-role", ok(Actor.WITHOUT_ROLE));
        page("GET /staff/notifications", ok(Actor.CLERK_A, Actor.CLERK_B, Actor.SPECIALIST_A, Actor.LEADER_A,
                Actor.LEADER_B, Actor.ADMIN));
        page("POST /staff/notifications/read", ok(Actor.CLERK_A, Actor.CLERK_B, Actor.SPECIALIST_A, Actor.LEADER_A,
                Actor.LEADER_B, Actor.ADMIN));
        page("GET /admin/holidays", ok(Actor.ADMIN));
        page("POST /admin/holidays", ok(Actor.ADMIN));
        page("POST /admin/holidays/{day}/delete", ok(Actor.ADMIN));
        // pay: online payment of the fee by the dossier's owner; the platform's notifications are public (their
        // checksum is the authentication); the payment list for administrators
        page("POST /my/dossiers/{id}/payment", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN));
        page("GET /my/dossiers/{id}/payment/return", ok(Actor.OWNER), hidden(Actor.OTHER_CITIZEN, Actor.BASIC_CITIZEN));
        page("POST /payment/notifications", ok(EVERYONE));
        page("GET /admin/payments", ok(Actor.ADMIN));
        // stats: statistics of every agency for administrators, of their own agency for leaders; exports and slip 07
        page("GET /admin/statistics", ok(Actor.ADMIN));
        page("GET /admin/statistics/export.csv", ok(Actor.ADMIN));
        page("GET /admin/statistics/export.xlsx", ok(Actor.ADMIN));
        page("POST /admin/statistics/register.pdf", ok(Actor.ADMIN));
        page("GET /statistics", ok(Actor.LEADER_A, Actor.LEADER_B));
        page("GET /statistics/export.csv", ok(Actor.LEADER_A, Actor.LEADER_B));
        page("GET /statistics/export.xlsx", ok(Actor.LEADER_A, Actor.LEADER_B));
        page("POST /statistics/register.pdf", ok(Actor.LEADER_A, Actor.LEADER_B));
        // desk: refusal at intake, returned dossiers sent back, attachments inline, task assignment and stopping
        page("GET /desk/dossiers/{id}/refuse", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/dossiers/{id}/refuse", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/dossiers/{id}/send-back", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("GET /desk/dossiers/{id}/attachments/{fileId}", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("GET /inbox/dossiers/{id}/attachments/{fileId}", ok(Actor.SPECIALIST_A, Actor.LEADER_A), hidden(Actor.LEADER_B));
        page("POST /inbox/dossiers/{id}/claim", ok(Actor.LEADER_A), hidden(Actor.SPECIALIST_A, Actor.LEADER_B));
        page("POST /inbox/dossiers/{id}/release", ok(Actor.LEADER_A), hidden(Actor.SPECIALIST_A, Actor.LEADER_B));
        page("GET /inbox/dossiers/{id}/reassign", ok(Actor.LEADER_A), hidden(Actor.SPECIALIST_A, Actor.LEADER_B));
        page("POST /inbox/dossiers/{id}/reassign", ok(Actor.LEADER_A), hidden(Actor.SPECIALIST_A, Actor.LEADER_B));
        page("GET /inbox/dossiers/{id}/return", ok(Actor.SPECIALIST_A), hidden(Actor.LEADER_A, Actor.LEADER_B));
        page("POST /inbox/dossiers/{id}/return", ok(Actor.SPECIALIST_A), hidden(Actor.LEADER_A, Actor.LEADER_B));
        // only leaders may stop processing (403 for the specialist), and only of their own agency's dossiers
        page("GET /inbox/dossiers/{id}/stop", ok(Actor.LEADER_A), hidden(Actor.LEADER_B));
        page("POST /inbox/dossiers/{id}/stop", ok(Actor.LEADER_A), hidden(Actor.LEADER_B));
        // walk-in dossiers: any clerk may start one at their desk; a walk-in draft is worked only at its agency's desk
        page("GET /desk/walk-in", ok(Actor.CLERK_A, Actor.CLERK_B));
        page("POST /desk/walk-in", ok(Actor.CLERK_A, Actor.CLERK_B));
        page("GET /desk/walk-in/{id}", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/walk-in/{id}", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/walk-in/{id}/submit", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/walk-in/{id}/delete", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/walk-in/{id}/attachments", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("GET /desk/walk-in/{id}/attachments/{attachmentId}", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        page("POST /desk/walk-in/{id}/attachments/{attachmentId}/delete", ok(Actor.CLERK_A), hidden(Actor.CLERK_B));
        // admin: procedures and their forms, process deployment, the audit log (administrators only)
        page("GET /admin/procedures", ok(Actor.ADMIN));
        page("GET /admin/procedures/new", ok(Actor.ADMIN));
        page("POST /admin/procedures", ok(Actor.ADMIN));
        page("POST /admin/procedures/{code}/draft", ok(Actor.ADMIN));
        page("GET /admin/drafts/{id}", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}/publish", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}/discard", ok(Actor.ADMIN));
        page("GET /admin/drafts/{id}/preview", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}/steps", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}/steps/{step}", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}/steps/{step}/fields", ok(Actor.ADMIN));
        page("GET /admin/drafts/{id}/fields/{ref}", ok(Actor.ADMIN));
        page("POST /admin/drafts/{id}/fields/{ref}", ok(Actor.ADMIN));
        page("GET /admin/processes", ok(Actor.ADMIN));
        page("POST /admin/processes", ok(Actor.ADMIN));
        page("GET /admin/audit", ok(Actor.ADMIN));
        page("GET /admin/staff", ok(Actor.ADMIN));
        page("GET /admin/staff/{username}", ok(Actor.ADMIN));
        page("POST /admin/staff/{username}", ok(Actor.ADMIN));
        // proc: the generic task page; a task of agency A's specialist is hidden from every other role and agency
        page("GET /inbox/tasks", ok(Actor.CLERK_A, Actor.CLERK_B, Actor.SPECIALIST_A, Actor.LEADER_A, Actor.LEADER_B));
        page("GET /inbox/tasks/{taskId}", ok(Actor.SPECIALIST_A),
                hidden(Actor.CLERK_A, Actor.CLERK_B, Actor.LEADER_A, Actor.LEADER_B));
        page("POST /inbox/tasks/{taskId}", ok(Actor.SPECIALIST_A),
                hidden(Actor.CLERK_A, Actor.CLERK_B, Actor.LEADER_A, Actor.LEADER_B));
        page("GET /inbox/tasks/{taskId}/attachments/{fileId}", ok(Actor.SPECIALIST_A),
                hidden(Actor.CLERK_A, Actor.CLERK_B, Actor.LEADER_A, Actor.LEADER_B));
        // agency: the agency list, creating an agency and changing one (administrators only)
        page("GET /admin/agencies", ok(Actor.ADMIN));
        page("GET /admin/agencies/new", ok(Actor.ADMIN));
        page("POST /admin/agencies", ok(Actor.ADMIN));
        page("GET /admin/agencies/{code}", ok(Actor.ADMIN));
        page("POST /admin/agencies/{code}", ok(Actor.ADMIN));
    }

    /** Routes of the framework itself, not of the portal: the error page the container forwards to. */
    private static final Set<String> FRAMEWORK_ROUTES = Set.of("GET /error", "HEAD /error", "POST /error",
            "PUT /error", "DELETE /error", "PATCH /error", "OPTIONS /error", "TRACE /error");

    private static final String OWNER_ID = "079090001234";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    @Autowired Dossiers dossiers;
    @Autowired Drafts drafts;
    @Autowired DeskActions desk;
    @Autowired vn.motcua.workflow.assignment.TaskAssignments assignments;
    @Autowired vn.motcua.cases.staff.StaffDirectory staffAccounts;
    @Autowired vn.motcua.workflow.staff.StaffAssignments staffAssignments;
    @Autowired vn.motcua.workflow.desk.TaskCompletion completion;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;
    @Autowired JdbcClient jdbc;
    @Autowired Evaluations evaluations;
    @Autowired vn.motcua.cases.payment.Payments onlinePayments;
    @Autowired vn.motcua.workflow.payment.OnlinePayments paymentCheckout;
    @Autowired vn.motcua.cases.authoring.Authoring authoring;
    @Autowired org.flowable.engine.RepositoryService repository;
    @Autowired org.flowable.engine.RuntimeService runtime;
    @Autowired org.flowable.engine.ManagementService management;

    private static final byte[] PDF = "%PDF-1.4\n%supplement\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private UUID withResult;
    private UUID issuedDocument;

    @Test
    void everyRouteOfTheApplicationHasARowInTheMatrix() {
        Set<String> routes = applicationRoutes();

        assertThat(MATRIX.keySet()).as("every application route needs a rule in MATRIX").containsAll(routes);
        assertThat(routes).as("rules for routes the application no longer has").containsAll(MATRIX.keySet());
    }

    @Test
    void theProbeOfGetRoutesSeesTheWriteAResultDownloadUsedToMake() {
        UUID id = finished();
        Map<String, String> before = auditedTables().settledSnapshot();

        dossiers.deliverResult(id, OWNER_ID);

        Map<String, String> after = auditedTables().snapshot();
        assertThat(after.get("dossier")).isNotEqualTo(before.get("dossier"));
        assertThat(after.get("dossier_event")).isNotEqualTo(before.get("dossier_event"));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryActor() {
        List<DynamicTest> cells = new ArrayList<>();
        MATRIX.forEach((route, outcomes) -> {
            for (Actor actor : Actor.values()) {
                Outcome expected = outcomes.get(actor);
                cells.add(DynamicTest.dynamicTest(route + " as " + actor + " → " + expected,
                        () -> check(route, actor, expected)));
            }
        });
        return cells.stream();
    }

    private void check(String route, Actor actor, Outcome expected) throws Exception {
        Fixture fixture = fixture(route, actor);
        Object before = fixture.state().get();
        // no GET changes state: a GET its user may make writes none of the audited tables
        boolean read = route.startsWith("GET ") && expected == Outcome.OK;
        Map<String, String> tablesBefore = read ? auditedTables().settledSnapshot() : Map.of();
        MockHttpServletResponse response = mvc.perform(fixture.request()
                .with(route.contains("/api/") ? apiToken(actor) : login(actor))).andReturn().getResponse();

        assertThat(outcomeOf(response)).as("%s as %s (status %d, location %s)", route, actor, response.getStatus(),
                response.getRedirectedUrl()).isEqualTo(expected);
        if (expected != Outcome.OK) {
            assertThat(fixture.state().get()).as("a refused request changes nothing").isEqualTo(before);
        }
        if (read) {
            assertThat(auditedTables().snapshot()).as("%s as %s writes nothing", route, actor).isEqualTo(tablesBefore);
        }
    }

    private AuditedTables auditedTables() {
        return new AuditedTables(jdbc, management);
    }

    /** The request for a route, with the object of its path and a probe of the state it could change. */
    private record Fixture(AbstractMockHttpServletRequestBuilder<?> request, Supplier<Object> state) {
    }

    private Fixture fixture(String route, Actor actor) {
        String path = route.substring(route.indexOf(' ') + 1);
        return switch (route) {
            case "GET /procedures/{code}", "GET /procedures/{code}/file" ->
                    unchanged(get(path.replace("{code}", "2.000635")));
            case "POST /procedures/{code}/file" ->
                    new Fixture(post("/procedures/2.000635/file").with(csrf()), this::draftCount);
            case "GET /my/drafts/{id}" -> unchanged(get(path.replace("{id}", draft().toString())));
            case "POST /my/drafts/{id}" -> {
                UUID id = draft();
                yield new Fixture(post("/my/drafts/" + id).with(csrf()).param("step", "0").param("action", "save")
                        .param("phone", "0912345678"), () -> drafts.find(id, OWNER_ID).orElseThrow().formData());
            }
            case "POST /my/drafts/{id}/delete" -> {
                UUID id = draft();
                yield new Fixture(post("/my/drafts/" + id + "/delete").with(csrf()), () -> drafts.find(id, OWNER_ID).isPresent());
            }
            case "POST /my/drafts/{id}/attachments" -> {
                UUID id = draft();
                yield new Fixture(multipart("/my/drafts/" + id + "/attachments")
                        .file("file", "%PDF-1.7 matrix".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        .param("slot", "1").with(csrf()), () -> drafts.find(id, OWNER_ID).orElseThrow().attachments().size());
            }
            case "GET /my/drafts/{id}/attachments/{attachmentId}" -> {
                UUID id = draft();
                UUID file = attached(id);
                yield unchanged(get("/my/drafts/" + id + "/attachments/" + file));
            }
            case "POST /my/drafts/{id}/attachments/{attachmentId}/delete" -> {
                UUID id = draft();
                UUID file = attached(id);
                yield new Fixture(post("/my/drafts/" + id + "/attachments/" + file + "/delete").with(csrf()),
                        () -> drafts.find(id, OWNER_ID).orElseThrow().attachments().size());
            }
            case "POST /my/drafts/{id}/submit" -> {
                UUID id = draft();
                yield new Fixture(post("/my/drafts/" + id + "/submit").param("idempotencyKey", UUID.randomUUID().toString())
                        .with(csrf()), () -> drafts.find(id, OWNER_ID).orElseThrow().status());
            }
            case "POST /verify" -> {
                // each actor's verification from its own address: /verify answers a limited number per address
                int client = VERIFY_CLIENTS.incrementAndGet();
                yield unchanged(multipart("/verify")
                        .file("file", "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.68." + (client / 250) + "." + (client % 250 + 1));
                            return request;
                        }));
            }
            case "GET /verify/{id}" -> unchanged(get("/verify/" + issuedDocument()));
            case "GET /my/dossiers/{id}", "GET /desk/dossiers/{id}", "GET /api/v1/dossiers/{id}",
                    "GET /my/dossiers/{id}/withdrawal", "GET /desk/dossiers/{id}/supplement",
                    "GET /api/v1/dossiers/{id}/timeline" ->
                    unchanged(get(path.replace("{id}", submitted().toString())));
            case "GET /my/dossiers/{id}/result" -> unchanged(get(path.replace("{id}", withResult().toString())));
            case "POST /desk/dossiers/{id}/accept" -> {
                UUID id = submitted();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()), () -> dossiers.get(id).status());
            }
            case "POST /my/dossiers/{id}/withdrawal" -> {
                UUID id = submitted();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("confirm", "yes").with(csrf()),
                        () -> dossiers.get(id).status());
            }
            case "POST /api/v1/dossiers/{id}/withdrawal" -> {
                UUID id = submitted();
                yield new Fixture(post(path.replace("{id}", id.toString())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Nộp nhầm\"}"), () -> dossiers.get(id).status());
            }
            case "POST /my/dossiers/{id}/supplement", "POST /api/v1/dossiers/{id}/supplement" -> {
                UUID id = awaitingSupplement();
                yield new Fixture(multipart(path.replace("{id}", id.toString()))
                        .file(new MockMultipartFile("files", "uy-quyen.pdf", "application/pdf", PDF)).with(csrf()),
                        () -> dossiers.get(id).status());
            }
            case "POST /my/dossiers/{id}/evaluation" -> {
                UUID id = finished();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("rating", "5").with(csrf()),
                        () -> evaluations.of(id).isPresent());
            }
            case "POST /api/v1/dossiers/{id}/evaluation" -> {
                UUID id = finished();
                yield new Fixture(post(path.replace("{id}", id.toString())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\": 4}"), () -> evaluations.of(id).isPresent());
            }
            case "POST /desk/dossiers/{id}/supplement" -> {
                UUID id = submitted();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("reason", "Thiếu giấy tờ")
                        .param("missingItems", "Văn bản ủy quyền").with(csrf()), () -> dossiers.get(id).status());
            }
            case "GET /inbox/dossiers/{id}" -> unchanged(get(path.replace("{id}", awaitingApproval().toString())));
            case "POST /inbox/dossiers/{id}/approve" -> {
                UUID id = awaitingApproval();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()), () -> dossiers.get(id).status());
            }
            case "POST /admin/documents/{id}/revoke" -> {
                UUID id = issuedDocument();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("reason", "Cấp nhầm người").with(csrf()),
                        () -> register.find(id).orElseThrow().isRevoked());
            }
            case "GET /api/v1/procedures/{code}" -> unchanged(get(path.replace("{code}", "2.000635")));
            case "POST /api/v1/drafts" -> new Fixture(post(path).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"procedureCode\": \"2.000635\"}"), this::draftCount);
            case "GET /api/v1/drafts/{id}" -> unchanged(get(path.replace("{id}", draft().toString())));
            case "PUT /api/v1/drafts/{id}" -> {
                UUID id = draft();
                yield new Fixture(put(path.replace("{id}", id.toString())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\": 0, \"values\": {\"phone\": \"0912345678\"}}"),
                        () -> drafts.find(id, OWNER_ID).orElseThrow().formData());
            }
            case "DELETE /api/v1/drafts/{id}" -> {
                UUID id = draft();
                yield new Fixture(delete(path.replace("{id}", id.toString())), () -> drafts.find(id, OWNER_ID).isPresent());
            }
            case "POST /api/v1/drafts/{id}/attachments" -> {
                UUID id = draft();
                yield new Fixture(multipart(path.replace("{id}", id.toString()))
                        .file("file", "%PDF-1.7 matrix".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        .param("slot", "1"), () -> drafts.find(id, OWNER_ID).orElseThrow().attachments().size());
            }
            case "GET /api/v1/drafts/{id}/attachments/{attachmentId}" -> {
                UUID id = draft();
                yield unchanged(get("/api/v1/drafts/" + id + "/attachments/" + attached(id)));
            }
            case "DELETE /api/v1/drafts/{id}/attachments/{attachmentId}" -> {
                UUID id = draft();
                UUID file = attached(id);
                yield new Fixture(delete("/api/v1/drafts/" + id + "/attachments/" + file),
                        () -> drafts.find(id, OWNER_ID).orElseThrow().attachments().size());
            }
            case "POST /api/v1/drafts/{id}/submission" -> {
                UUID id = readyDraft();
                yield new Fixture(post(path.replace("{id}", id.toString())).header("Idempotency-Key",
                        UUID.randomUUID().toString()), () -> drafts.find(id, OWNER_ID).orElseThrow().status());
            }
            case "GET /api/v1/dossiers/{id}/documents" -> unchanged(get(path.replace("{id}", withResult().toString())));
            case "GET /api/v1/dossiers/{id}/documents/{documentId}" -> {
                UUID id = withResult();
                yield unchanged(get("/api/v1/dossiers/" + id + "/documents/" + issuedDocument()));
            }
            case "GET /my/dossiers/{id}/documents/{documentId}", "GET /desk/dossiers/{id}/documents/{documentId}",
                    "GET /inbox/dossiers/{id}/documents/{documentId}" -> {
                UUID id = withResult();
                UUID slip = SampleDossiers.awaitSlip(files, id).id();
                yield unchanged(get(path.replace("{id}", id.toString()).replace("{documentId}", slip.toString())));
            }
            case "GET /desk/dossiers/{id}/fee" -> unchanged(get(path.replace("{id}", awaitingFee().toString())));
            case "POST /desk/dossiers/{id}/fee" -> {
                UUID id = awaitingFee();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("receiptNumber", "BL-0001").with(csrf()),
                        () -> dossiers.get(id).status());
            }
            case "POST /inbox/dossiers/{id}/review" -> {
                UUID id = awaitingFee();
                desk.confirmFeeAtDesk(id, SampleDossiers.CLERK, "BL-0002");
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()),
                        () -> desk.hasTask(id, DeskActions.REVIEW, new vn.motcua.workflow.StaffMember("chuyenvien.benthanh",
                                "Võ Minh Tuấn", "H29.12.05", java.util.Set.of(vn.motcua.workflow.StaffMember.Role.SPECIALIST))));
            }
            case "GET /desk/dossiers/{id}/diagram.png" -> unchanged(get(path.replace("{id}", submitted().toString())));
            case "GET /inbox/dossiers/{id}/diagram.png" -> unchanged(get(path.replace("{id}", awaitingApproval().toString())));
            case "POST /admin/dead-letters/{jobId}/retry" -> {
                String jobId = FailedJobs.deadLetter(repository, runtime, management).jobId();
                yield new Fixture(post(path.replace("{jobId}", jobId)).with(csrf()),
                        () -> management.createDeadLetterJobQuery().jobId(jobId).count());
            }
            case "POST /admin/holidays/{day}/delete" -> {
                jdbc.sql("insert into holiday (day, name) values (date '2099-12-31', 'Ngày thử nghiệm') on conflict do nothing")
                        .update();
                yield new Fixture(post(path.replace("{day}", "2099-12-31")).with(csrf()), () -> jdbc
                        .sql("select count(*) from holiday where day = date '2099-12-31'").query(Long.class).single());
            }
            case "POST /admin/holidays" -> new Fixture(post(path).param("from", "2099-12-30").param("name", "Ngày thử nghiệm")
                    .with(csrf()), () -> jdbc.sql("select count(*) from holiday where day = date '2099-12-30'")
                    .query(Long.class).single());
            case "POST /my/dossiers/{id}/payment" -> {
                UUID id = awaitingFee();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()),
                        () -> jdbc.sql("select count(*) from payment where dossier_id = :id").param("id", id)
                                .query(Long.class).single());
            }
            case "GET /my/dossiers/{id}/payment/return" -> {
                UUID id = awaitingFee();
                vn.motcua.cases.payment.Payment payment = paymentCheckout.checkout(id, OWNER_ID,
                        "http://127.0.0.1/return", "http://127.0.0.1/payment/notifications");
                String signature = vn.motcua.web.payment.PlatformSignatures.sign(payment.orderId(),
                        payment.platformPaymentId(), "CANCELLED", payment.amountVnd(), "", "");
                yield new Fixture(get(path.replace("{id}", id.toString())).param("orderId", payment.orderId())
                        .param("paymentId", payment.platformPaymentId()).param("status", "CANCELLED")
                        .param("amount", String.valueOf(payment.amountVnd())).param("transactionId", "")
                        .param("paidAt", "").param("checksum", signature),
                        () -> onlinePayments.byOrderId(payment.orderId()).orElseThrow().status());
            }
            case "POST /payment/notifications" -> {
                UUID id = awaitingFee();
                vn.motcua.cases.payment.Payment payment = paymentCheckout.checkout(id, OWNER_ID,
                        "http://127.0.0.1/return", "http://127.0.0.1/payment/notifications");
                String notificationId = UUID.randomUUID().toString();
                String signature = vn.motcua.web.payment.PlatformSignatures.sign(notificationId, "MOTCUA",
                        payment.orderId(), payment.platformPaymentId(), "CANCELLED", payment.amountVnd(), "LE_PHI", "",
                        "", "20261126100000");
                yield unchanged(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"notificationId\":\""
                        + notificationId + "\",\"merchantCode\":\"MOTCUA\",\"orderId\":\"" + payment.orderId()
                        + "\",\"paymentId\":\"" + payment.platformPaymentId() + "\",\"status\":\"CANCELLED\","
                        + "\"amount\":" + payment.amountVnd() + ",\"feeType\":\"LE_PHI\",\"transactionId\":\"\","
                        + "\"paidAt\":\"\",\"cancelledAt\":\"20261126100000\",\"checksum\":\"" + signature + "\"}"));
            }
            case "POST /admin/statistics/register.pdf" -> unchanged(post(path).param("agency", "H29.12.05").with(csrf()));
            case "POST /my/dossiers/{id}/result/receipt" -> {
                UUID id = withResult();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()), () -> dossiers.get(id).status());
            }
            case "POST /api/v1/dossiers/{id}/result/receipt" -> {
                UUID id = withResult();
                yield new Fixture(post(path.replace("{id}", id.toString())), () -> dossiers.get(id).status());
            }
            case "GET /desk/dossiers/{id}/refuse" -> unchanged(get(path.replace("{id}", submitted().toString())));
            case "POST /desk/dossiers/{id}/refuse" -> {
                UUID id = submitted();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("reason", "Không thuộc thẩm quyền")
                        .with(csrf()), () -> dossiers.get(id).status());
            }
            case "POST /desk/dossiers/{id}/send-back" -> {
                UUID id = returnedToDesk();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()),
                        () -> assignments.task(id, SampleDossiers.CLERK).map(task -> task.taskKey()).orElse("none"));
            }
            case "GET /desk/dossiers/{id}/attachments/{fileId}" -> {
                UUID id = submitted();
                yield unchanged(get(path.replace("{id}", id.toString()).replace("{fileId}", scanned(id).toString())));
            }
            case "GET /inbox/dossiers/{id}/attachments/{fileId}" -> {
                UUID id = awaitingApproval();
                yield unchanged(get(path.replace("{id}", id.toString()).replace("{fileId}", scanned(id).toString())));
            }
            case "POST /inbox/dossiers/{id}/claim" -> {
                UUID id = awaitingApproval();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()), () -> holder(id));
            }
            case "POST /inbox/dossiers/{id}/release" -> {
                UUID id = awaitingApproval();
                assignments.claim(id, SampleDossiers.LEADER);
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()), () -> holder(id));
            }
            case "GET /inbox/dossiers/{id}/reassign" -> unchanged(get(path.replace("{id}", awaitingApproval().toString())));
            case "POST /inbox/dossiers/{id}/reassign" -> {
                UUID id = awaitingApproval();
                recordWithRoles(new vn.motcua.workflow.StaffMember("pholanhdao.benthanh", "Lê Thị Mai",
                        "H29.12.05", java.util.Set.of(vn.motcua.workflow.StaffMember.Role.LEADER)));
                yield new Fixture(post(path.replace("{id}", id.toString())).param("colleague", "pholanhdao.benthanh")
                        .with(csrf()), () -> holder(id));
            }
            case "GET /inbox/dossiers/{id}/return" -> unchanged(get(path.replace("{id}", awaitingReview().toString())));
            case "POST /inbox/dossiers/{id}/return" -> {
                UUID id = awaitingReview();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("reason", "Thiếu bản sao hợp đồng thuê")
                        .with(csrf()), () -> desk.hasTask(id, DeskActions.INTAKE, SampleDossiers.CLERK));
            }
            case "GET /inbox/dossiers/{id}/stop" -> unchanged(get(path.replace("{id}", awaitingApproval().toString())));
            case "POST /inbox/dossiers/{id}/stop" -> {
                UUID id = awaitingApproval();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("reason", "Cơ quan khác đang giải quyết")
                        .with(csrf()), () -> dossiers.get(id).status());
            }
            case "POST /desk/walk-in" -> new Fixture(post(path).param("procedure", "2.000635").param("idNumber", OWNER_ID)
                    .param("fullName", "Nguyễn Văn An").param("birthDate", "1990-05-12").with(csrf()), this::draftCount);
            case "GET /desk/walk-in/{id}" -> unchanged(get(path.replace("{id}", walkIn().toString())));
            case "POST /desk/walk-in/{id}" -> {
                UUID id = walkIn();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()).param("step", "0")
                        .param("action", "save").param("phone", "0912345678"),
                        () -> drafts.find(id, OWNER_ID).orElseThrow().formData());
            }
            case "POST /desk/walk-in/{id}/submit" -> {
                UUID id = readyWalkIn();
                yield new Fixture(post(path.replace("{id}", id.toString())).param("idempotencyKey", UUID.randomUUID().toString())
                        .with(csrf()), () -> drafts.find(id, OWNER_ID).orElseThrow().status());
            }
            case "POST /desk/walk-in/{id}/delete" -> {
                UUID id = walkIn();
                yield new Fixture(post(path.replace("{id}", id.toString())).with(csrf()), () -> drafts.find(id, OWNER_ID).isPresent());
            }
            case "POST /desk/walk-in/{id}/attachments" -> {
                UUID id = walkIn();
                yield new Fixture(multipart(path.replace("{id}", id.toString()))
                        .file("file", "%PDF-1.7 matrix".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        .param("slot", "1").with(csrf()), () -> drafts.find(id, OWNER_ID).orElseThrow().attachments().size());
            }
            case "GET /desk/walk-in/{id}/attachments/{attachmentId}" -> {
                UUID id = walkIn();
                yield unchanged(get("/desk/walk-in/" + id + "/attachments/" + attached(id)));
            }
            case "POST /desk/walk-in/{id}/attachments/{attachmentId}/delete" -> {
                UUID id = walkIn();
                UUID file = attached(id);
                yield new Fixture(post("/desk/walk-in/" + id + "/attachments/" + file + "/delete").with(csrf()),
                        () -> drafts.find(id, OWNER_ID).orElseThrow().attachments().size());
            }
            case "POST /admin/procedures" -> new Fixture(post(path).param("code", "MX.NEW").param("name", "Thủ tục thử")
                    .param("field", "Thử nghiệm").param("onlineLevel", "FULL").with(csrf()), this::procedureDraftCount);
            case "POST /admin/procedures/{code}/draft" ->
                    new Fixture(post(path.replace("{code}", "2.000635")).with(csrf()), this::procedureDraftCount);
            case "GET /admin/drafts/{id}", "GET /admin/drafts/{id}/preview" ->
                    unchanged(get(path.replace("{id}", String.valueOf(procedureDraft()))));
            case "GET /admin/drafts/{id}/fields/{ref}" ->
                    unchanged(get(path.replace("{id}", String.valueOf(procedureDraft())).replace("{ref}", "0-0")));
            case "POST /admin/drafts/{id}" -> {
                long id = procedureDraft();
                yield new Fixture(post(path.replace("{id}", String.valueOf(id))).param("name", "Thủ tục đã sửa")
                        .param("field", "Thử nghiệm").param("onlineLevel", "FULL").param("legalBasis", "Luật thử nghiệm")
                        .with(csrf()), () -> authoring.get(id).legalBasis());
            }
            case "POST /admin/drafts/{id}/publish", "POST /admin/drafts/{id}/discard" -> {
                long id = procedureDraft();
                yield new Fixture(post(path.replace("{id}", String.valueOf(id))).with(csrf()), () -> draftExists(id));
            }
            case "POST /admin/drafts/{id}/steps" -> {
                long id = procedureDraft();
                yield new Fixture(post(path.replace("{id}", String.valueOf(id))).param("stepKey", "request")
                        .param("titleVi", "Nội dung yêu cầu").with(csrf()), () -> authoring.get(id).formDefinition());
            }
            case "POST /admin/drafts/{id}/steps/{step}" -> {
                long id = procedureDraft();
                yield new Fixture(post(path.replace("{id}", String.valueOf(id)).replace("{step}", "0"))
                        .param("action", "save").param("titleVi", "Người nộp").with(csrf()),
                        () -> authoring.get(id).formDefinition());
            }
            case "POST /admin/drafts/{id}/steps/{step}/fields" -> {
                long id = procedureDraft();
                yield new Fixture(post(path.replace("{id}", String.valueOf(id)).replace("{step}", "0"))
                        .param("type", "TEXT").param("key", "note").param("labelVi", "Ghi chú").with(csrf()),
                        () -> authoring.get(id).formDefinition());
            }
            case "POST /admin/drafts/{id}/fields/{ref}" -> {
                long id = procedureDraft();
                yield new Fixture(post(path.replace("{id}", String.valueOf(id)).replace("{ref}", "0-0"))
                        .param("action", "save").param("key", "phone").param("labelVi", "Điện thoại").param("required", "true")
                        .with(csrf()), () -> authoring.get(id).formDefinition());
            }
            case "GET /admin/staff/{username}" -> unchanged(get(path.replace("{username}", "tiepnhan.tanphu")));
            case "POST /admin/staff/{username}" -> new Fixture(post(path.replace("{username}", "tiepnhan.tanphu"))
                    .param("agencyCode", "H29.12.07").param("roles", "CLERK").param("active", "true").with(csrf()),
                    () -> jdbc.sql("select agency_code || coalesce(string_agg(r.role, ','), '') from staff_account a "
                            + "left join staff_role r on r.username = a.username where a.username = 'tiepnhan.tanphu' "
                            + "group by a.agency_code").query(String.class).single());
            case "POST /admin/processes" -> new Fixture(multipart(path)
                    .file("file", "<definitions/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)).with(csrf()),
                    () -> repository.createProcessDefinitionQuery().count());
            case "GET /inbox/tasks/{taskId}" -> unchanged(get(path.replace("{taskId}", reviewTask(awaitingExtractReview()))));
            case "POST /inbox/tasks/{taskId}" -> {
                UUID id = awaitingExtractReview();
                yield new Fixture(post(path.replace("{taskId}", reviewTask(id))).param("decision", "FORWARD")
                        .param("comment", "").with(csrf()), () -> desk.hasTask(id, DeskActions.REVIEW, SampleDossiers.SPECIALIST));
            }
            case "GET /inbox/tasks/{taskId}/attachments/{fileId}" -> {
                UUID id = awaitingExtractReview();
                UUID file = files.store(id, vn.motcua.cases.storage.FileKind.ATTACHMENT, "giay-chung-sinh.pdf",
                        "application/pdf", PDF).id();
                yield unchanged(get("/inbox/tasks/" + reviewTask(id) + "/attachments/" + file));
            }
            case "GET /admin/agencies/{code}" -> unchanged(get(path.replace("{code}", "H29.12.05")));
            case "POST /admin/agencies" -> {
                jdbc.sql("delete from agency where code = 'H29.MX.01'").update();
                yield new Fixture(post(path).param("code", "H29.MX.01").param("name", "Cơ quan thử nghiệm")
                        .param("superiorName", "").param("parentCode", "H29").param("place", "Thành phố Hồ Chí Minh")
                        .with(csrf()), () -> jdbc.sql("select count(*) from agency where code = 'H29.MX.01'")
                        .query(Long.class).single());
            }
            case "POST /admin/agencies/{code}" -> {
                jdbc.sql("insert into agency (code, name, superior_name, parent_code, place) values ('H29.MX.02', "
                        + "'Cơ quan thử nghiệm', '', 'H29', 'Thành phố Hồ Chí Minh') on conflict do nothing").update();
                yield new Fixture(post(path.replace("{code}", "H29.MX.02")).param("name", "Cơ quan thử nghiệm " + actor)
                        .param("superiorName", "").param("parentCode", "H29").param("place", "Thành phố Hồ Chí Minh")
                        .with(csrf()), () -> jdbc.sql("select name from agency where code = 'H29.MX.02'")
                        .query(String.class).single());
            }
            default -> {
                assertThat(path).as("route %s needs a fixture", route).doesNotContain("{");
                yield unchanged(route.startsWith("POST ") ? post(path).with(csrf()) : get(path));
            }
        };
    }

    /** A walk-in draft for the owner, entered at the desk of agency A. */
    private UUID walkIn() {
        // as the desk records them once the population database has confirmed the applicant's card
        java.time.Instant checked = java.time.Instant.now();
        return drafts.startAtDesk(OWNER_ID, "2.000635", Map.of(
                "applicantName", new vn.motcua.cases.draft.VerifiedValue("Nguyễn Văn An", "population", checked),
                "applicantBirthDate", new vn.motcua.cases.draft.VerifiedValue("1990-05-12", "population", checked),
                "applicantGender", new vn.motcua.cases.draft.VerifiedValue("male", "population", checked)),
                "tiepnhan.benthanh", "H29.12.05").id();
    }

    /** A walk-in draft of agency A with every value and the required document: ready to file. */
    private UUID readyWalkIn() {
        UUID id = walkIn();
        drafts.save(id, OWNER_ID, new SaveStep(0, Map.of("applicantName", "Nguyễn Văn An", "applicantBirthDate",
                "1990-05-12", "applicantGender", "male", "phone", "0912345678"), SaveStep.Move.NEXT));
        drafts.save(id, OWNER_ID, new SaveStep(1, Map.of("extractType", "BIRTH", "subjectName", "Nguyễn Văn An",
                "subjectBirthDate", "1990-05-12", "subjectGender", "male", "registrationPlace", "UBND phường Bến Thành",
                "copies", "1"), SaveStep.Move.NEXT));
        attached(id);
        return id;
    }

    /** A household business registration whose specialist returned it from review to the desk of agency A. */
    private UUID returnedToDesk() {
        UUID id = awaitingReview();
        assignments.returnToEarlierStep(id, new vn.motcua.workflow.StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn",
                "H29.12.05", java.util.Set.of(vn.motcua.workflow.StaffMember.Role.SPECIALIST)), "Thiếu hợp đồng thuê");
        return id;
    }

    /** A household business registration of agency A whose fee was paid: its specialist's review is open. */
    private UUID awaitingReview() {
        UUID id = awaitingFee();
        desk.confirmFeeAtDesk(id, SampleDossiers.CLERK, "BL-" + id.toString().substring(0, 8));
        return id;
    }

    /** A scanned PDF attached to the dossier. */
    private UUID scanned(UUID dossierId) {
        return files.store(dossierId, vn.motcua.cases.storage.FileKind.ATTACHMENT, "cccd.pdf", "application/pdf", PDF).id();
    }

    /** Who holds the leader's approval task of the dossier, or "nobody". */
    private Object holder(UUID id) {
        return assignments.task(id, SampleDossiers.LEADER).map(task -> Objects.toString(task.assignee(), "nobody"))
                .orElse("no task");
    }

    private long procedureDraft() {
        return authoring.create(new vn.motcua.cases.authoring.NewProcedure("MX." + UUID.randomUUID().toString().substring(0, 8),
                "Thủ tục của bảng phân quyền", "Thử nghiệm", "FULL"), "quantri").id();
    }

    private long procedureDraftCount() {
        return jdbc.sql("select count(*) from procedure_draft").query(Long.class).single();
    }

    private boolean draftExists(long id) {
        return jdbc.sql("select count(*) from procedure_draft where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private static Fixture unchanged(AbstractMockHttpServletRequestBuilder<?> request) {
        return new Fixture(request, () -> "no state");
    }

    private Object draftCount() {
        return jdbc.sql("select count(*) from draft").query(Long.class).single();
    }

    /** An open draft of the owner. */
    private UUID draft() {
        return drafts.start(OWNER_ID, "2.000635", Map.of()).id();
    }

    /** An open draft of the owner with every value and the required document: ready to submit. */
    private UUID readyDraft() {
        UUID id = draft();
        drafts.save(id, OWNER_ID, new SaveStep(0, Map.of("applicantName", "Nguyễn Văn An", "applicantBirthDate",
                "1990-05-12", "applicantGender", "male", "phone", "0912345678"), SaveStep.Move.NEXT));
        drafts.save(id, OWNER_ID, new SaveStep(1, Map.of("extractType", "BIRTH", "subjectName", "Nguyễn Văn An",
                "subjectBirthDate", "1990-05-12", "subjectGender", "male", "registrationPlace", "UBND phường Bến Thành",
                "copies", "1"), SaveStep.Move.NEXT));
        attached(id);
        return id;
    }

    private UUID attached(UUID draft) {
        return drafts.attach(draft, OWNER_ID, 1, "giay-to.pdf", "%PDF-1.7 matrix".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).id();
    }

    /** A dossier of the owner, just filed at agency A. */
    private UUID submitted() {
        return dossiers.file(SampleDossiers.ownBirthExtract(OWNER_ID, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"))
                .id();
    }

    /** A dossier of the owner, accepted at agency A, reviewed by its specialist and waiting for its leader's approval. */
    private UUID awaitingApproval() {
        UUID id = awaitingExtractReview();
        desk.review(id, SampleDossiers.SPECIALIST);
        return id;
    }

    /** A dossier of the owner, accepted at agency A and waiting for its specialist's review. */
    private UUID awaitingExtractReview() {
        UUID id = submitted();
        desk.accept(id, SampleDossiers.CLERK);
        return id;
    }

    private String reviewTask(UUID dossierId) {
        return completion.openTasks(dossierId, SampleDossiers.SPECIALIST).get(0).taskId();
    }

    /** A household business registration of the owner, accepted at agency A and waiting for its fee (status 6). */
    private UUID awaitingFee() {
        UUID id = dossiers.file(vn.motcua.web.desk.BusinessRegistrations.of(OWNER_ID)).id();
        desk.accept(id, SampleDossiers.CLERK);
        return id;
    }

    /** A dossier of the owner waiting for a supplement the desk of agency A asked for. */
    private UUID awaitingSupplement() {
        UUID id = submitted();
        desk.requestSupplement(id, SampleDossiers.CLERK, "Thiếu văn bản ủy quyền", List.of("Văn bản ủy quyền"));
        return id;
    }

    /** A dossier of the owner in status 9, without waiting for the signed file (evaluation needs only the status). */
    private UUID finished() {
        UUID id = awaitingApproval();
        dossiers.completeWithResult(id, SampleDossiers.LEADER.username());
        return id;
    }

    /** A dossier of the owner with its signed result; made once, since signing takes a moment. */
    private synchronized UUID withResult() {
        if (withResult == null) {
            UUID id = awaitingApproval();
            desk.approve(id, SampleDossiers.LEADER);
            issuedDocument = SampleDossiers.awaitResult(files, id).id();
            withResult = id;
        }
        return withResult;
    }

    private UUID issuedDocument() {
        withResult();
        return issuedDocument;
    }

    private static RequestPostProcessor login(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> request -> request;
            case OWNER -> Logins.an();
            case OTHER_CITIZEN -> Logins.bich();
            case BASIC_CITIZEN -> Logins.huy();
            case CLERK_A -> Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
            case CLERK_B -> Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK");
            case SPECIALIST_A -> Logins.staff("chuyenvien.benthanh", "H29.12.05", "SPECIALIST");
            case LEADER_A -> Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER");
            case LEADER_B -> Logins.staff("lanhdao.tanphu", "H29.12.07", "LEADER");
            case ADMIN -> Logins.staff("quantri", "H29", "ADMIN");
            case WITHOUT_ROLE -> Logins.staffWithoutRole("canbo.moi", "H29.12.05");
        };
    }

    /**
     * Access tokens shaped like the e-ID provider's, turned into authorities by the portal's own converter. No API route
     * is for staff; their tokens hold the roles of the portal's record, here none.
     */
    private static RequestPostProcessor apiToken(Actor actor) {
        Function<Map<String, Object>, RequestPostProcessor> jwtOf = claims -> jwt()
                .jwt(builder -> builder.claims(all -> all.putAll(claims)).claim("scope", "openid dossiers.read dossiers.write"))
                .authorities(token -> new ArrayList<GrantedAuthority>(new ApiTokens(staff -> Set.of()).convert(token).getAuthorities()));
        return switch (actor) {
            case ANONYMOUS -> request -> request;
            case OWNER -> jwtOf.apply(citizen(OWNER_ID, "eid-high"));
            case OTHER_CITIZEN -> jwtOf.apply(citizen("079195005678", "eid-high"));
            case BASIC_CITIZEN -> jwtOf.apply(citizen("079215000456", "eid-basic"));
            case CLERK_A -> jwtOf.apply(staff("tiepnhan.benthanh", "H29.12.05", "CLERK"));
            case CLERK_B -> jwtOf.apply(staff("tiepnhan.tanphu", "H29.12.07", "CLERK"));
            case SPECIALIST_A -> jwtOf.apply(staff("chuyenvien.benthanh", "H29.12.05", "SPECIALIST"));
            case LEADER_A -> jwtOf.apply(staff("lanhdao.benthanh", "H29.12.05", "LEADER"));
            case LEADER_B -> jwtOf.apply(staff("lanhdao.tanphu", "H29.12.07", "LEADER"));
            case ADMIN -> jwtOf.apply(staff("quantri", "H29", "ADMIN"));
            case WITHOUT_ROLE -> jwtOf.apply(staff("canbo.moi", "H29.12.05", "ADMIN"));
        };
    }

    private static Map<String, Object> citizen(String idNumber, String level) {
        return Map.of("sub", idNumber, "account_type", "citizen", "acr", level);
    }

    private static Map<String, Object> staff(String username, String agency, String role) {
        return Map.of("sub", username, "account_type", "staff", "agency", agency, "roles", List.of(role));
    }

    private static Outcome outcomeOf(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = Objects.toString(response.getRedirectedUrl(), "");
        if (status == 302 && location.endsWith(SecurityConfiguration.LOGIN)) {
            return Outcome.LOGIN;
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            default -> status < 400 ? Outcome.OK : null;
        };
    }

    private Set<String> applicationRoutes() {
        Set<String> routes = new TreeSet<>();
        handlerMappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern))));
        handlerMappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty())
                .forEach(info -> info.getPatternValues().forEach(pattern -> routes.add("* " + pattern)));
        routes.removeAll(FRAMEWORK_ROUTES);
        routes.remove("* /error");
        return routes;
    }

    private static void page(String route, Map<Actor, Outcome> allowed, Map<Actor, Outcome> hidden) {
        rule(route, allowed, hidden, Outcome.LOGIN);
    }

    private static void page(String route, Map<Actor, Outcome> allowed) {
        page(route, allowed, Map.of());
    }

    private static void api(String route, Map<Actor, Outcome> allowed, Map<Actor, Outcome> hidden) {
        rule(route, allowed, hidden, Outcome.UNAUTHORIZED);
    }

    private static void api(String route, Map<Actor, Outcome> allowed) {
        api(route, allowed, Map.of());
    }

    private static void rule(String route, Map<Actor, Outcome> allowed, Map<Actor, Outcome> hidden, Outcome anonymous) {
        Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            outcomes.put(actor, actor == Actor.ANONYMOUS ? anonymous : Outcome.FORBIDDEN);
        }
        outcomes.putAll(hidden);
        outcomes.putAll(allowed);
        MATRIX.put(route, outcomes);
    }

    private static Map<Actor, Outcome> ok(Set<Actor> actors) {
        Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
        actors.forEach(actor -> outcomes.put(actor, Outcome.OK));
        return outcomes;
    }

    private static Map<Actor, Outcome> ok(Actor... actors) {
        return ok(Set.of(actors));
    }

    private static Map<Actor, Outcome> hidden(Actor... actors) {
        Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
        for (Actor actor : actors) {
            outcomes.put(actor, Outcome.NOT_FOUND);
        }
        return outcomes;
    }

    /** Records the account as it comes to be in production: its first login (no role), then an administrator's grant. */
    private void recordWithRoles(vn.motcua.workflow.StaffMember member) {
        staffAccounts.atLogin(member.username(), member.fullName(), member.agencyCode());
        staffAssignments.change(new vn.motcua.workflow.staff.StaffChange(member.username(), member.agencyCode(),
                member.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), true), "quantri");
    }
}
