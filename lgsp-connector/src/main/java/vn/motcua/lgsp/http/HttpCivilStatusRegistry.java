package vn.motcua.lgsp.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.lgsp.CivilStatusRecord;
import vn.motcua.lgsp.CivilStatusRegistry;
import vn.motcua.lgsp.LgspContext;

/** The civil-status database behind the gateway ({@code /api/civil-status}). */
final class HttpCivilStatusRegistry implements CivilStatusRegistry {

    private final GatewayClient gateway;
    private final GatewayCalls calls;

    HttpCivilStatusRegistry(GatewayClient gateway, GatewayCalls calls) {
        this.gateway = gateway;
        this.calls = calls;
    }

    @Override
    public Optional<CivilStatusRecord> findRecord(String registerNumber, LgspContext context) {
        Objects.requireNonNull(registerNumber, "registerNumber");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.CIVIL_STATUS_RECORD;
        return calls.call(operation, context, registerNumber, List.of(), requestId -> {
            Answer answer = gateway.get(operation.code(), requestId, context,
                    "/api/civil-status/records/{registerNumber}", registerNumber);
            if (answer.status() == 404) {
                return Optional.empty();
            }
            return Optional.of(toRecord(gateway.read(answer, RecordAnswer.class, operation.code()), operation));
        });
    }

    @Override
    public List<CivilStatusRecord> findRecordsOf(String idNumber, LgspContext context) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.CIVIL_STATUS_RECORDS_OF;
        return calls.call(operation, context, idNumber, List.of(), requestId -> {
            Answer answer = gateway.get(operation.code(), requestId, context,
                    "/api/civil-status/citizens/{idNumber}/records", idNumber);
            if (answer.status() == 404) {
                return List.of();
            }
            RecordsAnswer records = gateway.read(answer, RecordsAnswer.class, operation.code());
            if (records.records() == null) {
                throw GatewayClient.malformed(operation.code(), "the answer holds no list of records");
            }
            return records.records().stream().map(entry -> toRecord(entry, operation)).toList();
        });
    }

    private static CivilStatusRecord toRecord(RecordAnswer answer, Operation operation) {
        String code = operation.code();
        if (answer == null || Fields.blank(answer.registerNumber()) || answer.parties() == null
                || answer.parties().isEmpty()) {
            throw GatewayClient.malformed(code, "a record lacks its register number or parties");
        }
        List<CivilStatusRecord.Party> parties = answer.parties().stream().map(party -> {
            if (party == null || Fields.blank(party.fullName())) {
                throw GatewayClient.malformed(code, "a party lacks its name");
            }
            return new CivilStatusRecord.Party(Fields.constant(CivilStatusRecord.Role.class, party.role(), code),
                    party.idNumber(), party.fullName(), Fields.optionalDate(party.birthDate(), code));
        }).toList();
        return new CivilStatusRecord(answer.registerNumber(),
                Fields.constant(CivilStatusRecord.Type.class, answer.type(), code), answer.registeredBy(),
                Fields.date(answer.registeredOn(), code), Fields.date(answer.eventDate(), code), answer.eventPlace(),
                parties);
    }

    record RecordAnswer(String registerNumber, String type, String registeredBy, String registeredOn,
            String eventDate, String eventPlace, List<PartyAnswer> parties) {
    }

    record PartyAnswer(String role, String idNumber, String fullName, String birthDate) {
    }

    record RecordsAnswer(List<RecordAnswer> records) {
    }
}
