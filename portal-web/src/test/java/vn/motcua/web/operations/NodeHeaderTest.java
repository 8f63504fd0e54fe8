package vn.motcua.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.motcua.web.support.PortalIntegrationTest;

/**
 * Every answer of the main port names the node that gave it: the host name unless {@code motcua.node-name} says
 * otherwise, on pages as on redirects to the login.
 */
class NodeHeaderTest extends PortalIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesAndRedirectsNameTheHostByDefault() throws Exception {
        HttpResponse<Void> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("X-Motcua-Node")).hasValue(NodeHeader.hostName());

        HttpResponse<Void> protectedPage = get("/my/dossiers");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("X-Motcua-Node")).hasValue(NodeHeader.hostName());
    }

    @Test
    void theConfiguredNameWins() throws Exception {
        var filter = new NodeHeader().nodeHeaderFilter("  node-2 ").getFilter();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, chain);
        assertThat(response.getHeader("X-Motcua-Node")).isEqualTo("node-2");
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
    }

    private HttpResponse<Void> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portalUrl(path))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
