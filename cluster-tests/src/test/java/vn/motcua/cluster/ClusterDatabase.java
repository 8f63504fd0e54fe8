package vn.motcua.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The cluster's PostgreSQL: an embedded server (zonky's binaries) started by the test on a free port, never the
 * machine's. The database and its two roles are created as {@code scripts/cluster} creates them (docs/operations.md,
 * "Database roles"): the owner runs the migrations, the application role only reads and writes. The test reads the
 * outcome as the server's superuser.
 */
final class ClusterDatabase implements AutoCloseable {

    static final String DATABASE = "motcua_cluster";
    static final String OWNER = "motcua_cluster_owner";
    static final String APP = "motcua_cluster_app";
    static final String PASSWORD = "motcua-cluster";

    private final EmbeddedPostgres server;
    private final SingleConnectionDataSource superuser;
    private final JdbcClient jdbc;

    private ClusterDatabase(EmbeddedPostgres server) {
        this.server = server;
        this.superuser = new SingleConnectionDataSource(server.getJdbcUrl("postgres", DATABASE), "postgres", "", true);
        this.jdbc = JdbcClient.create(superuser);
    }

    static ClusterDatabase start(Path directory) {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().setPort(ClusterProcess.freePort()).setDataDirectory(directory)
                    .setCleanDataDirectory(true).setPGStartupWait(Duration.ofMinutes(1)).setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        createDatabase(server.getPostgresDatabase());
        return new ClusterDatabase(server);
    }

    private static void createDatabase(DataSource postgres) {
        JdbcClient admin = JdbcClient.create(postgres);
        admin.sql("create role " + OWNER + " login password '" + PASSWORD + "'").update();
        admin.sql("create role " + APP + " login password '" + PASSWORD
                + "' nosuperuser nocreatedb nocreaterole noinherit").update();
        admin.sql("create database " + DATABASE + " owner " + OWNER).update();
    }

    /** Extensions and grants in the new database, before the first node migrates it. */
    void prepareSchema() {
        for (String statement : List.of("create extension if not exists unaccent",
                "create extension if not exists pg_trgm",
                "grant usage, create on schema public to " + APP,
                "alter default privileges for role " + OWNER
                        + " in schema public grant select, insert, update, delete on tables to " + APP,
                "alter default privileges for role " + OWNER
                        + " in schema public grant usage, select, update on sequences to " + APP)) {
            jdbc.sql(statement).update();
        }
    }

    /** The address the nodes connect to. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
    }

    /** The test's own connection, as superuser. */
    JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() throws IOException {
        superuser.destroy();
        server.close();
    }
}
