package vn.motcua.cases.authoring;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.procedure.OnlineLevel;

/**
 * Everything of a procedure draft but its form, as the administrator typed it. Rows whose name (document) or agency
 * code (agency) is blank are left out.
 *
 * @param name                the procedure's name
 * @param field               its field (lĩnh vực)
 * @param onlineLevel         FULL or PARTIAL
 * @param legalBasis          the legal texts it rests on
 * @param receivingAgencyCode the agency whose one-stop desk receives the dossiers
 * @param processKey          the BPMN process that routes them
 * @param feeType             PHI, LE_PHI or blank (free)
 * @param feeAmount           the fee in VND
 * @param feePerCopy          whether the fee is per copy asked for
 * @param deadlineWorkingDays working days from acceptance (0 = the same day), when the unit is days
 * @param deadlineUnit        DAYS (also when blank) or HOURS: the one unit the deadline is counted in
 * @param deadlineWorkingHours working hours from acceptance (1 to 200), when the unit is hours
 * @param cutoffTime          optional HH:mm after which a dossier counts from the next working day
 * @param resultTitle         the title of the result document
 * @param documents           required documents
 * @param agencies            agencies involved besides the receiving one
 */
public record DraftDetails(String name, String field, String onlineLevel, String legalBasis, String receivingAgencyCode,
        String processKey, String feeType, String feeAmount, boolean feePerCopy, String deadlineWorkingDays,
        String deadlineUnit, String deadlineWorkingHours, String cutoffTime, String resultTitle, List<DocumentRow> documents, List<AgencyRow> agencies) {

    /** A required document with the counts of originals, certified copies and copies. */
    public record DocumentRow(String name, String originals, String certifiedCopies, String copies, boolean required) {
    }

    /** An agency involved, with what it does. */
    public record AgencyRow(String agencyCode, String task) {
    }

    /** The longest deadlines a draft may give, in working days and in working hours. */
    public static final int MAX_DEADLINE_DAYS = 365;
    public static final int MAX_DEADLINE_HOURS = 200;

    public DraftDetails {
        name = orEmpty(name);
        field = orEmpty(field);
        onlineLevel = orEmpty(onlineLevel);
        legalBasis = orEmpty(legalBasis);
        receivingAgencyCode = orEmpty(receivingAgencyCode);
        processKey = orEmpty(processKey);
        feeType = orEmpty(feeType);
        feeAmount = orEmpty(feeAmount);
        deadlineWorkingDays = orEmpty(deadlineWorkingDays);
        deadlineUnit = orEmpty(deadlineUnit);
        deadlineWorkingHours = orEmpty(deadlineWorkingHours);
        cutoffTime = orEmpty(cutoffTime);
        resultTitle = orEmpty(resultTitle);
        documents = documents == null ? List.of() : documents.stream().filter(d -> d != null && !orEmpty(d.name()).isBlank()).toList();
        agencies = agencies == null ? List.of() : agencies.stream().filter(a -> a != null && !orEmpty(a.agencyCode()).isBlank()).toList();
    }

    /** Problems of form: values that are not numbers, times or known choices, too long, or agencies the portal does not know. */
    List<DraftProblem> problems(Set<String> knownAgencies) {
        List<DraftProblem> problems = new ArrayList<>();
        String[][] texts = {{"name", name}, {"field", field}, {"onlineLevel", onlineLevel}, {"receivingAgencyCode",
                receivingAgencyCode}, {"processKey", processKey}, {"feeType", feeType}, {"feeAmount", feeAmount},
                {"deadlineWorkingDays", deadlineWorkingDays}, {"deadlineUnit", deadlineUnit},
                {"deadlineWorkingHours", deadlineWorkingHours}, {"cutoffTime", cutoffTime}, {"resultTitle", resultTitle}};
        for (String[] text : texts) {
            if (DraftProblem.hasControl(text[1], false)) {
                problems.add(DraftProblem.of(text[0], "authoring.control"));
            }
        }
        if (DraftProblem.hasControl(legalBasis, true)) {
            problems.add(DraftProblem.of("legalBasis", "authoring.control"));
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentRow row = documents.get(i);
            for (String[] text : new String[][] {{"name", row.name()}, {"originals", row.originals()},
                    {"certifiedCopies", row.certifiedCopies()}, {"copies", row.copies()}}) {
                if (DraftProblem.hasControl(text[1], false)) {
                    problems.add(DraftProblem.of("documents[" + i + "]." + text[0], "authoring.control"));
                }
            }
        }
        for (int i = 0; i < agencies.size(); i++) {
            if (DraftProblem.hasControl(agencies.get(i).agencyCode(), false) || DraftProblem.hasControl(agencies.get(i).task(), false)) {
                problems.add(DraftProblem.of("agencies[" + i + "].agencyCode", "authoring.control"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (name.isBlank()) {
            problems.add(DraftProblem.of("name", "authoring.required"));
        } else if (name.length() > 300) {
            problems.add(DraftProblem.of("name", "authoring.tooLong", 300));
        }
        if (field.isBlank()) {
            problems.add(DraftProblem.of("field", "authoring.required"));
        } else if (field.length() > 100) {
            problems.add(DraftProblem.of("field", "authoring.tooLong", 100));
        }
        if (onlineLevelValue() == null) {
            problems.add(DraftProblem.of("onlineLevel", "authoring.choice"));
        }
        if (legalBasis.length() > 4000) {
            problems.add(DraftProblem.of("legalBasis", "authoring.tooLong", 4000));
        }
        if (!receivingAgencyCode.isBlank() && !knownAgencies.contains(receivingAgencyCode.strip())) {
            problems.add(DraftProblem.of("receivingAgencyCode", "authoring.agency.unknown", receivingAgencyCode));
        }
        if (processKey.length() > 100) {
            problems.add(DraftProblem.of("processKey", "authoring.tooLong", 100));
        }
        if (!feeType.isBlank() && feeTypeValue() == null) {
            problems.add(DraftProblem.of("feeType", "authoring.choice"));
        }
        if (count(feeAmount, 1_000_000_000L) == null) {
            problems.add(DraftProblem.of("feeAmount", "authoring.amount"));
        } else if (feeTypeValue() == null && feeAmountValue() > 0) {
            problems.add(DraftProblem.of("feeType", "authoring.fee.typeNeeded"));
        }
        if (!inHours() && !deadlineUnit.isBlank() && !"DAYS".equalsIgnoreCase(deadlineUnit.strip())) {
            problems.add(DraftProblem.of("deadlineUnit", "authoring.choice"));
        } else if (inHours()) {
            if (hoursValue() == null) {
                problems.add(DraftProblem.of("deadlineWorkingHours", "authoring.deadline.hours", MAX_DEADLINE_HOURS));
            }
        } else if (count(deadlineWorkingDays, MAX_DEADLINE_DAYS) == null) {
            problems.add(DraftProblem.of("deadlineWorkingDays", "authoring.count", MAX_DEADLINE_DAYS));
        }
        if (!cutoffTime.isBlank() && cutoffValue() == null) {
            problems.add(DraftProblem.of("cutoffTime", "authoring.time"));
        }
        if (resultTitle.length() > 300) {
            problems.add(DraftProblem.of("resultTitle", "authoring.tooLong", 300));
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentRow row = documents.get(i);
            String at = "documents[" + i + "].";
            if (row.name().length() > 500) {
                problems.add(DraftProblem.of(at + "name", "authoring.tooLong", 500));
            }
            for (String[] count : new String[][] {{"originals", row.originals()}, {"certifiedCopies", row.certifiedCopies()},
                    {"copies", row.copies()}}) {
                if (count(count[1], 20) == null) {
                    problems.add(DraftProblem.of(at + count[0], "authoring.count", 20));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyRow row = agencies.get(i);
            String code = row.agencyCode().strip();
            String at = "agencies[" + i + "].";
            if (!knownAgencies.contains(code)) {
                problems.add(DraftProblem.of(at + "agencyCode", "authoring.agency.unknown", code));
            } else if (!seen.add(code) || code.equals(receivingAgencyCode.strip())) {
                problems.add(DraftProblem.of(at + "agencyCode", "authoring.agency.twice", code));
            }
            if (orEmpty(row.task()).isBlank()) {
                problems.add(DraftProblem.of(at + "task", "authoring.required"));
            } else if (row.task().length() > 300) {
                problems.add(DraftProblem.of(at + "task", "authoring.tooLong", 300));
            }
        }
        return problems;
    }

    OnlineLevel onlineLevelValue() {
        return enumOf(OnlineLevel.class, onlineLevel);
    }

    FeeType feeTypeValue() {
        return enumOf(FeeType.class, feeType);
    }

    long feeAmountValue() {
        Long value = count(feeAmount, 1_000_000_000L);
        return value == null ? 0 : value;
    }

    int deadlineValue() {
        Long value = inHours() ? null : count(deadlineWorkingDays, MAX_DEADLINE_DAYS);
        return value == null ? 0 : value.intValue();
    }

    /** Whether the administrator chose a deadline in working hours. */
    boolean inHours() {
        return "HOURS".equalsIgnoreCase(deadlineUnit.strip());
    }

    /** The deadline in working hours, 1 to 200, when the unit is hours and the number is one; otherwise {@code null}. */
    Integer hoursValue() {
        if (!inHours()) {
            return null;
        }
        String value = deadlineWorkingHours.strip();
        if (!value.matches("\\d{1,4}")) {
            return null;
        }
        int hours = Integer.parseInt(value);
        return hours >= 1 && hours <= MAX_DEADLINE_HOURS ? hours : null;
    }

    LocalTime cutoffValue() {
        if (cutoffTime.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(cutoffTime.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    List<Map<String, Object>> documentRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocumentRow row : documents) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", row.name().strip());
            map.put("originals", count(row.originals(), 20));
            map.put("certifiedCopies", count(row.certifiedCopies(), 20));
            map.put("copies", count(row.copies(), 20));
            map.put("required", row.required());
            rows.add(map);
        }
        return rows;
    }

    List<Map<String, Object>> agencyRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgencyRow row : agencies) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("agencyCode", row.agencyCode().strip());
            map.put("task", orEmpty(row.task()).strip());
            rows.add(map);
        }
        return rows;
    }

    /** A whole number from 0 to the limit; blank counts as 0; {@code null} when it is not one. */
    static Long count(String text, long limit) {
        String value = orEmpty(text).strip().replace(".", "");
        if (value.isEmpty()) {
            return 0L;
        }
        if (!value.matches("\\d{1,12}")) {
            return null;
        }
        long number = Long.parseLong(value);
        return number > limit ? null : number;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
