package vn.motcua.cases.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.audit.AdminActions;

/**
 * The administrator creates agencies and changes their name, superior name, parent and place (through the
 * {@link Agency} entity). The code never changes.
 * Every change is recorded in the admin action log, in the same transaction. Changes are serialised by a transaction
 * lock so that two concurrent parent changes cannot make a cycle together.
 */
@Service
public class AgencyAdministration {

    /** Segments of upper-case letters or digits separated by single dots, e.g. {@code H29.12.09}, {@code H29.BHXH}. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)*");
    public static final int MAX_CODE = 32;
    public static final int MAX_NAME = 200;
    public static final int MAX_PLACE = 100;

    private static final long LOCK = 0x4147454E4359L;

    private final AgencyStore store;
    private final JdbcClient jdbc;
    private final AdminActions actions;

    AgencyAdministration(AgencyStore store, JdbcClient jdbc, AdminActions actions) {
        this.store = store;
        this.jdbc = jdbc;
        this.actions = actions;
    }

    /** Creates the agency. */
    @Transactional
    public void create(AgencyDetails details, String admin) {
        lock();
        List<AgencyProblem> problems = new ArrayList<>();
        String code = details.code();
        if (hasControl(code)) {
            problems.add(AgencyProblem.of("code", "agency.control"));
        } else if (code.isEmpty()) {
            problems.add(AgencyProblem.of("code", "agency.required"));
        } else if (code.length() > MAX_CODE) {
            problems.add(AgencyProblem.of("code", "agency.tooLong", MAX_CODE));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(AgencyProblem.of("code", "agency.code.pattern"));
        } else if (exists(code)) {
            problems.add(AgencyProblem.of("code", "agency.code.taken", code));
        }
        problems.addAll(problemsOfDetails(details, null));
        if (!problems.isEmpty()) {
            throw new AgencyRefusedException(problems);
        }
        Agency agency = store.save(new Agency(details));
        actions.record(admin, "AGENCY_CREATED", code, agency.description());
    }

    /**
     * Changes the agency's name, superior name, parent and place; the code of the details is ignored.
     *
     * @throws AgencyNotFoundException if there is no agency with the code
     */
    @Transactional
    public void change(String code, AgencyDetails details, String admin) {
        lock();
        Agency agency = store.findById(code).orElseThrow(() -> new AgencyNotFoundException(code));
        List<AgencyProblem> problems = problemsOfDetails(details, code);
        if (!problems.isEmpty()) {
            throw new AgencyRefusedException(problems);
        }
        String before = agency.description();
        agency.change(details);
        String after = agency.description();
        if (!after.equals(before)) {
            actions.record(admin, "AGENCY_CHANGED", code, before + " → " + after);
        }
    }

    /** Codes of the agency and every agency below it in the tree. */
    @Transactional(readOnly = true)
    public Set<String> withDescendants(String code) {
        return new HashSet<>(jdbc.sql("""
                with recursive below (code) as (
                    select code from agency where code = :code
                    union
                    select a.code from agency a join below b on a.parent_code = b.code)
                select code from below""").param("code", code).query(String.class).list());
    }

    private List<AgencyProblem> problemsOfDetails(AgencyDetails details, String editedCode) {
        List<AgencyProblem> problems = new ArrayList<>();
        text(problems, "name", details.name(), MAX_NAME, true);
        text(problems, "superiorName", details.superiorName(), MAX_NAME, false);
        text(problems, "place", details.place(), MAX_PLACE, true);
        String parent = details.parentCode();
        if (hasControl(parent)) {
            problems.add(AgencyProblem.of("parentCode", "agency.control"));
        } else if (!parent.isEmpty()) {
            if (parent.equals(editedCode == null ? details.code() : editedCode)) {
                problems.add(AgencyProblem.of("parentCode", "agency.parent.self"));
            } else if (!exists(parent)) {
                problems.add(AgencyProblem.of("parentCode", "agency.parent.unknown", parent));
            } else if (editedCode != null && withDescendants(editedCode).contains(parent)) {
                problems.add(AgencyProblem.of("parentCode", "agency.parent.cycle", parent));
            }
        }
        return problems;
    }

    private static void text(List<AgencyProblem> problems, String field, String value, int max, boolean required) {
        if (hasControl(value)) {
            problems.add(AgencyProblem.of(field, "agency.control"));
        } else if (required && value.isEmpty()) {
            problems.add(AgencyProblem.of(field, "agency.required"));
        } else if (value.length() > max) {
            problems.add(AgencyProblem.of(field, "agency.tooLong", max));
        }
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private boolean exists(String code) {
        return store.existsById(code);
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query((row, n) -> 1).list();
    }

}
