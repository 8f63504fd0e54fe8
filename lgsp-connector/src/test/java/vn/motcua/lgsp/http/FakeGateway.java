package vn.motcua.lgsp.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A gateway on a random local port: issues tokens like the LGSP and answers API calls as a test tells it to. */
final class FakeGateway implements AutoCloseable {

    static final String CLIENT_ID = "portal";
    static final String CLIENT_SECRET = "s3cret";

    record Request(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger issued = new AtomicInteger();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    final List<Request> apiRequests = new CopyOnWriteArrayList<>();
    volatile long expiresIn = 300;
    volatile Function<Request, Reply> api = request -> new Reply(404, "{\"error\":\"not_found\"}");

    FakeGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/lgsp/token", this::token);
        server.createContext("/lgsp/api/", this::api);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/lgsp");
    }

    int tokenRequests() {
        return issued.get();
    }

    /** Makes the gateway forget every token it issued, as after a restart. */
    void revokeTokens() {
        validTokens.clear();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, new Reply(401, "{\"error\":\"invalid_client\"}"));
            return;
        }
        if (!"grant_type=client_credentials".equals(body)) {
            send(exchange, new Reply(400, "{\"error\":\"unsupported_grant_type\"}"));
            return;
        }
        String token = "token-" + issued.incrementAndGet();
        validTokens.add(token);
        send(exchange, new Reply(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + expiresIn + "}"));
    }

    private void api(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        apiRequests.add(request);
        String authorization = request.header("Authorization");
        if (authorization == null || !validTokens.contains(authorization.substring("Bearer ".length()))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            send(exchange, new Reply(401, "{\"error\":\"invalid_token\"}"));
            return;
        }
        send(exchange, api.apply(request));
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
