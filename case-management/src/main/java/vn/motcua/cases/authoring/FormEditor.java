package vn.motcua.cases.authoring;

import java.util.List;
import java.util.Map;

import vn.motcua.cases.form.FieldType;

/**
 * The changes an administrator can make to a draft's form, each answering its problems (empty when applied), and
 * what the editor pages read.
 */
public final class FormEditor {

    /** One field as the editor lists it. */
    public record Row(FieldRef ref, String key, FieldType type, String label, boolean required, String prefill,
            boolean nested, boolean problems) {
    }

    /** One step as the editor lists it. */
    public record StepRow(int index, String key, String titleVi, String titleEn, List<Row> fields) {
    }

    private final FormDraft form;

    FormEditor(FormDraft form) {
        this.form = form;
    }

    public List<DraftProblem> addStep(String key, String titleVi, String titleEn) {
        return form.addStep(key, titleVi, titleEn);
    }

    public List<DraftProblem> renameStep(int step, String titleVi, String titleEn) {
        return form.renameStep(step, titleVi, titleEn);
    }

    public List<DraftProblem> removeStep(int step) {
        form.removeStep(step);
        return List.of();
    }

    public List<DraftProblem> moveStep(int step, int by) {
        form.moveStep(step, by);
        return List.of();
    }

    /** Adds a field at the end of a step, or of the group at {@code group} of that step. */
    public List<DraftProblem> addField(int step, Integer group, String type, String key, String labelVi, String labelEn) {
        return form.addField(step, group, type, FieldSettings.named(key, labelVi, labelEn));
    }

    public List<DraftProblem> updateField(FieldRef ref, FieldSettings settings) {
        return form.updateField(ref, settings);
    }

    public List<DraftProblem> removeField(FieldRef ref) {
        form.removeField(ref);
        return List.of();
    }

    public List<DraftProblem> moveField(FieldRef ref, int by) {
        form.moveField(ref, by);
        return List.of();
    }

    /** @throws DraftNotFoundException if there is no field there */
    public FieldSettings settings(FieldRef ref) {
        return FieldJson.settingsOf(form.field(ref));
    }

    /** @throws DraftNotFoundException if there is no field there */
    public FieldType type(FieldRef ref) {
        return FieldJson.typeOf(form.field(ref));
    }

    /** The problems of the field's stored settings (e.g. a choice without options yet). */
    public List<DraftProblem> problems(FieldRef ref) {
        return form.problemsOf(ref);
    }

    @SuppressWarnings("unchecked")
    public List<StepRow> steps() {
        List<StepRow> rows = new java.util.ArrayList<>();
        List<Map<String, Object>> steps = form.steps();
        for (int s = 0; s < steps.size(); s++) {
            Map<String, Object> step = steps.get(s);
            Map<String, Object> title = step.get("title") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            int at = s;
            List<Row> fields = form.refs().stream().filter(r -> r.step() == at).map(ref -> {
                Map<String, Object> field = form.field(ref);
                Map<String, Object> label = field.get("label") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                return new Row(ref, String.valueOf(field.get("key")), FieldJson.typeOf(field),
                        String.valueOf(label.getOrDefault("vi", "")), Boolean.TRUE.equals(field.get("required")),
                        field.get("prefill") == null ? null : field.get("prefill").toString(), ref.nested() != null,
                        !form.problemsOf(ref).isEmpty());
            }).toList();
            rows.add(new StepRow(s, String.valueOf(step.get("key")), String.valueOf(title.getOrDefault("vi", "")),
                    title.get("en") == null ? "" : title.get("en").toString(), fields));
        }
        return rows;
    }

    /** The form as the citizen will see it, or the reason it cannot be shown yet. */
    public vn.motcua.cases.form.FormDefinition definition() {
        return vn.motcua.cases.form.FormDefinition.parse(form.json());
    }
}
