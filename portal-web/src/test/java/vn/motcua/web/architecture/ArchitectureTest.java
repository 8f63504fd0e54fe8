package vn.motcua.web.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

class ArchitectureTest {

    @Test
    void theModulesFollowTheDependencyDirectionWithoutCycles() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                .importPackages("vn.motcua");
        assertThat(production.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .as("every module is on the classpath being checked")
                .contains("cases", "workflow", "documents", "lgsp", "payment", "web", "sandbox", "db");
        for (ArchRule rule : ModuleRules.of("vn.motcua")) {
            rule.check(production);
        }
    }

    @Test
    void theRuleRejectsCaseManagementUsingWorkflow() {
        JavaClasses withProbe = new ClassFileImporter().importPackages("vn.motcua.cases", "vn.motcua.workflow");
        ArchRule casesRule = ModuleRules.of("vn.motcua").stream()
                .filter(rule -> rule.getDescription().startsWith("module 'cases'")).findFirst().orElseThrow();
        assertThatThrownBy(() -> casesRule.check(withProbe)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.motcua.cases.archprobe.CaseClassUsingWorkflow")
                .hasMessageContaining("vn.motcua.workflow.StaffMember");
    }

    @Test
    void theRuleRejectsACycleBetweenModules() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.motcua.web.archfixture");
        ArchRule cycles = ModuleRules.of("vn.motcua.web.archfixture").stream()
                .filter(rule -> rule.getDescription().contains("cycles")).findFirst().orElseThrow();
        assertThatThrownBy(() -> cycles.check(fixture)).isInstanceOf(AssertionError.class);
    }
}
