package vn.motcua.cases.lookup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.DossierStatus;

/**
 * Finds a dossier's progress for anyone who knows its code and the last four digits of its owner's identity number.
 * An unknown code and a known code with other digits give the same empty answer, in the same single statement.
 */
@Service
public class PublicLookup {

    /** How the last four digits of an identity number look. */
    public static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

    private final JdbcClient jdbc;

    PublicLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param code     the dossier's code
     * @param lastFour the last four digits of its owner's identity number
     * @return its progress, or empty if no dossier has both
     */
    @Transactional(readOnly = true)
    public Optional<DossierProgress> find(String code, String lastFour) {
        if (code == null || lastFour == null || !LAST_FOUR.matcher(lastFour).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select d.code, p.name as procedure_name, d.status, d.submitted_at, d.accepted_at, d.due_at,
                       d.completed_at, a.name as agency_name
                from dossier d
                join procedure_version v on v.id = d.procedure_version_id
                join procedure p on p.id = v.procedure_id
                join agency a on a.code = coalesce(d.handler_agency_code, d.receiving_agency_code)
                where d.code = :code and right(d.owner_id_number, 4) = :lastFour""")
                .param("code", code.strip())
                .param("lastFour", lastFour)
                .query((row, number) -> new DossierProgress(row.getString("code"), row.getString("procedure_name"),
                        DossierStatus.ofCode(row.getInt("status")), instant(row.getTimestamp("submitted_at")),
                        instant(row.getTimestamp("accepted_at")), instant(row.getTimestamp("due_at")),
                        instant(row.getTimestamp("completed_at")), row.getString("agency_name")))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
