package vn.motcua.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The two roles of the embedded database. The owner is the server's superuser {@code postgres}: Flyway migrates with
 * it, so it owns every table of the portal and the triggers on them. The application connects as {@value #APP_ROLE},
 * which is created here once, with the grants of {@code docs/operations.md}: full DML on the owner's tables present
 * and future (default privileges), and CREATE on the schema so that Flowable creates and updates its own tables, which
 * it then owns. Migrations narrow these grants where the application may do less (the personal-data access log: only
 * INSERT and SELECT).
 */
final class EmbeddedRoles {

    /** The role the application connects with. */
    static final String APP_ROLE = "motcua_app";

    /** Its password: the embedded server listens on the loopback interface only. */
    static final String APP_PASSWORD = "motcua_app";

    /** The owner role: the embedded server's superuser. */
    static final String OWNER_ROLE = "postgres";

    private EmbeddedRoles() {
    }

    /**
     * Creates the application role with its grants, unless it exists already (a persistent data directory).
     *
     * @param owner a connection pool of the owner
     * @return whether the role was created now
     */
    static boolean ensureAppRole(DataSource owner) {
        try (Connection connection = owner.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                exists.setString(1, APP_ROLE);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        return false;
                    }
                }
            }
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                for (String statement : grants(flowableTables(connection))) {
                    sql.execute(statement);
                }
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the application role " + APP_ROLE
                    + " in the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static List<String> grants(List<String> flowableTables) {
        List<String> statements = new ArrayList<>(List.of(
                "create role " + APP_ROLE + " login password '" + APP_PASSWORD
                        + "' nosuperuser nocreatedb nocreaterole noreplication nobypassrls",
                "grant usage, create on schema public to " + APP_ROLE,
                "alter default privileges for role " + OWNER_ROLE + " in schema public"
                        + " grant select, insert, update, delete on tables to " + APP_ROLE,
                "alter default privileges for role " + OWNER_ROLE + " in schema public"
                        + " grant usage, select, update on sequences to " + APP_ROLE,
                // a data directory from before the two roles: its tables exist already (the migrations after
                // the access log's narrow its grants again, see V37)
                "grant select, insert, update, delete on all tables in schema public to " + APP_ROLE,
                "grant usage, select, update on all sequences in schema public to " + APP_ROLE));
        for (String table : flowableTables) {
            statements.add("alter table public." + table + " owner to " + APP_ROLE);
        }
        return statements;
    }

    /** Flowable's tables created by the owner before the application had its own role. */
    private static List<String> flowableTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                        + " and (tablename like 'act\\_%' or tablename like 'flw\\_%')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
