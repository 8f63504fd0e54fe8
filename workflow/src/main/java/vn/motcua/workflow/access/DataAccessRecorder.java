package vn.motcua.workflow.access;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.PersonalDataAccess;
import vn.motcua.lgsp.DataAccessed;

/**
 * Appends every {@link DataAccessed} event to the access log. It listens synchronously in the caller's thread, and the
 * log writes in its own transaction, so the entry stays even when the caller's work fails afterwards; if the log
 * cannot be written, the caller fails rather than using the data unrecorded.
 */
@Component
class DataAccessRecorder {

    private final AccessLog log;

    DataAccessRecorder(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void on(DataAccessed access) {
        log.append(new PersonalDataAccess(access.at(), access.official(), access.requestingUnit(), access.subject(),
                access.service(), access.fields(), access.purpose(), AccessOutcome.valueOf(access.outcome().name()),
                access.requestId()));
    }
}
