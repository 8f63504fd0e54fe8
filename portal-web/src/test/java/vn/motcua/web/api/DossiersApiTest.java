package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.HttpBrowser;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;

/** REST API v1 with real access tokens of the e-ID stand-in, obtained as the mobile app does (code flow with PKCE). */
class DossiersApiTest extends PortalIntegrationTest {

    private static final String MOBILE_REDIRECT = "vn.motcua.mobile:/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Dossiers dossiers;
    @Autowired SecurityAudit audit;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCitizenReadsTheirOwnDossiersAndNobodyElses() throws Exception {
        Dossier ans = dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
        Dossier bichs = dossiers.file(SampleDossiers.ownBirthExtract("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20), "female"));
        String token = mobileToken("079090001234", "openid dossiers.read");

        HttpResponse<String> list = call("/api/v1/dossiers", token);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(ans.code()).doesNotContain(bichs.code());

        HttpResponse<String> own = call("/api/v1/dossiers/" + ans.id(), token);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("status").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(own.body()).get("procedureCode").asString()).isEqualTo("2.000635");

        HttpResponse<String> someoneElses = call("/api/v1/dossiers/" + bichs.id(), token);
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        assertThat(someoneElses.body()).doesNotContain(bichs.code());
        assertThat(call("/api/v1/dossiers/" + UUID.randomUUID(), token).statusCode()).isEqualTo(404);
        assertThat(audit.latest("079090001234", 5)).extracting(SecurityEvent::kind).contains(Kind.OBJECT_REFUSED);
    }

    @Test
    void missingForgedAndForeignTokensAreRefused() throws Exception {
        String token = mobileToken("079195005678", "openid dossiers.read");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("079195005678", "079090001234");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpResponse<String> none = call("/api/v1/dossiers", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(call("/api/v1/dossiers", forged).statusCode()).isEqualTo(401);
        assertThat(call("/api/v1/dossiers", "not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(audit.latest(null, 10)).extracting(SecurityEvent::kind).contains(Kind.TOKEN_REJECTED);
        assertThat(call("/api/v1/dossiers", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutTheReadScopeIsForbidden() throws Exception {
        String token = mobileToken("079201000321", "openid");

        HttpResponse<String> answer = call("/api/v1/dossiers", token);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                .contains("insufficient_scope"));
    }

    @Test
    void unknownApiRoutesAreDenied() throws Exception {
        String token = mobileToken("079201000321", "openid dossiers.read");

        assertThat(call("/api/v1/admin/everything", token).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> call(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portalUrl(path))).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The authorization-code flow of the public mobile client, with PKCE, through the e-ID stand-in's login form. */
    private String mobileToken(String username, String scope) throws Exception {
        String eid = SandboxRunner.baseUrl();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = eid + "/oauth2/authorize?response_type=code&client_id=motcua-mobile&scope="
                + scope.replace(" ", "%20") + "&redirect_uri=" + MOBILE_REDIRECT + "&state=api&code_challenge_method=S256"
                + "&code_challenge=" + challenge;
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> loginPage = browser.follow(browser.get(authorize));
        HttpResponse<String> back = browser.follow(browser.post(eid + "/login", Map.of("username", username,
                "password", "demo", "_csrf", HttpBrowser.csrfToken(loginPage.body()))), target -> target.startsWith(MOBILE_REDIRECT));
        String callback = back.headers().firstValue("Location").orElseThrow();
        String code = URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);

        String form = "grant_type=authorization_code&client_id=motcua-mobile&redirect_uri=" + MOBILE_REDIRECT
                + "&code_verifier=" + verifier + "&code=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8);
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(eid + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body()).get("access_token").asString();
    }
}
