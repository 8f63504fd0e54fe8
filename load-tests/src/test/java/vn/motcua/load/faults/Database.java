package vn.motcua.load.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault suite's own connection to the portal's database (as the owner role), to prepare it and to count what was
 * stored. It never shares the portal's connections.
 */
final class Database {

    static final String OWNER = "motcua_faults_owner";
    static final String APP = "motcua_faults_app";
    static final String PASSWORD = "faults";

    private final FaultSettings settings;

    Database(FaultSettings settings) {
        this.settings = settings;
    }

    /** Drops and creates the suite's database with the two roles the portal expects (docs/operations.md). */
    void recreate() {
        try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"), "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + settings.database() + " with (force)");
            for (String role : new String[] { OWNER, APP }) {
                sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                        + "create role " + role + " login password '" + PASSWORD + "'"
                        + (role.equals(APP) ? " nosuperuser nocreatedb nocreaterole noinherit" : "") + "; end if; end $$");
            }
            sql.execute("create database " + settings.database() + " owner " + OWNER);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the fault suite's database", e);
        }
        try (Connection superuser = DriverManager.getConnection(settings.jdbcUrl(settings.database()), "postgres", "");
                Statement sql = superuser.createStatement()) {
            sql.execute("create extension if not exists unaccent");
            sql.execute("create extension if not exists pg_trgm");
            sql.execute("grant usage, create on schema public to " + APP);
            sql.execute("alter default privileges for role " + OWNER + " in schema public "
                    + "grant select, insert, update, delete on tables to " + APP);
            sql.execute("alter default privileges for role " + OWNER + " in schema public "
                    + "grant usage, select, update on sequences to " + APP);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the fault suite's database", e);
        }
    }

    /** The portal's connection settings for these roles. */
    List<String> portalArguments() {
        return List.of("--spring.datasource.url=" + settings.jdbcUrl(settings.database()),
                "--spring.datasource.username=" + APP, "--spring.datasource.password=" + PASSWORD,
                "--spring.flyway.user=" + OWNER, "--spring.flyway.password=" + PASSWORD);
    }

    /** The first column of the first row of a query, as a number (0 when there is no row). */
    long number(String query, Object... parameters) {
        List<List<Object>> rows = rows(query, parameters);
        return rows.isEmpty() || rows.get(0).get(0) == null ? 0 : ((Number) rows.get(0).get(0)).longValue();
    }

    /** Every row of a query. */
    List<List<Object>> rows(String query, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(settings.database()), "postgres", "");
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + query, e);
        }
    }
}
