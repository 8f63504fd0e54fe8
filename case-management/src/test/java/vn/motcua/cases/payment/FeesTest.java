package vn.motcua.cases.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;

/** The fee of a dossier from its procedure version and the version's fee rule, as seeded by V18. */
@SpringBootTest
class FeesTest {

    @Autowired
    Fees fees;

    @Autowired
    ProcedureCatalog catalog;

    @Test
    void theCopyOfACivilStatusExtractCosts8000PerCopyAskedForInTheForm() {
        ProcedureVersion version = catalog.currentVersion("2.000635").orElseThrow();

        FeeAssessment three = fees.assess(version, Map.of("copies", "3"));
        FeeAssessment unreadable = fees.assess(version, Map.of("copies", "nhiều"));

        assertThat(three).isEqualTo(new FeeAssessment(FeeType.PHI, 8_000, 3, 24_000, false, false));
        assertThat(unreadable.copies()).isEqualTo(1);
        assertThat(unreadable.amountVnd()).isEqualTo(8_000);
    }

    @Test
    void theHouseholdBusinessRegistrationCosts100000ThatIsRefundable() {
        ProcedureVersion version = catalog.currentVersion("HCM.HKD.01").orElseThrow();

        FeeAssessment fee = fees.assess(version, Map.of("copies", "5"));

        assertThat(fee).isEqualTo(new FeeAssessment(FeeType.LE_PHI, 100_000, 1, 100_000, false, true));
        assertThat(fee.payable()).isTrue();
    }

    @Test
    void anExemptionOfTheVersionWaivesTheFeeWhenTheFormHoldsOneOfItsValues() {
        ProcedureVersion version = catalog.currentVersion("2.000635").orElseThrow();
        FeeRule rule = new FeeRule(version.id(), "copies", false,
                List.of(Map.of("field", "applicantCategory", "values", List.of("NGUOI_CO_CONG", "HO_NGHEO"))));

        FeeAssessment exempt = Fees.assess(version, rule, Map.of("copies", 2, "applicantCategory", "HO_NGHEO"));
        FeeAssessment other = Fees.assess(version, rule, Map.of("copies", 2, "applicantCategory", "KHAC"));

        assertThat(exempt.exempt()).isTrue();
        assertThat(exempt.amountVnd()).isZero();
        assertThat(exempt.payable()).isFalse();
        assertThat(other.exempt()).isFalse();
        assertThat(other.amountVnd()).isEqualTo(16_000);
    }

    @Test
    void aFreeProcedureOwesNothing() {
        ProcedureVersion version = catalog.currentVersion("HCM.LT.01").orElseThrow();

        assertThat(fees.assess(version, Map.of()).payable()).isFalse();
    }
}
