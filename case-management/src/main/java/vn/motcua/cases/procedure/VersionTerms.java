package vn.motcua.cases.procedure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import vn.motcua.cases.clock.DeadlineRule;

/**
 * What a procedure version states besides its form and its lists: the law, who receives and routes dossiers, the fee,
 * the deadline and the result. Stored in the same columns by a published version and by a draft (whose deadline in
 * hours has a column of its own name).
 *
 * @param legalBasis          the legal texts it rests on
 * @param receivingAgencyCode the agency whose one-stop desk receives the dossiers
 * @param processKey          the BPMN process that routes them
 * @param fee                 the fee
 * @param deadline            the deadline
 * @param resultTitle         the title of the result document
 */
@Embeddable
public record VersionTerms(
        @Column(name = "legal_basis") String legalBasis,
        @Column(name = "receiving_agency_code") String receivingAgencyCode,
        @Column(name = "process_key") String processKey,
        @Embedded FeeRule fee,
        @Embedded
        @AttributeOverride(name = "workingDays", column = @Column(name = "deadline_working_days"))
        @AttributeOverride(name = "cutoff", column = @Column(name = "cutoff_time"))
        @AttributeOverride(name = "workingHours", column = @Column(name = "deadline_hours")) DeadlineRule deadline,
        @Column(name = "result_title") String resultTitle) {

    /** Nothing stated yet: no law, agency, process, fee or result title, and a same-day deadline. */
    public static final VersionTerms NONE = new VersionTerms("", null, null, new FeeRule(null, 0, false),
            new DeadlineRule(0, null), "");
}
