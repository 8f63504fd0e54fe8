package vn.motcua.web.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages inside each module and the feature packages of the same module each may use, as ArchUnit
 * rules over a root package. The module's top-level package is its API: every feature may use it and it may assemble
 * its features; between feature packages only the arrows declared below are allowed, and they form no cycle. Every
 * feature package must be declared, even one that uses no other.
 *
 * <p>To add a feature package, add a line {@code name -> other, another} (or {@code name ->} for none) to its module's
 * block; to add a module, add a block here and an entry in {@link ModuleRules#ALLOWED}.
 */
final class FeatureRules {

    /** Module package → its feature packages, one a line: {@code feature -> features of the same module it may use}. */
    static final Map<String, String> DECLARED = Map.of(
            "cases", """
                    access       ->
                    agency       -> audit
                    audit        ->
                    authoring    -> audit, clock, draft, form, procedure
                    clock        ->
                    dossier      -> clock, procedure
                    draft        -> clock, dossier, form, procedure, storage
                    evaluation   -> dossier
                    form         -> identity
                    identity     -> clock
                    issuance     -> storage
                    lookup       -> dossier
                    notification -> dossier
                    payment      -> dossier, procedure
                    procedure    -> clock, form
                    staff        -> agency, audit
                    statistics   -> clock, dossier
                    storage      ->
                    supplement   -> clock, dossier, storage
                    """,
            "workflow", """
                    access       -> assignment, issuance
                    assignment   -> desk
                    deadletter   -> routing
                    deadline     -> routing
                    deployment   ->
                    desk         -> routing
                    diagram      ->
                    interagency  -> routing
                    issuance     ->
                    modelcheck   -> routing
                    payment      -> issuance
                    prefill      ->
                    result       -> interagency, issuance, routing
                    routing      ->
                    slips        -> desk, issuance, routing
                    staff        ->
                    statistics   -> issuance
                    sync         ->
                    verification ->
                    """,
            "documents", """
                    fonts        ->
                    keys         ->
                    pdf          -> fonts
                    signing      -> keys
                    templates    ->
                    timestamp    ->
                    verification ->
                    """,
            "lgsp", """
                    http         ->
                    """,
            "payment", """
                    http         ->
                    """,
            "db", "",
            "sandbox", """
                    api            ->
                    business       -> api, fault, population
                    civilstatus    -> api, fault, population
                    eid            -> population
                    fault          -> api
                    gateway        -> api, fault
                    insurance      -> api, fault
                    mail           -> fault
                    nationalportal -> api, fault
                    payment        -> api, fault
                    population     -> api, fault
                    tsa            -> api, fault
                    """,
            "web", """
                    admin          -> security, support
                    api            -> citizen, security
                    audit          -> support
                    authoring      -> security, support
                    catalog        -> support
                    citizen        -> filing, security, support
                    dataaccess     -> support
                    demo           ->
                    desk           -> citizen, filing, security, support
                    diagram        -> security, support
                    documents      -> security, support
                    filing         -> security, support
                    home           ->
                    inbox          -> desk, security, support
                    lookup         -> security, support
                    notification   -> security
                    operations     ->
                    payment        -> security, support
                    processes      -> security
                    security       ->
                    staff          -> security, support
                    statistics     -> security, support
                    support        -> security
                    verify         -> support
                    """);

    private FeatureRules() {
    }

    /** The declared arrows of one module: feature → the features it may use, sorted by name. */
    static Map<String, Set<String>> arrowsOf(String module) {
        Map<String, Set<String>> arrows = new TreeMap<>();
        DECLARED.get(module).lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] sides = line.split("->", -1);
            if (sides.length != 2 || sides[0].isBlank()) {
                throw new IllegalArgumentException("module '" + module + "': not 'feature -> a, b': " + line);
            }
            Set<String> uses = new TreeSet<>();
            Stream.of(sides[1].split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(uses::add);
            if (arrows.put(sides[0].strip(), uses) != null) {
                throw new IllegalArgumentException("module '" + module + "' declares twice: " + sides[0].strip());
            }
        });
        arrows.forEach((feature, uses) -> uses.stream().filter(used -> !arrows.containsKey(used)).findFirst()
                .ifPresent(used -> {
                    throw new IllegalArgumentException("module '" + module + "': '" + feature + "' uses '" + used
                            + "', which is not declared as a feature package of the module");
                }));
        return arrows;
    }

    /** The rules of every declared module under a root package. */
    static List<ArchRule> of(String root) {
        List<ArchRule> rules = new ArrayList<>();
        new TreeMap<>(DECLARED).keySet().forEach(module -> rules.addAll(of(root, module)));
        return rules;
    }

    /** The rules of one module: every feature declared, only declared arrows between features, no cycle. */
    static List<ArchRule> of(String root, String module) {
        String base = root + "." + module;
        Map<String, Set<String>> arrows = arrowsOf(module);
        List<ArchRule> rules = new ArrayList<>();
        String[] declared = arrows.keySet().stream().map(feature -> base + "." + feature + "..").toArray(String[]::new);
        rules.add(classes().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base)
                .should().resideInAnyPackage(declared.length == 0 ? new String[] { base } : declared)
                .as("module '" + module + "' has only the feature packages declared in FeatureRules: "
                        + arrows.keySet())
                .allowEmptyShould(true));
        arrows.forEach((feature, uses) -> rules.add(classes().that().resideInAPackage(base + "." + feature + "..")
                .should().onlyDependOnClassesThat(mayBeUsed(base, feature, uses))
                .as("feature '" + module + "." + feature + "' uses only " + (uses.isEmpty() ? "" : uses + " and ")
                        + "the top-level package of its module")
                .because("every arrow between feature packages is declared in FeatureRules")
                .allowEmptyShould(true)));
        rules.add(slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .as("feature packages of module '" + module + "' are free of cycles").allowEmptyShould(true));
        return rules;
    }

    private static DescribedPredicate<JavaClass> mayBeUsed(String base, String feature, Set<String> uses) {
        Set<String> packages = new LinkedHashSet<>();
        packages.add(base + "." + feature + "..");
        uses.forEach(other -> packages.add(base + "." + other + ".."));
        return resideOutsideOfPackage(base + "..").or(resideInAPackage(base))
                .or(resideInAnyPackage(packages.toArray(String[]::new)));
    }

    /** Declared arrows that lead back to where they started, as paths; empty when the declaration has no cycle. */
    static List<String> declaredCycles() {
        List<String> cycles = new ArrayList<>();
        DECLARED.keySet().forEach(module -> {
            Map<String, Set<String>> arrows = arrowsOf(module);
            arrows.keySet().forEach(start -> findCycle(module, arrows, start, new LinkedHashSet<>(), cycles));
        });
        return cycles;
    }

    private static void findCycle(String module, Map<String, Set<String>> arrows, String at,
            Set<String> path, List<String> cycles) {
        if (path.contains(at)) {
            cycles.add(module + ": " + String.join(" -> ", path) + " -> " + at);
            return;
        }
        path.add(at);
        for (String next : arrows.getOrDefault(at, Set.of())) {
            findCycle(module, arrows, next, path, cycles);
        }
        path.remove(at);
    }
}
