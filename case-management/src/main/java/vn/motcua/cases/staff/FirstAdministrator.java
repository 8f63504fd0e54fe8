package vn.motcua.cases.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.agency.AgencyAdministration;
import vn.motcua.cases.agency.AgencyDetails;
import vn.motcua.cases.agency.AgencyRefusedException;
import vn.motcua.cases.audit.AdminActions;

/**
 * The first administrator of a database that has none: a production database starts with no staff account at all,
 * and the one-time command of a new deployment names the e-ID subject who administers it. Refused while an active
 * administrator exists; from then on administrators grant roles on the staff pages. The account's agency is created
 * first when the database does not have it yet. The change is recorded in the admin action log, in its transaction.
 */
@Service
public class FirstAdministrator {

    /** Who the command acts as, in the records it changes and in the admin action log. */
    public static final String ACTOR = "bootstrap-admin";

    /** The user names of staff accounts, as the staff pages accept them. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final int MAX_NAME = 200;
    /** Key of the advisory lock that keeps two runs of the command from both finding no administrator. */
    private static final long LOCK = 0x4649_5253_5441_444DL;

    /**
     * What the command asks for.
     *
     * @param username    the e-ID subject (staff user name) who becomes administrator
     * @param fullName    the name shown in logs and lists, or {@code null} (an existing account's, else the user name)
     * @param agencyCode  the agency the account works for, or {@code null} for an existing account's
     * @param agencyName  the agency's name, needed only when the database does not have the agency yet
     * @param agencyPlace the agency's place (printed on its documents), needed only with the name
     */
    public record Request(String username, String fullName, String agencyCode, String agencyName, String agencyPlace) {
    }

    private final StaffRecords records;
    private final AgencyAdministration agencies;
    private final AdminActions actions;
    private final JdbcClient jdbc;
    private final Clock clock;

    FirstAdministrator(StaffRecords records, AgencyAdministration agencies, AdminActions actions, JdbcClient jdbc,
            Clock clock) {
        this.records = records;
        this.agencies = agencies;
        this.actions = actions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes the subject the administrator: records the account (or gives an existing one the ADMIN role as well),
     * active, in the agency; creates the agency first when asked to.
     *
     * @return the administrator's account
     * @throws FirstAdministratorRefusedException when an active administrator exists or the request is wrong; nothing
     *         changes then
     */
    @Transactional
    public StaffAccount create(Request request) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query((row, n) -> 1).list();
        String username = blankToNull(request.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw FirstAdministratorRefusedException.of("bootstrap.username.pattern");
        }
        List<String> administrators = jdbc.sql("""
                select a.username from staff_account a join staff_role r on r.username = a.username
                where a.active and r.role = 'ADMIN' order by a.username""").query(String.class).list();
        if (!administrators.isEmpty()) {
            throw FirstAdministratorRefusedException.of("bootstrap.adminExists", String.join(", ", administrators));
        }
        Optional<StaffRecord> existing = records.lockById(username);
        String fullName = Optional.ofNullable(blankToNull(request.fullName()))
                .or(() -> existing.map(record -> record.account().fullName())).orElse(username);
        if (fullName.length() > MAX_NAME || fullName.chars().anyMatch(Character::isISOControl)) {
            throw FirstAdministratorRefusedException.of("bootstrap.name.invalid", MAX_NAME);
        }
        String agencyCode = Optional.ofNullable(blankToNull(request.agencyCode())).map(String::toUpperCase)
                .or(() -> existing.map(record -> record.account().agencyCode())).orElse(null);
        if (agencyCode == null) {
            throw FirstAdministratorRefusedException.of("bootstrap.agency.required");
        }
        createAgencyIfAbsent(agencyCode, request);
        StaffRecord record = existing.orElseGet(() -> records.save(new StaffRecord(username, fullName, agencyCode,
                clock.instant())));
        Set<String> roles = new TreeSet<>(record.account().roles());
        roles.add("ADMIN");
        record.assign(agencyCode, roles, true, ACTOR, clock.instant());
        records.flush();
        actions.record(ACTOR, "ADMIN_BOOTSTRAPPED", username, agencyCode + " " + roles);
        return record.account();
    }

    private void createAgencyIfAbsent(String agencyCode, Request request) {
        boolean known = jdbc.sql("select count(*) from agency where code = :code").param("code", agencyCode)
                .query(Long.class).single() > 0;
        if (known) {
            return;
        }
        if (blankToNull(request.agencyName()) == null || blankToNull(request.agencyPlace()) == null) {
            throw FirstAdministratorRefusedException.of("bootstrap.agency.unknown", agencyCode);
        }
        try {
            agencies.create(new AgencyDetails(agencyCode, request.agencyName(), "", "", request.agencyPlace()), ACTOR);
        } catch (AgencyRefusedException refused) {
            throw new FirstAdministratorRefusedException(refused.problems().stream()
                    .map(problem -> new FirstAdministratorRefusedException.Problem(problem.key(), problem.arguments()))
                    .toList());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
