package vn.motcua.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL left running on a data directory by a portal that was killed without shutting it down
 * ({@code kill -9}, the out-of-memory killer): the server outlives the JVM and holds the directory, so no new server
 * could start on it. Before the portal starts its own server it stops such an orphan cleanly ({@code pg_ctl stop -m
 * fast}, else SIGTERM), within a bound.
 * <p>
 * A server is an orphan only when {@code postmaster.pid} names a live {@code postgres} process serving this very
 * directory and no live JVM holds the library's lock file ({@code epg-lock}); a server whose portal still runs is
 * never touched. A stale {@code postmaster.pid} (no such process, or one that is not a server of this directory) is
 * left for PostgreSQL itself to judge.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private final Path directory;
    private final ProcessHandle server;

    private OrphanedServer(Path directory, ProcessHandle server) {
        this.directory = directory;
        this.server = server;
    }

    /** Stops the orphaned server of {@code directory}, if there is one, waiting at most {@code timeout}. */
    static void stopIfPresent(Path directory, Duration timeout) {
        Optional<ProcessHandle> server = liveServerOf(directory);
        if (server.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + directory
                        + " is in use by another running portal (PostgreSQL process " + server.get().pid() + ")");
            }
            new OrphanedServer(directory, server.get()).stop(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check who holds " + directory, e);
        }
    }

    /** The live postgres process that {@code postmaster.pid} names, if it serves {@code directory}. */
    static Optional<ProcessHandle> liveServerOf(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> servesDirectory(process, directory));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean servesDirectory(ProcessHandle process, Path directory) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
        if (!postgres) {
            return false;
        }
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameFile(Path.of(arguments[i + 1]), directory)) {
                return true;
            }
        }
        // A postmaster works in its data directory.
        return sameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), directory);
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return Files.exists(one) && Files.isSameFile(one, other);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private void stop(Duration timeout) {
        log.warn("PostgreSQL (process {}) is still running on {}: the portal that started it ended without stopping "
                + "it. Stopping it before starting again.", server.pid(), directory);
        if (!stopWithPgCtl(timeout)) {
            server.destroy();
        }
        boolean stopped = server.onExit().completeOnTimeout(server, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(process -> !process.isAlive()).join();
        if (!stopped) {
            throw new IllegalStateException("PostgreSQL (process " + server.pid() + ") still running on " + directory
                    + " did not stop within " + timeout.toSeconds() + "s; stop it (pg_ctl stop -D " + directory
                    + ") and start again");
        }
        log.info("Stopped the PostgreSQL left running on {}", directory);
    }

    /** {@code pg_ctl stop -m fast} with the binaries the orphan runs from; false when that did not stop it. */
    private boolean stopWithPgCtl(Duration timeout) {
        Optional<Path> pgCtl = server.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", directory.toString(),
                    "-m", "fast", "-w", "-t", Long.toString(Math.max(1, timeout.toSeconds())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
