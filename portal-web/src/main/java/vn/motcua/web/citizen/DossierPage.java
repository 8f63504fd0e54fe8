package vn.motcua.web.citizen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.evaluation.Evaluation;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.cases.supplement.SupplementRequest;
import vn.motcua.cases.supplement.Supplements;

/**
 * The citizen's dossier page: timeline with the agency at each step, due date, what to do now, supplements,
 * withdrawal and evaluation. Shared by the page itself and by the actions that show it again with their errors.
 */
@Component
class DossierPage {

    static final String VIEW = "citizen/my-dossier";
    static final String ANSWER_FORM = "answerForm";
    static final String EVALUATION_FORM = "evaluationForm";

    /** Working hours within which the desk usually accepts a dossier; the text of status 1 says so. */
    static final int USUAL_INTAKE_HOURS = 8;

    private final StoredFiles files;
    private final Supplements supplements;
    private final Evaluations evaluations;
    private final Agencies agencies;

    DossierPage(StoredFiles files, Supplements supplements, Evaluations evaluations, Agencies agencies) {
        this.files = files;
        this.supplements = supplements;
        this.evaluations = evaluations;
        this.agencies = agencies;
    }

    /** Fills the model for the page; forms already in the model (with their errors) are kept. */
    String show(Dossier dossier, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("result", files.latest(dossier.id(), FileKind.RESULT).orElse(null));
        Map<String, String> names = new LinkedHashMap<>();
        dossier.history().forEach(change -> {
            if (change.agencyCode() != null) {
                names.computeIfAbsent(change.agencyCode(),
                        code -> agencies.findByCode(code).map(Agency::name).orElse(code));
            }
        });
        model.addAttribute("agencyNames", names);
        Optional<SupplementRequest> open = supplements.open(dossier.id());
        model.addAttribute("openSupplement", open.orElse(null));
        model.addAttribute("supplements", supplements.of(dossier.id()));
        model.addAttribute("attachments", files.of(dossier.id(), FileKind.ATTACHMENT).stream()
                .collect(Collectors.toMap(StoredFile::id, Function.identity())));
        Evaluation evaluation = evaluations.of(dossier.id()).orElse(null);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("canEvaluate", evaluation == null && dossier.status().isFinished());
        model.addAttribute("nextStep", "myDossier.next." + dossier.status().code());
        model.addAttribute("intakeHours", USUAL_INTAKE_HOURS);
        model.addAttribute("maxFiles", Supplements.MAX_FILES);
        model.addAttribute("maxFileMegabytes", Supplements.UPLOADS.maxBytes() / (1024 * 1024));
        keep(model, ANSWER_FORM, new SupplementAnswerForm("", java.util.List.of()));
        keep(model, EVALUATION_FORM, new EvaluationForm("", ""));
        return VIEW;
    }

    /** An empty form, unless the action being answered bound its own (with its errors). */
    private static void keep(Model model, String name, Object empty) {
        if (!model.containsAttribute(name)) {
            model.addAllAttributes(new DataBinder(empty, name).getBindingResult().getModel());
        }
    }
}
