package vn.motcua.workflow.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;

/**
 * Places the elements of a process that its BPMN file draws nowhere (the files under {@code processes/} carry no
 * diagram interchange): left to right in columns by the longest path from the start, the nodes of a column one under
 * the other, flows as elbows; a flow that goes back (a loop) runs under the picture. Boundary events sit on the lower
 * edge of their activity. The inside of a sub-process is not placed, so such a process cannot be drawn without a
 * diagram of its own.
 */
final class LayeredLayout {

    static final int MARGIN = 20;
    static final int TASK_WIDTH = 170;
    static final int TASK_HEIGHT = 72;
    private static final int EVENT_SIZE = 36;
    private static final int GATEWAY_SIZE = 44;
    private static final int COLUMN = TASK_WIDTH + 50;
    private static final int ROW = TASK_HEIGHT + 50;

    private LayeredLayout() {
    }

    /** Adds positions to a model that has none; a model with its own diagram keeps it. */
    static void applyIfMissing(BpmnModel model) {
        if (!model.getLocationMap().isEmpty()) {
            return;
        }
        int top = MARGIN;
        for (Process process : model.getProcesses()) {
            top = layOut(model, process, top) + ROW;
        }
    }

    /** @return the lowest y used */
    private static int layOut(BpmnModel model, Process process, int top) {
        List<FlowNode> nodes = process.getFlowElements().stream()
                .filter(e -> e instanceof FlowNode && !(e instanceof BoundaryEvent)).map(FlowNode.class::cast).toList();
        Map<String, Integer> visitOrder = new LinkedHashMap<>();
        Set<String> backFlows = new HashSet<>();
        for (FlowNode node : nodes) {
            if (node.getIncomingFlows().isEmpty()) {
                depthFirst(process, node, visitOrder, new HashSet<>(), backFlows);
            }
        }
        nodes.forEach(node -> depthFirst(process, node, visitOrder, new HashSet<>(), backFlows));

        Map<String, Integer> column = columns(process, nodes, visitOrder, backFlows);
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        int bottom = top;
        for (String id : visitOrder.keySet()) {
            FlowNode node = (FlowNode) process.getFlowElement(id);
            int col = column.get(id);
            int row = rowsUsed.merge(col, 1, Integer::sum) - 1;
            int width = widthOf(node);
            int height = heightOf(node);
            int x = MARGIN + col * COLUMN + (TASK_WIDTH - width) / 2;
            int y = top + row * ROW + (TASK_HEIGHT - height) / 2;
            model.addGraphicInfo(id, box(x, y, width, height));
            bottom = Math.max(bottom, y + height);
        }
        placeBoundaryEvents(model, process);
        int detour = bottom + 25;
        for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class, false)) {
            GraphicInfo source = model.getGraphicInfo(flow.getSourceRef());
            GraphicInfo target = model.getGraphicInfo(flow.getTargetRef());
            if (source == null || target == null) {
                continue;
            }
            boolean forward = target.getX() > source.getX() + source.getWidth();
            if (forward && !backFlows.contains(flow.getId())) {
                model.addFlowGraphicInfoList(flow.getId(), elbow(source, target));
            } else {
                model.addFlowGraphicInfoList(flow.getId(), under(source, target, detour));
                detour += 10;
                bottom = detour;
            }
        }
        return bottom;
    }

    private static void depthFirst(Process process, FlowNode node, Map<String, Integer> visitOrder, Set<String> onPath,
            Set<String> backFlows) {
        if (visitOrder.containsKey(node.getId())) {
            return;
        }
        visitOrder.put(node.getId(), visitOrder.size());
        onPath.add(node.getId());
        for (SequenceFlow flow : outgoing(process, node)) {
            if (!(process.getFlowElement(flow.getTargetRef()) instanceof FlowNode target)) {
                continue;
            }
            if (onPath.contains(target.getId())) {
                backFlows.add(flow.getId());
            } else if (!visitOrder.containsKey(target.getId())) {
                depthFirst(process, target, visitOrder, onPath, backFlows);
            }
        }
        onPath.remove(node.getId());
    }

    /** Outgoing flows of a node, with those of the boundary events attached to it. */
    private static List<SequenceFlow> outgoing(Process process, FlowNode node) {
        List<SequenceFlow> flows = new ArrayList<>(node.getOutgoingFlows());
        if (node instanceof Activity activity) {
            activity.getBoundaryEvents().forEach(boundary -> flows.addAll(boundary.getOutgoingFlows()));
        }
        return flows;
    }

    /** Longest path from the start over the flows that do not go back. */
    private static Map<String, Integer> columns(Process process, List<FlowNode> nodes, Map<String, Integer> visitOrder,
            Set<String> backFlows) {
        Map<String, Integer> column = new HashMap<>();
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        nodes.forEach(node -> pending.put(node.getId(), 0));
        for (FlowNode node : nodes) {
            for (SequenceFlow flow : outgoing(process, node)) {
                if (!backFlows.contains(flow.getId()) && pending.containsKey(flow.getTargetRef())) {
                    next.computeIfAbsent(node.getId(), k -> new ArrayList<>()).add(flow.getTargetRef());
                    pending.merge(flow.getTargetRef(), 1, Integer::sum);
                }
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        visitOrder.keySet().stream().filter(id -> pending.get(id) == 0).forEach(ready::add);
        ready.forEach(id -> column.put(id, 0));
        while (!ready.isEmpty()) {
            String id = ready.poll();
            for (String target : next.getOrDefault(id, List.of())) {
                column.merge(target, column.get(id) + 1, Math::max);
                if (pending.merge(target, -1, Integer::sum) == 0) {
                    ready.add(target);
                }
            }
        }
        nodes.forEach(node -> column.putIfAbsent(node.getId(), 0));
        return column;
    }

    private static void placeBoundaryEvents(BpmnModel model, Process process) {
        for (FlowNode node : process.findFlowElementsOfType(FlowNode.class, false)) {
            if (node instanceof Activity activity && model.getGraphicInfo(activity.getId()) != null) {
                GraphicInfo host = model.getGraphicInfo(activity.getId());
                int k = 0;
                for (BoundaryEvent boundary : activity.getBoundaryEvents()) {
                    double x = host.getX() + host.getWidth() - EVENT_SIZE - 8 - k++ * (EVENT_SIZE + 6);
                    double y = host.getY() + host.getHeight() - EVENT_SIZE / 2.0;
                    model.addGraphicInfo(boundary.getId(), box(x, y, EVENT_SIZE, EVENT_SIZE));
                }
            }
        }
    }

    private static List<GraphicInfo> elbow(GraphicInfo source, GraphicInfo target) {
        double sx = source.getX() + source.getWidth();
        double sy = source.getY() + source.getHeight() / 2;
        double tx = target.getX();
        double ty = target.getY() + target.getHeight() / 2;
        if (Math.abs(sy - ty) < 1) {
            return List.of(point(sx, sy), point(tx, ty));
        }
        double mid = tx - 20;
        return List.of(point(sx, sy), point(mid, sy), point(mid, ty), point(tx, ty));
    }

    private static List<GraphicInfo> under(GraphicInfo source, GraphicInfo target, int detour) {
        double sx = source.getX() + source.getWidth() / 2;
        double tx = target.getX() + target.getWidth() / 2;
        return List.of(point(sx, source.getY() + source.getHeight()), point(sx, detour), point(tx, detour),
                point(tx, target.getY() + target.getHeight()));
    }

    private static GraphicInfo box(double x, double y, double width, double height) {
        GraphicInfo info = point(x, y);
        info.setWidth(width);
        info.setHeight(height);
        return info;
    }

    private static GraphicInfo point(double x, double y) {
        GraphicInfo info = new GraphicInfo();
        info.setX(x);
        info.setY(y);
        return info;
    }

    private static int widthOf(FlowNode node) {
        return node instanceof Event ? EVENT_SIZE : node instanceof Gateway ? GATEWAY_SIZE : TASK_WIDTH;
    }

    private static int heightOf(FlowNode node) {
        return node instanceof Event ? EVENT_SIZE : node instanceof Gateway ? GATEWAY_SIZE : TASK_HEIGHT;
    }
}
