package vn.motcua.cases.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.DossierStatus;

/** The dossier register (sổ theo dõi hồ sơ, slip 07): the dossiers an agency received in a period, oldest first. */
@Service
public class DossierRegister {

    /** The most lines one register lists; a longer period must be split. */
    public static final int MAX_ENTRIES = 5000;

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The register of the agency from {@code from} to {@code to} (days received, both included). */
    @Transactional(readOnly = true)
    public Register of(String agencyCode, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(LegalClock.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(LegalClock.ZONE).toInstant();
        long count = jdbc.sql("select count(*) from dossier where receiving_agency_code = :agency"
                + " and submitted_at >= :start and submitted_at < :end")
                .param("agency", agencyCode).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Long.class).single();
        List<RegisterEntry> entries = jdbc.sql("""
                select d.code, d.applicant_name, p.code, p.name, d.submitted_at, d.due_at, d.completed_at, d.status
                from dossier d join procedure_version v on v.id = d.procedure_version_id
                join procedure p on p.id = v.procedure_id
                where d.receiving_agency_code = :agency and d.submitted_at >= :start and d.submitted_at < :end
                order by d.submitted_at, d.code limit :limit""")
                .param("agency", agencyCode).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("limit", MAX_ENTRIES)
                .query((rs, n) -> {
                    DossierStatus status = DossierStatus.ofCode(rs.getInt(8));
                    Instant due = instant(rs.getTimestamp(6));
                    Instant finished = instant(rs.getTimestamp(7));
                    return new RegisterEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs.getTimestamp(5)), due, finished, status, Timeliness.of(status, due, finished, now));
                }).list();
        return new Register(agencyCode, from, to, entries, count);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * A register: its lines and how many dossiers the period holds in all.
     *
     * @param total the dossiers of the period; more than the lines when the period exceeds {@link #MAX_ENTRIES}
     */
    public record Register(String agencyCode, LocalDate from, LocalDate to, List<RegisterEntry> entries, long total) {

        public boolean isTruncated() {
            return total > entries.size();
        }
    }
}
