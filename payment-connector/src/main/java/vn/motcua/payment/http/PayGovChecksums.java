package vn.motcua.payment.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's checksums: lower-case hex HMAC-SHA256, keyed with the shared secret, over the fields joined with
 * {@code |} ({@code null} as the empty string), in the order each message defines. Public so that tests can sign
 * messages as the platform does.
 */
public final class PayGovChecksums {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PayGovChecksums(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The checksum of the fields, in the given order. */
    public String sign(Object... fields) {
        String text = Stream.of(fields).map(field -> Objects.toString(field, "")).collect(Collectors.joining("|"));
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is not available", ex);
        }
    }

    /** Whether a received checksum is the one of the fields; compared in constant time. */
    public boolean matches(String checksum, Object... fields) {
        if (checksum == null || checksum.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.US_ASCII),
                checksum.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
