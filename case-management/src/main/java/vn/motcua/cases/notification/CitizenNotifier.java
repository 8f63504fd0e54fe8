package vn.motcua.cases.notification;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;

/**
 * After a transition commits, tells the applicant in the portal, by e-mail to the address and by SMS to the phone
 * given in the dossier's form: at acceptance, refusal, supplement request, payment request, result and apology; and
 * tells the leaders of the agency holding an overdue dossier. Runs through the outbox: a delivery that fails before
 * its notification is recorded is delivered again, and the notification's id keeps it single.
 */
@Component
class CitizenNotifier {

    static final String STATUS_LISTENER_ID = "motcua.notification.status";
    static final String OVERDUE_LISTENER_ID = "motcua.notification.overdue";

    private static final Map<DossierStatus, NotificationKind> KINDS = Map.of(
            DossierStatus.ACCEPTED, NotificationKind.ACCEPTED,
            DossierStatus.REFUSED, NotificationKind.REFUSED,
            DossierStatus.SUPPLEMENT_REQUESTED, NotificationKind.SUPPLEMENT_REQUESTED,
            DossierStatus.PAYMENT_REQUESTED, NotificationKind.PAYMENT_REQUESTED,
            DossierStatus.RESULT_READY, NotificationKind.RESULT_READY);

    private final Dossiers dossiers;
    private final Notifications notifications;
    private final Messengers messengers;

    CitizenNotifier(Dossiers dossiers, Notifications notifications, Messengers messengers) {
        this.dossiers = dossiers;
        this.notifications = notifications;
        this.messengers = messengers;
    }

    @Async
    @TransactionalEventListener(id = STATUS_LISTENER_ID)
    void on(DossierEvents.StatusChanged changed) {
        NotificationKind kind = KINDS.get(changed.status());
        if (kind == null) {
            return;
        }
        // a status reached again (e.g. accepted after a paid fee) is no news to the applicant
        if (kind == NotificationKind.ACCEPTED && changed.at().isAfter(acceptedAt(changed))) {
            return;
        }
        tellApplicant(changed.dossierId(), kind, changed.at().truncatedTo(ChronoUnit.MICROS).toString());
    }

    @Async
    @TransactionalEventListener(id = OVERDUE_LISTENER_ID)
    void on(DossierEvents.Overdue overdue) {
        notifications.notifyStaff(overdue.agencyCode() + ":LEADER", overdue.dossierId(), overdue.code(),
                NotificationKind.OVERDUE, "overdue");
        tellApplicant(overdue.dossierId(), NotificationKind.APOLOGY, "overdue");
    }

    private java.time.Instant acceptedAt(DossierEvents.StatusChanged changed) {
        Dossier dossier = dossiers.get(changed.dossierId());
        return dossier.acceptedAt() == null ? changed.at() : dossier.acceptedAt().truncatedTo(ChronoUnit.MICROS);
    }

    private void tellApplicant(java.util.UUID dossierId, NotificationKind kind, String key) {
        Dossier dossier = dossiers.get(dossierId);
        Notification notification = notifications.notifyCitizen(dossier.applicant().idNumber(), dossier.id(),
                dossier.code(), kind, key, dossier.applicant().email(), dossier.applicant().phone());
        messengers.deliver(notification.id());
    }
}
