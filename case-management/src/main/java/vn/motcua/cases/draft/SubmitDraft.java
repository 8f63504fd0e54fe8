package vn.motcua.cases.draft;

import java.util.UUID;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;

/**
 * Command: submit a draft as a dossier.
 *
 * @param ownerIdNumber  who submits; only the draft's owner may
 * @param draftId        the draft
 * @param idempotencyKey a key the client chose (a hidden form field, or the HTTP {@code Idempotency-Key} header):
 *                       repeating the command with it gives the same dossier
 * @param applicant      the applicant's identity; phone and email are taken from the form's {@code phone} and
 *                       {@code email} fields
 * @param applicantCheck how the applicant's identity was checked
 */
public record SubmitDraft(String ownerIdNumber, UUID draftId, String idempotencyKey, Applicant applicant,
        ApplicantCheck applicantCheck) {

    public SubmitDraft {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new IllegalArgumentException("An idempotency key has 1–100 characters");
        }
    }
}
