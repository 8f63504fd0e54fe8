package vn.motcua.cases.procedure;

import vn.motcua.cases.clock.DeadlineRule;

/**
 * What a procedure version states besides its form and its lists: the law, who receives and routes dossiers, the fee,
 * the deadline and the result.
 *
 * @param legalBasis          the legal texts it rests on
 * @param receivingAgencyCode the agency whose one-stop desk receives the dossiers
 * @param processKey          the BPMN process that routes them
 * @param fee                 the fee
 * @param deadline            the deadline
 * @param resultTitle         the title of the result document
 */
public record VersionTerms(String legalBasis, String receivingAgencyCode, String processKey, FeeRule fee,
        DeadlineRule deadline, String resultTitle) {
}
