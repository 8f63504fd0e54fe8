package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.UUID;

/** Domain events a dossier publishes when it changes; other modules react to them. */
public final class DossierEvents {

    private DossierEvents() {
    }

    /** A dossier was filed; its process must start in the same transaction. */
    public record Submitted(UUID dossierId, String code, String processKey, String agencyCode) {
    }

    /** Any change of national status. */
    public record StatusChanged(UUID dossierId, String code, DossierStatus status, Instant at) {
    }

    /** The desk asked the applicant for a supplement; the legal clock is paused. */
    public record SupplementRequested(UUID dossierId, String code, Instant at) {
    }

    /** The applicant withdrew the dossier; its process must end in the same transaction. */
    public record Withdrawn(UUID dossierId, String code, String reason, Instant at) {
    }
}
