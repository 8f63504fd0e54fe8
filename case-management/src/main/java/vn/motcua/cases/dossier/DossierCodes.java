package vn.motcua.cases.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues dossier codes {@code {agency}-{yymmdd}-{sequence}}. The per-agency, per-day counter is one row
 * bumped by an upsert, so concurrent filings wait on its row lock and never share or skip a number.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
