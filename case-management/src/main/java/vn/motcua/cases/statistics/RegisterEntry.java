package vn.motcua.cases.statistics;

import java.time.Instant;

import vn.motcua.cases.dossier.DossierStatus;

/** One line of the dossier register (slip 07). */
public record RegisterEntry(String code, String applicantName, String procedureCode, String procedureName,
        Instant receivedAt, Instant dueAt, Instant finishedAt, DossierStatus status, Timeliness timeliness) {
}
