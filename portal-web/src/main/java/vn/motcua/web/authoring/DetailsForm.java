package vn.motcua.web.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.motcua.cases.authoring.DraftDetails;
import vn.motcua.cases.authoring.ProcedureDraft;

/** The details of a procedure draft as the page posts them; a few blank rows let the administrator add documents and agencies. */
record DetailsForm(String name, String field, String onlineLevel, String legalBasis, String receivingAgencyCode,
        String processKey, String feeType, String feeAmount, Boolean feePerCopy, String deadlineWorkingDays,
        String deadlineUnit, String deadlineWorkingHours, String cutoffTime, String resultTitle, List<DocumentLine> documents, List<AgencyLine> agencies) {

    static final int BLANK_ROWS = 2;

    record DocumentLine(String name, String originals, String certifiedCopies, String copies, Boolean required) {
    }

    record AgencyLine(String agencyCode, String task) {
    }

    DetailsForm {
        documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents.stream().filter(java.util.Objects::nonNull).toList());
        agencies = agencies == null ? new ArrayList<>() : new ArrayList<>(agencies.stream().filter(java.util.Objects::nonNull).toList());
    }

    DraftDetails toDetails() {
        return new DraftDetails(name, field, onlineLevel, legalBasis, receivingAgencyCode, processKey, feeType, feeAmount,
                Boolean.TRUE.equals(feePerCopy), deadlineWorkingDays, deadlineUnit, deadlineWorkingHours, cutoffTime, resultTitle,
                documents.stream().map(d -> new DraftDetails.DocumentRow(d.name(), d.originals(), d.certifiedCopies(),
                        d.copies(), Boolean.TRUE.equals(d.required()))).toList(),
                agencies.stream().map(a -> new DraftDetails.AgencyRow(a.agencyCode(), a.task())).toList());
    }

    static DetailsForm of(ProcedureDraft draft) {
        List<DocumentLine> documents = new ArrayList<>();
        for (Map<String, Object> d : draft.documents()) {
            documents.add(new DocumentLine(String.valueOf(d.get("name")), text(d.get("originals")),
                    text(d.get("certifiedCopies")), text(d.get("copies")), Boolean.TRUE.equals(d.get("required"))));
        }
        List<AgencyLine> agencies = new ArrayList<>();
        for (Map<String, Object> a : draft.agencies()) {
            agencies.add(new AgencyLine(text(a.get("agencyCode")), text(a.get("task"))));
        }
        return new DetailsForm(draft.name(), draft.field(), draft.onlineLevel().name(), draft.legalBasis(),
                text(draft.receivingAgencyCode()), text(draft.processKey()),
                draft.feeType() == null ? "" : draft.feeType().name(), String.valueOf(draft.feeAmount()),
                draft.feePerCopy(), draft.deadlineWorkingHours() == null ? String.valueOf(draft.deadlineWorkingDays()) : "",
                draft.deadlineWorkingHours() == null ? "DAYS" : "HOURS", text(draft.deadlineWorkingHours()),
                draft.cutoffTime() == null ? "" : draft.cutoffTime().toString(), draft.resultTitle(), documents, agencies);
    }

    /** The details as the domain kept them (rows with a blank name or agency left out), so problems find their rows. */
    static DetailsForm of(DraftDetails details) {
        return new DetailsForm(details.name(), details.field(), details.onlineLevel(), details.legalBasis(),
                details.receivingAgencyCode(), details.processKey(), details.feeType(), details.feeAmount(),
                details.feePerCopy(), details.deadlineWorkingDays(), details.deadlineUnit(), details.deadlineWorkingHours(),
                details.cutoffTime(), details.resultTitle(),
                details.documents().stream().map(d -> new DocumentLine(d.name(), d.originals(), d.certifiedCopies(),
                        d.copies(), d.required())).toList(),
                details.agencies().stream().map(a -> new AgencyLine(a.agencyCode(), a.task())).toList());
    }

    /** The same details with blank rows at the end of the lists, for the page. */
    DetailsForm withBlankRows() {
        List<DocumentLine> moreDocuments = new ArrayList<>(documents);
        List<AgencyLine> moreAgencies = new ArrayList<>(agencies);
        for (int i = 0; i < BLANK_ROWS; i++) {
            moreDocuments.add(new DocumentLine("", "1", "0", "0", true));
            moreAgencies.add(new AgencyLine("", ""));
        }
        return new DetailsForm(name, field, onlineLevel, legalBasis, receivingAgencyCode, processKey, feeType, feeAmount,
                feePerCopy, deadlineWorkingDays, deadlineUnit, deadlineWorkingHours, cutoffTime, resultTitle, moreDocuments,
                moreAgencies);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
