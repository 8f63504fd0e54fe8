package vn.motcua.cases.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.access.ChainVerification.Breach;

/**
 * The personal-data access log (Decree 13/2023/NĐ-CP): every read or transfer of someone's personal data, with who
 * asked, for which unit, why and how it ended. Entries form one hash chain: each carries the SHA-256 of its content and
 * of the entry before, and the database refuses to update, delete or truncate them, so {@link #verify()} finds any
 * entry edited or removed behind the application's back. Removing the newest entries, or rewriting the chain with
 * recomputed hashes, leaves no trace in the chain itself: the anchors ({@link AccessLogAnchors}), time-stamped copies
 * of the head's hash, show it.
 */
@Service
public class AccessLog {

    /** Key of the transaction-scoped advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x6d6f746375610001L;

    private static final int FETCH_SIZE = 500;

    private static final String COLUMNS = "seq, accessed_at, actor, requesting_unit, subject, service_code, fields, "
            + "purpose, outcome, request_id, prev_hash, hash";

    private final JdbcClient jdbc;

    AccessLog(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
    }

    /**
     * Appends an entry at the head of the chain. Appends are serialised by a database lock, so parallel callers still
     * build one chain; the entry is written in its own transaction and stays even when the caller's transaction rolls
     * back.
     *
     * @param access what happened
     * @return the stored entry with its sequence number and hashes
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AccessLogEntry append(PersonalDataAccess access) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().listOfRows();
        Optional<Head> head = jdbc.sql("select seq, hash from personal_data_access order by seq desc limit 1")
                .query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("hash"))).optional();
        long seq = head.map(h -> h.seq() + 1).orElse(1L);
        String previousHash = head.map(Head::hash).orElse(EntryHashes.GENESIS);
        Instant at = access.at().truncatedTo(ChronoUnit.MICROS);
        String hash = EntryHashes.hash(seq, at, access.actor(), access.requestingUnit(), access.subject(),
                access.serviceCode(), access.fields(), access.purpose(), access.outcome(), access.requestId(),
                previousHash);
        jdbc.sql("insert into personal_data_access (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, Timestamp.from(at), access.actor(), access.requestingUnit(), access.subject(),
                        access.serviceCode(), access.fields().toArray(String[]::new), access.purpose(),
                        access.outcome().name(), access.requestId(), previousHash, hash)
                .update();
        return new AccessLogEntry(seq, at, access.actor(), access.requestingUnit(), access.subject(),
                access.serviceCode(), access.fields(), access.purpose(), access.outcome(), access.requestId(),
                previousHash, hash);
    }

    /**
     * Checks the whole chain in order of sequence, streaming the entries, and stops at the first broken one: a gap in
     * the sequence ({@link Breach#ROW_MISSING}), content that no longer matches its hash
     * ({@link Breach#CONTENT_ALTERED}) or a link to the wrong previous hash ({@link Breach#LINK_BROKEN}).
     *
     * @return whether the chain is intact and, if not, which entry breaks it first and why
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        try (Stream<AccessLogEntry> entries = jdbc.sql("select " + COLUMNS + " from personal_data_access order by seq")
                .query(AccessLog::entry).stream()) {
            long checked = 0;
            long expectedSeq = 1;
            String previousHash = EntryHashes.GENESIS;
            for (Iterator<AccessLogEntry> it = entries.iterator(); it.hasNext();) {
                AccessLogEntry entry = it.next();
                checked++;
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, entry.seq(), Breach.ROW_MISSING);
                }
                if (!EntryHashes.hash(entry).equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(), Breach.CONTENT_ALTERED);
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return ChainVerification.broken(checked, entry.seq(), Breach.LINK_BROKEN);
                }
                expectedSeq++;
                previousHash = entry.hash();
            }
            return againstAnchors(checked);
        }
    }

    /** The first anchor whose entry is gone or has another hash, if any: the intact chain was cut or rewritten. */
    private ChainVerification againstAnchors(long checked) {
        return jdbc.sql("select a.seq, p.hash is null as gone from personal_data_access_anchor a"
                        + " left join personal_data_access p on p.seq = a.seq"
                        + " where p.hash is distinct from a.hash order by a.seq limit 1")
                .query((rs, row) -> ChainVerification.broken(checked, rs.getLong("seq"),
                        rs.getBoolean("gone") ? Breach.TRUNCATED : Breach.REWRITTEN))
                .optional().orElseGet(() -> ChainVerification.intact(checked));
    }

    /**
     * The newest entry's position and hash: what an anchor time-stamps.
     *
     * @return the head, or empty while the log is empty
     */
    @Transactional(readOnly = true)
    public Optional<ChainHead> head() {
        return jdbc.sql("select seq, hash from personal_data_access order by seq desc limit 1")
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"))).optional();
    }

    /**
     * The accesses to one person's or business's data, newest first: the citizen's "who accessed my data" page.
     *
     * @param subject identity number or tax code
     * @param page    which page
     * @return that page of entries
     */
    @Transactional(readOnly = true)
    public Page<AccessLogEntry> forSubject(String subject, Pageable page) {
        return search(new AccessSearch(subject, null, null, null, null, null, null, null), page);
    }

    /**
     * The administrators' search: entries matching every given filter, newest first.
     *
     * @param filters the filters; {@code null} ones match everything
     * @param page    which page
     * @return that page of entries, with the total count
     */
    @Transactional(readOnly = true)
    public Page<AccessLogEntry> search(AccessSearch filters, Pageable page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        equal(where, params, "subject", filters.subject());
        equal(where, params, "requesting_unit", filters.requestingUnit());
        equal(where, params, "actor", filters.actor());
        equal(where, params, "purpose", filters.purpose());
        equal(where, params, "service_code", filters.serviceCode());
        equal(where, params, "outcome", filters.outcome() == null ? null : filters.outcome().name());
        if (filters.from() != null) {
            where.append(" and accessed_at >= :from");
            params.put("from", Timestamp.from(filters.from().truncatedTo(ChronoUnit.MICROS)));
        }
        if (filters.to() != null) {
            where.append(" and accessed_at < :to");
            params.put("to", Timestamp.from(filters.to().truncatedTo(ChronoUnit.MICROS)));
        }
        long total = jdbc.sql("select count(*) from personal_data_access" + where).params(params)
                .query(Long.class).single();
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        List<AccessLogEntry> entries = jdbc.sql("select " + COLUMNS + " from personal_data_access" + where
                        + " order by seq desc limit :limit offset :offset")
                .params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(AccessLog::entry).list();
        return new PageImpl<>(entries, page, total);
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static AccessLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessLogEntry(rs.getLong("seq"), rs.getTimestamp("accessed_at").toInstant(), rs.getString("actor"),
                rs.getString("requesting_unit"), rs.getString("subject"), rs.getString("service_code"),
                List.of((String[]) rs.getArray("fields").getArray()), rs.getString("purpose"),
                AccessOutcome.valueOf(rs.getString("outcome")), rs.getObject("request_id", UUID.class),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(long seq, String hash) {
    }
}
