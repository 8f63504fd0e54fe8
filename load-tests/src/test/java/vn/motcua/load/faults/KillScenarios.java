package vn.motcua.load.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The portal killed with SIGKILL (as the kernel's out-of-memory killer or a power cut would) in the middle of each kind
 * of work, and started again at once by the suite, as the run command or a supervisor would.
 */
final class KillScenarios {

    private final FaultSettings settings;
    private final Crew crew;
    private final Checks checks;
    private final Database database;

    KillScenarios(FaultSettings settings, Crew crew, Checks checks, Database database) {
        this.settings = settings;
        this.crew = crew;
        this.checks = checks;
        this.database = database;
    }

    /** Citizens file through API v1 (retrying the submit call with its Idempotency-Key) while the portal is killed. */
    Outcome duringSubmissions() {
        Instant since = Instant.now();
        GatlingRun load = crew.load("kill-submissions", Crew.SUBMISSIONS, settings.loadTime(), null, null);
        CompletableFuture<Double> recovered = crew.killWhen("kill-submissions", 5, settings.loadTime().dividedBy(2));
        load.await();
        Set<String> answered = Crew.codes(crew.ledger("kill-submissions"), "submission");
        Crew.settle(Duration.ofMinutes(2), () -> checks.submissions(answered, since).stored() >= answered.size());
        Checks.Count count = checks.submissions(answered, since);
        return outcome("kill -9 during submissions", answered, count, recovered.join(), "API v1, 2.000635");
    }

    /** Clerks accept dossiers filed just before while the portal is killed. */
    Outcome duringAcceptances() {
        Path filed = crew.submitted("accept-filed", Duration.ofSeconds(40));
        GatlingRun load = crew.load("kill-acceptances", Crew.ACCEPTANCES, settings.loadTime(), filed, "submission");
        CompletableFuture<Double> recovered = crew.killWhen("kill-acceptances", 5, settings.loadTime().dividedBy(2));
        load.await();
        Set<String> answered = Crew.codes(crew.ledger("kill-acceptances"), "accept");
        Checks.Count count = checks.acceptances(answered);
        return outcome("kill -9 during desk acceptances", answered, count, recovered.join(),
                Crew.codes(filed, "submission").size() + " dossiers waiting at the desk");
    }

    /**
     * Leaders approve while the time-stamping authority answers slowly, so that result signing jobs are running or
     * queued when the portal is killed; after the restart every approved dossier gets exactly one signed result.
     */
    Outcome duringSigning(Switches switches) {
        Path filed = crew.submitted("sign-filed", Duration.ofSeconds(40));
        Path accepted = crew.worked("sign-accepted", Crew.ACCEPTANCES, filed, "submission");
        Path reviewed = crew.worked("sign-reviewed", Crew.REVIEWS, accepted, "accept");
        switches.latency("tsa", 1500);
        GatlingRun load = crew.load("kill-signing", Crew.APPROVALS, settings.loadTime(), reviewed, "review");
        Crew.settle(settings.loadTime(), () -> database.number("select count(*) from act_ru_job") > 0);
        long jobsAtKill = database.number("select count(*) from act_ru_job");
        CompletableFuture<Double> recovered = crew.killWhen("kill-signing", 0, Duration.ZERO);
        recovered.join();
        switches.reset();
        load.await();
        Set<String> answered = Crew.codes(crew.ledger("kill-signing"), "approve");
        Crew.settle(Duration.ofMinutes(5), () -> checks.results(answered).stored() >= answered.size());
        Checks.Count count = checks.results(answered);
        return outcome("kill -9 during result signing", answered, count, recovered.join(),
                jobsAtKill + " signing job(s) queued or running at the kill");
    }

    /** Citizens pay; the portal is killed while the platform notifies it, whose retries settle each payment once. */
    Outcome duringPaymentNotifications() {
        GatlingRun load = crew.load("kill-payments", Crew.PAYMENTS, settings.loadTime(), null, null);
        CompletableFuture<Double> recovered = crew.killWhen("kill-payments", 3, settings.loadTime().dividedBy(2));
        load.await();
        Set<String> answered = Crew.codes(crew.ledger("kill-payments"), "payment");
        Crew.settle(Duration.ofMinutes(5), () -> checks.payments(answered).stored() >= answered.size());
        Checks.Count count = checks.payments(answered);
        return outcome("kill -9 during payment notifications", answered, count, recovered.join(), "HCM.HKD.01");
    }

    static Outcome outcome(String scenario, Set<String> answered, Checks.Count count, double recovered, String note) {
        List<String> problems = new ArrayList<>(count.problems());
        return new Outcome(scenario, answered.size(), count.stored(), Math.max(0, answered.size() - count.stored()),
                count.duplicated(), recovered, problems, note);
    }
}
