package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.web.security.ApiTokens;

/** Access tokens shaped like the e-ID provider's, turned into authorities by the portal's converter, and API calls. */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String AN = "079090001234";
    static final String BICH = "079195005678";

    private ApiClient() {
    }

    static RequestPostProcessor token(String subject, String name, String birthdate, String gender, String acr,
            String scopes) {
        return jwt().jwt(builder -> builder.subject(subject).claim("account_type", "citizen").claim("acr", acr)
                        .claim("name", name).claim("birthdate", birthdate).claim("gender", gender).claim("scope", scopes))
                .authorities(t -> new ArrayList<GrantedAuthority>(new ApiTokens(staff -> java.util.Set.of()).convert(t).getAuthorities()));
    }

    static RequestPostProcessor an() {
        return token(AN, "Nguyễn Văn An", "1990-05-12", "male", "eid-high", "openid dossiers.read dossiers.write");
    }

    static RequestPostProcessor bich() {
        return token(BICH, "Trần Thị Bích", "1995-08-20", "female", "eid-high", "openid dossiers.read dossiers.write");
    }

    /** Phạm Gia Huy, a child whose e-ID account has the basic level only. */
    static RequestPostProcessor huy() {
        return token("079215000456", "Phạm Gia Huy", "2015-06-01", "male", "eid-basic",
                "openid dossiers.read dossiers.write");
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static MockHttpServletResponse startDraft(MockMvc mvc, RequestPostProcessor who, String procedureCode)
            throws Exception {
        return mvc.perform(post("/api/v1/drafts").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("procedureCode", procedureCode))).with(who))
                .andReturn().getResponse();
    }

    static MockHttpServletResponse save(MockMvc mvc, RequestPostProcessor who, UUID draft, Map<String, Object> body)
            throws Exception {
        return mvc.perform(put("/api/v1/drafts/" + draft).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).with(who)).andReturn().getResponse();
    }

    static MockHttpServletResponse upload(MockMvc mvc, RequestPostProcessor who, UUID draft, int slot, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/api/v1/drafts/" + draft + "/attachments")
                .file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", content))
                .param("slot", String.valueOf(slot)).with(who)).andReturn().getResponse();
    }

    static MockHttpServletResponse submit(MockMvc mvc, RequestPostProcessor who, UUID draft, String key)
            throws Exception {
        var request = post("/api/v1/drafts/" + draft + "/submission").with(who);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The request values of 2.000635 for the person's own birth extract. */
    static Map<String, Object> request(String name, String birthDate, String gender, String idNumber) {
        return Map.of("phone", "0901234567", "email", "", "extractType", "BIRTH", "subjectName", name,
                "subjectBirthDate", birthDate, "subjectGender", gender, "subjectIdNumber", idNumber,
                "registrationPlace", "UBND phường Bến Thành", "copies", "1");
    }

    /** A draft of 2.000635 started, filled and with its required document, through the API only. */
    static UUID readyDraft(MockMvc mvc, RequestPostProcessor who, String name, String birthDate, String gender,
            String idNumber) throws Exception {
        MockHttpServletResponse started = startDraft(mvc, who, "2.000635");
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(201);
        UUID draft = UUID.fromString(json(started).get("id").asString());
        MockHttpServletResponse saved = save(mvc, who, draft, Map.of("values", request(name, birthDate, gender, idNumber)));
        assertThat(json(saved).get("problems")).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(upload(mvc, who, draft, 1, PDF).getStatus()).isEqualTo(201);
        return draft;
    }
}
