package vn.motcua.sandbox.nationalportal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * The national portal's sync receiver behind the gateway: {@code POST /lgsp/api/national-portal/records} keeps a new
 * record (201) and answers a record id it already holds as accepted without keeping it again (200,
 * {@code "duplicate":true}).
 */
@RestController
@RequestMapping("/lgsp/api/national-portal")
class NationalPortalApi {

    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Set<String> APPLICANT_TYPES = Set.of("CITIZEN", "ORGANISATION");

    private final SyncRecords records;
    private final FaultInjector faults;

    NationalPortalApi(SyncRecords records, FaultInjector faults) {
        this.records = records;
        this.faults = faults;
    }

    record RecordPayload(String recordId, String dossierCode, String procedureCode, String procedureName,
            String ownerIdNumber, String ownerName, String applicantType, String receivedAt, String dueAt,
            Integer status, String changedAt, Integer channel, String handlingUnit, Integer supplements,
            List<String> resultDocuments) {
    }

    @PostMapping("/records")
    ResponseEntity<Map<String, Object>> receive(@RequestBody RecordPayload payload,
            @RequestHeader("X-Request-Id") String requestId, @RequestHeader("X-Requesting-Unit") String unit) {
        faults.inject(FaultInjector.Api.NATIONAL_PORTAL);
        SyncRecords.Received record = check(payload, requestId, unit);
        boolean created = records.accept(record);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("recordId", record.recordId(), "accepted", true, "duplicate", !created));
    }

    private static SyncRecords.Received check(RecordPayload payload, String requestId, String unit) {
        try {
            UUID.fromString(RequestChecks.required(payload.recordId(), "recordId"));
        }
        catch (IllegalArgumentException ex) {
            throw RequestChecks.invalid("recordId");
        }
        RequestChecks.required(payload.dossierCode(), "dossierCode");
        RequestChecks.required(payload.procedureCode(), "procedureCode");
        RequestChecks.required(payload.ownerName(), "ownerName");
        RequestChecks.required(payload.handlingUnit(), "handlingUnit");
        if (payload.applicantType() == null || !APPLICANT_TYPES.contains(payload.applicantType())) {
            throw RequestChecks.invalid("applicantType");
        }
        if (payload.status() == null || payload.status() < 1 || payload.status() > 10) {
            throw RequestChecks.invalid("status");
        }
        if (payload.channel() == null || payload.channel() < 1 || payload.channel() > 3) {
            throw RequestChecks.invalid("channel");
        }
        if (payload.supplements() == null || payload.supplements() < 0) {
            throw RequestChecks.invalid("supplements");
        }
        wireTime(payload.changedAt(), "changedAt", true);
        wireTime(payload.receivedAt(), "receivedAt", false);
        wireTime(payload.dueAt(), "dueAt", false);
        return new SyncRecords.Received(payload.recordId(), payload.dossierCode(), payload.procedureCode(),
                payload.procedureName(), payload.ownerIdNumber(), payload.ownerName(), payload.applicantType(),
                payload.receivedAt(), payload.dueAt(), payload.status(), payload.changedAt(), payload.channel(),
                payload.handlingUnit(), payload.supplements(),
                payload.resultDocuments() == null ? List.of() : List.copyOf(payload.resultDocuments()), requestId,
                unit);
    }

    /** A time as {@code yyyyMMddHHmmss}; {@code required} or else absent. */
    private static void wireTime(String value, String field, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (value == null || !value.matches("\\d{14}")) {
            throw RequestChecks.invalid(field);
        }
        try {
            LocalDateTime.parse(value, WIRE_TIME);
        }
        catch (DateTimeParseException ex) {
            throw RequestChecks.invalid(field);
        }
    }
}
