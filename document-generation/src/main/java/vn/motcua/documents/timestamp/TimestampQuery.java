package vn.motcua.documents.timestamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.util.Collection;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * One RFC 3161 time-stamp query over a signature value or a given SHA-256 digest: SHA-256 message imprint, a fresh 63-bit nonce, the TSA
 * certificate requested; and the checks of the reply that answers it. Each attempt needs a new query.
 */
public final class TimestampQuery {

    private static final SecureRandom NONCES = new SecureRandom();

    private final TimeStampRequest request;

    private TimestampQuery(TimeStampRequest request) {
        this.request = request;
    }

    /**
     * @param signatureValue the CMS signature value to be time-stamped
     * @return a query with a fresh nonce
     */
    public static TimestampQuery forSignature(byte[] signatureValue) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return new TimestampQuery(generator.generate(TSPAlgorithms.SHA256, sha256(signatureValue),
                new BigInteger(63, NONCES)));
    }

    /**
     * @param sha256 a SHA-256 digest computed elsewhere (e.g. the head hash of a hash chain), used as the message
     *               imprint as it is
     * @return a query with a fresh nonce
     */
    public static TimestampQuery forDigest(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return new TimestampQuery(generator.generate(TSPAlgorithms.SHA256, sha256.clone(),
                new BigInteger(63, NONCES)));
    }

    /** @return the DER-encoded TimeStampReq, the body of {@code application/timestamp-query} */
    public byte[] encoded() {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the reply: status granted, the token answers this query (imprint, algorithm, nonce), it carries the TSA
     * certificate, and it verifies with that certificate (signature, ESS signing certificate, critical extended key
     * usage timeStamping only, certificate valid at the time stamped).
     *
     * @param reply the DER-encoded TimeStampResp
     * @return the DER-encoded time-stamp token
     * @throws UnusableReply if the reply is malformed, refused or does not check
     */
    public byte[] token(byte[] reply) throws UnusableReply {
        TimeStampResponse response = parse(reply);
        int status = response.getStatus();
        if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
            PKIFailureInfo failure = response.getFailInfo();
            boolean transientFailure = failure != null
                    && (failure.intValue() & (PKIFailureInfo.systemFailure | PKIFailureInfo.timeNotAvailable)) != 0;
            throw new UnusableReply("the time-stamping authority refused the request: status " + status + ", "
                    + response.getStatusString(), transientFailure, null);
        }
        TimeStampToken token = response.getTimeStampToken();
        try {
            response.validate(request);
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate(token)));
            return token.getEncoded(ASN1Encoding.DER);
        } catch (TSPException | OperatorCreationException | CertificateException | IOException
                | IllegalArgumentException e) {
            throw new UnusableReply("the time-stamp token does not answer the request: " + e.getMessage(), false, e);
        }
    }

    private static TimeStampResponse parse(byte[] reply) throws UnusableReply {
        try {
            return new TimeStampResponse(reply);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new UnusableReply("the reply is no RFC 3161 time-stamp response", false, e);
        }
    }

    private static X509CertificateHolder tsaCertificate(TimeStampToken token) throws TSPException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new TSPException("the token carries no TSA certificate although one was requested");
        }
        return matches.iterator().next();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
