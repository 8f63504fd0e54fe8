package vn.motcua.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import vn.motcua.web.demo.EmbeddedSandbox;

/** The Một Cửa portal. With the {@code demo} profile it also starts the stand-ins of the external systems. */
@SpringBootApplication(scanBasePackages = { "vn.motcua.web", "vn.motcua.cases", "vn.motcua.workflow", "vn.motcua.lgsp",
        "vn.motcua.payment" })
@EntityScan("vn.motcua.cases")
@EnableJpaRepositories("vn.motcua.cases")
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.addListeners(new EmbeddedSandbox());
        application.run(args);
    }
}
