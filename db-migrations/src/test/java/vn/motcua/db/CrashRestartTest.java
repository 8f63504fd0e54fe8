package vn.motcua.db;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's embedded database after a crash: the process that started it is killed with SIGKILL (as by
 * {@code kill -9} or the out-of-memory killer; no shutdown hook runs), so its PostgreSQL lives on as an orphan holding
 * the data directory; the next start on that directory stops the orphan and starts, with the data. The database runs
 * in a small process of its own ({@link EmbeddedDatabaseProcess}), as the run command configures it.
 */
class CrashRestartTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern SETTING = Pattern.compile("^(\\w+)=(.*)$");

    @TempDir
    Path work;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, SECONDS);
        }
        OrphanedServer.stopIfPresent(directory(), Duration.ofSeconds(30));
    }

    @Test
    void aKilledPortalsDatabaseStartsAgainOnItsDirectoryWithItsData() throws Exception {
        Process first = start("first", "stored before the crash");
        assertThat(awaitReady(first, "first")).containsEntry("notes", "stored before the crash");
        ProcessHandle orphan = OrphanedServer.liveServerOf(directory()).orElseThrow();

        first.destroyForcibly();
        assertThat(first.waitFor(30, SECONDS)).isTrue();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        Process second = start("second");
        assertThat(awaitReady(second, "second")).containsEntry("notes", "stored before the crash");
        assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
        assertThat(OrphanedServer.liveServerOf(directory())).isPresent();

        second.getOutputStream().close();
        assertThat(second.waitFor(60, SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(OrphanedServer.liveServerOf(directory())).as("a clean stop stops the server").isEmpty();
    }

    @Test
    void theRunCommandsDatabaseCommitsDurably() throws Exception {
        Process process = start("durable");
        assertThat(awaitReady(process, "durable"))
                .containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
    }

    @Test
    void aRunningPortalsDatabaseIsNeverStoppedByAnother() throws Exception {
        Process first = start("first");
        awaitReady(first, "first");
        ProcessHandle server = OrphanedServer.liveServerOf(directory()).orElseThrow();

        Process second = start("second");
        assertThat(second.waitFor(START_TIMEOUT.toSeconds(), SECONDS)).isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(String.join("\n", output("second"))).contains("is in use by another running portal");
        assertThat(server.isAlive()).isTrue();
    }

    private Path directory() {
        return work.resolve("postgres");
    }

    private Process start(String name, String... notes) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseProcess.class.getName(),
                directory().toString()));
        command.addAll(List.of(notes));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
        processes.add(process);
        return process;
    }

    /** Waits for the process to be ready and returns the {@code name=value} lines it printed. */
    private Map<String, String> awaitReady(Process process, String name) {
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> !process.isAlive() || output(name).contains(EmbeddedDatabaseProcess.READY));
        assertThat(output(name)).as("output of the %s process", name).contains(EmbeddedDatabaseProcess.READY);
        return output(name).stream().map(SETTING::matcher).filter(Matcher::matches)
                .collect(Collectors.toMap(line -> line.group(1), line -> line.group(2), (one, other) -> other));
    }

    private List<String> output(String name) {
        try {
            return Files.readAllLines(work.resolve(name + ".log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
