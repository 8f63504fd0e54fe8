package vn.motcua.cases.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.cases.form.FieldType;

/**
 * A form definition being edited, as JSON data: steps and fields added, changed, removed and moved. Each change is
 * checked first and applied whole, or refused with its problems and not applied at all.
 */
final class FormDraft {

    private final Map<String, Object> root;

    private FormDraft(Map<String, Object> root) {
        this.root = root;
        if (!(root.get("steps") instanceof List<?>)) {
            root.put("steps", new ArrayList<>());
        }
    }

    static FormDraft of(Map<String, Object> json) {
        return new FormDraft(deepCopy(json));
    }

    /** The form a new procedure starts with: one step holding the applicant's contact phone, which every dossier needs. */
    static Map<String, Object> starter() {
        Map<String, Object> phone = new LinkedHashMap<>();
        phone.put("key", Authoring.PHONE);
        phone.put("type", "text");
        phone.put("format", "phone");
        phone.put("required", true);
        phone.put("maxLength", 15);
        phone.put("label", new LinkedHashMap<>(Map.of("vi", "Số điện thoại liên hệ", "en", "Contact phone number")));
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("key", "applicant");
        step.put("title", new LinkedHashMap<>(Map.of("vi", "Người nộp hồ sơ", "en", "Applicant")));
        step.put("fields", new ArrayList<>(List.of(phone)));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("steps", new ArrayList<>(List.of(step)));
        return form;
    }

    Map<String, Object> json() {
        return deepCopy(root);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps() {
        return (List<Map<String, Object>>) root.get("steps");
    }

    List<DraftProblem> addStep(String key, String titleVi, String titleEn) {
        List<DraftProblem> problems = new ArrayList<>();
        String stepKey = key == null ? "" : key.strip();
        if (DraftProblem.hasControl(stepKey, false) || DraftProblem.hasControl(titleVi, false)
                || DraftProblem.hasControl(titleEn, false)) {
            return List.of(DraftProblem.of("titleVi", "authoring.control"));
        }
        if (stepKey.isEmpty()) {
            problems.add(DraftProblem.of("stepKey", "authoring.required"));
        } else if (!FieldRules.KEY.matcher(stepKey).matches()) {
            problems.add(DraftProblem.of("stepKey", "authoring.field.key.format"));
        } else if (steps().stream().anyMatch(s -> stepKey.equals(s.get("key")))) {
            problems.add(DraftProblem.of("stepKey", "authoring.step.key.duplicate", stepKey));
        }
        problems.addAll(titleProblems(titleVi, titleEn));
        if (problems.isEmpty()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("key", stepKey);
            step.put("title", title(titleVi, titleEn));
            step.put("fields", new ArrayList<>());
            steps().add(step);
        }
        return problems;
    }

    List<DraftProblem> renameStep(int index, String titleVi, String titleEn) {
        Map<String, Object> step = step(index);
        if (DraftProblem.hasControl(titleVi, false) || DraftProblem.hasControl(titleEn, false)) {
            return List.of(DraftProblem.of("titleVi", "authoring.control"));
        }
        List<DraftProblem> problems = titleProblems(titleVi, titleEn);
        if (problems.isEmpty()) {
            step.put("title", title(titleVi, titleEn));
        }
        return problems;
    }

    void removeStep(int index) {
        step(index);
        steps().remove(index);
    }

    void moveStep(int index, int by) {
        step(index);
        swap(steps(), index, index + by);
    }

    /** Adds a field of the given type at the end of a step, or of a group when {@code group} names one. */
    List<DraftProblem> addField(int stepIndex, Integer group, String typeName, FieldSettings named) {
        List<Map<String, Object>> siblings;
        Set<String> otherKeys;
        if (group == null) {
            siblings = fields(step(stepIndex));
            otherKeys = topLevelKeys();
        } else {
            Map<String, Object> holder = field(new FieldRef(stepIndex, group, null));
            if (FieldJson.typeOf(holder) != FieldType.GROUP) {
                throw new DraftNotFoundException();
            }
            siblings = fields(holder);
            otherKeys = keysOf(siblings);
        }
        List<DraftProblem> problems = new ArrayList<>();
        FieldType type = FieldValues.enumOf(FieldType.class, typeName);
        if (type == null || group != null && !type.simple()) {
            problems.add(DraftProblem.of("type", "authoring.choice"));
            type = FieldType.TEXT;
        }
        FieldSettings settings = new FieldSettings(named.key(), named.labelVi(), named.labelEn(), "", "", false, "", "", "",
                "", false, "", "", "", "", "", "", "", "", false);
        FieldRules.check(type, settings, otherKeys, group != null).stream()
                .filter(p -> p.field().equals("key") || p.field().startsWith("label"))
                .forEach(problems::add);
        if (problems.isEmpty()) {
            Map<String, Object> json = FieldJson.apply(new LinkedHashMap<>(), type, settings);
            if (type == FieldType.GROUP) {
                json.put("fields", new ArrayList<>());
            }
            siblings.add(json);
        }
        return problems;
    }

    List<DraftProblem> updateField(FieldRef ref, FieldSettings settings) {
        Map<String, Object> field = field(ref);
        FieldType type = FieldJson.typeOf(field);
        Set<String> otherKeys = new HashSet<>(ref.group().isPresent() ? keysOf(fields(field(ref.group().get()))) : topLevelKeys());
        otherKeys.remove(String.valueOf(field.get("key")));
        List<DraftProblem> problems = FieldRules.check(type, settings, otherKeys, ref.group().isPresent());
        if (problems.isEmpty()) {
            Map<String, Object> updated = FieldJson.apply(field, type, settings);
            field.clear();
            field.putAll(updated);
        }
        return problems;
    }

    /** The problems the stored settings of a field have, as the field editor shows them. */
    List<DraftProblem> problemsOf(FieldRef ref) {
        Map<String, Object> field = field(ref);
        Set<String> otherKeys = new HashSet<>(ref.group().isPresent() ? keysOf(fields(field(ref.group().get()))) : topLevelKeys());
        otherKeys.remove(String.valueOf(field.get("key")));
        List<DraftProblem> problems = new ArrayList<>(FieldRules.check(FieldJson.typeOf(field),
                FieldJson.settingsOf(field), otherKeys, ref.group().isPresent()));
        if (FieldJson.typeOf(field) == FieldType.GROUP && fields(field).isEmpty()) {
            problems.add(DraftProblem.of("fields", "authoring.field.group.empty"));
        }
        return problems;
    }

    /** Every field's place, in order, groups followed by their fields. */
    List<FieldRef> refs() {
        List<FieldRef> refs = new ArrayList<>();
        for (int s = 0; s < steps().size(); s++) {
            List<Map<String, Object>> fields = fields(steps().get(s));
            for (int f = 0; f < fields.size(); f++) {
                refs.add(new FieldRef(s, f, null));
                for (int n = 0; n < fields(fields.get(f)).size(); n++) {
                    refs.add(new FieldRef(s, f, n));
                }
            }
        }
        return refs;
    }

    void removeField(FieldRef ref) {
        field(ref);
        siblings(ref).remove(ref.nested() == null ? ref.field() : ref.nested().intValue());
    }

    void moveField(FieldRef ref, int by) {
        field(ref);
        int at = ref.nested() == null ? ref.field() : ref.nested();
        swap(siblings(ref), at, at + by);
    }

    Map<String, Object> field(FieldRef ref) {
        List<Map<String, Object>> fields = fields(step(ref.step()));
        if (ref.field() < 0 || ref.field() >= fields.size()) {
            throw new DraftNotFoundException();
        }
        Map<String, Object> field = fields.get(ref.field());
        if (ref.nested() == null) {
            return field;
        }
        List<Map<String, Object>> nested = fields(field);
        if (ref.nested() < 0 || ref.nested() >= nested.size()) {
            throw new DraftNotFoundException();
        }
        return nested.get(ref.nested());
    }

    private List<Map<String, Object>> siblings(FieldRef ref) {
        return ref.nested() == null ? fields(step(ref.step())) : fields(field(ref.group().orElseThrow()));
    }

    private Map<String, Object> step(int index) {
        if (index < 0 || index >= steps().size()) {
            throw new DraftNotFoundException();
        }
        return steps().get(index);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> fields(Map<String, Object> holder) {
        Object fields = holder.get("fields");
        if (!(fields instanceof List<?>)) {
            fields = new ArrayList<>();
            if (FieldJson.typeOf(holder) == FieldType.GROUP || holder.containsKey("title")) {
                holder.put("fields", fields);
            }
        }
        return (List<Map<String, Object>>) fields;
    }

    private Set<String> topLevelKeys() {
        Set<String> keys = new HashSet<>();
        steps().forEach(step -> keys.addAll(keysOf(fields(step))));
        return keys;
    }

    private static Set<String> keysOf(List<Map<String, Object>> fields) {
        Set<String> keys = new HashSet<>();
        fields.forEach(f -> keys.add(String.valueOf(f.get("key"))));
        return keys;
    }

    private static List<DraftProblem> titleProblems(String titleVi, String titleEn) {
        List<DraftProblem> problems = new ArrayList<>();
        if (titleVi == null || titleVi.isBlank()) {
            problems.add(DraftProblem.of("titleVi", "authoring.required"));
        } else if (titleVi.length() > 200) {
            problems.add(DraftProblem.of("titleVi", "authoring.tooLong", 200));
        }
        if (titleEn != null && titleEn.length() > 200) {
            problems.add(DraftProblem.of("titleEn", "authoring.tooLong", 200));
        }
        return problems;
    }

    private static Map<String, Object> title(String vi, String en) {
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("vi", vi.strip());
        if (en != null && !en.isBlank()) {
            title.put("en", en.strip());
        }
        return title;
    }

    private static <T> void swap(List<T> list, int from, int to) {
        if (to >= 0 && to < list.size()) {
            Collections.swap(list, from, to);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> json) {
        return json == null ? null : (Map<String, Object>) copy(json);
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
