package vn.motcua.sandbox.nationalportal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The records received, in arrival order, each record id once. */
@Component
class SyncRecords {

    /** A record as received; dates stay as sent ({@code yyyyMMddHHmmss}, Vietnam time). */
    record Received(String recordId, String dossierCode, String procedureCode, String procedureName,
            String ownerIdNumber, String ownerName, String applicantType, String receivedAt, String dueAt,
            int status, String changedAt, int channel, String handlingUnit, int supplements,
            List<String> resultDocuments, String requestId, String requestingUnit) {
    }

    private final Map<String, Received> byId = new LinkedHashMap<>();

    /** Keeps a record unless its id was received before; tells whether it was new. */
    synchronized boolean accept(Received record) {
        return byId.putIfAbsent(record.recordId(), record) == null;
    }

    synchronized List<Received> all() {
        return new ArrayList<>(byId.values());
    }

    synchronized void clear() {
        byId.clear();
    }
}
