package vn.motcua.sandbox.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * Social insurance's API behind the gateway: {@code POST /lgsp/api/social-insurance/health-cards} issues a card to a
 * child under six (201), or returns the child's card issued before (200); an older child is refused (422).
 */
@RestController
@RequestMapping("/lgsp/api/social-insurance")
class InsuranceApi {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HealthCards cards;
    private final FaultInjector faults;
    private final Clock clock = Clock.system(VIETNAM);

    InsuranceApi(HealthCards cards, FaultInjector faults) {
        this.cards = cards;
        this.faults = faults;
    }

    record CardQuestion(String childIdNumber, String fullName, String birthDate, String gender,
            String guardianIdNumber, String address) {
    }

    record CardAnswer(String cardNumber, String childIdNumber, String validFrom, String validTo) {
    }

    @PostMapping("/health-cards")
    ResponseEntity<CardAnswer> issue(@RequestBody CardQuestion question) {
        faults.inject(FaultInjector.Api.INSURANCE);
        RequestChecks.idNumber(question.childIdNumber(), "childIdNumber");
        RequestChecks.required(question.fullName(), "fullName");
        LocalDate birthDate = RequestChecks.isoDate(question.birthDate(), "birthDate");
        if (!"male".equals(question.gender()) && !"female".equals(question.gender())) {
            throw RequestChecks.invalid("gender");
        }
        RequestChecks.idNumber(question.guardianIdNumber(), "guardianIdNumber");
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isAfter(today) || !birthDate.plusYears(6).isAfter(today)) {
            throw new ApiError(HttpStatus.UNPROCESSABLE_CONTENT, Map.of("error", "not_eligible", "reason",
                    "the card is issued to children under six only"));
        }
        HealthCards.Issued issued = cards.issue(question.childIdNumber(), birthDate, today);
        HealthCards.Card card = issued.card();
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new CardAnswer(card.cardNumber(), card.childIdNumber(), card.validFrom().toString(),
                        card.validTo().toString()));
    }
}
