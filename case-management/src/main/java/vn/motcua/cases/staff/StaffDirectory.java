package vn.motcua.cases.staff;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoritative assignment of staff to agencies and roles. Logins read it; administrators change it (through a
 * service that first checks that no open work is left without anyone to do it). Changes go through the account's
 * record ({@link StaffRecord}); lists and counts are read with SQL.
 */
@Service
public class StaffDirectory {

    /** The roles an account may hold. */
    public static final Set<String> ROLES = Set.of("CLERK", "SPECIALIST", "LEADER", "ADMIN");

    /** First key of the advisory locks that keep two first logins of one account from recording it twice. */
    private static final int FIRST_LOGIN = 0x5354_4146;

    private final StaffRecords records;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffDirectory(StaffRecords records, JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> all() {
        return read("", Map.of());
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return read(" where a.username = :username", Map.of("username", username)).stream().findFirst();
    }

    /**
     * The account at login. The identity provider proves who logs in; what they may do is the portal's record alone,
     * whatever roles the provider's token states. An account seen for the first time is recorded with no role, in the
     * agency its directory names when the portal knows that agency, so that an administrator finds it in the list of
     * accounts and grants its roles.
     *
     * @return the record, or empty for an account the portal cannot record (its agency is unknown)
     */
    @Transactional
    public Optional<StaffAccount> atLogin(String username, String fullName, String directoryAgency) {
        Optional<StaffAccount> known = find(username);
        if (known.isPresent() || directoryAgency == null) {
            return known;
        }
        // two first logins of one account at once: the second waits here and finds the first one's record
        jdbc.sql("select pg_advisory_xact_lock(:namespace, hashtext(:username))").param("namespace", FIRST_LOGIN)
                .param("username", username).query((row, n) -> 1).list();
        Optional<StaffRecord> recorded = records.findById(username);
        if (recorded.isPresent()) {
            return recorded.map(StaffRecord::account);
        }
        boolean agencyKnown = jdbc.sql("select count(*) from agency where code = :agency").param("agency", directoryAgency)
                .query(Long.class).single() > 0;
        if (!agencyKnown) {
            return Optional.empty();
        }
        return Optional.of(records.save(new StaffRecord(username, fullName == null ? username : fullName, directoryAgency,
                clock.instant())).account());
    }

    /** How many active accounts other than the given one hold the role in the agency. */
    @Transactional(readOnly = true)
    public long otherActiveHolders(String agencyCode, String role, String username) {
        return jdbc.sql("""
                select count(*) from staff_account a join staff_role r on r.username = a.username
                where a.active and a.agency_code = :agency and r.role = :role and a.username <> :username""")
                .param("agency", agencyCode).param("role", role).param("username", username).query(Long.class).single();
    }

    /** How many active accounts other than the given one hold the role in any agency. */
    @Transactional(readOnly = true)
    public long otherActiveHolders(String role, String username) {
        return jdbc.sql("""
                select count(*) from staff_account a join staff_role r on r.username = a.username
                where a.active and r.role = :role and a.username <> :username""")
                .param("role", role).param("username", username).query(Long.class).single();
    }

    /**
     * Records a new assignment; callers check it first. Runs in their transaction, so that the check and the change
     * stand or fall together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(String username, String agencyCode, Set<String> roles, boolean active, String admin) {
        records.findById(username).orElseThrow()
                .assign(agencyCode, roles, active, admin, clock.instant());
    }

    /** Locks the account's row for a change, so that two administrators' changes do not interleave. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<StaffAccount> lock(String username) {
        return records.lockById(username).map(StaffRecord::account);
    }

    private List<StaffAccount> read(String where, Map<String, Object> params) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        var query = jdbc.sql("""
                select a.username, a.full_name, a.agency_code, a.active, a.updated_at, a.updated_by, r.role
                from staff_account a left join staff_role r on r.username = a.username""" + where
                + " order by a.agency_code, a.username, r.role");
        for (var entry : params.entrySet()) {
            query = query.param(entry.getKey(), entry.getValue());
        }
        query.query(row -> {
            String username = row.getString("username");
            rows.putIfAbsent(username, new Object[] {row.getString("full_name"), row.getString("agency_code"),
                    row.getBoolean("active"), row.getTimestamp("updated_at").toInstant(), row.getString("updated_by")});
            Set<String> held = roles.computeIfAbsent(username, k -> new TreeSet<>());
            if (row.getString("role") != null) {
                held.add(row.getString("role"));
            }
        });
        return rows.entrySet().stream().map(e -> new StaffAccount(e.getKey(), (String) e.getValue()[0],
                (String) e.getValue()[1], roles.get(e.getKey()), (Boolean) e.getValue()[2],
                (java.time.Instant) e.getValue()[3], (String) e.getValue()[4])).toList();
    }
}
