package vn.motcua.cases.procedure;

import java.util.List;
import java.util.Map;

/**
 * Everything a new procedure version holds.
 *
 * @param terms          its terms
 * @param formDefinition its filing form as JSON data
 * @param documents      the documents the applicant hands in, in order
 * @param participants   the agencies involved besides the receiving one, in the order of the process
 */
public record VersionContent(VersionTerms terms, Map<String, Object> formDefinition, List<DocumentRule> documents,
        List<Participation> participants) {

    public VersionContent {
        documents = List.copyOf(documents);
        participants = List.copyOf(participants);
    }

    /**
     * A document to hand in.
     *
     * @param name            what it is
     * @param originals       how many originals
     * @param certifiedCopies how many certified copies
     * @param copies          how many plain copies
     * @param required        whether the dossier needs it
     */
    public record DocumentRule(String name, int originals, int certifiedCopies, int copies, boolean required) {
    }

    /**
     * An agency involved.
     *
     * @param agencyCode its code
     * @param task       what it does for the dossier
     */
    public record Participation(String agencyCode, String task) {
    }
}
