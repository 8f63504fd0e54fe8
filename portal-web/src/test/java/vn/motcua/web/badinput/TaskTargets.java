package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.badinput.Fixture.csrf;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.TaskCompletion;

/** proc: the generic task page: decisions and comments, and task ids in the path. */
final class TaskTargets {

    private static final RequestPostProcessor SPECIALIST = vn.motcua.web.support.Logins.staff("chuyenvien.benthanh",
            "H29.12.05", "SPECIALIST");

    private final Fixture fixture;
    private final DeskActions desk;
    private final TaskCompletion completion;

    TaskTargets(Fixture fixture, DeskActions desk, TaskCompletion completion) {
        this.fixture = fixture;
        this.desk = desk;
        this.completion = completion;
    }

    private String reviewTask() {
        UUID id = fixture.newlyFiled().id();
        desk.accept(id, SampleDossiers.CLERK);
        return completion.openTasks(id, SampleDossiers.SPECIALIST).get(0).taskId();
    }

    /** A bad decision changes nothing; a return's comment is stored only when it holds text, and shown escaped. */
    Stream<DynamicNode> decisions() {
        String shared = reviewTask();
        Stream<DynamicNode> decisions = BadInputs.TEXT.stream().map(input -> dynamicTest("decision " + input, () -> {
            Verdicts.check(fixture.mvc(), post("/inbox/tasks/{taskId}", shared).param("decision", input.value())
                    .param("comment", "Lý do").with(SPECIALIST).with(csrf()), input);
            assertThat(completion.find(shared, SampleDossiers.SPECIALIST)).as("still open").isPresent();
        }));
        Stream<DynamicNode> comments = BadInputs.TEXT.stream().map(input -> dynamicTest("return comment " + input, () -> {
            String task = reviewTask();
            MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/inbox/tasks/{taskId}", task)
                    .param("decision", "RETURN").param("comment", input.value()).with(SPECIALIST).with(csrf()), input);
            assertThat(completion.find(task, SampleDossiers.SPECIALIST).isEmpty())
                    .as("completed exactly when the page sent the specialist on").isEqualTo(answer.getStatus() == 302);
        }));
        Stream<DynamicNode> ids = BadInputs.IDS.stream().map(input -> dynamicTest("task id " + input, () -> {
            Verdicts.check(fixture.mvc(), get("/inbox/tasks/{taskId}", input.value()).with(SPECIALIST), input);
            Verdicts.check(fixture.mvc(), post("/inbox/tasks/{taskId}", input.value()).param("decision", "FORWARD")
                    .with(SPECIALIST).with(csrf()), input);
        }));
        return Stream.of(dynamicContainer("inbox: complete a task", Stream.of(decisions, comments, ids).flatMap(s -> s)));
    }
}
