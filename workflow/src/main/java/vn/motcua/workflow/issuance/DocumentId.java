package vn.motcua.workflow.issuance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Deterministic document ids: the same parts give the same id, so a retried issue finds the document it issued
 * before. The id is printed in the document's QR code and keys its stored file and its register row.
 */
public final class DocumentId {

    private DocumentId() {
    }

    /**
     * A name-based (version 3) UUID of the parts joined with {@code ':'}, e.g.
     * {@code of("fee-receipt", paymentId)}.
     */
    public static UUID of(Object... parts) {
        String name = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(":"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
