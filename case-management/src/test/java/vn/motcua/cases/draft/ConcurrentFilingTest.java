package vn.motcua.cases.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.procedure.ProcedureCatalog;

/**
 * Filings at one agency do not queue behind each other: each gets its own code in the national format, and none waits
 * for another's commit. The proof holds one filing's transaction open after it took its code and lets the others
 * complete meanwhile; a counter locked until commit would make them wait for it.
 */
@SpringBootTest
class ConcurrentFilingTest {

    private static final int FILINGS = 50;
    private static final String OWNER = "079195005678";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Holds the filing transaction of the thread that asks for it, once its dossier got its code. */
    static final class Hold {
        static final ThreadLocal<Boolean> HERE = ThreadLocal.withInitial(() -> false);
        static volatile CountDownLatch reached = new CountDownLatch(1);
        static volatile CountDownLatch release = new CountDownLatch(1);
        static volatile UUID dossier;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {
        @Bean
        ProcessAvailability processes() {
            return "civil-status-extract-copy"::equals;
        }

        /** Runs inside the filing transaction, as the process start does. */
        @Bean
        HoldingListener holdingListener() {
            return new HoldingListener();
        }
    }

    static class HoldingListener {
        @EventListener
        void on(DossierEvents.Submitted submitted) throws InterruptedException {
            if (Hold.HERE.get()) {
                Hold.dossier = submitted.dossierId();
                Hold.reached.countDown();
                Hold.release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    @Autowired Drafts drafts;
    @Autowired Submissions submissions;
    @Autowired Dossiers dossiers;
    @Autowired ProcedureCatalog catalog;
    @Autowired JdbcClient jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(FILINGS);

    @AfterEach
    void stop() {
        Hold.release.countDown();
        threads.shutdownNow();
    }

    @Test
    void fiftySimultaneousFilingsAtOneAgencyGetFiftyDistinctCodesInTheNationalFormat() throws Exception {
        List<Draft> ready = completeDrafts(FILINGS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Timed>> filings = new ArrayList<>();
        for (Draft draft : ready) {
            filings.add(threads.submit(() -> {
                start.await();
                return file(draft);
            }));
        }

        start.countDown();
        await().atMost(PATIENCE).until(() -> filings.stream().allMatch(Future::isDone));

        List<Timed> done = new ArrayList<>();
        for (Future<Timed> filing : filings) {
            done.add(filing.get());
        }
        List<String> codes = codesOf(done.stream().map(Timed::dossierId).toList());
        assertThat(codes).hasSize(FILINGS).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(codeFormat()));
        printSpread("50 simultaneous filings at one agency", done);
    }

    @Test
    void filingsAtOneAgencyCompleteAndCommitWhileAnotherFilingHoldsItsTransactionOpen() throws Exception {
        List<Draft> ready = completeDrafts(FILINGS);
        Hold.reached = new CountDownLatch(1);
        Hold.release = new CountDownLatch(1);
        Future<Timed> held = threads.submit(() -> {
            Hold.HERE.set(true);
            try {
                return file(ready.get(0));
            } finally {
                Hold.HERE.remove();
            }
        });
        await().atMost(PATIENCE).until(() -> Hold.reached.getCount() == 0);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Timed>> others = new ArrayList<>();
        for (Draft draft : ready.subList(1, FILINGS)) {
            others.add(threads.submit(() -> {
                start.await();
                return file(draft);
            }));
        }
        start.countDown();
        await().atMost(PATIENCE).until(() -> others.stream().allMatch(Future::isDone));

        List<Timed> done = new ArrayList<>();
        for (Future<Timed> other : others) {
            done.add(other.get());
        }
        assertThat(held).as("the held filing is still open").isNotDone();
        assertThat(codesOf(done.stream().map(Timed::dossierId).toList())).as("committed while the held one is open")
                .hasSize(FILINGS - 1);
        assertThat(codesOf(List.of(Hold.dossier))).as("the held filing is not committed yet").isEmpty();
        printSpread("49 filings at one agency while one filing there holds its transaction", done);

        Hold.release.countDown();
        UUID heldDossier = held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).dossierId();
        List<UUID> all = new ArrayList<>(done.stream().map(Timed::dossierId).toList());
        all.add(heldDossier);
        assertThat(codesOf(all)).hasSize(FILINGS).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(codeFormat()));
    }

    private record Timed(UUID dossierId, long nanos) {
    }

    private Timed file(Draft draft) {
        long begun = System.nanoTime();
        Submission submission = submissions.submit(new SubmitDraft(OWNER, draft.id(), UUID.randomUUID().toString(),
                new Applicant(OWNER, "Trần Thị Bích", LocalDate.of(1995, 8, 20), "female", "120 Nguyễn Trãi", null,
                        null),
                ApplicantCheck.FROM_POPULATION));
        return new Timed(submission.dossierId(), System.nanoTime() - begun);
    }

    /** Codes of the committed dossiers among these, read from another connection. */
    private List<String> codesOf(Collection<UUID> ids) {
        return jdbc.sql("select code from dossier where id in (:ids)").param("ids", ids).query(String.class).list();
    }

    private Pattern codeFormat() {
        String agency = catalog.currentVersion(ExtractRequest.PROCEDURE_CODE).orElseThrow().receivingAgencyCode();
        String day = DateTimeFormatter.ofPattern("yyMMdd").format(Instant.now().atZone(LegalClock.ZONE));
        return Pattern.compile(Pattern.quote(agency + "-" + day + "-") + "\\d{4}");
    }

    private static void printSpread(String what, List<Timed> filings) {
        List<Long> millis = filings.stream().map(t -> TimeUnit.NANOSECONDS.toMillis(t.nanos())).sorted().toList();
        System.out.printf("Submit latency, %s: min %d ms, median %d ms, max %d ms (%d filings)%n", what,
                millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size());
    }

    private List<Draft> completeDrafts(int count) {
        Instant at = Instant.parse("2026-03-10T02:00:00Z");
        Map<String, VerifiedValue> verified = Map.of("applicantName", new VerifiedValue("Trần Thị Bích", "population", at),
                "applicantBirthDate", new VerifiedValue("1995-08-20", "population", at),
                "applicantGender", new VerifiedValue("female", "population", at),
                "applicantAddress", new VerifiedValue("120 Nguyễn Trãi", "population", at));
        List<Draft> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft draft = drafts.start(OWNER, ExtractRequest.PROCEDURE_CODE, verified);
            drafts.save(draft.id(), OWNER, new SaveStep(0, Map.of("phone", "0901234567"), SaveStep.Move.NEXT));
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("extractType", "BIRTH");
            request.put("subjectName", "Trần Thị Bích");
            request.put("subjectBirthDate", "1995-08-20");
            request.put("subjectGender", "female");
            request.put("subjectIdNumber", OWNER);
            request.put("registrationPlace", "Ủy ban nhân dân phường Bến Thành");
            request.put("copies", "1");
            assertThat(drafts.save(draft.id(), OWNER, new SaveStep(1, request, SaveStep.Move.NEXT)).problems()).isEmpty();
            drafts.attach(draft.id(), OWNER, 1, "to-khai.pdf", PDF);
            ready.add(draft);
        }
        return ready;
    }
}
