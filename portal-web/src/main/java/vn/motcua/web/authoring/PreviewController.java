package vn.motcua.web.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.cases.authoring.Authoring;
import vn.motcua.cases.authoring.DraftNotFoundException;
import vn.motcua.cases.authoring.ProcedureDraft;
import vn.motcua.cases.form.AdministrativeUnits;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.InvalidFormDefinitionException;
import vn.motcua.web.support.NotFoundException;

/**
 * The draft's form as the citizen will see it, drawn by the citizen form's own fragments, every step on one page and
 * nothing to submit. Prefilled fields show as fields the citizen types; a note names the source that fills them.
 */
@Controller
class PreviewController {

    static final String VIEW = "admin/form-preview";

    /** Provinces with their wards, as the address fragment reads them. */
    record ProvinceWards(AdministrativeUnits.Unit province, List<AdministrativeUnits.Unit> wards) {
    }

    private final Authoring authoring;
    private final AdministrativeUnits places;

    PreviewController(Authoring authoring, AdministrativeUnits places) {
        this.authoring = authoring;
        this.places = places;
    }

    @GetMapping("/admin/drafts/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        ProcedureDraft draft;
        try {
            draft = authoring.get(id);
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        }
        model.addAttribute("draft", draft);
        model.addAttribute("errors", Map.of());
        model.addAttribute("verified", Map.of());
        model.addAttribute("verifiedText", Map.of());
        try {
            FormDefinition form = authoring.form(id).definition();
            Map<String, Object> values = form.emptyData();
            Map<String, List<Map<String, String>>> groupItems = new LinkedHashMap<>();
            form.fields().filter(f -> f.type() == FieldType.GROUP).forEach(f -> {
                List<Map<String, String>> items = new ArrayList<>(FormData.items(values, f.key()));
                if (items.isEmpty()) {
                    items.add(FormData.emptyItem(f));
                }
                groupItems.put(f.key(), items);
            });
            List<ProvinceWards> lists = new ArrayList<>();
            if (form.fields().anyMatch(f -> f.type() == FieldType.ADDRESS)) {
                places.provinces().forEach(p -> lists.add(new ProvinceWards(p, places.wards(p.code()))));
            }
            model.addAttribute("form", form);
            model.addAttribute("values", values);
            model.addAttribute("groupItems", groupItems);
            model.addAttribute("places", lists);
        } catch (InvalidFormDefinitionException e) {
            model.addAttribute("invalid", e.getMessage());
        }
        return VIEW;
    }
}
