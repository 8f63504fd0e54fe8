package vn.motcua.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Household business registration (HCM.HKD.01), whose fee is paid online before processing: the citizen files
 * through REST API v1, the clerk of Bến Thành accepts it at the desk (status 6, waiting for the fee), the citizen
 * presses the pay button on the dossier page and pays with a bank on the platform stand-in's hosted page, which then
 * notifies the portal server to server (with its own retries) while the browser comes back to the return page.
 * Ledger lines: {@code submission} for each answered filing, {@code payment} (key = order id) for each payment the
 * platform accepted (its answer to the pay button is the redirect back to the portal).
 */
public class PaymentSimulation extends Simulation {

    static final String PROCEDURE = "HCM.HKD.01";
    /** Hồ Chí Minh City and Bến Thành ward, the receiving agency's. */
    static final String PROVINCE = "79";
    static final String WARD = "26734";
    static final String BANK = "VCB";

    private static final Pattern ORDER_ID = Pattern.compile("[?&]orderId=([^&]+)");
    private static final String LETTERS = "ABCDEGHIKLMNOPQRSTUVXY";

    private final Ledger ledger = Ledger.open(LoadSettings.ledger("payments"));

    {
        List<String> citizens = LoadSettings.citizens();
        AtomicLong turn = new AtomicLong();
        Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("citizen",
                citizens.get((int) (turn.getAndIncrement() % citizens.size())))).iterator();

        HttpProtocolBuilder protocol = http.acceptHeader("application/json, text/html;q=0.9")
                .userAgentHeader("MotCuaLoad/1.0");

        ScenarioBuilder citizen = scenario("Citizen files " + PROCEDURE + " and pays online")
                .feed(feeder)
                .exec(MobileLogin.token())
                .exec(ApiFiling.file(LoadSettings.procedure(PROCEDURE), PaymentSimulation::registration, ledger))
                .exec(acceptAtDesk())
                .exec(pay(ledger));

        System.out.println("PaymentSimulation: " + LoadSettings.describe() + " ledger=" + ledger.path());
        setUp(citizen.injectOpen(constantUsersPerSec(LoadSettings.users()).during(LoadSettings.seconds())))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(LoadSettings.maxSeconds()));
    }

    /** The clerk opens the dossier at the desk and accepts it: it then waits for its fee. */
    private static ChainBuilder acceptAtDesk() {
        return WebLogin.open("/desk/dossiers/#{dossierId}", LoadSettings.clerk())
                .exec(http("desk accept").post(LoadSettings.portal() + "/desk/dossiers/#{dossierId}/accept")
                        .header("Accept", MobileLogin.HTML).formParam("_csrf", "#{csrf}")
                        .check(status().is(200)))
                .exitHereIfFailed();
    }

    /** The citizen's pay button, the hosted page, the bank, and the way back to the portal's return page. */
    private static ChainBuilder pay(Ledger ledger) {
        return WebLogin.open("/my/dossiers/#{dossierId}", "#{citizen}")
                .exec(http("pay button").post(LoadSettings.portal() + "/my/dossiers/#{dossierId}/payment")
                        .header("Accept", MobileLogin.HTML).formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(status().is(302), header("Location").saveAs("payUrl")))
                .exitHereIfFailed()
                .exec(http("hosted page").get("#{payUrl}").header("Accept", MobileLogin.HTML)
                        .check(status().is(200), regex(MobileLogin.CSRF).saveAs("payCsrf")))
                .exitHereIfFailed()
                .exec(http("hosted page pay").post("#{payUrl}").header("Accept", MobileLogin.HTML)
                        .formParam("bank", BANK).formParam("action", "pay").formParam("_csrf", "#{payCsrf}")
                        .disableFollowRedirect()
                        .check(status().is(303), header("Location").saveAs("returnUrl")))
                .exitHereIfFailed()
                .exec(session -> accepted(session, ledger))
                .exec(http("payment return").get("#{returnUrl}").header("Accept", MobileLogin.HTML)
                        .check(status().is(200)));
    }

    private static Session accepted(Session session, Ledger ledger) {
        Matcher order = ORDER_ID.matcher(session.getString("returnUrl"));
        if (!order.find()) {
            return session.markAsFailed();
        }
        String orderId = URLDecoder.decode(order.group(1), StandardCharsets.UTF_8);
        ledger.record("payment", orderId, session.getString("dossierId"), session.getString("dossierCode"), 303);
        return session.set("orderId", orderId);
    }

    /** Values of HCM.HKD.01 that pass validation; the owner's come from the access token, the name is new each time. */
    static Map<String, Object> registration(Session session) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            suffix.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ownerName", session.getString("name"));
        values.put("ownerBirthDate", session.getString("birthdate"));
        values.put("ownerGender", session.getString("gender"));
        values.put("phone", "0901234567");
        // An address per citizen, so that every notice is also an e-mail (the mail stand-in receives them all).
        values.put("email", "congdan." + session.getString("citizen") + "@example.vn");
        values.put("businessName", "Hộ kinh doanh Thử Tải " + suffix);
        values.put("businessAddress", Map.of("province", PROVINCE, "ward", WARD, "street", "12 Lê Lợi"));
        values.put("capital", "150000000");
        values.put("businessLines", List.of(Map.of("code", "5610", "description", "Nhà hàng, quán ăn")));
        return values;
    }

    @Override
    public void after() {
        ledger.close();
    }
}
