package vn.motcua.load.faults;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Each external system down for a minute under load, then back: every dossier filed goes on to its signed result,
 * every status change reaches the national portal once, no result lacks its time-stamp, no e-mail is lost.
 */
final class OutageScenarios {

    /** The step of a case from whose start a system is down: the one that first needs it. */
    enum Step { FILING, ACCEPTANCE, APPROVAL }

    /** Down for this long. */
    static final Duration OUTAGE = Duration.ofMinutes(1);

    private final Crew crew;
    private final Checks checks;
    private final Switches switches;
    private final Database database;

    OutageScenarios(Crew crew, Checks checks, Switches switches, Database database) {
        this.crew = crew;
        this.checks = checks;
        this.switches = switches;
        this.database = database;
    }

    /**
     * A whole case under load (file, accept, review, approve, sign) with {@code api} down for a minute from the start
     * of the step that first uses it: filing for the population database, the national portal and the civil-status
     * database; acceptance for the mail server (the first e-mails say a dossier was accepted); approval for the
     * time-stamping authority.
     */
    Outcome duringCases(String api, Step step, String note) {
        Instant since = Instant.now();
        String name = "outage-" + api + "-filed";
        CompletableFuture<Double> back = step == Step.FILING ? down(api, backlog(api, crew.ledger(name))) : null;
        Path filed = crew.submitted(name, OUTAGE.plusSeconds(15));
        if (step == Step.ACCEPTANCE) {
            back = down(api, backlog(api, null));
        }
        Path accepted = crew.worked("outage-" + api + "-accepted", Crew.ACCEPTANCES, filed, "submission");
        Path reviewed = crew.worked("outage-" + api + "-reviewed", Crew.REVIEWS, accepted, "accept");
        if (step == Step.APPROVAL) {
            back = down(api, backlog(api, null));
        }
        Path approved = crew.worked("outage-" + api + "-approved", Crew.APPROVALS, reviewed, "review");
        double recovered = back.join();
        Set<String> answered = Crew.codes(filed, "submission");
        BooleanSupplier drained = () -> checks.results(answered).stored() >= answered.size()
                && checks.nationalPortal(answered).isEmpty() && pendingEmails() == 0;
        Crew.settle(Duration.ofMinutes(5), drained);
        Checks.Count results = checks.results(answered);
        List<String> problems = new ArrayList<>(results.problems());
        problems.addAll(checks.nationalPortal(answered));
        problems.addAll(checks.emails(mailsReceived()));
        checks.submissions(answered, since).problems().forEach(problems::add);
        long steps = Crew.codes(accepted, "accept").size() + Crew.codes(reviewed, "review").size()
                + Crew.codes(approved, "approve").size();
        return new Outcome(api + " down for a minute", answered.size(), results.stored(),
                Math.max(0, answered.size() - results.stored()), results.duplicated(), recovered, problems,
                note + "; " + steps + " staff steps answered; stored = with their signed result");
    }

    /** Citizens pay with the payment platform down for a minute: each payment it accepted settles once. */
    Outcome duringPayments() {
        Path ledger = crew.ledger("outage-payment");
        CompletableFuture<Double> back = down("payment", up -> Ledger.answeredAfter(ledger, "payment", up));
        GatlingRun load = crew.load("outage-payment", Crew.PAYMENTS, OUTAGE.plusSeconds(30), null, null);
        load.await();
        double recovered = back.join();
        Set<String> answered = Crew.codes(ledger, "payment");
        Crew.settle(Duration.ofMinutes(5), () -> checks.payments(answered).stored() >= answered.size());
        return KillScenarios.outcome("payment down for a minute", answered, checks.payments(answered), recovered,
                "HCM.HKD.01; payments refused while it is down are not answered");
    }

    /**
     * Takes an API down now and brings it back after {@link #OUTAGE}; the future tells how many seconds after its
     * return the work it held up was done ({@code cleared}, asked every second, at most ten minutes).
     */
    private CompletableFuture<Double> down(String api, Predicate<Instant> cleared) {
        switches.outage(api, true);
        return Stack.after(OUTAGE, () -> {
            switches.outage(api, false);
            Instant up = Instant.now();
            Crew.settle(Duration.ofMinutes(10), () -> cleared.test(up));
            return Duration.between(up, Instant.now()).toMillis() / 1000.0;
        });
    }

    /**
     * When the work an outage held up is done: for a system called while filing, a submission answered after its
     * return; for the national portal, no status change older than its return still in the outbox; for the mail
     * server, no e-mail of before its return unsent; for the TSA, no job of before its return left to run.
     */
    private Predicate<Instant> backlog(String api, Path filed) {
        return switch (api) {
            case "national-portal" -> up -> database.number(
                    "select count(*) from event_publication where publication_date < ?", Timestamp.from(up)) == 0;
            case "smtp" -> up -> database.number("""
                    select count(*) from notification where email_state in ('PENDING', 'FAILED') and created_at < ?""",
                    Timestamp.from(up)) == 0;
            case "tsa" -> up -> database.number("""
                    select (select count(*) from act_ru_job where create_time_ < ?)
                         + (select count(*) from act_ru_timer_job where create_time_ < ?)""",
                    Timestamp.from(up), Timestamp.from(up)) == 0;
            default -> up -> Ledger.answeredAfter(filed, "submission", up);
        };
    }

    private long pendingEmails() {
        return database.number("select count(*) from notification where email_state in ('PENDING', 'FAILED')");
    }

    private long mailsReceived() {
        String mails = switches.get("/sandbox/mail/messages");
        return mails.isBlank() || mails.equals("[]") ? 0 : mails.split("\"receivedAt\"").length - 1;
    }
}
