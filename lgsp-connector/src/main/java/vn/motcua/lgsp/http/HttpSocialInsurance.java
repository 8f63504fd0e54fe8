package vn.motcua.lgsp.http;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.motcua.lgsp.HealthInsuranceCard;
import vn.motcua.lgsp.HealthInsuranceCardApplication;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.SocialInsurance;

/** Social insurance behind the gateway ({@code /api/social-insurance}). */
final class HttpSocialInsurance implements SocialInsurance {

    private final GatewayClient gateway;
    private final GatewayCalls calls;

    HttpSocialInsurance(GatewayClient gateway, GatewayCalls calls) {
        this.gateway = gateway;
        this.calls = calls;
    }

    @Override
    public HealthInsuranceCard issueChildCard(HealthInsuranceCardApplication application, LgspContext context) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(application.childIdNumber(), "childIdNumber");
        Objects.requireNonNull(application.birthDate(), "birthDate");
        Objects.requireNonNull(application.gender(), "gender");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.INSURANCE_CHILD_CARD;
        CardQuestion question = new CardQuestion(application.childIdNumber(), application.fullName(),
                application.birthDate().toString(), application.gender().name().toLowerCase(Locale.ROOT),
                application.guardianIdNumber(), application.address());
        return calls.call(operation, context, application.childIdNumber(), List.of(), requestId -> {
            Answer answer = gateway.post(operation.code(), requestId, context, question,
                    "/api/social-insurance/health-cards");
            CardAnswer card = gateway.read(answer, CardAnswer.class, operation.code());
            if (card.cardNumber() == null || !card.cardNumber().matches("\\d{10}")) {
                throw GatewayClient.malformed(operation.code(), "the answer holds no 10-digit card number");
            }
            return new HealthInsuranceCard(card.cardNumber(), Fields.date(card.validFrom(), operation.code()),
                    Fields.date(card.validTo(), operation.code()));
        });
    }

    record CardQuestion(String childIdNumber, String fullName, String birthDate, String gender,
            String guardianIdNumber, String address) {
    }

    record CardAnswer(String cardNumber, String validFrom, String validTo) {
    }
}
