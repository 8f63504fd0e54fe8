package vn.motcua.web.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

class ArchitectureTest {

    /** A module's test classes reach other builds as a {@code -tests.jar}, which ArchUnit's own option lets in. */
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private static JavaClasses production;

    private static JavaClasses casesWithProbes;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages("vn.motcua");
        casesWithProbes = new ClassFileImporter().importPackages("vn.motcua.cases");
    }

    @Test
    void theModulesFollowTheDependencyDirectionWithoutCycles() {
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

    @Test
    void everyModuleDeclaresItsFeaturePackages() {
        assertThat(FeatureRules.DECLARED.keySet()).as("the modules of FeatureRules are those of ModuleRules")
                .containsExactlyInAnyOrderElementsOf(ModuleRules.ALLOWED.keySet());
        assertThat(FeatureRules.declaredCycles()).as("the declared arrows between feature packages form no cycle")
                .isEmpty();
    }

    @Test
    void theFeaturePackagesUseOnlyTheirDeclaredNeighboursWithoutCycles() {
        List<String> failures = FeatureRules.of("vn.motcua").stream().map(rule -> rule.evaluate(production))
                .filter(EvaluationResult::hasViolation).map(result -> result.getFailureReport().toString()).toList();
        assertThat(failures).as("rules of FeatureRules that the code breaks").isEmpty();
    }

    @Test
    void theFeatureRuleRejectsAnArrowThatIsNotDeclared() {
        ArchRule clockRule = featureRule("feature 'cases.clock'");
        assertThatThrownBy(() -> clockRule.check(casesWithProbes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.motcua.cases.clock.archprobe.ClockUsingDossier")
                .hasMessageContaining("vn.motcua.cases.dossier.DossierStatus");
    }

    @Test
    void theFeatureRuleRejectsACycleBetweenFeaturePackages() {
        ArchRule cycles = featureRule("feature packages of module 'cases' are free of cycles");
        assertThatThrownBy(() -> cycles.check(casesWithProbes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ClockUsingDossier");
    }

    @Test
    void theFeatureRuleRejectsAFeaturePackageThatIsNotDeclared() {
        ArchRule declared = featureRule("module 'cases' has only the feature packages declared");
        assertThatThrownBy(() -> declared.check(casesWithProbes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.motcua.cases.archprobe.CaseClassUsingWorkflow");
    }

    private static ArchRule featureRule(String descriptionStart) {
        return FeatureRules.of("vn.motcua").stream().filter(rule -> rule.getDescription().startsWith(descriptionStart))
                .findFirst().orElseThrow();
    }
}
