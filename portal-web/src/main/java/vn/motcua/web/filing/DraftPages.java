package vn.motcua.web.filing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftAttachment;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.form.AdministrativeUnits;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.cases.procedure.RequiredDocument;

/**
 * The model of a draft's pages: the page's fields or its documents, values, messages and the lists addresses use.
 * The pages live under the filer's address (model attribute {@value #BASE}).
 */
@Component
class DraftPages {

    static final String VIEW = "citizen/draft";

    /** Model attribute: the address the draft's pages live under. */
    static final String BASE = "draftBase";

    /** A message of the error summary and the field it links to. */
    record ErrorLink(String href, String message) {
    }

    /** A document slot of the procedure version with the files uploaded to it. */
    record Slot(RequiredDocument document, List<DraftAttachment> files) {
    }

    /** A province with its wards, for the ward list. */
    record ProvinceWards(AdministrativeUnits.Unit province, List<AdministrativeUnits.Unit> wards) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Drafts drafts;
    private final AdministrativeUnits places;
    private final MessageSource messages;

    DraftPages(Drafts drafts, AdministrativeUnits places, MessageSource messages) {
        this.drafts = drafts;
        this.places = places;
        this.messages = messages;
    }

    /** Fills the model for a page of the draft (the form's steps, then the page of documents and submission). */
    String show(Filer filer, Draft draft, int step, List<FormProblem> problems, Model model, Locale locale) {
        FormDefinition form = draft.form();
        String base = filer.base();
        model.addAttribute(BASE, base);
        filer.describe().accept(draft, model);
        int page = Math.max(0, Math.min(step, draft.lastStep()));
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("step", page);
        model.addAttribute("documentsPage", page == form.steps().size());
        model.addAttribute("values", draft.formData());
        model.addAttribute("verified", draft.verifiedValues());
        model.addAttribute("verifiedText", verifiedText(form, draft, locale));
        model.addAttribute("prefillNote", draft.verifiedValues().values().stream().map(v -> v.note())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        Map<String, List<Map<String, String>>> groupItems = new LinkedHashMap<>();
        form.fields().filter(f -> f.type() == FieldType.GROUP)
                .forEach(f -> groupItems.put(f.key(), FormData.items(draft.formData(), f.key())));
        model.addAttribute("groupItems", groupItems);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<ErrorLink> summary = new ArrayList<>();
        for (FormProblem problem : problems) {
            String message = messages.getMessage(problem.key(), problem.arguments().toArray(), locale);
            fieldErrors.putIfAbsent(problem.path(), message);
            int at = stepOf(form, problem.path());
            String href = at == page || at < 0 ? "#" + problem.path()
                    : base + "/" + draft.id() + "?step=" + at + "#" + problem.path();
            summary.add(new ErrorLink(href, message));
        }
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("summary", summary);
        if (page < form.steps().size()) {
            model.addAttribute("page", form.steps().get(page));
            List<ProvinceWards> lists = new ArrayList<>();
            if (form.steps().get(page).fields().stream().anyMatch(f -> f.type() == FieldType.ADDRESS)) {
                places.provinces().forEach(p -> lists.add(new ProvinceWards(p, places.wards(p.code()))));
            }
            model.addAttribute("places", lists);
        } else {
            List<Slot> slots = new ArrayList<>();
            for (RequiredDocument document : draft.procedureVersion().documents()) {
                slots.add(new Slot(document, draft.attachments().stream().filter(a -> a.slot() == document.position()).toList()));
            }
            model.addAttribute("slots", slots);
            model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
            model.addAttribute("maxFileMegabytes", drafts.limits().maxFileSize().toMegabytes());
            model.addAttribute("maxDossierMegabytes", drafts.limits().maxDossierSize().toMegabytes());
        }
        return VIEW;
    }

    /** Verified simple values as the page shows them: dates as day/month/year, choices by their label. */
    private static Map<String, String> verifiedText(FormDefinition form, Draft draft, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        draft.verifiedValues().forEach((key, value) -> form.field(key).ifPresent(field -> {
            String text = String.valueOf(value.value());
            if (field.type() == FieldType.DATE) {
                try {
                    text = LocalDate.parse(text).format(DAY);
                } catch (DateTimeParseException e) {
                    // shown as it came
                }
            } else if (field.type() == FieldType.CHOICE) {
                text = field.option(text).map(o -> o.label().in(locale)).orElse(text);
            }
            texts.put(key, text);
        }));
        return texts;
    }

    /** The message of an upload refusal, with the limit it names. */
    String uploadMessage(String key, Locale locale) {
        Object argument = switch (key) {
            case "attachment.tooLarge" -> drafts.limits().maxFileSize().toMegabytes();
            case "attachment.dossierTooLarge" -> drafts.limits().maxDossierSize().toMegabytes();
            case "attachment.tooMany" -> drafts.limits().maxFiles();
            case "attachment.quota.rate" -> drafts.quotas().uploadsPerHour();
            case "attachment.quota.bytes" -> drafts.quotas().draftBytes().toMegabytes();
            default -> null;
        };
        return messages.getMessage(key, argument == null ? new Object[0] : new Object[] { argument }, locale);
    }

    /** The page a field path belongs to: its step, the documents page, or -1. */
    private static int stepOf(FormDefinition form, String path) {
        if (path.startsWith("document-")) {
            return form.steps().size();
        }
        String key = path.split("[.\\[]", 2)[0];
        for (int i = 0; i < form.steps().size(); i++) {
            if (form.steps().get(i).fields().stream().anyMatch(f -> f.key().equals(key))) {
                return i;
            }
        }
        return -1;
    }
}
