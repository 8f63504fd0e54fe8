package vn.motcua.sandbox.business;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/** The business registry's API behind the gateway: a business by tax code, and name availability. */
@RestController
@RequestMapping("/lgsp/api/business")
class BusinessApi {

    private static final String TAX_CODE = "\\d{10}(-\\d{3})?";
    private static final int MAX_NAME_LENGTH = 200;

    private final BusinessRegister register;
    private final FaultInjector faults;

    BusinessApi(BusinessRegister register, FaultInjector faults) {
        this.register = register;
        this.faults = faults;
    }

    record BusinessAnswer(String taxCode, String name, String type, String ownerIdNumber, String ownerName,
            String address, String registeredOn, String status) {

        static BusinessAnswer of(RegisteredBusiness business) {
            return new BusinessAnswer(business.taxCode(), business.name(), business.type(), business.ownerIdNumber(),
                    business.ownerName(), business.address(), business.registeredOn().toString(), business.status());
        }
    }

    @GetMapping("/enterprises/{taxCode}")
    BusinessAnswer business(@PathVariable String taxCode) {
        faults.inject(FaultInjector.Api.BUSINESS);
        if (!taxCode.matches(TAX_CODE)) {
            throw RequestChecks.invalid("taxCode");
        }
        return register.byTaxCode(taxCode).map(BusinessAnswer::of).orElseThrow(RequestChecks::notFound);
    }

    @GetMapping("/name-availability")
    Map<String, Object> nameAvailability(@RequestParam(required = false) String name) {
        faults.inject(FaultInjector.Api.BUSINESS);
        String proposed = RequestChecks.required(name, "name");
        if (proposed.length() > MAX_NAME_LENGTH) {
            throw RequestChecks.invalid("name");
        }
        Optional<RegisteredBusiness> same = register.sameName(proposed);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", proposed);
        answer.put("available", same.isEmpty());
        answer.put("conflictingTaxCode", same.map(RegisteredBusiness::taxCode).orElse(null));
        return answer;
    }
}
