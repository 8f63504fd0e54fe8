package vn.motcua.cases.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.authoring.Authoring.AgencyOption;
import vn.motcua.cases.authoring.Authoring.ProcedureRow;

/** What the administrator's pages list: procedures with their current version and drafts, agencies to choose. */
@Component
class ProcedureOverview {

    private final JdbcClient jdbc;

    ProcedureOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every procedure of the catalogue and every draft of a new one, by code. */
    @Transactional(readOnly = true)
    List<ProcedureRow> procedures() {
        return jdbc.sql("""
                select coalesce(p.code, d.procedure_code) as code, coalesce(p.name, d.name) as name, v.version,
                       v.published_at, d.id as draft_id
                from procedure p
                join procedure_version v on v.procedure_id = p.id
                 and v.version = (select max(w.version) from procedure_version w where w.procedure_id = p.id)
                full join procedure_draft d on d.procedure_id = p.id
                order by 1""")
                .query((row, n) -> new ProcedureRow(row.getString("code"), row.getString("name"),
                        (Integer) row.getObject("version"),
                        row.getTimestamp("published_at") == null ? null : row.getTimestamp("published_at").toInstant(),
                        (Long) row.getObject("draft_id")))
                .list();
    }

    @Transactional(readOnly = true)
    List<AgencyOption> agencies() {
        return jdbc.sql("select code, name from agency order by code")
                .query((row, n) -> new AgencyOption(row.getString("code"), row.getString("name"))).list();
    }

    /** Codes of the agencies the portal knows. */
    @Transactional(readOnly = true)
    Set<String> agencyCodes() {
        return new HashSet<>(jdbc.sql("select code from agency").query(String.class).list());
    }
}
