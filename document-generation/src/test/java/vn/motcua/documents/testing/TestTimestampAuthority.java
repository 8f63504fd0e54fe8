package vn.motcua.documents.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An RFC 3161 time-stamping authority on a loopback port, with a self-signed certificate carrying the critical
 * extended key usage timeStamping: {@code POST /tsa} answers {@code application/timestamp-query} with
 * {@code application/timestamp-reply}, {@code GET /tsa/certificate} gives the certificate as PEM. Outages are
 * injected with {@link #failNext(int)} and {@link #failAlways(boolean)}: the authority then answers 503.
 */
public final class TestTimestampAuthority implements AutoCloseable {

    private static final String QUERY_TYPE = "application/timestamp-query";
    private static final String REPLY_TYPE = "application/timestamp-reply";

    static {
        // the JDK server writes the headers and the body of a reply separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed ACK (40 ms on Linux). Read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final X509Certificate certificate;
    private final TimeStampResponseGenerator responses;
    private final HttpServer server;
    private final AtomicLong serials = new AtomicLong(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile boolean failAlways;
    private volatile String lastTraceparent;

    private TestTimestampAuthority(String name) throws GeneralSecurityException, IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + name + ", O=Một Cửa, C=VN");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                    keys.getPublic())
                    .addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1"));
            tokens.addCertificates(new JcaCertStore(List.of(certificate)));
            responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (OperatorCreationException | TSPException e) {
            throw new GeneralSecurityException("cannot set up the test TSA", e);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", this::handle);
    }

    /**
     * @param name the common name of the TSA certificate
     * @return a running authority; close it after use
     */
    public static TestTimestampAuthority start(String name) {
        try {
            TestTimestampAuthority authority = new TestTimestampAuthority(name);
            authority.server.start();
            return authority;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the URL to post queries to */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/tsa");
    }

    /** @return the certificate the tokens are signed with */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @param count how many of the next queries get 503 */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** @param failing whether every query gets 503 until this is called again with {@code false} */
    public void failAlways(boolean failing) {
        failAlways = failing;
    }

    /** @return how many queries (answered or failed) have arrived */
    public int requests() {
        return requests.get();
    }

    /** @return the W3C {@code traceparent} header of the last query, {@code null} if it had none */
    public String lastTraceparent() {
        return lastTraceparent;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] query = body.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/tsa/certificate")) {
                send(exchange, 200, "application/x-pem-file", pem());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()) || !path.equals("/tsa")) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            requests.incrementAndGet();
            lastTraceparent = exchange.getRequestHeaders().getFirst("traceparent");
            if (failAlways || failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                send(exchange, 503, "text/plain", "outage".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            if (!QUERY_TYPE.equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                send(exchange, 415, "text/plain", ("expected " + QUERY_TYPE).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            send(exchange, 200, REPLY_TYPE, reply(query));
        }
    }

    private byte[] reply(byte[] query) throws IOException {
        try {
            TimeStampRequest request = new TimeStampRequest(query);
            synchronized (responses) {
                return responses.generate(request, BigInteger.valueOf(serials.getAndIncrement()), new Date())
                        .getEncoded();
            }
        } catch (TSPException e) {
            throw new IOException("cannot answer the query", e);
        }
    }

    private byte[] pem() throws IOException {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
