package vn.motcua.workflow.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff actions kept on a dossier's process instances (claims, releases, reassignments, returns), oldest first. */
@Service
public class StaffActions {

    private final HistoryService history;
    private final TaskService tasks;

    StaffActions(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public List<StaffAction> of(UUID dossierId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString()).list()
                .stream().map(HistoricProcessInstance::getId)
                .flatMap(processId -> tasks.getProcessInstanceComments(processId).stream())
                .filter(comment -> comment.getType() != null && comment.getType().startsWith(StaffAction.TYPE_PREFIX))
                .map(StaffActions::action)
                .sorted(Comparator.comparing(StaffAction::at))
                .toList();
    }

    private static StaffAction action(Comment comment) {
        StaffAction.Kind kind = StaffAction.Kind.valueOf(comment.getType().substring(StaffAction.TYPE_PREFIX.length()));
        String text = comment.getFullMessage() == null ? "" : comment.getFullMessage();
        String from = null;
        String to = null;
        String detail = text.isEmpty() ? null : text;
        if (kind == StaffAction.Kind.RETURN || kind == StaffAction.Kind.SEND_BACK) {
            int arrow = text.indexOf('>');
            int colon = text.indexOf(':', Math.max(arrow, 0));
            from = text.substring(0, Math.max(arrow, 0));
            to = colon < 0 ? text.substring(arrow + 1) : text.substring(arrow + 1, colon);
            detail = colon < 0 ? null : text.substring(colon + 1);
        }
        return new StaffAction(comment.getTime().toInstant(), comment.getUserId(), kind, detail, from, to);
    }
}
