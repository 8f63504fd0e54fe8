package vn.motcua.workflow.interagency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.motcua.lgsp.HealthInsuranceCard;
import vn.motcua.lgsp.HealthInsuranceCardApplication;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.SocialInsurance;

/** Social insurance of the workflow tests: one card per child, unreachable while {@link #down} is set. */
@Component
public class FlakySocialInsurance implements SocialInsurance {

    volatile boolean down;
    final AtomicInteger calls = new AtomicInteger();
    final Map<String, HealthInsuranceCard> cards = new ConcurrentHashMap<>();

    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public HealthInsuranceCard issueChildCard(HealthInsuranceCardApplication application, LgspContext context) {
        calls.incrementAndGet();
        if (down) {
            throw new LgspException(LgspException.Kind.UNAVAILABLE, "social insurance down (test)");
        }
        return cards.computeIfAbsent(application.childIdNumber(), child -> new HealthInsuranceCard(
                String.format("79%08d", cards.size() + 1), application.birthDate(),
                application.birthDate().plusYears(6).minusDays(1)));
    }
}
