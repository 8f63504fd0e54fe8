package vn.motcua.load.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.awaitility.Awaitility;

/**
 * {@code cluster-lock}: the node holding the deadline scanner's ShedLock lock (table {@code shedlock}) is killed with
 * SIGKILL in the first moments of a round that marks dossiers overdue; the lock stays with the dead process until its
 * {@code lockAtMostFor} (ten minutes) expires, then the other node takes it and finishes the work. Each dossier is
 * marked overdue once and gets one apology slip (form 04), and nothing is marked while the dead node's lock holds.
 * The killed node is started again only after the take-over, so that the other node is the one that takes over.
 */
final class LockTakeover {

    static final String JOB = "deadline-scanner";
    static final String APOLOGY = "Phiếu xin lỗi và hẹn lại ngày trả kết quả";

    private final Crew crew;
    private final Database database;
    private final Cluster cluster;

    LockTakeover(Crew crew, Database database, Cluster cluster) {
        this.crew = crew;
        this.database = database;
        this.cluster = cluster;
    }

    Outcome run() {
        Path filed = crew.submitted("lock-filed", Duration.ofSeconds(40));
        Path accepted = crew.worked("lock-accepted", Crew.ACCEPTANCES, filed, "submission");
        Set<String> codes = Crew.codes(accepted, "accept");
        Object answered = codes.toArray(String[]::new);
        // Their legal deadline passed an hour ago: the scanner's next round marks them overdue.
        database.number("""
                with moved as (update dossier set due_at = now() - interval '1 hour' where code = any(?) returning 1)
                select count(*) from moved""", answered);
        long before = millis("locked_at");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> millis("locked_at") > before);
        long holder = holderPid();
        int node = cluster.nodeOf(holder);
        if (node == 0) {
            throw new IllegalStateException("The lock's holder " + holder + " is no node of the cluster");
        }
        long lockedAt = millis("locked_at");
        cluster.kill(node);
        long killedAt = Instant.now().toEpochMilli();
        long markedBeforeKill = overdue(answered);
        long lockUntil = millis("lock_until");
        Awaitility.await().atMost(Duration.ofMillis(Math.max(0, lockUntil - killedAt)).plus(Duration.ofMinutes(3)))
                .pollInterval(Duration.ofSeconds(1)).until(() -> holderPid() != holder);
        long takenAt = millis("locked_at");
        int taker = cluster.nodeOf(holderPid());
        long markedWhileHeld = database.number("""
                select count(*) from dossier where code = any(?) and overdue_at > to_timestamp(? / 1000.0)
                and overdue_at < to_timestamp(? / 1000.0)""", answered, killedAt, lockUntil);
        cluster.restartNode(node);
        Crew.settle(Duration.ofMinutes(3), () -> stored(answered) >= codes.size());
        long stored = stored(answered);
        long twice = database.number("""
                select count(*) from (select i.dossier_id from issued_document i join dossier d on d.id = i.dossier_id
                where d.code = any(?) and i.kind = 'SLIP' and i.title = ? group by i.dossier_id having count(*) > 1) t""",
                answered, APOLOGY);
        List<String> problems = new ArrayList<>();
        if (takenAt < lockUntil) {
            problems.add("the lock was taken before it expired");
        }
        if (taker == node || taker == 0) {
            problems.add("the other node did not take the lock over");
        }
        if (markedWhileHeld > 0) {
            problems.add(markedWhileHeld + " dossier(s) marked overdue while the dead node's lock held");
        }
        String note = String.format(Locale.ROOT, "%s: node-%d killed %.1f s into its round (%d of %d dossiers marked"
                + " before the kill); lock held to %.0f s after the kill (lockAtMostFor 10 min); node-%d took it %.0f s"
                + " after the kill; effect = overdue mark and one slip 04 per dossier", JOB, node,
                (killedAt - lockedAt) / 1000.0, markedBeforeKill, codes.size(), (lockUntil - killedAt) / 1000.0, taker,
                (takenAt - killedAt) / 1000.0);
        System.out.println("[faults] cluster-lock: dossiers " + codes.size() + ", stored " + stored + ", lost "
                + (codes.size() - stored) + ", duplicated " + twice + "; " + note);
        return new Outcome("cluster: lock holder killed mid-round (" + JOB + ")", codes.size(), stored,
                Math.max(0, codes.size() - stored), twice, (takenAt - killedAt) / 1000.0, problems, note);
    }

    /** Dossiers marked overdue once with their apology slip. */
    private long stored(Object codes) {
        return database.number("""
                select count(*) from dossier d where d.code = any(?) and d.overdue_at is not null and exists
                (select 1 from issued_document i where i.dossier_id = d.id and i.kind = 'SLIP' and i.title = ?)""",
                codes, APOLOGY);
    }

    private long overdue(Object codes) {
        return database.number("select count(*) from dossier where code = any(?) and overdue_at is not null", codes);
    }

    /** A time of the job's lock row (ShedLock writes the database's UTC time without zone), in epoch milliseconds. */
    private long millis(String column) {
        return database.number("select (extract(epoch from " + column + ") * 1000)::bigint from shedlock where name = ?",
                JOB);
    }

    /** The process id of the lock's holder ({@code host/pid}). */
    private long holderPid() {
        List<List<Object>> rows = database.rows("select locked_by from shedlock where name = ?", JOB);
        String holder = rows.isEmpty() ? "" : (String) rows.get(0).get(0);
        return Long.parseLong(holder.substring(holder.lastIndexOf('/') + 1));
    }
}
