package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;

/**
 * {@code logback-spring.xml} keeps Spring Boot's default logging (a file only when one is configured) and writes every
 * message with its control characters escaped, in the file too.
 */
class LoggingConfigurationTest {

    @Test
    void aConfiguredLogFileGetsEscapedMessages(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("portal.log");
        LoggerContext context = configured(file);
        try {
            Logger log = context.getLogger("test");
            log.info("order {}", "A\r\nFAKE LOG LINE");
        } finally {
            context.stop();
        }
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).singleElement().asString()
                .endsWith("order A\\r\\nFAKE LOG LINE");
    }

    @Test
    void withoutALogFileThereIsNoFileAppender() throws Exception {
        LoggerContext context = configured(null);
        try {
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNotNull();
        } finally {
            context.stop();
        }
    }

    private static LoggerContext configured(Path file) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        if (file != null) {
            context.putProperty("LOG_FILE", file.toString());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LoggingConfigurationTest.class.getResource("/logback-spring.xml"));
        return context;
    }
}
