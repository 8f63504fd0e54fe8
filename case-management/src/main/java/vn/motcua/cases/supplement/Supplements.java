package vn.motcua.cases.supplement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.clock.DeadlineRule;
import vn.motcua.cases.clock.WorkingCalendar;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.cases.storage.UploadCheck;
import vn.motcua.cases.supplement.SupplementRefusedException.Problem;

/**
 * Supplements of a dossier (status 5): the desk's request with the reason and the missing items, and the applicant's
 * answer with files, which are stored as attachments of the dossier. Callers check who may act on the dossier.
 */
@Service
@EnableConfigurationProperties(SupplementProperties.class)
public class Supplements {

    /** Longest reason, answer note and missing item, in characters. */
    public static final int MAX_REASON = 2000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_ITEM = 300;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_FILES = 5;

    /** Each answered file: a PDF, JPEG or PNG of at most 5 MB. */
    public static final UploadCheck UPLOADS = new UploadCheck(5L * 1024 * 1024, UploadCheck.FileType.DOCUMENTS);

    private final SupplementRequestRepository requests;
    private final Dossiers dossiers;
    private final StoredFiles files;
    private final WorkingCalendar calendar;
    private final SupplementProperties properties;
    private final Clock clock;

    Supplements(SupplementRequestRepository requests, Dossiers dossiers, StoredFiles files, WorkingCalendar calendar,
            SupplementProperties properties, Clock clock) {
        this.requests = requests;
        this.dossiers = dossiers;
        this.files = files;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Puts the dossier into status 5 with the legal clock paused and records what is missing.
     *
     * @throws SupplementRefusedException if the reason or the missing items break a rule
     * @throws vn.motcua.cases.dossier.IllegalTransitionException if the dossier's status allows no supplement
     */
    @Transactional
    public SupplementRequest request(RequestSupplement command) {
        String reason = command.reason() == null ? "" : withoutNul(command.reason()).strip();
        if (reason.isEmpty()) {
            throw new SupplementRefusedException(Problem.REASON_MISSING, null);
        }
        if (reason.length() > MAX_REASON) {
            throw new SupplementRefusedException(Problem.REASON_TOO_LONG, null);
        }
        List<String> items = missingItems(command.missingItems());
        Dossier dossier = dossiers.requestSupplement(command.dossierId(), command.clerk(), reason);
        Instant now = clock.instant();
        Instant answerDue = calendar.dueAt(now, new DeadlineRule(properties.answerWorkingDays(), null));
        return requests.save(new SupplementRequest(dossier.id(), reason, items,
                new SupplementRequest.Clerk(command.clerk(), command.clerkName()), now, answerDue));
    }

    /** Splits free text into missing items: one per non-blank line. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : withoutNul(text).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Stores the answered files as attachments, closes the open request and returns the dossier to its earlier
     * status with the legal clock resumed.
     *
     * @throws SupplementRefusedException if nothing is open, or the note or a file breaks a rule (nothing is stored)
     */
    @Transactional
    public SupplementRequest answer(AnswerSupplement command) {
        Dossier dossier = dossiers.get(command.dossierId());
        SupplementRequest open = open(dossier).orElseThrow(() -> new SupplementRefusedException(Problem.NOT_REQUESTED, null));
        String note = command.note() == null || command.note().isBlank() ? null : withoutNul(command.note()).strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new SupplementRefusedException(Problem.NOTE_TOO_LONG, null);
        }
        List<AnswerSupplement.UploadedFile> uploads = command.files() == null ? List.of() : command.files().stream()
                .filter(file -> !(file.content().length == 0 && (file.fileName() == null || file.fileName().isBlank())))
                .toList();
        if (uploads.isEmpty()) {
            throw new SupplementRefusedException(Problem.FILES_MISSING, null);
        }
        if (uploads.size() > MAX_FILES) {
            throw new SupplementRefusedException(Problem.TOO_MANY_FILES, null);
        }
        List<UploadCheck.FileType> types = new ArrayList<>();
        for (AnswerSupplement.UploadedFile upload : uploads) {
            UploadCheck.Verdict verdict = UPLOADS.check(upload.content());
            if (!verdict.accepted()) {
                throw new SupplementRefusedException(switch (verdict.problem()) {
                    case EMPTY -> Problem.FILE_EMPTY;
                    case TOO_LARGE -> Problem.FILE_TOO_LARGE;
                    case UNSUPPORTED_TYPE -> Problem.FILE_TYPE;
                }, upload.fileName());
            }
            types.add(verdict.type());
        }
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            AnswerSupplement.UploadedFile upload = uploads.get(i);
            stored.add(files.store(dossier.id(), FileKind.ATTACHMENT, fileName(upload.fileName(), i, types.get(i)),
                    types.get(i).contentType(), upload.content()).id());
        }
        open.answer(note, stored, clock.instant());
        requests.save(open);
        dossiers.answerSupplement(dossier.id(), command.applicant());
        return open;
    }

    /** The request the applicant must answer now, if the dossier waits for a supplement. */
    @Transactional(readOnly = true)
    public Optional<SupplementRequest> open(UUID dossierId) {
        return open(dossiers.get(dossierId));
    }

    /** Every supplement request of the dossier, oldest first. */
    @Transactional(readOnly = true)
    public List<SupplementRequest> of(UUID dossierId) {
        return requests.findByDossierIdOrderByRequestedAt(dossierId);
    }

    private Optional<SupplementRequest> open(Dossier dossier) {
        if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            return Optional.empty();
        }
        List<SupplementRequest> all = requests.findByDossierIdOrderByRequestedAt(dossier.id());
        return all.isEmpty() || !all.get(all.size() - 1).isOpen() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static List<String> missingItems(List<String> given) {
        List<String> items = given == null ? List.of()
                : given.stream().filter(item -> item != null && !item.isBlank()).map(String::strip).toList();
        if (items.isEmpty()) {
            throw new SupplementRefusedException(Problem.ITEMS_MISSING, null);
        }
        if (items.size() > MAX_ITEMS) {
            throw new SupplementRefusedException(Problem.TOO_MANY_ITEMS, null);
        }
        if (items.stream().anyMatch(item -> item.length() > MAX_ITEM)) {
            throw new SupplementRefusedException(Problem.ITEM_TOO_LONG, null);
        }
        return items;
    }

    /** PostgreSQL text cannot hold NUL characters; they carry nothing a person typed. */
    private static String withoutNul(String text) {
        return text.replace("\u0000", "");
    }

    /** A safe stored name: the sent name without any path, or a generated one, ending in the detected type. */
    private static String fileName(String sent, int index, UploadCheck.FileType type) {
        String base = sent == null ? "" : sent.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"<>]", "").strip();
        if (base.isEmpty()) {
            base = "bo-sung-" + (index + 1);
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        String extension = "." + type.extension();
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || (type == UploadCheck.FileType.JPEG && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))
                ? base : base + extension;
    }
}
