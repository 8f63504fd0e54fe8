package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import vn.motcua.web.support.PortalIntegrationTest;

/** The OpenAPI document describes every REST API v1 route the application maps, with its problems. */
class OpenApiDocumentTest extends PortalIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    private JsonNode document() throws Exception {
        return ApiClient.json(mvc.perform(get(OpenApiConfiguration.DOCUMENT)).andReturn().getResponse());
    }

    @Test
    void everyMappedApiRouteIsDescribedWithASummary() throws Exception {
        Set<String> routes = new TreeSet<>();
        handlerMappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/") && !pattern.startsWith(OpenApiConfiguration.DOCUMENT))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(method.name() + " " + pattern))));
        assertThat(routes).contains("POST /api/v1/drafts/{id}/submission", "GET /api/v1/procedures",
                "GET /api/v1/dossiers/{id}/documents/{documentId}");

        JsonNode paths = document().get("paths");
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(paths.has(path)).as("%s is described", path).isTrue();
            JsonNode operation = paths.get(path).get(method);
            assertThat(operation).as(route).isNotNull();
            assertThat(operation.get("summary").asString()).as("summary of %s", route).isNotBlank();
            operation.get("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().get("content").has("application/problem+json"))
                            .as("%s answers %s as a problem", route, response.getKey()).isTrue();
                }
            });
        }
    }

    @Test
    void submissionDescribesItsIdempotencyKeyAndItsProblems() throws Exception {
        JsonNode document = document();
        JsonNode submission = document.get("paths").get("/api/v1/drafts/{id}/submission").get("post");
        JsonNode key = submission.get("parameters").valueStream()
                .filter(p -> "Idempotency-Key".equals(p.get("name").asString())).findFirst().orElseThrow();
        assertThat(key.get("in").asString()).isEqualTo("header");
        assertThat(key.get("required").asBoolean()).isTrue();
        assertThat(key.get("schema").get("maxLength").asInt()).isEqualTo(100);
        assertThat(submission.get("responses").has("409")).isTrue();
        assertThat(submission.get("responses").has("422")).isTrue();
        assertThat(submission.get("responses").has("403")).isTrue();
        assertThat(submission.get("security").toString()).contains("dossiers.write");
        assertThat(document.get("components").get("schemas").get("Problem").get("properties").has("code")).isTrue();
        assertThat(document.get("paths").get("/api/v1/procedures").get("get").has("security"))
                .as("the catalogue needs no token").isFalse();
        assertThat(document.get("paths").get("/api/v1/drafts/{id}/attachments").get("post").get("requestBody")
                .get("content").has("multipart/form-data")).isTrue();
    }
}
