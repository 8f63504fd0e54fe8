package vn.motcua.city;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The portal's modules without the web layer (scanned as the portal's application scans them), for the city data
 * generator: case management, the workflow (with the
 * process engine and its listeners) and the connectors, migrated by Flyway like the portal. Left out are the listeners
 * that, after a status change, talk to the outside world (slips signed with the time-stamping authority, citizens'
 * notifications, the national portal's sync, the population check): a generated city's past was never sent anywhere.
 */
@SpringBootApplication
@ComponentScan(basePackages = { "vn.motcua.cases", "vn.motcua.workflow", "vn.motcua.lgsp", "vn.motcua.payment" },
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "vn\\.motcua\\.workflow\\.slips\\.TransitionSlips", "vn\\.motcua\\.workflow\\.sync\\.PortalSync",
                "vn\\.motcua\\.cases\\.notification\\.CitizenNotifier",
                "vn\\.motcua\\.workflow\\.verification\\.ApplicantVerification",
                // the workflow module's own tests, their application and stand-ins (this class lives among them)
                "vn\\.motcua\\.workflow\\.WorkflowTestApplication", "vn\\.motcua\\..*(Test|Flaky|Recording)[^.]*" }))
@EntityScan("vn.motcua.cases")
@EnableJpaRepositories("vn.motcua.cases")
class CityApplication {
}
