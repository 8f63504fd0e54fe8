package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.persistence.EntityManagerFactory;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** "Hồ sơ của tôi" costs the same number of SQL statements for 5 dossiers as for 25: no query per row. */
class MyDossiersStatementsTest extends PortalIntegrationTest {

    private static final String OWNER = "079301000999";

    @Autowired Dossiers dossiers;
    @Autowired EntityManagerFactory entityManagerFactory;

    private void file(int count) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Võ Thị Lan", LocalDate.of(2001, 1, 1),
                "female", "", "Ủy ban nhân dân phường Bến Thành", "", 1, "");
        for (int i = 0; i < count; i++) {
            dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(OWNER, "Võ Thị Lan",
                    LocalDate.of(2001, 1, 1), "female", null, "0901000999", null), Channel.ONLINE, request.toFormData()));
        }
    }

    private long statementsForTheList() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        mvc.perform(get("/my/dossiers").with(Logins.citizen(OWNER, "Võ Thị Lan", "2001-01-01", "female")))
                .andExpect(status().isOk());
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }

    @Test
    void theListDoesNotQueryOncePerDossier() throws Exception {
        file(5);
        long forFive = statementsForTheList();
        file(20);
        long forTwentyFive = statementsForTheList();
        System.out.printf("GET /my/dossiers: %d SQL statements for 5 dossiers, %d for 25%n", forFive, forTwentyFive);
        assertThat(forTwentyFive).isLessThanOrEqualTo(forFive + 2);
    }
}
