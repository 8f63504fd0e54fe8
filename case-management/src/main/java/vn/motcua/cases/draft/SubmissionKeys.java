package vn.motcua.cases.draft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys of submissions. A key is claimed with the hash of its request inside the submitting
 * transaction; a concurrent claim of the same key waits on the unique index until the first transaction ends.
 */
@Component
class SubmissionKeys {

    /** A claimed key: the hash of the request it was first used for and the dossier that request made. */
    record Claim(String requestHash, UUID dossierId) {
    }

    private final JdbcClient jdbc;

    SubmissionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request, or returns the earlier claim of it. */
    Optional<Claim> claim(String owner, String key, String requestHash, Instant at) {
        int inserted = jdbc.sql("""
                insert into submission_key (owner_id_number, idempotency_key, request_hash, created_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(owner, key, requestHash, Timestamp.from(at)).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select request_hash, dossier_id from submission_key where owner_id_number = ? and idempotency_key = ?")
                .params(owner, key).query((rs, row) -> new Claim(rs.getString(1), rs.getObject(2, UUID.class))).optional();
    }

    void complete(String owner, String key, UUID dossierId) {
        jdbc.sql("update submission_key set dossier_id = ? where owner_id_number = ? and idempotency_key = ?")
                .params(dossierId, owner, key).update();
    }
}
