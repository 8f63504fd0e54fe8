package vn.motcua.sandbox.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.sandbox.RunningSandbox;

/**
 * The portal's side of the payment platform, written from the package documentation alone: it signs with its own
 * HMAC, posts JSON, drives the hosted page as a browser would, and receives notifications on a small HTTP server
 * that can be told to fail a few times or never to acknowledge.
 */
final class PortalSide implements AutoCloseable {

    static final String SECRET = "paygov-demo-secret";
    static final String MERCHANT = "MOTCUA";
    static final String RETURN_URL = "http://localhost:8080/thanh-toan/ket-qua";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final RunningSandbox sandbox;
    final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile boolean acknowledge = true;
    private final HttpServer receiver;

    PortalSide(RunningSandbox sandbox) {
        this.sandbox = sandbox;
        try {
            receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        receiver.createContext("/thanh-toan/thong-bao", exchange -> {
            received.add(RunningSandbox.json(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            boolean fail = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
            byte[] answer = (fail ? "{\"error\":\"busy\"}" : "{\"ack\":" + acknowledge + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    String notifyUrl() {
        return "http://localhost:" + receiver.getAddress().getPort() + "/thanh-toan/thong-bao";
    }

    /** The next {@code count} notifications are answered 500; with {@code acknowledge} false, 2xx without ack. */
    void receiverBehaves(int count, boolean acknowledges) {
        failuresLeft.set(count);
        acknowledge = acknowledges;
    }

    void reset() {
        sandbox.delete("/sandbox/payment/payments");
        sandbox.delete("/sandbox/faults");
        received.clear();
        receiverBehaves(0, true);
    }

    static String sign(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            text.append(i == 0 ? "" : "|").append(fields[i] == null ? "" : fields[i]);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A signed create request for a fee of procedure 3 (lệ phí đăng ký hộ kinh doanh). */
    Map<String, Object> createRequest(String orderId, long amount) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("merchantCode", MERCHANT);
        request.put("orderId", orderId);
        request.put("amount", amount);
        request.put("feeType", "LE_PHI");
        request.put("description", "Lệ phí đăng ký hộ kinh doanh, hồ sơ " + orderId);
        request.put("returnUrl", RETURN_URL);
        request.put("notifyUrl", notifyUrl());
        request.put("createdAt", "20261126091500");
        request.put("checksum", sign(request.values().toArray()));
        return request;
    }

    HttpResponse<String> post(String path, Map<String, Object> body) {
        return sandbox.postJson(path, JSON.writeValueAsString(body));
    }

    /** Creates a payment and returns its id. */
    String create(String orderId, long amount) {
        HttpResponse<String> answer = post("/paygov/api/payments", createRequest(orderId, amount));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return (String) RunningSandbox.json(answer.body()).get("paymentId");
    }

    HttpResponse<String> query(String orderId) {
        return sandbox.get("/paygov/api/payments/" + orderId + "?merchantCode=" + MERCHANT + "&checksum="
                + sign(MERCHANT, orderId));
    }

    Map<String, Object> refundRequest(String orderId, String refundId, long amount, String reason) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("merchantCode", MERCHANT);
        request.put("orderId", orderId);
        request.put("refundId", refundId);
        request.put("amount", amount);
        request.put("reason", reason);
        request.put("checksum", sign(request.values().toArray()));
        return request;
    }

    /** The hosted page as a browser holds it: the payment, the session cookie and the form's CSRF token. */
    record OpenPage(String paymentId, String cookie, String csrf) {
    }

    /** Opens the hosted page as a browser would. */
    OpenPage open(String paymentId) {
        HttpResponse<String> page = sandbox.get("/paygov/pay/" + paymentId);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the hosted page's form carries a CSRF token").isTrue();
        return new OpenPage(paymentId, page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0],
                csrf.group(1));
    }

    /** Submits the form of an open page: {@code action} pay or cancel, {@code bank} when paying. */
    HttpResponse<String> submit(OpenPage page, String action, String bank) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", page.csrf());
        form.put("action", action);
        if (bank != null) {
            form.put("bank", bank);
        }
        return sandbox.send(HttpRequest.newBuilder(sandbox.uri("/paygov/pay/" + page.paymentId()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", page.cookie())
                .POST(RunningSandbox.form(form)));
    }

    /** Opens the hosted page and submits a decision. */
    HttpResponse<String> decide(String paymentId, String action, String bank) {
        return submit(open(paymentId), action, bank);
    }

    /** The query parameters of a redirect's location, decoded. */
    static Map<String, String> returnParameters(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(303);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(RETURN_URL + "?");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> payments() {
        return JSON.readValue(sandbox.get("/sandbox/payment/payments").body(), List.class);
    }

    @Override
    public void close() {
        receiver.stop(0);
        sandbox.close();
    }
}
