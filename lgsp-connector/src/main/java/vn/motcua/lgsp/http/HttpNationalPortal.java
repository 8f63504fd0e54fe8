package vn.motcua.lgsp.http;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.NationalPortal;
import vn.motcua.lgsp.SyncRecord;

/** The national public-service portal behind the gateway ({@code /api/national-portal}). */
final class HttpNationalPortal implements NationalPortal {

    /** The national portal's date-time format, in Vietnam's time. */
    static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final GatewayClient gateway;
    private final GatewayCalls calls;

    HttpNationalPortal(GatewayClient gateway, GatewayCalls calls) {
        this.gateway = gateway;
        this.calls = calls;
    }

    @Override
    public void sync(SyncRecord record, LgspContext context) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.recordId(), "recordId");
        Objects.requireNonNull(record.changedAt(), "changedAt");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.NATIONAL_PORTAL_SYNC;
        RecordPayload payload = RecordPayload.of(record);
        calls.call(operation, context, record.ownerIdNumber(), List.of(record.recordId()), requestId -> {
            Answer answer = gateway.post(operation.code(), requestId, context, payload,
                    "/api/national-portal/records");
            SyncAnswer verdict = gateway.read(answer, SyncAnswer.class, operation.code());
            if (verdict.accepted() == null) {
                throw GatewayClient.malformed(operation.code(), "the answer says nothing about acceptance");
            }
            if (!verdict.accepted()) {
                throw new LgspException(Kind.REJECTED, operation.code() + ": the national portal did not accept "
                        + "record " + record.recordId());
            }
            return verdict;
        });
    }

    private static String wire(Instant instant) {
        return instant == null ? null : WIRE_TIME.format(instant);
    }

    record RecordPayload(String recordId, String dossierCode, String procedureCode, String procedureName,
            String ownerIdNumber, String ownerName, String applicantType, String receivedAt, String dueAt, int status,
            String changedAt, int channel, String handlingUnit, int supplements, List<String> resultDocuments) {

        static RecordPayload of(SyncRecord record) {
            return new RecordPayload(record.recordId().toString(), record.dossierCode(), record.procedureCode(),
                    record.procedureName(), record.ownerIdNumber(), record.ownerName(), record.applicantType(),
                    wire(record.receivedAt()), wire(record.dueAt()), record.status(), wire(record.changedAt()),
                    record.channel(), record.handlingUnit(), record.supplements(), record.resultDocuments());
        }
    }

    record SyncAnswer(String recordId, Boolean accepted, Boolean duplicate) {
    }
}
