package vn.motcua.cases.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anchors of the access log: time-stamp tokens over the hash of its head, kept append-only like the log. The
 * application's database role may add and read them only; {@link AccessLog#verify()} checks every anchored entry is
 * still there with the hash stamped.
 */
@Service
public class AccessLogAnchors {

    private final JdbcClient jdbc;

    AccessLogAnchors(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Keeps an anchor.
     *
     * @param head      the entry whose hash the token stamps
     * @param stampedAt the token's time
     * @param token     the DER-encoded token
     * @return the stored anchor
     */
    @Transactional
    public AccessLogAnchor add(ChainHead head, Instant stampedAt, byte[] token) {
        Instant at = stampedAt.truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.sql("insert into personal_data_access_anchor (seq, hash, stamped_at, token)"
                        + " values (?, ?, ?, ?) returning id")
                .params(head.seq(), head.hash(), Timestamp.from(at), token).query(Long.class).single();
        return new AccessLogAnchor(id, head, at, token);
    }

    /** @return the newest anchor, or empty if the log was never anchored */
    @Transactional(readOnly = true)
    public Optional<AccessLogAnchor> latest() {
        return jdbc.sql("select id, seq, hash, stamped_at, token from personal_data_access_anchor"
                        + " order by id desc limit 1")
                .query((rs, row) -> new AccessLogAnchor(rs.getLong("id"),
                        new ChainHead(rs.getLong("seq"), rs.getString("hash")),
                        rs.getTimestamp("stamped_at").toInstant(), rs.getBytes("token")))
                .optional();
    }
}
