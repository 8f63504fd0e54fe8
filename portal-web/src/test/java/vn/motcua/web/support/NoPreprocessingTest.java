package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No template uses Thymeleaf preprocessing ({@code __${…}__}): it evaluates the result of an expression as an
 * expression again, so a value that reaches it from a form would run as code. Message keys are looked up with
 * {@code #messages.msg(…)} and links built with {@code @{${base}(…)}}, which take values as data.
 */
class NoPreprocessingTest {

    @Test
    void noTemplateOnTheClasspathPreprocesses() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("templates found on the classpath").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            String[] lines = template.getContentAsString(StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("__")) {
                    found.add(template.getURI().toString().replaceAll(".*/templates/", "") + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("lines with '__' (Thymeleaf preprocessing)").isEmpty();
    }
}
