package vn.motcua.city;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies the running processes of template dossiers (one per step, each gone through the portal's own path) to the
 * other open dossiers, with SQL ({@code city/clone-processes.sql}): tens of thousands of processes in a few minutes
 * rather than hours of engine calls on a busy machine. A copied process is row for row what the engine wrote for its
 * template (executions, tasks, variables, candidate groups, activity instances, history, the dossier's history and
 * step clock), with new ids and the target dossier's id, code, agency and staff.
 */
final class ProcessCopies {

    /** Each table, which of its rows belong to the template {@code m}, and the keys left to the column default. */
    private record Copied(String table, String rows, String dropped) {
    }

    private static final String TASKS_OF_TEMPLATE = "(r.task_id_ in (select t.id_ from act_hi_taskinst t "
            + "where t.proc_inst_id_ = m.proc) or r.proc_inst_id_ = m.proc)";

    private static final List<Copied> TABLES = List.of(
            new Copied("act_ru_execution", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_ru_task", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_ru_variable", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_ru_identitylink", TASKS_OF_TEMPLATE, ""),
            new Copied("act_ru_actinst", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_ru_job", "r.process_instance_id_ = m.proc", ""),
            new Copied("act_ru_timer_job", "r.process_instance_id_ = m.proc", ""),
            new Copied("act_hi_procinst", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_hi_taskinst", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_hi_actinst", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_hi_varinst", "r.proc_inst_id_ = m.proc", ""),
            new Copied("act_hi_identitylink", TASKS_OF_TEMPLATE, ""),
            new Copied("step_deadline", "r.dossier_id = m.template", ""),
            new Copied("dossier_event", "r.dossier_id = m.template and r.status <> 1", "id"));

    private final JdbcClient jdbc;

    /** The table's columns (but the dropped one), each with its copied value: text replaced through the map. */
    private Map<String, String> columns(Copied copied) {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select column_name, data_type in ('character varying', 'text') from information_schema.columns
                where table_schema = current_schema() and table_name = :table order by ordinal_position""")
                .param("table", copied.table())
                .query((rs, n) -> columns.put(rs.getString(1), rs.getBoolean(2)
                        ? "coalesce(m.map ->> r." + rs.getString(1) + ", r." + rs.getString(1) + ")"
                        : "r." + rs.getString(1)))
                .list();
        columns.remove(copied.dropped());
        return columns;
    }

    ProcessCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies the processes of the templates (dossier id per step) to the targets; the targets' steps name their
     * template. Returns the number of copied processes.
     */
    int copy(Map<Integer, java.util.UUID> templates, List<OpenCases.Filed> targets, Map<OpenCases.Filed, Integer> steps)
            throws IOException {
        jdbc.sql("create unlogged table city_clone_template (step int primary key, dossier_id uuid not null)").update();
        jdbc.sql("""
                create unlogged table city_clone_target (dossier_id uuid primary key, code varchar(48) not null,
                    agency varchar(32) not null, step int not null)""").update();
        try {
            templates.forEach((step, dossier) -> jdbc.sql("insert into city_clone_template values (:step, :dossier)")
                    .param("step", step).param("dossier", dossier).update());
            for (int from = 0; from < targets.size(); from += 1000) {
                List<OpenCases.Filed> chunk = targets.subList(from, Math.min(targets.size(), from + 1000));
                jdbc.sql("""
                        insert into city_clone_target
                        select * from unnest(cast(:ids as uuid[]), cast(:codes as varchar[]), cast(:agencies as varchar[]),
                                             cast(:steps as int[]))""")
                        .param("ids", chunk.stream().map(OpenCases.Filed::id).toArray(java.util.UUID[]::new))
                        .param("codes", chunk.stream().map(OpenCases.Filed::code).toArray(String[]::new))
                        .param("agencies", chunk.stream().map(OpenCases.Filed::agency).toArray(String[]::new))
                        .param("steps", chunk.stream().map(steps::get).toArray(Integer[]::new))
                        .update();
            }
            // statistics of the engine's tables (the application role owns them): without them the foreign key checks
            // of the copies scan the tables they insert into
            jdbc.sql("analyze").update();
            CityData.script(jdbc, "/city/clone-processes.sql", Map.of());
            for (Copied copied : TABLES) {
                jdbc.sql("insert into " + copied.table() + " (" + String.join(", ", columns(copied).keySet())
                        + ") select " + String.join(", ", columns(copied).values()) + " from city_clone_map m join "
                        + copied.table() + " r on " + copied.rows()).update();
            }
            jdbc.sql("""
                    update dossier d set status = t.status, accepted_at = t.accepted_at,
                        accepted_by = coalesce(m.map ->> t.accepted_by, t.accepted_by), due_at = t.due_at,
                        handler_agency_code = case when t.handler_agency_code is not null then d.receiving_agency_code end,
                        version = t.version
                    from city_clone_map m join dossier t on t.id = m.template where d.id = m.dossier_id""").update();
            return jdbc.sql("select count(*) from city_clone_map").query(Integer.class).single();
        } finally {
            for (String drop : List.of("drop table if exists city_clone_map", "drop table if exists city_clone_staff",
                    "drop table if exists city_clone_value", "drop table city_clone_target",
                    "drop table city_clone_template")) {
                jdbc.sql(drop).update();
            }
        }
    }
}
