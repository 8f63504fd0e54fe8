package vn.motcua.cases.statistics;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small known data set for the statistics: two agencies and two procedures of their own (random codes, so that
 * other tests' dossiers never count), dossiers written by SQL with chosen times.
 */
final class StatisticsTestData {

    final String agencyA = "TS" + suffix();
    final String agencyB = "TS" + suffix();
    final String procedureA = "TPA" + suffix();
    final String procedureB = "TPB" + suffix();
    private final JdbcClient jdbc;
    private final long versionA;
    private final long versionB;

    StatisticsTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (String agency : new String[] {agencyA, agencyB}) {
            jdbc.sql("insert into agency (code, name, superior_name, place) values (?, ?, '', 'Thành phố Hồ Chí Minh')")
                    .params(agency, "Ủy ban nhân dân phường thử " + agency).update();
        }
        versionA = procedure(procedureA, "Thủ tục thử A");
        versionB = procedure(procedureB, "Thủ tục thử B");
    }

    private long procedure(String code, String name) {
        long id = jdbc.sql("insert into procedure (code, name, field, online_level) values (?, ?, 'Thử', 'FULL') returning id")
                .params(code, name).query(Long.class).single();
        return jdbc.sql("""
                insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                    deadline_working_days, result_title, published_at)
                values (?, 1, 'Thử', ?, 'test', 3, 'KẾT QUẢ', now()) returning id""")
                .params(id, agencyA).query(Long.class).single();
    }

    /** A dossier of procedure A or B received by the agency; times are local (+07:00) ISO strings or null. */
    UUID dossier(String agency, boolean procedureA, int channel, int status, String submitted, String due,
            String completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into dossier (id, code, procedure_version_id, receiving_agency_code, owner_id_number,
                    applicant_name, applicant_birth_date, applicant_gender, phone, channel, status, form_data,
                    submitted_at, accepted_at, due_at, completed_at, applicant_check)
                values (?, ?, ?, ?, '079090001234', 'Nguyễn Văn Thử', date '1990-05-12', 'male', '0901234567', ?, ?,
                    '{}'::jsonb, ?, ?, ?, ?, 'FROM_POPULATION')""")
                .params(id, agency + "-" + id.toString().substring(0, 13), procedureA ? versionA : versionB, agency,
                        channel, status, at(submitted), due == null ? null : at(submitted), at(due), at(completed))
                .update();
        return id;
    }

    void paid(UUID dossier, String via) {
        jdbc.sql("""
                update dossier set fee_paid_at = submitted_at, fee_paid_via = ?, fee_receipt_number = 'BL-1',
                    fee_amount_vnd = 8000, fee_recorded_by = 'thu' where id = ?""").params(via, dossier).update();
    }

    void rated(UUID dossier, int rating) {
        jdbc.sql("insert into dossier_evaluation (id, dossier_id, rating, evaluated_at) values (?, ?, ?, now())")
                .params(UUID.randomUUID(), dossier, rating).update();
    }

    void supplementRequested(UUID dossier) {
        jdbc.sql("""
                insert into supplement_request (id, dossier_id, reason, missing_items, requested_by, requested_at,
                    answer_due_at, answered_at)
                values (?, ?, 'Thiếu giấy tờ', '[]'::jsonb, 'tiepnhan', now(), now(), now())""")
                .params(UUID.randomUUID(), dossier).update();
    }

    static Timestamp at(String local) {
        return local == null ? null : Timestamp.from(OffsetDateTime.parse(local + "+07:00").toInstant());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }
}
