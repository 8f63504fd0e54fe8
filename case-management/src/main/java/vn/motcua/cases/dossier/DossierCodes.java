package vn.motcua.cases.dossier;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Issues dossier codes {@code {agency}-{yymmdd}-{sequence}}: the receiving agency, the day of receipt and that agency's
 * four-digit sequence for the day.
 * <p>
 * The per-agency, per-day counter is one row bumped by an upsert in a transaction of its own that commits at once, so
 * the row is locked only for that one statement: concurrent filings at one agency never share a number and never wait
 * for each other's commit. The statement runs on a small connection pool of its own (copied from the portal's). A
 * filing holds its pooled connection while it asks for a number, and PostgreSQL has no autonomous transactions, so the
 * number needs a second connection; taken from the same pool it would deadlock once every connection belonged to a
 * filing waiting for a second one.
 * <p>
 * A number is spent when it is taken: if the filing fails afterwards (a refused process start, a lost connection) its
 * number is not given again and the day's sequence has a gap. That is acceptable: codes must be unique and never
 * reused, not gap-free, and the register lists dossiers, not numbers.
 */
@Component
class DossierCodes implements DisposableBean {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    /** Each allocation holds a connection for one short statement; two serve hundreds of filings a second. */
    private static final int CONNECTIONS = 2;

    private final HikariDataSource pool;
    private final JdbcClient jdbc;

    DossierCodes(DataSource dataSource) {
        this.pool = ownPool(dataSource);
        this.jdbc = JdbcClient.create(pool);
    }

    String next(String agencyCode, LocalDate day) {
        int sequence = jdbc.sql("""
                insert into dossier_code_sequence (agency_code, day, last_value) values (:agency, :day, 1)
                on conflict (agency_code, day) do update set last_value = dossier_code_sequence.last_value + 1
                returning last_value""")
                .param("agency", agencyCode)
                .param("day", day)
                .query(Integer.class)
                .single();
        return String.format("%s-%s-%04d", agencyCode, DAY.format(day), sequence);
    }

    @Override
    public void destroy() {
        pool.close();
    }

    private static HikariDataSource ownPool(DataSource dataSource) {
        HikariDataSource portal;
        try {
            portal = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("Dossier codes need the portal's DataSource to be a HikariCP pool", e);
        }
        HikariConfig config = new HikariConfig();
        portal.copyStateTo(config);
        config.setPoolName("dossier-codes");
        config.setMaximumPoolSize(CONNECTIONS);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
