package vn.motcua.web.inbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Many open tasks quickly: copies of a filed dossier (its row and its history, under new ids and codes), each with
 * its own running process started as a filing starts it, and moved past the desk's intake when asked. Filing through
 * the domain would also sign a slip per dossier, which takes far longer and changes nothing the staff pages read.
 */
final class OpenTaskCopies {

    /** The process of procedure 2.000635, whose dossiers the copies are. */
    private static final String PROCESS = "civil-status-extract-copy";
    private static final String CLERK = "tiepnhan.benthanh";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate transaction;

    OpenTaskCopies(JdbcClient jdbc, RuntimeService runtime, TaskService tasks, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
        this.transaction = transaction;
    }

    /**
     * Copies the dossier {@code count} times and starts a process for each copy; with {@code accepted} the intake
     * task of each copy is completed as the clerk's, so that the copy waits for the specialist's review.
     */
    void copy(UUID template, int count, boolean accepted) {
        if (count <= 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            String columns = columnsOf("dossier", "id", "code");
            String eventColumns = columnsOf("dossier_event", "id", "dossier_id");
            String copiedEventColumns = "e." + eventColumns.replace(", ", ", e.");
            List<Map<String, Object>> copies = jdbc.sql("insert into dossier (id, code, " + columns + ") select "
                    + "gen_random_uuid(), d.code || '.' || n, " + columns + " from dossier d, generate_series(1, :count) n "
                    + "where d.id = :template returning id, code, receiving_agency_code")
                    .param("count", count).param("template", template).query().listOfRows();
            jdbc.sql("insert into dossier_event (dossier_id, " + eventColumns + ") select c.id, " + copiedEventColumns
                    + " from dossier_event e, dossier c where e.dossier_id = :template and c.id in (:copies)")
                    .param("template", template).param("copies", copies.stream().map(copy -> copy.get("id")).toList())
                    .update();
            for (Map<String, Object> copy : copies) {
                String id = copy.get("id").toString();
                String process = runtime.startProcessInstanceByKey(PROCESS, id, Map.of(ProcessVariables.DOSSIER_ID, id,
                        ProcessVariables.DOSSIER_CODE, copy.get("code"),
                        ProcessVariables.AGENCY_CODE, copy.get("receiving_agency_code"))).getId();
                if (accepted) {
                    String intake = tasks.createTaskQuery().processInstanceId(process)
                            .taskDefinitionKey(DeskActions.INTAKE).singleResult().getId();
                    tasks.complete(intake, Map.of(ProcessVariables.DECIDED_BY, CLERK,
                            ProcessVariables.decidedBy(DeskActions.INTAKE), CLERK,
                            ProcessVariables.DECISION, ProcessVariables.FORWARD));
                }
            }
        });
    }

    private String columnsOf(String table, String... skipped) {
        return jdbc.sql("""
                select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                where table_schema = current_schema() and table_name = :table and column_name not in (:skipped)""")
                .param("table", table).param("skipped", List.of(skipped)).query(String.class).single();
    }
}
