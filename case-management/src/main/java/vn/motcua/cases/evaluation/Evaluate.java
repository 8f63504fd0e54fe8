package vn.motcua.cases.evaluation;

import java.util.UUID;

/** The applicant rates the handling of their dossier from 1 to 5, with an optional comment. */
public record Evaluate(UUID dossierId, int rating, String comment) {
}
