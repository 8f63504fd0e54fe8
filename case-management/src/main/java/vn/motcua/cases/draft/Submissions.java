package vn.motcua.cases.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.form.FormProblem;

/**
 * Submits drafts. One transaction files the dossier (code, status 1, process start), copies the draft's attachments to
 * it as stored files, marks the draft submitted and records the idempotency key: repeating a submission with the same
 * key gives the same dossier, however many requests race, and the same key with another request is refused.
 */
@Service
public class Submissions {

    /** Form fields that become the applicant's contact rather than form data. */
    static final String PHONE = "phone";
    static final String EMAIL = "email";

    private final DraftRepository drafts;
    private final DraftChecks checks;
    private final DraftFiles files;
    private final SubmissionKeys keys;
    private final Dossiers dossiers;
    private final Clock clock;

    Submissions(DraftRepository drafts, DraftChecks checks, DraftFiles files, SubmissionKeys keys, Dossiers dossiers,
            Clock clock) {
        this.drafts = drafts;
        this.checks = checks;
        this.files = files;
        this.keys = keys;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Submits the draft, or answers with the dossier an earlier request with the same key made.
     *
     * @throws DraftNotFoundException        if the owner has no such draft
     * @throws IdempotencyConflictException  if the key was used for another draft or other content
     * @throws DraftClosedException          if the draft was already submitted under another key
     * @throws SubmissionRefusedException    if the procedure is not open for online filing or the draft is incomplete
     * @throws IllegalArgumentException      if the applicant is not the draft's owner
     */
    @Transactional
    public Submission submit(SubmitDraft command) {
        return submit(command, Channel.ONLINE);
    }

    /**
     * Files a walk-in draft entered at a one-stop desk (channel 1, in person), exactly as {@link #submit(SubmitDraft)}
     * files a citizen's own; the caller accepts the dossier in the same transaction.
     *
     * @throws DraftNotFoundException if the draft was not entered at a desk
     */
    @Transactional
    public Submission submitAtDesk(SubmitDraft command) {
        return submit(command, Channel.IN_PERSON);
    }

    private Submission submit(SubmitDraft command, Channel channel) {
        Draft draft = drafts.lockById(command.draftId()).filter(d -> d.isOwnedBy(command.ownerIdNumber()))
                .filter(d -> (channel == Channel.IN_PERSON) == (d.enteredAtAgency() != null))
                .orElseThrow(DraftNotFoundException::new);
        if (!command.ownerIdNumber().equals(command.applicant().idNumber())) {
            throw new IllegalArgumentException("The applicant must be the draft's owner");
        }
        Instant now = clock.instant();
        String hash = requestHash(draft);
        Optional<SubmissionKeys.Claim> earlier = keys.claim(command.ownerIdNumber(), command.idempotencyKey(), hash, now);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash) || earlier.get().dossierId() == null) {
                throw new IdempotencyConflictException(command.idempotencyKey());
            }
            return new Submission(earlier.get().dossierId(), true);
        }
        draft.requireOpen();
        if (!checks.routable(draft.procedureVersion().processKey())) {
            throw new SubmissionRefusedException(SubmissionRefusedException.NOT_OPEN, List.of());
        }
        List<FormProblem> problems = checks.problems(draft);
        if (!problems.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.INCOMPLETE, problems);
        }
        Map<String, Object> values = checks.validator().normalize(draft.form(), draft.formData());
        Applicant identity = command.applicant();
        Applicant applicant = new Applicant(identity.idNumber(), identity.fullName(), identity.birthDate(),
                identity.gender(), identity.address(), blankToNull(values.remove(PHONE)), blankToNull(values.remove(EMAIL)));
        Dossier dossier = dossiers.fileUnder(draft.procedureVersion(), new FileDossier(
                draft.procedureVersion().procedure().code(), applicant, channel, values, command.applicantCheck()));
        files.copyTo(dossier.id(), draft);
        draft.markSubmitted(dossier.id(), now);
        drafts.save(draft);
        keys.complete(command.ownerIdNumber(), command.idempotencyKey(), dossier.id());
        return new Submission(dossier.id(), false);
    }

    /** A fingerprint of what is submitted: the draft, its values and its files. */
    static String requestHash(Draft draft) {
        StringBuilder canonical = new StringBuilder(draft.id().toString()).append('\n');
        canonical.append(canonical(draft.formData())).append('\n');
        draft.attachments().forEach(a -> canonical.append(a.slot()).append(':').append(a.sha256()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((k, v) -> out.append(quote(k)).append(':').append(canonical(v)).append(','));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(canonical(v)).append(','));
            return out.append(']').toString();
        }
        return value == null ? "null" : quote(value.toString());
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String blankToNull(Object value) {
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
