package vn.motcua.workflow.slips;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.procedure.RequiredDocument;
import vn.motcua.cases.supplement.SupplementRequest;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.ApologySlip;
import vn.motcua.documents.templates.Applicant;
import vn.motcua.documents.templates.ControlSlip;
import vn.motcua.documents.templates.ReceiptSlip;
import vn.motcua.documents.templates.ReceivedDocument;
import vn.motcua.documents.templates.RefusalSlip;
import vn.motcua.documents.templates.StopProcessingSlip;
import vn.motcua.documents.templates.StaffContact;
import vn.motcua.documents.templates.SupplementItem;
import vn.motcua.documents.templates.SupplementRequestSlip;
import vn.motcua.documents.templates.Templates;
import vn.motcua.workflow.issuance.DocumentRequest;
import vn.motcua.workflow.issuance.Issuance;
import vn.motcua.workflow.issuance.Renderer;

/**
 * Issues the slip of a transition after it committed, through the outbox: slip 01 when the desk accepts a dossier,
 * slip 02 when it asks for a supplement, slip 03 when it refuses a dossier at intake, slip 04 when the dossier turns
 * overdue, slip 05 when the leader stops processing, slip 06 when the result is ready. While signing fails (e.g. the
 * time-stamping authority is down) the publication stays incomplete and the outbox retrier delivers it again, so the
 * clerk's action never waits for a slip. The listeners run without a transaction of their own (unlike Modulith's
 * {@code @ApplicationModuleListener}): the slip is signed, with its call to the time-stamping authority, before the
 * short transaction that stores and registers it, so a slow authority never holds a database connection.
 */
@Component
class TransitionSlips {

    static final String STATUS_LISTENER_ID = "motcua.slips.status";
    static final String SUPPLEMENT_LISTENER_ID = "motcua.slips.supplement";
    static final String APOLOGY_LISTENER_ID = "motcua.slips.apology";
    private static final String APOLOGY_SIGNATORY = "THỦ TRƯỞNG CƠ QUAN";

    private static final String DESK_SIGNATORY = "NGƯỜI TIẾP NHẬN";
    private static final String CONTROL_SIGNATORY = "THỦ TRƯỞNG CƠ QUAN";

    private final Dossiers dossiers;
    private final Supplements supplements;
    private final Issuance issuer;
    private final Handovers handovers;

    TransitionSlips(Dossiers dossiers, Supplements supplements, Issuance issuer, Handovers handovers) {
        this.dossiers = dossiers;
        this.supplements = supplements;
        this.issuer = issuer;
        this.handovers = handovers;
    }

    @Async
    @TransactionalEventListener(id = STATUS_LISTENER_ID)
    void on(DossierEvents.StatusChanged changed) {
        if (changed.status() == DossierStatus.ACCEPTED) {
            receipt(dossiers.get(changed.dossierId()), changed.at());
        } else if (changed.status() == DossierStatus.RESULT_READY) {
            control(dossiers.get(changed.dossierId()), changed.at());
        } else if (changed.status() == DossierStatus.REFUSED) {
            refusal(dossiers.get(changed.dossierId()), changed.at());
        } else if (changed.status() == DossierStatus.STOPPED) {
            stop(dossiers.get(changed.dossierId()), changed.at());
        }
    }

    @Async
    @TransactionalEventListener(id = SUPPLEMENT_LISTENER_ID)
    void on(DossierEvents.SupplementRequested requested) {
        Dossier dossier = dossiers.get(requested.dossierId());
        // The request is saved in the transaction that published the event, just after the dossier changed.
        SupplementRequest request = supplements.of(dossier.id()).stream()
                .filter(r -> !r.requestedAt().isBefore(requested.at()))
                .min(Comparator.comparing(SupplementRequest::requestedAt))
                .orElseThrow(() -> new IllegalStateException("No supplement request of " + dossier.code()
                        + " at or after " + requested.at()));
        String clerkName = request.requestedByName() == null ? request.requestedBy() : request.requestedByName();
        List<SupplementItem> items = request.missingItems().stream()
                .map(item -> new SupplementItem(item, request.reason())).toList();
        LocalDate deadline = request.answerDueAt() == null ? null
                : request.answerDueAt().atZone(LegalClock.ZONE).toLocalDate();
        issue(SlipForm.SUPPLEMENT_REQUEST, dossier, requested.at(), dossier.receivingAgencyCode(),
                new Signatory(DESK_SIGNATORY, clerkName),
                header -> Templates.render(new SupplementRequestSlip(header, dossier.code(), applicant(dossier),
                        procedureName(dossier), items, deadline, new StaffContact(clerkName, null, null))));
    }

    /**
     * Slip 04 for a dossier that turned overdue: the agency holding it apologises with the new date; the reason names
     * the steps that ran past their share of the deadline.
     */
    @Async
    @TransactionalEventListener(id = APOLOGY_LISTENER_ID)
    void on(DossierEvents.Overdue overdue) {
        Dossier dossier = dossiers.get(overdue.dossierId());
        String reason = handovers.delayReason(dossier, overdue.at());
        issue(SlipForm.APOLOGY, dossier, overdue.at(), overdue.agencyCode(),
                new Signatory(APOLOGY_SIGNATORY, handovers.agencyName(overdue.agencyCode())),
                header -> Templates.render(new ApologySlip(header, dossier.code(), applicant(dossier),
                        procedureName(dossier), dossier.submittedAt(), overdue.dueAt(), reason, overdue.newDueAt())));
    }

    private void receipt(Dossier dossier, Instant at) {
        String clerk = dossier.acceptedBy();
        List<ReceivedDocument> received = dossier.procedureVersion().documents().stream()
                .map(TransitionSlips::received).toList();
        List<ReceivedDocument> documents = received.isEmpty()
                ? List.of(new ReceivedDocument("Tờ khai điện tử", 1, 0, 0)) : received;
        issue(SlipForm.RECEIPT, dossier, at, dossier.receivingAgencyCode(), new Signatory(DESK_SIGNATORY, clerk),
                header -> Templates.render(new ReceiptSlip(header, dossier.code(), applicant(dossier),
                        procedureName(dossier), documents, dossier.submittedAt(), dossier.dueAt(),
                        channel(dossier), clerk)));
    }

    private void refusal(Dossier dossier, Instant at) {
        StatusChange refused = lastChange(dossier, DossierStatus.REFUSED);
        issue(SlipForm.REFUSAL, dossier, at, dossier.receivingAgencyCode(),
                new Signatory(DESK_SIGNATORY, refused.actor()),
                header -> Templates.render(new RefusalSlip(header, dossier.code(), applicant(dossier),
                        procedureName(dossier), List.of(refused.note()))));
    }

    private void stop(Dossier dossier, Instant at) {
        StatusChange stopped = lastChange(dossier, DossierStatus.STOPPED);
        issue(SlipForm.STOP, dossier, at, dossier.handlerAgencyCode(),
                new Signatory(CONTROL_SIGNATORY, stopped.actor()),
                header -> Templates.render(new StopProcessingSlip(header, dossier.code(), applicant(dossier),
                        procedureName(dossier), stopped.note(), dossier.procedureVersion().legalBasis())));
    }

    /**
     * Issues the slip of this form for the dossier's transition at the given time, unless it was issued already: its
     * id derives from the dossier, the form and the time, so a redelivered event issues nothing.
     */
    private void issue(SlipForm form, Dossier dossier, Instant transitionAt, String agencyCode, Signatory signatory,
            Renderer render) {
        issuer.issue(new DocumentRequest(form.documentId(dossier.id(), transitionAt), dossier, form.kindFor(dossier),
                agencyCode, signatory, render));
    }

    private static StatusChange lastChange(Dossier dossier, DossierStatus status) {
        return dossier.history().stream().filter(change -> change.status() == status)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException(dossier.code() + " never entered " + status));
    }

    private void control(Dossier dossier, Instant at) {
        String signer = dossier.history().get(dossier.history().size() - 1).actor();
        issue(SlipForm.CONTROL, dossier, at, dossier.handlerAgencyCode(),
                new Signatory(CONTROL_SIGNATORY, handovers.signerName(dossier).orElse(signer)),
                header -> Templates.render(new ControlSlip(header, dossier.code(), applicant(dossier),
                        procedureName(dossier), dossier.submittedAt(), dossier.dueAt(), handovers.of(dossier))));
    }

    private static ReceivedDocument received(RequiredDocument document) {
        return new ReceivedDocument(document.name(), document.originals(), document.certifiedCopies(),
                document.copies());
    }

    private static Applicant applicant(Dossier dossier) {
        var applicant = dossier.applicant();
        return new Applicant(applicant.fullName(), applicant.idNumber(), applicant.address(), applicant.phone(),
                applicant.email());
    }

    private static String procedureName(Dossier dossier) {
        return dossier.procedureVersion().procedure().name();
    }

    private static String channel(Dossier dossier) {
        return switch (dossier.channel()) {
            case IN_PERSON -> "Trực tiếp";
            case ONLINE -> "Trực tuyến";
            case POSTAL -> "Dịch vụ bưu chính";
        };
    }
}
