package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What the database holds of what the users were told: each check counts, for the dossier codes of a ledger, those
 * stored with their effect, and what happened more than once.
 */
final class Checks {

    /** DER of the OID id-aa-signatureTimeStampToken (1.2.840.113549.1.9.16.2.14), as it appears in a signature. */
    private static final String TIMESTAMP_OID = "060b2a864886f70d010910020e";

    private final Database database;
    private final Path files;

    Checks(Database database, Path files) {
        this.database = database;
        this.files = files;
    }

    /** Counts of one check. */
    record Count(long stored, long duplicated, List<String> problems) {
    }

    /** Answered submissions: a dossier with that code and its running (or finished) process. */
    Count submissions(Set<String> codes, Instant since) {
        String[] answered = codes.toArray(String[]::new);
        long stored = database.number("""
                select count(*) from dossier d where d.code = any(?)
                and exists (select 1 from act_hi_procinst p where p.business_key_ = d.id::text)""", (Object) answered);
        long dossiers = database.number("select count(*) from dossier where channel = 2 and submitted_at >= ?",
                Timestamp.from(since));
        long keyed = database.number("""
                select count(distinct dossier_id) from submission_key where dossier_id is not null and created_at >= ?""",
                Timestamp.from(since));
        List<String> problems = new ArrayList<>();
        long withoutProcess = withoutProcess();
        if (withoutProcess > 0) {
            problems.add(withoutProcess + " dossier(s) without a process");
        }
        return new Count(stored, Math.max(0, dossiers - keyed), problems);
    }

    /** Dossiers of the whole database without their process (Flowable business key), which must be none. */
    long withoutProcess() {
        return database.number("""
                select count(*) from dossier d where not exists
                (select 1 from act_hi_procinst p where p.business_key_ = d.id::text)""");
    }

    /** Answered acceptances: the dossier left status 1 with one acceptance and one receipt. */
    Count acceptances(Set<String> codes) {
        Object answered = codes.toArray(String[]::new);
        long stored = database.number("""
                select count(*) from dossier d where d.code = any(?) and d.accepted_at is not null and d.status <> 1""",
                answered);
        long duplicated = database.number("""
                select count(*) from (select d.id from dossier d join dossier_event e on e.dossier_id = d.id
                where d.code = any(?) and e.status = 2 group by d.id having count(*) > 1) twice""", answered);
        return new Count(stored, duplicated, List.of());
    }

    /** Answered approvals: exactly one signed, time-stamped result, and no job left in the dead-letter table. */
    Count results(Set<String> codes) {
        Object answered = codes.toArray(String[]::new);
        long stored = database.number("""
                select count(*) from dossier d where d.code = any(?)
                and exists (select 1 from issued_document i where i.dossier_id = d.id and i.kind = 'RESULT')""", answered);
        long duplicated = database.number("""
                select count(*) from (select i.dossier_id from issued_document i join dossier d on d.id = i.dossier_id
                where d.code = any(?) and i.kind = 'RESULT' group by i.dossier_id having count(*) > 1) twice""", answered);
        List<String> problems = new ArrayList<>(untimestamped(codes));
        long dead = database.number("select count(*) from act_ru_deadletter_job");
        if (dead > 0) {
            problems.add(dead + " job(s) in the dead-letter table");
        }
        return new Count(stored, duplicated, problems);
    }

    /** Payments the platform accepted: paid once in the portal, and the dossier went on once. */
    Count payments(Set<String> codes) {
        Object answered = codes.toArray(String[]::new);
        long stored = database.number("""
                select count(*) from dossier d where d.code = any(?)
                and exists (select 1 from payment p where p.dossier_id = d.id and p.status = 'PAID')""", answered);
        long duplicated = database.number("""
                select count(*) from (select p.dossier_id from payment p join dossier d on d.id = p.dossier_id
                where d.code = any(?) and p.status in ('PAID', 'REFUNDED') group by p.dossier_id having count(*) > 1) twice""",
                answered);
        return new Count(stored, duplicated, List.of());
    }

    /** Every status change of these dossiers delivered to the national portal, each exactly once. */
    List<String> nationalPortal(Set<String> codes) {
        Object answered = codes.toArray(String[]::new);
        List<String> problems = new ArrayList<>();
        long missing = database.number("""
                select count(*) from dossier d where d.code = any(?) and not exists
                (select 1 from national_portal_delivery n where n.dossier_id = d.id and n.status = d.status)""", answered);
        if (missing > 0) {
            problems.add(missing + " current status(es) not delivered to the national portal");
        }
        long twice = database.number("""
                select count(*) from (select n.dossier_id, n.status, n.changed_at from national_portal_delivery n
                join dossier d on d.id = n.dossier_id where d.code = any(?)
                group by n.dossier_id, n.status, n.changed_at having count(*) > 1) twice""", answered);
        if (twice > 0) {
            problems.add(twice + " status change(s) delivered twice");
        }
        return problems;
    }

    /** No e-mail left unsent (the SMTP stand-in counts what it received). */
    List<String> emails(long received) {
        List<String> problems = new ArrayList<>();
        long unsent = database.number("select count(*) from notification where email_state in ('PENDING', 'FAILED')");
        long sent = database.number("select count(*) from notification where email_state = 'SENT'");
        if (unsent > 0) {
            problems.add(unsent + " e-mail(s) not sent");
        }
        if (received < sent) {
            problems.add(sent + " e-mails marked sent but " + received + " received");
        }
        return problems;
    }

    /** Result documents of these dossiers whose signature carries no RFC 3161 time-stamp token. */
    List<String> untimestamped(Set<String> codes) {
        Object answered = codes.toArray(String[]::new);
        long without = 0;
        for (List<Object> row : database.rows("""
                select f.storage_key from stored_file f join dossier d on d.id = f.dossier_id
                where d.code = any(?) and f.kind = 'RESULT'""", answered)) {
            if (!hasTimestamp(files.resolve((String) row.get(0)))) {
                without++;
            }
        }
        return without == 0 ? List.of() : List.of(without + " result(s) without a time-stamp");
    }

    private static boolean hasTimestamp(Path pdf) {
        try {
            String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
            return text.toLowerCase(java.util.Locale.ROOT).contains(TIMESTAMP_OID)
                    || text.contains(new String(HexFormat.of().parseHex(TIMESTAMP_OID),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
