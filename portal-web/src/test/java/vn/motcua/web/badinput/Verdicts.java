package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.web.badinput.BadInputs.BadInput;

/**
 * What every answer to a bad input must satisfy, and the tally of cases run and 5xx answers. An exception that escapes
 * MockMvc is what the container would answer with 500, so it counts as a 5xx.
 */
final class Verdicts {

    static final AtomicInteger CASES = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?:java|javax|jakarta|org|com|vn|tools)\\.[a-z0-9_]+\\.[\\w.$]*(?:Exception|Error)\\b"
                    + "|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|Whitelabel Error Page|Caused by:");
    private static final Pattern EVALUATED_49 = Pattern.compile("(?:value=\"49\"|>\\s*49\\s*<|\"49\")");

    private Verdicts() {
    }

    /** Performs the request; an escaping exception is recorded as a 5xx and fails the case. */
    static MockHttpServletResponse perform(MockMvc mvc, RequestBuilder request) {
        CASES.incrementAndGet();
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            return response;
        } catch (Exception e) {
            SERVER_ERRORS.incrementAndGet();
            throw new AssertionError("The request ended in an exception the container would answer with 500", e);
        }
    }

    /** Performs the request and checks its answer against the input. */
    static MockHttpServletResponse check(MockMvc mvc, RequestBuilder request, BadInput input) {
        MockHttpServletResponse response = perform(mvc, request);
        answerIsSafe(response, input);
        return response;
    }

    /**
     * Performs a REST API request and checks its answer: safe as any other, an error as a problem detail (RFC 9457),
     * a success as well-formed JSON when it is JSON. A bare status without a body is accepted only from the layers a
     * request meets before the API's controllers (the firewall, security, content negotiation), which the container
     * then renders.
     */
    static MockHttpServletResponse checkApi(MockMvc mvc, RequestBuilder request, BadInput input) {
        MockHttpServletResponse response = check(mvc, request, input);
        String type = response.getContentType();
        if (response.getStatus() >= 400 && response.getContentLength() == 0 && body(response).isEmpty()) {
            // refused before any API controller: the firewall (400), security (401, 403), no mapping for the type (415)
            assertThat(response.getStatus()).as("a bare status from the layers before the API").isIn(400, 401, 403, 415);
        } else if (response.getStatus() >= 400) {
            assertThat(type).as("content type of a %d (body: %s)", response.getStatus(), abbreviate(body(response)))
                    .startsWith("application/problem+json");
            assertThat(DraftApiTargets.json(response).has("status")).as("a problem detail").isTrue();
        } else if (type != null && type.startsWith("application/json")) {
            assertThat(DraftApiTargets.json(response)).as("well-formed JSON").isNotNull();
        }
        return response;
    }

    /** No 5xx, no internals, no markup or evaluated expression of the input, a clean redirect address. */
    static void answerIsSafe(MockHttpServletResponse response, BadInput input) {
        String body = body(response);
        assertThat(response.getStatus()).as("status (body: %s)", abbreviate(body)).isLessThan(500);
        assertThat(STACK_TRACE.matcher(body).find()).as("internals in the answer: %s", abbreviate(body)).isFalse();
        String location = response.getHeader("Location");
        if (location != null) {
            assertThat(location).as("redirect address").doesNotContainPattern("[\\s<>\"\\u0000-\\u001F]");
        }
        if (input == null) {
            return;
        }
        boolean html = response.getContentType() != null && response.getContentType().startsWith("text/html");
        if (html && input.isMarkup()) {
            assertThat(body).as("the input unescaped in the page").doesNotContainIgnoringCase(input.value());
        }
        if (input.evaluatesTo() != null) {
            if (input.evaluatesTo().length() >= 4) {
                assertThat(body).as("the expression evaluated").doesNotContain(input.evaluatesTo());
            } else if (html) {
                assertThat(EVALUATED_49.matcher(body).find()).as("the expression evaluated where it was typed").isFalse();
            }
        }
    }

    /** A page that shows the typed value back shows it as typed: escaped, and never evaluated. */
    static void echoedAsTyped(MockHttpServletResponse page, BadInput input) {
        if (input.isEchoable() && (input.evaluatesTo() != null || input.isMarkup())) {
            assertThat(body(page)).as("the value shown back as typed").contains(HtmlUtils.htmlEscape(input.value()));
        }
    }

    static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
