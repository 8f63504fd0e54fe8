package vn.motcua.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of ARCHITECTURE.md as ArchUnit rules over a root package: which module may
 * use which, and no cycles between modules.
 */
final class ModuleRules {

    /** Module package → the module packages it may use. Absent from the set means forbidden. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "cases", Set.of(),
            "documents", Set.of(),
            "lgsp", Set.of(),
            "payment", Set.of(),
            "db", Set.of(),
            "sandbox", Set.of(),
            "workflow", Set.of("cases", "documents", "lgsp", "payment"),
            "web", Set.of("cases", "workflow", "documents", "lgsp", "db"));

    private ModuleRules() {
    }

    static List<ArchRule> of(String root) {
        List<ArchRule> rules = new ArrayList<>();
        ALLOWED.forEach((module, allowed) -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(module) && !allowed.contains(other))
                    .map(other -> root + "." + other + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .as("module '" + module + "' uses only " + (allowed.isEmpty() ? "itself" : allowed))
                    .allowEmptyShould(true));
        });
        rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles().as("modules are free of cycles"));
        return rules;
    }
}
