package vn.motcua.sandbox.tsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.sandbox.RunningSandbox;

/** The time-stamping authority over real HTTP, as the portal calls it. */
class TsaEndpointTest {

    static RunningSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new RunningSandbox();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void resetFaults() {
        assertThat(sandbox.delete("/sandbox/faults").statusCode()).isEqualTo(204);
    }

    @Test
    void grantedTokenVerifiesWithThePublishedCertificate() throws Exception {
        BigInteger nonce = new BigInteger(63, new SecureRandom());
        TimeStampRequest request = TimeStampAuthorityTest.request(TSPAlgorithms.SHA256, "SHA-256", true, nonce);
        Instant before = Instant.now().minusSeconds(1);

        HttpResponse<byte[]> answer = post("application/timestamp-query", request.getEncoded());
        Instant after = Instant.now().plusSeconds(1);
        X509Certificate certificate = certificate();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        TimeStampResponse response = new TimeStampResponse(answer.body());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.validate(request);
        TimeStampToken token = response.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        TimeStampTokenInfo info = token.getTimeStampInfo();
        assertThat(info.getMessageImprintAlgOID()).isEqualTo(TSPAlgorithms.SHA256);
        assertThat(info.getMessageImprintDigest()).isEqualTo(request.getMessageImprintDigest());
        assertThat(info.getNonce()).isEqualTo(nonce);
        assertThat(info.getPolicy().getId()).isEqualTo("1.3.6.1.4.1.99999.1.1");
        assertThat(info.getGenTime().toInstant()).isBetween(before, after);
        assertThat(info.getGenTimeAccuracy().getSeconds()).isEqualTo(1);
        assertThat(token.getCertificates().getMatches(null))
                .containsExactly(new X509CertificateHolder(certificate.getEncoded()));
        assertThat(certificate.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
    }

    @Test
    void withoutCertReqTheTokenHoldsNoCertificateAndSerialNumbersDiffer() throws Exception {
        TimeStampRequest request = TimeStampAuthorityTest.request(TSPAlgorithms.SHA512, "SHA-512", false, null);

        TimeStampToken first = new TimeStampResponse(post("application/timestamp-query", request.getEncoded()).body())
                .getTimeStampToken();
        TimeStampToken second = new TimeStampResponse(post("application/timestamp-query", request.getEncoded()).body())
                .getTimeStampToken();

        assertThat(first.getCertificates().getMatches(null)).isEmpty();
        first.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate()));
        assertThat(second.getTimeStampInfo().getSerialNumber())
                .isGreaterThan(first.getTimeStampInfo().getSerialNumber());
    }

    @Test
    void md5IsRejectedAsBadAlgorithmWithHttp200() throws Exception {
        TimeStampRequest request = TimeStampAuthorityTest.request(TSPAlgorithms.MD5, "MD5", true, BigInteger.TEN);

        HttpResponse<byte[]> answer = post("application/timestamp-query", request.getEncoded());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        TimeStampResponse response = new TimeStampResponse(answer.body());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
        assertThat(response.getTimeStampToken()).isNull();
    }

    @Test
    void wrongOrMissingContentTypeIs415() throws Exception {
        byte[] request = TimeStampAuthorityTest.request(TSPAlgorithms.SHA256, "SHA-256", true, null).getEncoded();

        assertThat(post("application/octet-stream", request).statusCode()).isEqualTo(415);
        assertThat(post("application/json", request).statusCode()).isEqualTo(415);
        assertThat(sandbox.send(HttpRequest.newBuilder(sandbox.uri("/tsa"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))).statusCode()).isEqualTo(415);
    }

    @Test
    void unparsableBodyIs400() {
        HttpResponse<byte[]> garbage = post("application/timestamp-query",
                "not a time-stamp request".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<byte[]> otherDer = post("application/timestamp-query", new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
        HttpResponse<byte[]> empty = post("application/timestamp-query", new byte[0]);

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(new String(garbage.body(), StandardCharsets.UTF_8)).isEqualTo("invalid_request");
        assertThat(otherDer.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void outageAnswers503UntilSwitchedOffAndLatencyDelays() throws Exception {
        byte[] request = TimeStampAuthorityTest.request(TSPAlgorithms.SHA256, "SHA-256", false, null).getEncoded();
        assertThat(sandbox.putJson("/sandbox/faults/tsa", "{\"outage\":true}").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> during = post("application/timestamp-query", request);
        Map<String, Object> listed = RunningSandbox.json(sandbox.get("/sandbox/faults").body());
        sandbox.putJson("/sandbox/faults/tsa", "{\"outage\":false,\"latencyMillis\":300}");
        long started = System.nanoTime();
        HttpResponse<byte[]> after = post("application/timestamp-query", request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(new String(during.body(), StandardCharsets.UTF_8)).isEqualTo("service_unavailable");
        assertThat(listed).containsEntry("tsa", Map.of("latencyMillis", 0, "errorRate", 0.0, "outage", true))
                .containsKeys("token", "population");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new TimeStampResponse(after.body()).getStatus()).isEqualTo(PKIStatus.GRANTED);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void certificateIsPublicPemWithoutSession() {
        HttpResponse<String> answer = sandbox.get("/tsa/certificate");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-pem-file"));
        assertThat(answer.body()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJournalKeepsTheTraceContextOfEachQuery() throws Exception {
        assertThat(sandbox.delete("/sandbox/tsa/requests").statusCode()).isEqualTo(204);
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        byte[] query = TimeStampAuthorityTest.request(TSPAlgorithms.SHA256, "SHA-256", true,
                new BigInteger(63, new SecureRandom())).getEncoded();
        assertThat(sandbox.send(HttpRequest.newBuilder(sandbox.uri("/tsa")).header("traceparent", traceparent)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(query))).statusCode()).isEqualTo(200);
        post("application/timestamp-query", query);

        List<Object> journal = RunningSandbox.jsonList(sandbox.get("/sandbox/tsa/requests").body());
        assertThat(journal).hasSize(2);
        assertThat((Map<String, Object>) journal.get(0)).containsEntry("method", "POST").containsEntry("path", "/tsa")
                .containsEntry("status", 200).containsEntry("traceparent", traceparent);
        assertThat(((Map<?, ?>) journal.get(1)).get("traceparent")).isNull();
    }

    private static HttpResponse<byte[]> post(String contentType, byte[] body) {
        return sandbox.send(HttpRequest.newBuilder(sandbox.uri("/tsa")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static X509Certificate certificate() throws Exception {
        HttpResponse<String> answer = sandbox.get("/tsa/certificate");
        assertThat(answer.statusCode()).isEqualTo(200);
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.US_ASCII)));
    }
}
