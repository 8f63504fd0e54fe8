package vn.motcua.web.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flowable.engine.ManagementService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a state change writes, for checking that a request wrote nothing: a digest of every row of the tables that only
 * requests and their follow-up work change (dossiers and their history, issued documents, stored files, drafts,
 * supplements, evaluations, staff, catalogue, audit and security events, …), and the number of rows of those a
 * background job also updates in place (payments, notifications, deliveries to the national portal, event
 * publications). The personal-data access log is left out: a read legitimately appends to it; so are the statistics
 * tables, which a background refresher rewrites.
 */
final class AuditedTables {

    static final List<String> DIGESTED = List.of("dossier", "dossier_event", "dossier_evaluation", "issued_document",
            "stored_file", "draft", "draft_attachment", "supplement_request", "supplement_answer_file", "submission_key",
            "staff_account", "staff_role", "agency", "holiday", "fee_rule", "procedure", "procedure_version",
            "procedure_draft", "admin_action", "security_event");
    static final List<String> COUNTED = List.of("payment", "notification", "national_portal_delivery",
            "event_publication");

    private final JdbcClient jdbc;
    private final ManagementService processJobs;
    private final String query;

    AuditedTables(JdbcClient jdbc, ManagementService processJobs) {
        this.jdbc = jdbc;
        this.processJobs = processJobs;
        this.query = Stream.concat(
                DIGESTED.stream().map(table -> "select '" + table + "' as name, count(*) || ':' || "
                        + "md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as state from " + table + " t"),
                COUNTED.stream().map(table -> "select '" + table + "', count(*)::text from " + table))
                .collect(Collectors.joining(" union all "));
    }

    /** The state now. */
    Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        jdbc.sql(query).query(row -> {
            state.put(row.getString(1), row.getString(2));
        });
        return state;
    }

    /**
     * The state once the follow-up work of what came before (event listeners, process jobs) is done, so that only the
     * request that follows can change it.
     */
    Map<String, String> settledSnapshot() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc
                .sql("select count(*) from event_publication where completion_date is null and coalesce(status, '') <> 'FAILED'")
                .query(Long.class).single() == 0
                && processJobs.createJobQuery().count() == 0);
        return snapshot();
    }
}
