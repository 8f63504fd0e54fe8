package vn.motcua.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.ThreadStatements;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.TaskCompletion;

/**
 * The staff pages cost the same number of SQL statements (the portal's, JPA's and the process engine's) with 5 open
 * tasks of each kind as with 500: the desk queue, the task lists, the inbox, the dossier pages and the acceptance.
 */
// 1,000 dossiers with running processes at Bến Thành: a context (and database) of its own, closed after it
@TestPropertySource(properties = "motcua.test.context=staff-statements")
@DirtiesContext
class StaffPagesStatementsTest extends PortalIntegrationTest {

    private static final int FEW = 5;
    private static final int MANY = 500;
    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor SPECIALIST = Logins.staff("chuyenvien.benthanh", "H29.12.05", "SPECIALIST");

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired TaskCompletion completion;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate transaction;

    private final List<UUID> waiting = new ArrayList<>();
    private final List<UUID> inReview = new ArrayList<>();

    /**
     * Files dossiers until {@code count} wait at the desk and {@code count} wait for the specialist's review; beyond the
     * first few, as copies with processes of their own ({@link OpenTaskCopies}).
     */
    private void fill(int count) {
        if (inReview.size() < FEW) {
            for (int i = 0; i < FEW; i++) {
                UUID id = file();
                desk.accept(id, SampleDossiers.CLERK);
                inReview.add(id);
                waiting.add(file());
            }
        }
        copies().copy(waiting.get(0), count - waiting.size(), false);
        copies().copy(inReview.get(0), count - inReview.size(), true);
    }

    private UUID file() {
        return dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                "male")).id();
    }

    private OpenTaskCopies copies() {
        return new OpenTaskCopies(jdbc, runtime, tasks, transaction);
    }

    /** The statements of each page; the acceptance takes a dossier filed for it, so that the other counts stay. */
    private Map<String, Long> statementsPerPage() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        UUID reviewed = inReview.get(0);
        String reviewTask = completion.openTasks(reviewed, SampleDossiers.SPECIALIST).get(0).taskId();
        counts.put("clerk GET /desk", count(get("/desk"), CLERK));
        counts.put("clerk GET /desk?state=OPEN", count(get("/desk").param("state", "OPEN"), CLERK));
        counts.put("clerk GET /inbox/tasks", count(get("/inbox/tasks"), CLERK));
        counts.put("specialist GET /inbox", count(get("/inbox"), SPECIALIST));
        counts.put("specialist GET /inbox/tasks", count(get("/inbox/tasks"), SPECIALIST));
        counts.put("clerk GET /desk/dossiers/{id}", count(get("/desk/dossiers/" + waiting.get(0)), CLERK));
        counts.put("specialist GET /inbox/dossiers/{id}", count(get("/inbox/dossiers/" + reviewed), SPECIALIST));
        counts.put("specialist GET /inbox/tasks/{task}", count(get("/inbox/tasks/" + reviewTask), SPECIALIST));
        UUID accepted = file();
        counts.put("clerk POST /desk/dossiers/{id}/accept",
                count(post("/desk/dossiers/" + accepted + "/accept").with(csrf()), CLERK));
        return counts;
    }

    /** The median time of each list page over 10 requests, printed for docs/performance.md; never asserted. */
    private void printTimes(String when) throws Exception {
        for (int round = 0; round < 11; round++) {
            time("clerk GET /desk", get("/desk"), CLERK, round);
            time("clerk GET /inbox/tasks", get("/inbox/tasks"), CLERK, round);
            time("specialist GET /inbox", get("/inbox"), SPECIALIST, round);
            time("specialist GET /inbox/dossiers/{id}", get("/inbox/dossiers/" + inReview.get(0)), SPECIALIST, round);
            timeQuery("engine: 200 review tasks with process variables", round, () -> tasks.createTaskQuery()
                    .taskCandidateGroupIn(List.of("H29.12.05:SPECIALIST")).ignoreAssigneeValue().includeProcessVariables()
                    .orderByTaskCreateTime().asc().listPage(0, 200));
            timeQuery("engine: 200 review tasks without variables", round, () -> tasks.createTaskQuery()
                    .taskCandidateGroupIn(List.of("H29.12.05:SPECIALIST")).ignoreAssigneeValue()
                    .orderByTaskCreateTime().asc().listPage(0, 200));
        }
        times.forEach((page, millis) -> System.out.printf("%-50s median %6.1f ms with %d open tasks, %s%n", page,
                millis.stream().sorted().toList().get(millis.size() / 2), MANY, when));
    }

    private final Map<String, List<Double>> times = new LinkedHashMap<>();

    private void time(String page, MockHttpServletRequestBuilder request, RequestPostProcessor user, int round)
            throws Exception {
        long started = System.nanoTime();
        mvc.perform(request.with(user)).andReturn();
        if (round > 0) {
            times.computeIfAbsent(page, key -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
        }
    }

    private void timeQuery(String what, int round, Runnable query) {
        long started = System.nanoTime();
        query.run();
        if (round > 0) {
            times.computeIfAbsent(what, key -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
        }
    }

    private long count(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        int[] status = new int[1];
        long statements = ThreadStatements.count(() -> status[0] = mvc.perform(request.with(user)).andReturn()
                .getResponse().getStatus());
        assertThat(status[0]).as(request.toString()).isIn(200, 302);
        return statements;
    }

    @Test
    void everyStaffPageCostsTheSameForFiveOpenTasksAsForFiveHundred() throws Exception {
        fill(FEW);
        Map<String, Long> few = statementsPerPage();
        long started = System.nanoTime();
        fill(MANY);
        System.out.printf("%d dossiers with their processes made in %d s%n", 2 * MANY,
                (System.nanoTime() - started) / 1_000_000_000);
        Map<String, Long> many = statementsPerPage();
        printTimes("as filled");
        jdbc.sql("analyze").update();
        times.clear();
        printTimes("after ANALYZE");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("H29.12.05:SPECIALIST").count()).isGreaterThanOrEqualTo(MANY);
        few.forEach((page, forFew) -> System.out.printf("%-42s %3d SQL statements with %d open tasks, %3d with %d%n",
                page, forFew, FEW, many.get(page), MANY));
        // one more at most: the desk queue counts its rows only when they fill more than its first page
        assertThat(many).as("statements per page with %d open tasks (%d: %s)", MANY, FEW, few)
                .allSatisfy((page, forMany) -> assertThat(forMany).as(page).isLessThanOrEqualTo(few.get(page) + 1));
    }
}
