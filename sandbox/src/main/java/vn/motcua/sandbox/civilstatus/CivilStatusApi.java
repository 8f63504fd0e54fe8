package vn.motcua.sandbox.civilstatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * The civil-status database's API behind the gateway: an entry by its register number, and every entry naming a
 * person.
 */
@RestController
@RequestMapping("/lgsp/api/civil-status")
class CivilStatusApi {

    private static final String REGISTER_NUMBER = "(KS|KH|KT)-\\d{4}-\\d{6}";

    private final CivilStatusRegister register;
    private final FaultInjector faults;

    CivilStatusApi(CivilStatusRegister register, FaultInjector faults) {
        this.register = register;
        this.faults = faults;
    }

    record EntryAnswer(String registerNumber, String type, String registeredBy, String registeredOn,
            String eventDate, String eventPlace, List<PartyAnswer> parties) {

        static EntryAnswer of(CivilStatusEntry entry) {
            return new EntryAnswer(entry.registerNumber(), code(entry.type()), entry.registeredBy(),
                    entry.registeredOn().toString(), entry.eventDate().toString(), entry.eventPlace(),
                    entry.parties().stream().map(party -> new PartyAnswer(code(party.role()), party.idNumber(),
                            party.fullName(), party.birthDate() == null ? null : party.birthDate().toString()))
                            .toList());
        }
    }

    record PartyAnswer(String role, String idNumber, String fullName, String birthDate) {
    }

    @GetMapping("/records/{registerNumber}")
    EntryAnswer record(@PathVariable String registerNumber) {
        faults.inject(FaultInjector.Api.CIVIL_STATUS);
        if (!registerNumber.matches(REGISTER_NUMBER)) {
            throw RequestChecks.invalid("registerNumber");
        }
        return register.entry(registerNumber).map(EntryAnswer::of).orElseThrow(RequestChecks::notFound);
    }

    @GetMapping("/citizens/{idNumber}/records")
    Map<String, List<EntryAnswer>> recordsOf(@PathVariable String idNumber) {
        faults.inject(FaultInjector.Api.CIVIL_STATUS);
        RequestChecks.idNumber(idNumber, "idNumber");
        List<CivilStatusEntry> entries = register.entriesOf(idNumber).orElseThrow(RequestChecks::notFound);
        return Map.of("records", entries.stream().map(EntryAnswer::of).toList());
    }

    private static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
