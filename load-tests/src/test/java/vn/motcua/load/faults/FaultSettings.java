package vn.motcua.load.faults;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the fault suite runs: the machine's PostgreSQL (a database of its own, dropped and created at the start), the
 * stand-ins as a process of their own, one portal node; all on the loopback interface. Every value is a system
 * property with a default. The stand-ins' host is the one the portal knows them by (the e-ID provider's tokens name
 * it as their issuer).
 */
record FaultSettings(String pgHost, int pgPort, String database, int portalPort, int sandboxPort, int smtpPort,
        Path demoJar, String classpath, Path workDirectory, Duration loadTime, Duration soakTime, String sandboxHost) {

    static FaultSettings fromSystemProperties() {
        return new FaultSettings(
                System.getProperty("faults.pg-host", "127.0.0.1"),
                Integer.getInteger("faults.pg-port", 5432),
                System.getProperty("faults.database", "motcua_faults"),
                Integer.getInteger("faults.portal-port", 8400),
                Integer.getInteger("faults.sandbox-port", 9400),
                Integer.getInteger("faults.smtp-port", 2600),
                Path.of(System.getProperty("faults.demo-jar", "demo/target/portal-demo-0.1.0-SNAPSHOT.jar")),
                System.getProperty("faults.classpath", System.getProperty("java.class.path")),
                Path.of(System.getProperty("faults.work", "load-tests/target/faults")),
                Duration.ofSeconds(Long.getLong("faults.load-seconds", 90)),
                Duration.ofMinutes(Long.getLong("faults.soak-minutes", 30)),
                System.getProperty("faults.sandbox-host", "127.0.0.1"));
    }

    String portalUrl() {
        return "http://127.0.0.1:" + portalPort;
    }

    String sandboxUrl() {
        return "http://" + sandboxHost + ":" + sandboxPort;
    }

    String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + databaseName;
    }
}
