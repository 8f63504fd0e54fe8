package vn.motcua.workflow.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.workflow.diagram.ProcessStep.State;

/**
 * The process picture of a dossier: the BPMN diagram of the process it runs (or ran) through, drawn by Flowable's
 * image generator with the current steps in the generator's highlight and the done steps framed in green, and the same
 * facts as a list of steps for readers who do not see the picture. The dossier is found by the business key its
 * process carries (the dossier id); callers check first that the user may see the dossier.
 */
@Service
public class ProcessPictures {

    /** The frame of a done step: a dark green that keeps a contrast of more than 3:1 against white. */
    static final Color DONE = new Color(0x1b, 0x6e, 0x20);

    private static final Logger log = LoggerFactory.getLogger(ProcessPictures.class);
    private static final String SEQUENCE_FLOW = "sequenceFlow";

    private final RepositoryService repository;
    private final HistoryService history;
    private final RuntimeService runtime;

    ProcessPictures(RepositoryService repository, HistoryService history, RuntimeService runtime) {
        this.repository = repository;
        this.history = history;
        this.runtime = runtime;
    }

    /**
     * @param dossierId the dossier
     * @return the picture as PNG, or empty if the dossier never had a process or its process cannot be drawn
     */
    public Optional<byte[]> png(UUID dossierId) {
        return progress(dossierId).flatMap(this::render);
    }

    /**
     * @param dossierId the dossier
     * @return the named steps of its process (tasks and events) in the diagram's order, each done, current or not
     * reached yet; empty if the dossier never had a process
     */
    public List<ProcessStep> steps(UUID dossierId) {
        return progress(dossierId).map(ProcessPictures::steps).orElse(List.of());
    }

    private static List<ProcessStep> steps(Progress progress) {
        List<FlowNode> nodes = new ArrayList<>(progress.model().getMainProcess().findFlowElementsOfType(FlowNode.class, false));
        nodes.removeIf(node -> !(node instanceof Activity || node instanceof Event) || node.getName() == null
                || node.getName().isBlank());
        nodes.sort(Comparator.comparingDouble((FlowNode node) -> position(progress.model(), node).getX())
                .thenComparingDouble(node -> position(progress.model(), node).getY()));
        return nodes.stream().map(node -> new ProcessStep(node.getId(), node.getName(),
                progress.current().contains(node.getId()) ? State.CURRENT
                        : progress.done().contains(node.getId()) ? State.DONE : State.PENDING)).toList();
    }

    private static GraphicInfo position(BpmnModel model, FlowNode node) {
        GraphicInfo info = model.getGraphicInfo(node.getId());
        return info != null ? info : new GraphicInfo(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    private Optional<Progress> progress(UUID dossierId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId.toString()).orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = instances.get(0);
        BpmnModel model = model(instance.getProcessDefinitionId());
        Set<String> done = new LinkedHashSet<>();
        List<String> flows = new ArrayList<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list()) {
            (SEQUENCE_FLOW.equals(activity.getActivityType()) ? flows : done).add(activity.getActivityId());
        }
        Set<String> current = new LinkedHashSet<>();
        if (instance.getEndTime() == null) {
            runtime.createExecutionQuery().processInstanceId(instance.getId()).list().stream()
                    .map(Execution::getActivityId).filter(id -> id != null).forEach(current::add);
        }
        return Optional.of(new Progress(model, done, current, flows));
    }

    /** A fresh model parsed from the deployed file, so that the layout never touches the engine's cached one. */
    private BpmnModel model(String processDefinitionId) {
        ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(
                () -> repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName()), false,
                false, "UTF-8");
        LayeredLayout.applyIfMissing(model);
        return model;
    }

    private Optional<byte[]> render(Progress progress) {
        try {
            BpmnModel model = progress.model();
            BufferedImage image = new DefaultProcessDiagramGenerator().generateImage(model, "png",
                    List.copyOf(progress.current()), progress.flows(), DiagramFont.FAMILY, DiagramFont.FAMILY,
                    DiagramFont.FAMILY, getClass().getClassLoader(), 1.0, true);
            frameDone(image, model, progress);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(png.toByteArray());
        } catch (RuntimeException | IOException e) {
            log.warn("The process picture of {} cannot be drawn", progress.model().getMainProcess().getId(), e);
            return Optional.empty();
        }
    }

    /**
     * Frames the done steps. The generator crops its canvas to the drawing's top left corner less a margin of 5 pixels
     * (never below 0), so element coordinates are shifted by the same amount.
     */
    private static void frameDone(BufferedImage image, BpmnModel model, Progress progress) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (GraphicInfo info : model.getLocationMap().values()) {
            minX = Math.min(minX, info.getX());
            minY = Math.min(minY, info.getY());
        }
        for (List<GraphicInfo> waypoints : model.getFlowLocationMap().values()) {
            for (GraphicInfo point : waypoints) {
                minX = Math.min(minX, point.getX());
                minY = Math.min(minY, point.getY());
            }
        }
        int offsetX = (int) Math.max(minX, 5) - 5;
        int offsetY = (int) Math.max(minY, 5) - 5;
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(DONE);
            g.setStroke(new BasicStroke(3f));
            for (String id : doneOnly(progress)) {
                GraphicInfo info = model.getGraphicInfo(id);
                if (info != null && model.getFlowElement(id) instanceof FlowNode) {
                    g.drawRoundRect((int) info.getX() - offsetX - 3, (int) info.getY() - offsetY - 3,
                            (int) info.getWidth() + 6, (int) info.getHeight() + 6, 14, 14);
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static Collection<String> doneOnly(Progress progress) {
        Set<String> done = new LinkedHashSet<>(progress.done());
        done.removeAll(progress.current());
        return done;
    }

    private record Progress(BpmnModel model, Set<String> done, Set<String> current, List<String> flows) {
    }
}
