package vn.motcua.workflow.verification;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.PopulationRegistry;

/**
 * A dossier filed while the population database was unreachable keeps its applicant as the e-ID stated it, marked
 * pending. This listener checks it after filing through the outbox: while the database stays unreachable the call
 * fails, the publication stays incomplete and the outbox retrier tries again, so the check catches up without the
 * citizen waiting for it. It runs without a transaction of its own: the gateway call (timeouts, retries) holds no
 * database connection, and the outcome is recorded in the short transaction of {@code Dossiers.recordApplicantCheck}.
 */
@Component
class ApplicantVerification {

    static final String LISTENER_ID = "motcua.applicant-verification";

    private final Dossiers dossiers;
    private final PopulationRegistry population;

    ApplicantVerification(Dossiers dossiers, PopulationRegistry population) {
        this.dossiers = dossiers;
        this.population = population;
    }

    @Async
    @TransactionalEventListener(id = LISTENER_ID)
    void on(DossierEvents.Submitted submitted) {
        Dossier dossier = dossiers.get(submitted.dossierId());
        if (dossier.applicantCheck() != ApplicantCheck.PENDING) {
            return;
        }
        Applicant applicant = dossier.applicant();
        ApplicantCheck result = population.findCitizen(applicant.idNumber(),
                        new LgspContext(dossier.receivingAgencyCode(), null, dossier.code()).inBackground())
                .map(profile -> matches(profile, applicant) ? ApplicantCheck.CONFIRMED : ApplicantCheck.MISMATCH)
                .orElse(ApplicantCheck.NOT_FOUND);
        dossiers.recordApplicantCheck(dossier.id(), result);
    }

    private static boolean matches(CitizenProfile profile, Applicant applicant) {
        return normalised(profile.fullName()).equals(normalised(applicant.fullName()))
                && profile.birthDate().equals(applicant.birthDate());
    }

    /** Names compare in Unicode NFC, case-insensitively, with runs of spaces as one. */
    private static String normalised(String name) {
        return Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }
}
