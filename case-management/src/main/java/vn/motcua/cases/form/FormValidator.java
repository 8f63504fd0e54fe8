package vn.motcua.cases.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.cases.identity.IdentityNumbers;

/**
 * Checks form data against its definition and turns valid data into the plain values a dossier keeps. Every problem
 * names its field path and a message key with arguments; nothing here throws on what a citizen typed.
 */
public final class FormValidator {

    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NAME = Pattern.compile("[\\p{L} .'-]+");
    private static final Pattern INTEGER = Pattern.compile("-?(\\d{1,18}|\\d{1,3}(\\.\\d{3}){1,5})");
    private static final int OLDEST_YEARS = 150;

    private final Places places;
    private final LocalDate today;

    /**
     * @param places the provinces and wards addresses may name
     * @param today  the day past-only and future-only dates are measured from
     */
    public FormValidator(Places places, LocalDate today) {
        this.places = places;
        this.today = today;
    }

    /** Checks every field of every step. */
    public List<FormProblem> validate(FormDefinition definition, Map<String, Object> data, Set<String> verifiedKeys) {
        List<FormProblem> problems = new ArrayList<>();
        definition.steps().forEach(step -> problems.addAll(validate(step, data, verifiedKeys)));
        return problems;
    }

    /** Checks the fields of one step; fields whose value is verified from national data are not the citizen's to fix. */
    public List<FormProblem> validate(Step step, Map<String, Object> data, Set<String> verifiedKeys) {
        List<FormProblem> problems = new ArrayList<>();
        for (Field field : step.fields()) {
            if (verifiedKeys.contains(field.key()) || field.hidden()) {
                continue;
            }
            switch (field.type()) {
                case ADDRESS -> address(field, data, problems);
                case GROUP -> group(field, data, problems);
                default -> simple(field, field.key(), FormData.text(data, field.key()), data, problems);
            }
        }
        return problems;
    }

    private void simple(Field field, String path, String raw, Map<String, ?> siblings, List<FormProblem> problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            if (field.required()) {
                problems.add(new FormProblem(path, "form.required"));
            }
            return;
        }
        if (value.length() > field.maxLength()) {
            problems.add(new FormProblem(path, "form.tooLong", field.maxLength()));
            return;
        }
        if (value.length() < field.minLength()) {
            problems.add(new FormProblem(path, "form.tooShort", field.minLength()));
            return;
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            problems.add(new FormProblem(path, "form.pattern"));
            return;
        }
        switch (field.type()) {
            case TEXT -> text(field, path, value, problems);
            case NUMBER -> number(field, path, value, problems);
            case DATE -> date(field, path, value, problems);
            case CHOICE -> {
                if (field.option(value).isEmpty()) {
                    problems.add(new FormProblem(path, "form.choice"));
                }
            }
            case IDENTITY -> identity(field, path, value, siblings, problems);
            default -> throw new IllegalStateException("Not a simple field: " + field.key());
        }
    }

    private static void text(Field field, String path, String value, List<FormProblem> problems) {
        switch (field.format()) {
            case PHONE -> {
                if (!PHONE.matcher(value).matches()) {
                    problems.add(new FormProblem(path, "form.phone.invalid"));
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    problems.add(new FormProblem(path, "form.email.invalid"));
                }
            }
            case NAME -> {
                if (!NAME.matcher(value).matches()) {
                    problems.add(new FormProblem(path, "form.name.letters"));
                }
            }
            case NONE -> {
            }
        }
    }

    private static void number(Field field, String path, String value, List<FormProblem> problems) {
        Long number = parseNumber(value);
        if (number == null) {
            problems.add(new FormProblem(path, "form.number"));
            return;
        }
        boolean low = field.min() != null && number < field.min();
        boolean high = field.max() != null && number > field.max();
        if (low || high) {
            if (field.min() != null && field.max() != null) {
                problems.add(new FormProblem(path, "form.number.range", field.min(), field.max()));
            } else if (low) {
                problems.add(new FormProblem(path, "form.number.min", field.min()));
            } else {
                problems.add(new FormProblem(path, "form.number.max", field.max()));
            }
        }
    }

    private void date(Field field, String path, String value, List<FormProblem> problems) {
        LocalDate date = parseDate(value);
        if (date == null) {
            problems.add(new FormProblem(path, "form.date"));
        } else if (field.dateRange() == Field.DateRange.PAST
                && (date.isAfter(today) || date.isBefore(today.minusYears(OLDEST_YEARS)))) {
            problems.add(new FormProblem(path, "form.date.range"));
        } else if (field.dateRange() == Field.DateRange.FUTURE && date.isBefore(today)) {
            problems.add(new FormProblem(path, "form.date.future"));
        }
    }

    private void identity(Field field, String path, String value, Map<String, ?> siblings, List<FormProblem> problems) {
        LocalDate birthDate = field.birthDateField() == null ? null
                : parseDate(FormData.text(siblings, field.birthDateField()).strip());
        String gender = field.gender();
        if (field.genderField() != null) {
            String declared = FormData.text(siblings, field.genderField()).strip();
            gender = "male".equals(declared) || "female".equals(declared) ? declared : gender;
        }
        IdentityNumbers.check(value, birthDate, gender)
                .ifPresent(problem -> problems.add(new FormProblem(path, "form.idNumber." + problem.name())));
    }

    private void address(Field field, Map<String, Object> data, List<FormProblem> problems) {
        String key = field.key();
        String province = FormData.part(data, key, FormData.PROVINCE).strip();
        String ward = FormData.part(data, key, FormData.WARD).strip();
        String street = FormData.part(data, key, FormData.STREET).strip();
        if (!field.required() && province.isEmpty() && ward.isEmpty() && street.isEmpty()) {
            return;
        }
        if (province.isEmpty() || places.provinceName(province).isEmpty()) {
            problems.add(new FormProblem(key + "." + FormData.PROVINCE, "form.address.province"));
        } else if (ward.isEmpty() || places.wardName(ward, province).isEmpty()) {
            problems.add(new FormProblem(key + "." + FormData.WARD, "form.address.ward"));
        }
        if (street.isEmpty()) {
            problems.add(new FormProblem(key + "." + FormData.STREET, "form.required"));
        } else if (street.length() > field.maxLength()) {
            problems.add(new FormProblem(key + "." + FormData.STREET, "form.tooLong", field.maxLength()));
        }
    }

    private void group(Field field, Map<String, Object> data, List<FormProblem> problems) {
        List<Map<String, String>> items = FormData.items(data, field.key());
        int fewest = Math.max(field.minItems(), field.required() ? 1 : 0);
        if (items.size() < fewest) {
            problems.add(new FormProblem(field.key(), "form.group.min", fewest));
        } else if (items.size() > field.maxItems()) {
            problems.add(new FormProblem(field.key(), "form.group.max", field.maxItems()));
        }
        for (int i = 0; i < items.size(); i++) {
            Map<String, String> item = items.get(i);
            for (Field nested : field.fields()) {
                simple(nested, field.key() + "[" + i + "]." + nested.key(), FormData.text(item, nested.key()), item,
                        problems);
            }
        }
    }

    /**
     * The values a dossier keeps, from valid data: trimmed texts, numbers as {@code Long}, dates as ISO text, addresses
     * with the names of their province and ward, groups as lists of such values.
     */
    public Map<String, Object> normalize(FormDefinition definition, Map<String, Object> data) {
        Map<String, Object> values = new LinkedHashMap<>();
        definition.fields().forEach(field -> {
            switch (field.type()) {
                case ADDRESS -> {
                    Map<String, Object> address = new LinkedHashMap<>();
                    String province = FormData.part(data, field.key(), FormData.PROVINCE).strip();
                    String ward = FormData.part(data, field.key(), FormData.WARD).strip();
                    address.put(FormData.PROVINCE, province);
                    address.put("provinceName", places.provinceName(province).orElse(""));
                    address.put(FormData.WARD, ward);
                    address.put("wardName", places.wardName(ward, province).orElse(""));
                    address.put(FormData.STREET, FormData.part(data, field.key(), FormData.STREET).strip());
                    values.put(field.key(), address);
                }
                case GROUP -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (Map<String, String> item : FormData.items(data, field.key())) {
                        Map<String, Object> normalized = new LinkedHashMap<>();
                        field.fields().forEach(f -> normalized.put(f.key(), plain(f, FormData.text(item, f.key()))));
                        items.add(normalized);
                    }
                    values.put(field.key(), items);
                }
                default -> values.put(field.key(), plain(field, FormData.text(data, field.key())));
            }
        });
        return values;
    }

    private static Object plain(Field field, String raw) {
        String value = raw.strip();
        if (field.type() == FieldType.NUMBER && !value.isEmpty()) {
            Long number = parseNumber(value);
            return number == null ? value : number;
        }
        return value;
    }

    private static Long parseNumber(String value) {
        if (!INTEGER.matcher(value).matches()) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(".", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
