package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import ch.qos.logback.classic.joran.JoranConfigurator;

/**
 * {@code logback-spring.xml} keeps Spring Boot's default logging (a file only when one is configured) and writes every
 * message with its control characters escaped, in the file too; with a structured format set it writes JSON lines.
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

    @Test
    void theStructuredFormatWritesOneJsonObjectALineWithEscapedValues() throws Exception {
        JsonNode json = oneStructuredLine(context -> context.getLogger("test").info("order {}", "A\r\nFAKE LOG LINE"));
        assertThat(json.path("message").asString()).isEqualTo("order A\r\nFAKE LOG LINE");
        assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
    }

    @Test
    void theStructuredFormatCarriesTheTraceAndSpanIds() throws Exception {
        JsonNode json = oneStructuredLine(context -> {
            // what Micrometer Tracing puts in the MDC while a span is current
            context.getMDCAdapter().put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
            context.getMDCAdapter().put("spanId", "00f067aa0ba902b7");
            context.getLogger("test").info("TSA query");
        });
        assertThat(json.path("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.path("spanId").asString()).isEqualTo("00f067aa0ba902b7");
    }

    /** Logs through the structured (ECS) console configuration and returns the single line written, parsed. */
    @SuppressWarnings("unchecked")
    private static JsonNode oneStructuredLine(java.util.function.Consumer<LoggerContext> logging) throws Exception {
        LoggerContext context = configured(null, "ecs");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            ConsoleAppender<ILoggingEvent> appender = (ConsoleAppender<ILoggingEvent>) context
                    .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
            appender.setOutputStream(console);
            logging.accept(context);
        } finally {
            context.getMDCAdapter().clear();
            context.stop();
        }
        String line = assertThat(console.toString(StandardCharsets.UTF_8).lines()).singleElement().actual();
        return JsonMapper.builder().build().readTree(line);
    }

    private static LoggerContext configured(Path file) throws Exception {
        return configured(file, null);
    }

    private static LoggerContext configured(Path file, String structuredFormat) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        if (file != null) {
            context.putProperty("LOG_FILE", file.toString());
        }
        if (structuredFormat != null) {
            // what Spring Boot sets from logging.structured.format.console
            context.putProperty("CONSOLE_LOG_STRUCTURED_FORMAT", structuredFormat);
            context.putObject(org.springframework.core.env.Environment.class.getName(),
                    new org.springframework.core.env.StandardEnvironment());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LoggingConfigurationTest.class.getResource("/logback-spring.xml"));
        return context;
    }
}
