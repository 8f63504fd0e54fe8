package vn.motcua.cases.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.clock.WorkingCalendar;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;

/** Application service of the dossier aggregate: filing, reading with access checks, and transitions. */
@Service
public class Dossiers {

    private static final Limit LIST_LIMIT = Limit.of(200);

    private final DossierRepository repository;
    private final DossierCodes codes;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final Clock clock;

    Dossiers(DossierRepository repository, DossierCodes codes, ProcedureCatalog catalog, WorkingCalendar calendar,
            Clock clock) {
        this.repository = repository;
        this.codes = codes;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Files a dossier under the procedure's current version; its process starts in this transaction. */
    @Transactional
    public Dossier file(FileDossier command) {
        ProcedureVersion version = catalog.currentVersion(command.procedureCode())
                .orElseThrow(() -> new UnknownProcedureException(command.procedureCode()));
        return fileUnder(version, command);
    }

    /**
     * Files a dossier under a given version of its procedure, e.g. the one a draft was started under; its process
     * starts in this transaction.
     *
     * @throws IllegalArgumentException if the version is not one of the command's procedure
     */
    @Transactional
    public Dossier fileUnder(ProcedureVersion version, FileDossier command) {
        if (!version.procedure().code().equals(command.procedureCode())) {
            throw new IllegalArgumentException("Version " + version.id() + " is not of " + command.procedureCode());
        }
        Instant now = clock.instant();
        String code = codes.next(version.receivingAgencyCode(), now.atZone(LegalClock.ZONE).toLocalDate());
        return repository.save(Dossier.submit(code, version, command.applicant(), command.channel(),
                command.formData(), command.applicantCheck(), now));
    }

    /** Records the later check of an applicant whose identity could not be checked at filing. */
    @Transactional
    public Dossier recordApplicantCheck(UUID id, ApplicantCheck result) {
        Dossier dossier = get(id);
        dossier.recordApplicantCheck(result, clock.instant());
        return repository.save(dossier);
    }

    /** The dossier if the citizen with this identity number owns it. */
    @Transactional(readOnly = true)
    public Optional<Dossier> findOwned(UUID id, String ownerIdNumber) {
        return repository.findById(id).filter(d -> d.isOwnedBy(ownerIdNumber));
    }

    /** The dossier if the agency received it or holds it. */
    @Transactional(readOnly = true)
    public Optional<Dossier> findForAgency(UUID id, String agencyCode) {
        return repository.findById(id).filter(d -> d.isVisibleTo(agencyCode));
    }

    /** The dossier without an access check, for the workflow engine acting on the system's behalf. */
    @Transactional(readOnly = true)
    public Dossier get(UUID id) {
        return repository.findById(id).orElseThrow(() -> new IllegalArgumentException("No dossier " + id));
    }

    @Transactional(readOnly = true)
    public List<Dossier> ownedBy(String ownerIdNumber) {
        return repository.findByApplicantIdNumberOrderBySubmittedAtDesc(ownerIdNumber, LIST_LIMIT);
    }

    /** Dossiers waiting for the agency's one-stop desk, oldest first. */
    @Transactional(readOnly = true)
    public List<Dossier> intakeQueue(String agencyCode) {
        return repository.findByReceivingAgencyCodeAndStatusOrderBySubmittedAt(agencyCode, DossierStatus.SUBMITTED,
                LIST_LIMIT);
    }

    /**
     * The desk's view of the dossiers its agency received, filtered, oldest received first. "Due soon" means the due
     * date falls within the next working day (office hours); "overdue" that it has passed. Both apply only while the
     * legal clock runs (statuses 2 and 4): a dossier waiting for intake has no due date yet, and a paused one (5, 6)
     * gets its due date moved when it resumes.
     */
    @Transactional(readOnly = true)
    public Page<Dossier> deskQueue(String agencyCode, DeskQueueFilter filter, Pageable page) {
        Instant now = clock.instant();
        Specification<Dossier> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("receivingAgencyCode"), agencyCode));
            Set<DossierStatus> statuses = filter.state() == DeskQueueFilter.State.WAITING
                    ? EnumSet.of(DossierStatus.SUBMITTED)
                    : EnumSet.copyOf(DossierStatus.IN_COURSE);
            if (filter.due() != DeskQueueFilter.Due.ANY) {
                statuses.retainAll(DossierStatus.CLOCK_RUNNING);
                Instant limit = filter.due() == DeskQueueFilter.Due.OVERDUE ? now
                        : calendar.legalClock().plusWorkingTime(now,
                                Duration.between(LegalClock.OFFICE_OPENS, LegalClock.OFFICE_CLOSES));
                Path<Instant> dueAt = root.get("deadline").get("dueAt");
                where.add(cb.isNotNull(dueAt));
                where.add(cb.lessThan(dueAt, limit));
                if (filter.due() == DeskQueueFilter.Due.SOON) {
                    where.add(cb.greaterThanOrEqualTo(dueAt, now));
                }
            }
            where.add(statuses.isEmpty() ? cb.disjunction() : root.get("status").in(statuses));
            if (filter.procedureCode() != null) {
                where.add(cb.equal(root.get("procedureVersion").get("procedure").get("code"), filter.procedureCode()));
            }
            if (filter.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.<Instant>get("submittedAt"), filter.receivedFrom()));
            }
            if (filter.receivedUntil() != null) {
                where.add(cb.lessThan(root.<Instant>get("submittedAt"), filter.receivedUntil()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return repository.findAll(spec, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by("submittedAt", "id")));
    }

    /** Accepts the dossier now and sets its due date from the procedure version's deadline rule. */
    @Transactional
    public Dossier accept(UUID id, String clerk) {
        return change(id, dossier -> {
            Instant now = clock.instant();
            dossier.accept(clerk, now, calendar.dueAt(now, dossier.procedureVersion().deadlineRule()));
        });
    }

    @Transactional
    public Dossier startProcessing(UUID id, String agencyCode, String actor) {
        return change(id, dossier -> dossier.startProcessing(agencyCode, actor, clock.instant()));
    }

    @Transactional
    public Dossier completeWithResult(UUID id, String actor) {
        return change(id, dossier -> dossier.completeWithResult(actor, clock.instant()));
    }

    @Transactional
    public Dossier deliverResult(UUID id, String actor) {
        return change(id, dossier -> dossier.deliverResult(actor, clock.instant()));
    }

    /** The desk asks for a supplement (status 5) and the legal clock pauses. */
    @Transactional
    public Dossier requestSupplement(UUID id, String clerk, String reason) {
        return change(id, dossier -> dossier.requestSupplement(clerk, reason, clock.instant()));
    }

    /** The applicant answered the supplement request: back to the earlier status, the due date moved by the pause. */
    @Transactional
    public Dossier answerSupplement(UUID id, String applicant) {
        return change(id, dossier -> dossier.answerSupplement(applicant, clock.instant(), calendar.legalClock()));
    }

    /** The process asks for the fee (status 6) and the legal clock pauses. */
    @Transactional
    public Dossier requestPayment(UUID id, String actor) {
        return change(id, dossier -> dossier.requestPayment(actor, clock.instant()));
    }

    /**
     * Records the fee as received (at the desk or online): the dossier resumes, the due date moves by the pause, and
     * listeners complete the process's payment step in this transaction.
     */
    @Transactional
    public Dossier recordFeePayment(RecordFeePayment payment) {
        return change(payment.dossierId(),
                dossier -> dossier.recordFeePayment(payment, clock.instant(), calendar.legalClock()));
    }

    /** Dossiers of the agency's one-stop desk waiting for their fee, oldest first. */
    @Transactional(readOnly = true)
    public List<Dossier> awaitingFee(String agencyCode) {
        return repository.findByReceivingAgencyCodeAndStatusOrderBySubmittedAt(agencyCode,
                DossierStatus.PAYMENT_REQUESTED, LIST_LIMIT);
    }

    /** The applicant withdraws the dossier (status 7); listeners end its process in this transaction. */
    @Transactional
    public Dossier withdraw(UUID id, String applicant, String reason) {
        // PostgreSQL text cannot hold NUL characters
        String note = reason == null ? null : reason.replace("\u0000", "");
        return change(id, dossier -> dossier.withdraw(applicant, note, clock.instant()));
    }

    /** Dossiers whose running due date passed and that are not yet marked overdue, oldest due first. */
    @Transactional(readOnly = true)
    public List<UUID> overdueCandidates(Instant now, int limit) {
        return repository.findOverdueCandidates(DossierStatus.CLOCK_RUNNING, now, Limit.of(limit)).stream()
                .map(Dossier::id).toList();
    }

    /**
     * Marks the dossier overdue now, once, with the new date of its apology: half the deadline's working time again,
     * at least one working day, to the close of office hours of that day.
     *
     * @return whether this call marked it
     */
    @Transactional
    public boolean markOverdue(UUID id) {
        Dossier dossier = get(id);
        Instant now = clock.instant();
        if (dossier.deadline().isMarkedOverdue() || !dossier.status().isClockRunning()
                || !dossier.deadline().hasPassed(now)) {
            return false;
        }
        LegalClock legalClock = calendar.legalClock();
        java.time.Duration granted = LegalClock.grantedWorkingTime(dossier.procedureVersion().deadlineRule());
        java.time.Duration extension = granted.dividedBy(2).compareTo(LegalClock.WORKING_DAY) < 0
                ? LegalClock.WORKING_DAY : granted.dividedBy(2);
        Instant newDue = legalClock.plusWorkingTime(now, extension).atZone(LegalClock.ZONE).toLocalDate()
                .atTime(LegalClock.OFFICE_CLOSES).atZone(LegalClock.ZONE).toInstant();
        boolean marked = dossier.markOverdue(now, newDue);
        repository.save(dossier);
        return marked;
    }

    /** The desk refuses the dossier at intake (status 3); listeners end its process in this transaction. */
    @Transactional
    public Dossier refuse(UUID id, String clerk, String reason) {
        return change(id, dossier -> dossier.refuse(clerk, reason, clock.instant()));
    }

    /** The leader stops processing (status 8); listeners end its process in this transaction. */
    @Transactional
    public Dossier stop(UUID id, String leader, String reason) {
        return change(id, dossier -> dossier.stop(leader, reason, clock.instant()));
    }

    private Dossier change(UUID id, Consumer<Dossier> transition) {
        Dossier dossier = get(id);
        transition.accept(dossier);
        return repository.save(dossier);
    }
}
