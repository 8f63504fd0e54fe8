package vn.motcua.sandbox.tsa;

import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Answers RFC 3161 requests: a token signed with the authority's key for an imprint made with SHA-256, SHA-384 or
 * SHA-512 under the configured policy, with the request's nonce, genTime from the clock, an accuracy of one second
 * and the next serial number; the certificate goes in only when the request asks for it. Anything else is a
 * rejection naming the reason (e.g. badAlg, unacceptedPolicy, unacceptedExtension).
 */
final class TimeStampAuthority {

    static final Set<ASN1ObjectIdentifier> ACCEPTED_ALGORITHMS = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512);

    private final TimeStampTokenGenerator tokens;
    private final ASN1ObjectIdentifier policy;
    private final Clock clock;
    private long lastSerialNumber;

    TimeStampAuthority(TsaCredentials credentials, ASN1ObjectIdentifier policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        try {
            this.tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build(TsaCredentials.SIGNATURE_ALGORITHM,
                            credentials.privateKey(), credentials.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    policy);
            tokens.addCertificates(new JcaCertStore(List.of(credentials.certificate())));
        }
        catch (OperatorCreationException | CertificateEncodingException | TSPException ex) {
            throw new IllegalStateException("Cannot set up the time-stamp token generator", ex);
        }
        tokens.setAccuracySeconds(1);
    }

    /**
     * Answers one request. Serialised: the token generator shares one signer, and serial numbers follow the order of
     * the answers.
     */
    synchronized TimeStampResponse answer(TimeStampRequest request) {
        // A response generator keeps the status of its last answer, so each answer gets a fresh one.
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, ACCEPTED_ALGORITHMS,
                Set.of(policy), Set.of());
        try {
            return responses.generate(request, BigInteger.valueOf(++lastSerialNumber), Date.from(clock.instant()));
        }
        catch (TSPException ex) {
            throw new IllegalStateException("Cannot make a time-stamp response", ex);
        }
    }

    ASN1ObjectIdentifier policy() {
        return policy;
    }
}
