package vn.motcua.cases;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the case-management module alone, on the embedded PostgreSQL migrated by Flyway. */
@SpringBootApplication
public class CasesTestApplication {
}
