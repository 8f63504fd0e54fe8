package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Pages link to the static files under names that carry a hash of their content; such a name is cached for a year as
 * immutable, the plain name is revalidated. Addresses that are not static files are left as they are.
 */
class StaticResourcesTest extends PortalIntegrationTest {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @Test
    void pagesLinkTheStylesheetByTheHashOfItsContent() throws Exception {
        HttpBrowser browser = new HttpBrowser();

        for (String page : new String[] { "/", "/procedures", "/procedures/2.000635" }) {
            String body = browser.get(portalUrl(page)).body();
            assertThat(stylesheet(body)).as(page).isEqualTo("/css/portal-" + md5("static/css/portal.css") + ".css");
            assertThat(body).as(page).contains("href=\"/\"", "href=\"/verify\"", "href=\"/oauth2/authorization/eid\"");
        }
    }

    @Test
    void aHashedNameIsCachedForAYearAndThePlainNameIsRevalidated() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        String hashed = stylesheet(browser.get(portalUrl("/")).body());

        HttpResponse<String> versioned = browser.get(portalUrl(hashed));
        HttpResponse<String> plain = browser.get(portalUrl("/css/portal.css"));

        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(versioned.body()).isEqualTo(plain.body());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void aWrongHashIsNotServed() {
        HttpResponse<String> wrong = new HttpBrowser().get(portalUrl("/css/portal-0123456789abcdef0123456789abcdef.css"));

        assertThat(wrong.statusCode()).isEqualTo(404);
    }

    @Test
    void scriptsAndWebJarsAreCachedForAYear() throws Exception {
        HttpBrowser browser = new HttpBrowser();

        HttpResponse<String> script = browser.get(portalUrl("/js/upload-progress-" + md5("static/js/upload-progress.js") + ".js"));
        HttpResponse<String> webjar = browser.get(portalUrl("/webjars/echarts/5.3.1/dist/echarts.min.js"));

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(webjar.statusCode()).isEqualTo(200);
        assertThat(webjar.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }

    private static String stylesheet(String page) {
        Matcher link = STYLESHEET.matcher(page);
        assertThat(link.find()).as("the page links a stylesheet").isTrue();
        return link.group(1);
    }

    private static String md5(String classpathFile) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = new ClassPathResource(classpathFile).getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(in.readAllBytes()));
        }
    }
}
