package vn.motcua.sandbox.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The keyed hash of every message: HMAC-SHA256 with the merchant's shared secret over the fields joined with
 * {@code |} ({@code null} as the empty string), written as lower-case hex. The field orders are in the package
 * documentation.
 */
@Component
class Checksums {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    Checksums(PaymentProperties properties) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String sign(Object... fields) {
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

    /** The fields with a {@code checksum} added over their values, in their order. */
    Map<String, Object> signed(Map<String, Object> fields) {
        Map<String, Object> message = new LinkedHashMap<>(fields);
        message.put("checksum", sign(fields.values().toArray()));
        return message;
    }

    /** Whether a checksum as sent (hex, either case) is the one of the fields; compared in constant time. */
    boolean matches(String checksum, Object... fields) {
        if (checksum == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.US_ASCII),
                checksum.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
