package vn.motcua.cases.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An agency a procedure version involves besides the receiving one, as the version stores it.
 *
 * @param position   its place in the process, from 1
 * @param agencyCode its code
 * @param task       what it does for the dossier
 */
@Embeddable
public record ParticipatingAgency(int position, @Column(name = "agency_code") String agencyCode, String task) {
}
