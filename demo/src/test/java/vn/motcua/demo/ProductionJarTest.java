package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The production jar (portal-web's executable jar) carries no stand-in of the external systems; the demo jar (this
 * module's) carries them. Runs in the verify phase, after both jars are built.
 */
class ProductionJarTest {

    private static final String SANDBOX_CLASSES = "vn/motcua/sandbox/";

    private static Path theOnly(Path directory, String glob) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (var found = Files.newDirectoryStream(directory, glob)) {
            found.forEach(jars::add);
        }
        assertThat(jars).as("%s in %s (build it with ./mvnw verify)", glob, directory.toAbsolutePath()).hasSize(1);
        return jars.get(0);
    }

    /** Every class or resource in the jar and in the jars nested in it, as "nested.jar!/path" for nested ones. */
    private static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                names.add(entry.getName());
                if (entry.getName().endsWith(".jar")) {
                    try (InputStream nested = file.getInputStream(entry); JarInputStream inner = new JarInputStream(nested)) {
                        for (JarEntry innerEntry = inner.getNextJarEntry(); innerEntry != null;
                                innerEntry = inner.getNextJarEntry()) {
                            names.add(entry.getName() + "!/" + innerEntry.getName());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static Stream<String> sandboxClasses(List<String> entries) {
        return entries.stream().filter(name -> name.contains(SANDBOX_CLASSES) && name.endsWith(".class"));
    }

    @Test
    void theProductionJarHasNoStandIns() throws IOException {
        Path production = theOnly(Path.of("..", "portal-web", "target"), "portal-web-*-exec.jar");
        List<String> entries = entries(production);

        assertThat(entries).as("the portal itself is in it").contains("BOOT-INF/classes/vn/motcua/web/PortalApplication.class");
        assertThat(sandboxClasses(entries)).as("stand-in classes in %s", production).isEmpty();
        assertThat(entries).noneMatch(name -> name.startsWith("BOOT-INF/lib/sandbox-"));
    }

    @Test
    void theDemoJarHasThePortalAndTheStandIns() throws IOException {
        Path demo = theOnly(Path.of("target"), "portal-demo-*.jar");
        List<String> entries = entries(demo);

        assertThat(entries).anyMatch(name -> name.startsWith("BOOT-INF/lib/portal-web-")
                && name.endsWith("!/vn/motcua/web/PortalApplication.class"));
        assertThat(sandboxClasses(entries)).anyMatch(name -> name.startsWith("BOOT-INF/lib/sandbox-")
                && name.endsWith("!/vn/motcua/sandbox/SandboxApplication.class"));
    }
}
