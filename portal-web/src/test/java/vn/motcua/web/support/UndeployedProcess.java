package vn.motcua.web.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test only: every seed procedure has its process deployed, so tests of a procedure without one point a procedure's
 * current version at a process key that was never deployed, and put the key back when closed.
 */
public final class UndeployedProcess implements AutoCloseable {

    private static final String KEY_OF = "select v.process_key from procedure_version v join procedure p"
            + " on p.id = v.procedure_id where p.code = ?";
    private static final String SET_KEY = "update procedure_version v set process_key = ? from procedure p"
            + " where p.id = v.procedure_id and p.code = ?";

    private final JdbcClient jdbc;
    private final String procedureCode;
    private final String processKey;

    private UndeployedProcess(JdbcClient jdbc, String procedureCode) {
        this.jdbc = jdbc;
        this.procedureCode = procedureCode;
        this.processKey = jdbc.sql(KEY_OF).param(procedureCode).query(String.class).single();
        jdbc.sql(SET_KEY).param("not-deployed").param(procedureCode).update();
    }

    public static UndeployedProcess of(JdbcClient jdbc, String procedureCode) {
        return new UndeployedProcess(jdbc, procedureCode);
    }

    @Override
    public void close() {
        jdbc.sql(SET_KEY).param(processKey).param(procedureCode).update();
    }
}
