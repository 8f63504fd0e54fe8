package vn.motcua.cases.access;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The canonical encoding of an entry and its SHA-256. Every value is written with a type marker and, for text, its
 * length in UTF-8 bytes, so no two different entries encode alike (whatever separators their texts contain); the time
 * counts microseconds since the epoch, the precision PostgreSQL keeps.
 */
final class EntryHashes {

    static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "motcua.personal-data-access/v1";

    private EntryHashes() {
    }

    static String hash(long seq, Instant at, String actor, String requestingUnit, String subject, String serviceCode,
            List<String> fields, String purpose, AccessOutcome outcome, UUID requestId, String previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, FORMAT);
            out.writeLong(seq);
            out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, at));
            text(out, actor);
            text(out, requestingUnit);
            text(out, subject);
            text(out, serviceCode);
            out.writeInt(fields.size());
            for (String field : fields) {
                text(out, field);
            }
            text(out, purpose);
            text(out, outcome.name());
            text(out, requestId.toString());
            text(out, previousHash);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    static String hash(AccessLogEntry entry) {
        return hash(entry.seq(), entry.at(), entry.actor(), entry.requestingUnit(), entry.subject(),
                entry.serviceCode(), entry.fields(), entry.purpose(), entry.outcome(), entry.requestId(),
                entry.previousHash());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
