package vn.motcua.cases.access;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the application when its database role could change or remove entries of the access log or its
 * anchors: UPDATE, DELETE or TRUNCATE on them, or owning them (directly, through a role it belongs to, or as a
 * superuser), which would let it switch the append-only triggers off. Checked once all beans are ready, so after
 * Flyway's migrations. The application must connect with the role that may only INSERT and SELECT them (see
 * {@code docs/operations.md}, "Database roles").
 */
@Component
class AccessLogPrivileges implements SmartInitializingSingleton {

    private final JdbcClient jdbc;

    AccessLogPrivileges(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> tooMuch = jdbc.sql("select c.relname from pg_class c"
                        + " where c.oid in (to_regclass('personal_data_access'), to_regclass('personal_data_access_anchor'))"
                        + " and (has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE')"
                        + " or has_table_privilege(c.oid, 'TRUNCATE') or pg_has_role(c.relowner, 'MEMBER'))"
                        + " order by c.relname")
                .query(String.class).list();
        if (!tooMuch.isEmpty()) {
            String role = jdbc.sql("select current_user").query(String.class).single();
            throw new IllegalStateException("The database role " + role + " the application connects with may change"
                    + " or remove entries of the personal-data access log (" + String.join(", ", tooMuch) + "): it"
                    + " owns them, or has UPDATE, DELETE or TRUNCATE on them. Connect with a role that may only INSERT"
                    + " and SELECT them, and let Flyway migrate as the owner (spring.flyway.user); see"
                    + " docs/operations.md, \"Database roles\".");
        }
    }
}
