package vn.motcua.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flyway script that reached main never changes, never goes and is never renamed: every existing database has run
 * it, and Flyway refuses to start on a database whose history no longer matches the scripts. The SHA-256 of every
 * script under {@code src/main/resources/db} (migrations and any other Flyway location there, such as demo data) is
 * listed in {@code src/test/resources/migration-checksums.txt}, in {@code sha256sum}'s own format, so that
 * {@code sha256sum -c} can check it too.
 */
class MigrationChecksumsTest {

    static final Path RESOURCES = Path.of("src/main/resources");

    static final Path CHECKSUMS = Path.of("src/test/resources/migration-checksums.txt");

    /** Where the file is seen from the repository's root, for the commands in the messages. */
    private static final String MODULE = "db-migrations/";

    @Test
    void everyScriptOnMainIsUnchangedAndEveryScriptIsListed() throws IOException {
        assertThat(Files.isDirectory(RESOURCES.resolve("db/migration"))).as("run from the db-migrations module").isTrue();
        assertThat(problems(RESOURCES, Files.readAllLines(CHECKSUMS))).isEmpty();
    }

    @Test
    void aChangedARemovedAndAnUnlistedScriptAreEachReported(@TempDir Path resources) throws IOException {
        Path migrations = Files.createDirectories(resources.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__create_thing.sql"), "create table thing (id bigint);\n");
        Files.writeString(migrations.resolve("V2__add_colour.sql"), "alter table thing add colour text; -- edited\n");
        Files.writeString(migrations.resolve("V4__add_size.sql"), "alter table thing add size int;\n");
        List<String> listed = List.of(
                sha256(migrations.resolve("V1__create_thing.sql")) + "  db/migration/V1__create_thing.sql",
                "0".repeat(64) + "  db/migration/V2__add_colour.sql",
                "1".repeat(64) + "  db/migration/V3__add_weight.sql");

        List<String> problems = problems(resources, listed);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("db/migration/V2__add_colour.sql has changed since it reached main")
                .contains("add a new migration");
        assertThat(problems.get(1)).contains("db/migration/V3__add_weight.sql is on main but gone");
        assertThat(problems.get(2)).contains("db/migration/V4__add_size.sql is not listed")
                .contains(sha256(migrations.resolve("V4__add_size.sql")) + "  db/migration/V4__add_size.sql")
                .contains("sha256sum db/migration/V4__add_size.sql >> ../../test/resources/migration-checksums.txt");
    }

    @Test
    void lineEndingsDoNotCountAsAChange(@TempDir Path directory) throws IOException {
        Path unix = Files.writeString(directory.resolve("unix.sql"), "create table a (id int);\nselect 1;\n");
        Path windows = Files.writeString(directory.resolve("windows.sql"), "create table a (id int);\r\nselect 1;\r\n");
        assertThat(sha256(windows)).isEqualTo(sha256(unix));
    }

    /** What is wrong with the scripts under {@code resources/db} against the listed checksums, one message each. */
    static List<String> problems(Path resources, List<String> checksumLines) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : checksumLines) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+\\*?", 2);
                listed.put(parts[1], parts[0]);
            }
        }
        List<String> problems = new ArrayList<>();
        listed.forEach((script, expected) -> {
            Path file = resources.resolve(script);
            if (!Files.isRegularFile(file)) {
                problems.add(script + " is on main but gone. A migration on main is never removed or renamed: every "
                        + "existing database has run it. Restore it and add a new migration for what you meant to "
                        + "change.");
            } else if (!sha256(file).equals(expected)) {
                problems.add(script + " has changed since it reached main (SHA-256 " + expected + ", now "
                        + sha256(file) + "). Existing databases have run the old text and Flyway would refuse to "
                        + "start on them. Undo the change and add a new migration V<next>__<verb>_<thing>.sql with "
                        + "the next free number instead.");
            }
        });
        for (String script : scripts(resources)) {
            if (!listed.containsKey(script)) {
                problems.add(script + " is not listed in " + MODULE + CHECKSUMS + ". Once it is final, append its "
                        + "checksum as the line '" + sha256(resources.resolve(script)) + "  " + script + "', e.g. "
                        + "with: cd " + MODULE + RESOURCES + " && sha256sum " + script
                        + " >> ../../test/resources/migration-checksums.txt");
            }
        }
        return problems;
    }

    private static List<String> scripts(Path resources) throws IOException {
        Path db = resources.resolve("db");
        try (Stream<Path> files = Files.walk(db)) {
            return files.filter(file -> file.toString().endsWith(".sql"))
                    .map(file -> resources.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** The SHA-256 of a script as {@code sha256sum} prints it for a checkout with Unix line endings. */
    static String sha256(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
