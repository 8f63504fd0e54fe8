package vn.motcua.web.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.cases.authoring.DraftProblem;

/**
 * Puts refused input's problems on a page: "errors" (input name → message, shown next to the input) and "summary"
 * (links to the inputs, shown at the top). Inputs of one of several forms on a page carry the form's prefix.
 */
@Component
class ProblemMessages {

    /** A line of the error summary. */
    record ErrorLink(String href, String message) {
    }

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    void addTo(Model model, String prefix, List<DraftProblem> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<ErrorLink> summary = new ArrayList<>();
        for (DraftProblem problem : problems) {
            String name = prefix + problem.field();
            String message = messages.getMessage(problem.key(), problem.arguments().toArray(), locale);
            errors.merge(name, message, (a, b) -> a + " " + b);
            summary.add(new ErrorLink("#" + anchor(name), message));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary);
    }

    static void none(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("summary", List.of());
    }

    /** The id of an input named {@code name}: brackets and dots become dashes. */
    static String anchor(String name) {
        return name.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }
}
