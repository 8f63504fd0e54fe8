package vn.motcua.cases.draft;

import java.util.List;

import vn.motcua.cases.form.FormProblem;

/**
 * The outcome of saving a page.
 *
 * @param draft    the saved draft, its current step moved if the move was allowed
 * @param problems what is wrong on the page (empty when it is valid)
 */
public record SavedStep(Draft draft, List<FormProblem> problems) {

    public SavedStep {
        problems = List.copyOf(problems);
    }
}
