package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.ThreadStatements;

/** "Hồ sơ của tôi" costs the same number of SQL statements for 5 dossiers as for 25: no query per row. */
class MyDossiersStatementsTest extends PortalIntegrationTest {

    private static final String OWNER = "079301000999";

    @Autowired Dossiers dossiers;

    private void file(int count) {
        for (int i = 0; i < count; i++) {
            dossiers.file(SampleDossiers.ownBirthExtract(OWNER, "Võ Thị Lan", LocalDate.of(2001, 1, 1), "female"));
        }
    }

    /** Counted on the test's thread, where MockMvc serves the request; the outbox's deliveries run elsewhere. */
    private long statementsForTheList() throws Exception {
        return ThreadStatements.count(() -> mvc.perform(get("/my/dossiers")
                .with(Logins.citizen(OWNER, "Võ Thị Lan", "2001-01-01", "female"))).andExpect(status().isOk()));
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
