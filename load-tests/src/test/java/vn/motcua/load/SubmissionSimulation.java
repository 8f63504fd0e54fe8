package vn.motcua.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Citizens file procedure 2.000635 (copy of a civil-status extract, their own birth) through REST API v1 exactly as
 * the mobile app does: a token of the e-ID stand-in (code flow with PKCE), a draft, its values, one small PDF, and the
 * submission with an {@code Idempotency-Key}, sent again with the same key while unanswered. Each answered
 * submission is a {@code submission} line of the ledger.
 */
public class SubmissionSimulation extends Simulation {

    static final String PROCEDURE = "2.000635";

    private final Ledger ledger = Ledger.open(LoadSettings.ledger("submissions"));

    {
        List<String> citizens = LoadSettings.citizens();
        AtomicLong turn = new AtomicLong();
        Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("citizen",
                citizens.get((int) (turn.getAndIncrement() % citizens.size())))).iterator();

        HttpProtocolBuilder protocol = http.acceptHeader("application/json, text/html;q=0.9")
                .userAgentHeader("MotCuaLoad/1.0 (mobile app stand-in)");

        ScenarioBuilder citizen = scenario("Citizen files " + LoadSettings.procedure(PROCEDURE) + " via API v1")
                .feed(feeder)
                .exec(MobileLogin.token())
                .exec(ApiFiling.file(LoadSettings.procedure(PROCEDURE), SubmissionSimulation::extractRequest,
                        ledger));

        System.out.println("SubmissionSimulation: " + LoadSettings.describe() + " ledger=" + ledger.path());
        setUp(citizen.injectOpen(constantUsersPerSec(LoadSettings.users()).during(LoadSettings.seconds())))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(LoadSettings.maxSeconds()));
    }

    /** The values of 2.000635 that pass validation: a copy of the citizen's own birth extract. */
    static Map<String, Object> extractRequest(Session session) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("phone", "0901234567");
        // An address per citizen, so that every notice is also an e-mail (the mail stand-in receives them all).
        values.put("email", "congdan." + session.getString("citizen") + "@example.vn");
        values.put("extractType", "BIRTH");
        values.put("subjectName", session.getString("name"));
        values.put("subjectBirthDate", session.getString("birthdate"));
        values.put("subjectGender", session.getString("gender"));
        values.put("subjectIdNumber", session.getString("citizen"));
        values.put("registrationPlace", "UBND phường Bến Thành");
        values.put("copies", "1");
        return values;
    }

    @Override
    public void after() {
        ledger.close();
    }
}
