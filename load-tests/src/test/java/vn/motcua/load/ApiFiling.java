package vn.motcua.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * Filing through REST API v1 as the mobile app does: start a draft, save the form's values, upload a small PDF to
 * every required document slot, submit with an {@code Idempotency-Key}. A submission left unanswered (connection
 * failure, 5xx, or 401 after a restart of the e-ID provider, which then logs in again) is sent again with the same
 * key after a pause, a bounded number of times; an answered one (2xx with a dossier code) goes into the ledger. Needs {@code token}; leaves {@code dossierId} and {@code dossierCode}.
 */
final class ApiFiling {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiFiling() {
    }

    /**
     * @param procedure the procedure's code
     * @param values    the form values to save, from the session (e.g. the citizen's claims)
     * @param ledger    where answered submissions go, as kind {@code submission}
     */
    static ChainBuilder file(String procedure, Function<Session, Map<String, Object>> values, Ledger ledger) {
        String api = LoadSettings.portal() + "/api/v1";
        return exec(http("procedure").get(api + "/procedures/" + procedure)
                        .check(status().is(200),
                                jsonPath("$.documents[?(@.required == true)].slot").findAll().saveAs("slots")))
                .exitHereIfFailed()
                .exec(http("draft start").post(api + "/drafts").header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"procedureCode\":\"" + procedure + "\"}")).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("draftId")))
                .exitHereIfFailed()
                .exec(session -> session.set("values", write(Map.of("values", values.apply(session)))))
                .exec(http("draft save").put(api + "/drafts/#{draftId}").header("Authorization", "Bearer #{token}")
                        .body(StringBody("#{values}")).asJson()
                        .check(status().is(200), jsonPath("$.problems[*]").count().is(0)))
                .exitHereIfFailed()
                .foreach("#{slots}", "slot").on(
                        exec(http("draft upload").post(api + "/drafts/#{draftId}/attachments")
                                .header("Authorization", "Bearer #{token}").asMultipartForm()
                                .bodyPart(StringBodyPart("slot", "#{slot}"))
                                .bodyPart(ByteArrayBodyPart("file", PDF).fileName("to-khai.pdf")
                                        .contentType("application/pdf"))
                                .check(status().is(201)))
                                .exitHereIfFailed())
                .exec(submit(api, ledger));
    }

    /** The submission with its retries; the user stops here unless it was answered with a dossier. */
    private static ChainBuilder submit(String api, Ledger ledger) {
        int retries = LoadSettings.submitRetries();
        return exec(session -> session.set("idempotencyKey", UUID.randomUUID().toString()).set("attempt", 0)
                        .set("submitStatus", 0))
                .asLongAs(session -> session.getInt("attempt") == 0
                        || unanswered(session) && session.getInt("attempt") <= retries).on(
                        exec(session -> session.set("lastStatus", session.getInt("submitStatus"))
                                        .set("submitStatus", 0).remove("submitBody").markAsSucceeded())
                                .doIf(session -> session.getInt("attempt") > 0).then(pause(LoadSettings.retryPause()))
                                // the stand-in signs with a fresh key at each start: log in again, keep the key
                                .doIf(session -> session.getInt("lastStatus") == 401).then(MobileLogin.token())
                                .exec(session -> session.set("attempt", session.getInt("attempt") + 1))
                                .exec(http("submit").post(api + "/drafts/#{draftId}/submission")
                                        .header("Authorization", "Bearer #{token}")
                                        .header("Idempotency-Key", "#{idempotencyKey}")
                                        .check(status().saveAs("submitStatus"), bodyString().saveAs("submitBody"),
                                                status().in(200, 201))))
                .exec(session -> answered(session, ledger))
                .exitHereIfFailed();
    }

    /**
     * Not answered at all (connection failure, status 0), answered with a server error, or refused for a token that a
     * restarted e-ID provider no longer knows (401): worth sending again, with a new token in the last case.
     */
    private static boolean unanswered(Session session) {
        int status = session.getInt("submitStatus");
        return status == 0 || status == 401 || status >= 500;
    }

    private static Session answered(Session session, Ledger ledger) {
        int status = session.getInt("submitStatus");
        if ((status != 200 && status != 201) || !session.contains("submitBody")) {
            return session.markAsFailed();
        }
        try {
            JsonNode dossier = JSON.readTree(session.getString("submitBody"));
            String id = dossier.path("id").asText(null);
            String code = dossier.path("code").asText(null);
            if (id == null || code == null) {
                return session.markAsFailed();
            }
            ledger.record("submission", session.getString("idempotencyKey"), id, code, status);
            return session.set("dossierId", id).set("dossierCode", code).markAsSucceeded();
        }
        catch (java.io.IOException e) {
            return session.markAsFailed();
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
