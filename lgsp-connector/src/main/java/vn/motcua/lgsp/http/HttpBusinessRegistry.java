package vn.motcua.lgsp.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.lgsp.Business;
import vn.motcua.lgsp.BusinessRegistry;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.NameAvailability;

/** The national business registry behind the gateway ({@code /api/business}). */
final class HttpBusinessRegistry implements BusinessRegistry {

    private final GatewayClient gateway;
    private final GatewayCalls calls;

    HttpBusinessRegistry(GatewayClient gateway, GatewayCalls calls) {
        this.gateway = gateway;
        this.calls = calls;
    }

    @Override
    public NameAvailability checkName(String name, LgspContext context) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.BUSINESS_NAME_CHECK;
        return calls.call(operation, context, name, List.of(), requestId -> {
            Answer answer = gateway.get(operation.code(), requestId, context,
                    "/api/business/name-availability?name={name}", name);
            NameAnswer verdict = gateway.read(answer, NameAnswer.class, operation.code());
            if (verdict.available() == null) {
                throw GatewayClient.malformed(operation.code(), "the answer holds no verdict");
            }
            return new NameAvailability(name, verdict.available(),
                    verdict.available() ? null : verdict.conflictingTaxCode());
        });
    }

    @Override
    public Optional<Business> findByTaxCode(String taxCode, LgspContext context) {
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.BUSINESS_PROFILE;
        return calls.call(operation, context, taxCode, List.of(), requestId -> {
            Answer answer = gateway.get(operation.code(), requestId, context, "/api/business/enterprises/{taxCode}",
                    taxCode);
            if (answer.status() == 404) {
                return Optional.empty();
            }
            return Optional.of(toBusiness(gateway.read(answer, BusinessAnswer.class, operation.code())));
        });
    }

    private static Business toBusiness(BusinessAnswer answer) {
        String code = Operation.BUSINESS_PROFILE.code();
        if (Fields.blank(answer.taxCode()) || Fields.blank(answer.name())) {
            throw GatewayClient.malformed(code, "the business lacks its tax code or name");
        }
        return new Business(answer.taxCode(), answer.name(), Fields.constant(Business.Type.class, answer.type(), code),
                answer.ownerIdNumber(), answer.ownerName(), answer.address(),
                Fields.optionalDate(answer.registeredOn(), code),
                Fields.constant(Business.Status.class, answer.status(), code));
    }

    record NameAnswer(String name, Boolean available, String conflictingTaxCode) {
    }

    record BusinessAnswer(String taxCode, String name, String type, String ownerIdNumber, String ownerName,
            String address, String registeredOn, String status) {
    }
}
