package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.ChainVerification;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.identity.IdentityNumbers;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.procedure.OnlineLevel;

/** Every visible text comes from the message bundles, and both languages have every key. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\s·—:()/|-]*");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label");

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new java.util.HashSet<>();
            List<String> twice = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).trim())) {
                    twice.add(line.substring(0, equals).trim());
                }
            }
            assertThat(twice).as("keys defined twice in %s (the later one silently wins)", name).isEmpty();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        for (DossierStatus status : DossierStatus.values()) {
            used.add(status.messageKey());
        }
        for (Channel channel : Channel.values()) {
            used.add(channel.messageKey());
        }
        for (IdentityNumbers.Problem problem : IdentityNumbers.Problem.values()) {
            used.add("form.idNumber." + problem.name());
        }
        for (OnlineLevel level : OnlineLevel.values()) {
            used.add("procedure.level." + level.name());
        }
        for (ExtractRequest.ExtractType type : ExtractRequest.ExtractType.values()) {
            used.add("form.extractType." + type.name());
        }
        for (StaffStep step : List.of(StaffStep.accept(java.util.UUID.randomUUID()), StaffStep.approve(java.util.UUID.randomUUID()))) {
            used.addAll(List.of(step.headingKey(), step.explainKey(), step.buttonKey()));
        }
        for (AccessOutcome outcome : AccessOutcome.values()) {
            used.add("access.outcome." + outcome.name());
        }
        for (ChainVerification.Breach breach : ChainVerification.Breach.values()) {
            used.add("admin.access.breach." + breach.name());
        }
        used.addAll(List.of("gender.male", "gender.female", "prefill.notFound", "prefill.unavailable"));
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void noTemplateHoldsHardCodedText() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(template.toFile()).getDocumentElement();
            collect(root, TEMPLATES.relativize(template).toString(), problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void collect(Element element, String template, List<String> problems) {
        for (String attribute : VISIBLE_ATTRIBUTES) {
            if (element.hasAttribute(attribute)) {
                problems.add(template + ": <" + element.getTagName() + " " + attribute + "> is not from the bundle");
            }
        }
        boolean replaced = TEXT_ATTRIBUTES.stream().anyMatch(element::hasAttribute);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE && !replaced
                    && !PUNCTUATION_ONLY.matcher(child.getTextContent()).matches()) {
                problems.add(template + ": <" + element.getTagName() + "> holds \"" + child.getTextContent().trim() + "\"");
            } else if (child instanceof Element nested && !"style".equals(nested.getTagName())) {
                collect(nested, template, problems);
            }
        }
    }
}
