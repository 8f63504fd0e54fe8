package vn.motcua.web.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.Step;

/**
 * One page of a draft as the browser sends it: the page, the button pressed and the typed values, named by field path
 * ({@code name}, {@code place.ward}, {@code members[2].idNumber}; {@code members.count} items were on the page).
 *
 * @param step   the page
 * @param action {@code save}, {@code back}, {@code next}, {@code add:group} or {@code remove:group:index}
 * @param values the values of the page's fields
 */
record StepForm(int step, String action, Map<String, Object> values) {

    private static final Pattern REMOVE = Pattern.compile("remove:([A-Za-z0-9]+):(\\d{1,3})");
    private static final int MOST_ITEMS_READ = 100;

    static StepForm of(Step page, int step, Map<String, String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : page.fields()) {
            String key = field.key();
            switch (field.type()) {
                case ADDRESS -> {
                    Map<String, String> address = new LinkedHashMap<>();
                    for (String part : List.of(FormData.PROVINCE, FormData.WARD, FormData.STREET)) {
                        address.put(part, params.getOrDefault(key + "." + part, ""));
                    }
                    values.put(key, address);
                }
                case GROUP -> {
                    int count = Math.min(number(params.get(key + ".count")), MOST_ITEMS_READ);
                    List<Map<String, String>> items = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        Map<String, String> item = new LinkedHashMap<>();
                        for (Field nested : field.fields()) {
                            item.put(nested.key(), params.getOrDefault(key + "[" + i + "]." + nested.key(), ""));
                        }
                        items.add(item);
                    }
                    values.put(key, items);
                }
                default -> values.put(key, params.getOrDefault(key, ""));
            }
        }
        return new StepForm(step, params.getOrDefault("action", "save"), values);
    }

    public SaveStep.Move move() {
        return switch (action) {
            case "next" -> SaveStep.Move.NEXT;
            case "back" -> SaveStep.Move.BACK;
            default -> SaveStep.Move.STAY;
        };
    }

    /** The group to add an item to, if that was the button. */
    public String addedGroup() {
        return action.startsWith("add:") ? action.substring(4) : null;
    }

    /** The group and index of the item to remove, if that was the button. */
    public Matcher removed() {
        Matcher matcher = REMOVE.matcher(action);
        return matcher.matches() ? matcher : null;
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
