package vn.motcua.load.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Each external system down for a minute under load, then back: every dossier filed goes on to its signed result,
 * every status change reaches the national portal once, no result lacks its time-stamp, no e-mail is lost.
 */
final class OutageScenarios {

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
     * of the step that uses it: filing for the population database, the national portal, the civil-status database
     * and the mail server; approval for the time-stamping authority.
     */
    Outcome duringCases(String api, boolean atApproval, String note) {
        Instant since = Instant.now();
        CompletableFuture<Instant> back = atApproval ? null : down(api);
        Path filed = crew.submitted("outage-" + api + "-filed", OUTAGE.plusSeconds(15));
        Path accepted = crew.worked("outage-" + api + "-accepted", Crew.ACCEPTANCES, filed, "submission");
        Path reviewed = crew.worked("outage-" + api + "-reviewed", Crew.REVIEWS, accepted, "accept");
        if (atApproval) {
            back = down(api);
        }
        Path approved = crew.worked("outage-" + api + "-approved", Crew.APPROVALS, reviewed, "review");
        Instant up = back.join();
        Set<String> answered = Crew.codes(filed, "submission");
        BooleanSupplier drained = () -> checks.results(answered).stored() >= answered.size()
                && checks.nationalPortal(answered).isEmpty() && pendingEmails() == 0;
        Crew.settle(Duration.ofMinutes(5), drained);
        double recovered = Duration.between(up, Instant.now()).toMillis() / 1000.0;
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
        CompletableFuture<Instant> back = down("payment");
        GatlingRun load = crew.load("outage-payment", Crew.PAYMENTS, OUTAGE.plusSeconds(30), null, null);
        load.await();
        Instant up = back.join();
        Set<String> answered = Crew.codes(crew.ledger("outage-payment"), "payment");
        Crew.settle(Duration.ofMinutes(5), () -> checks.payments(answered).stored() >= answered.size());
        double recovered = Duration.between(up, Instant.now()).toMillis() / 1000.0;
        return KillScenarios.outcome("payment down for a minute", answered, checks.payments(answered), recovered,
                "HCM.HKD.01; payments refused while it is down are not answered");
    }

    /** Takes an API down now and brings it back after {@link #OUTAGE}; the future tells when it came back. */
    private CompletableFuture<Instant> down(String api) {
        switches.outage(api, true);
        return CompletableFuture.supplyAsync(() -> {
            Stack.pause(OUTAGE);
            switches.outage(api, false);
            return Instant.now();
        });
    }

    private long pendingEmails() {
        return database.number("select count(*) from notification where email_state in ('PENDING', 'FAILED')");
    }

    private long mailsReceived() {
        String mails = switches.get("/sandbox/mail/messages");
        return mails.isBlank() || mails.equals("[]") ? 0 : mails.split("\"receivedAt\"").length - 1;
    }
}
