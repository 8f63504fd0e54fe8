package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Filing procedure 2.000635 through the draft pages with MockMvc: start, two steps, one PDF, submit. */
public final class Filing {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private Filing() {
    }

    /** Starts a draft of the procedure (the prefill happens here) and returns its id. */
    public static UUID startDraft(MockMvc mvc, RequestPostProcessor citizen, String procedureCode) throws Exception {
        String location = mvc.perform(post("/procedures/" + procedureCode + "/file").with(citizen).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("a new draft").startsWith("/my/drafts/");
        return UUID.fromString(location.substring("/my/drafts/".length()));
    }

    /** The request page of 2.000635 for a person, with overrides as name/value pairs. */
    public static Map<String, String> request(String name, String birthDate, String gender, String idNumber,
            String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("extractType", "BIRTH");
        fields.put("subjectName", name);
        fields.put("subjectBirthDate", birthDate);
        fields.put("subjectGender", gender);
        fields.put("subjectIdNumber", idNumber);
        fields.put("registrationPlace", "UBND phường Bến Thành");
        fields.put("registrationNumber", "");
        fields.put("copies", "1");
        fields.put("purpose", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return fields;
    }

    /** A POST of one page of a draft. */
    public static MockHttpServletRequestBuilder step(UUID draft, RequestPostProcessor citizen, int step, String action,
            Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/my/drafts/" + draft).with(citizen).with(csrf())
                .param("step", String.valueOf(step)).param("action", action);
        fields.forEach(request::param);
        return request;
    }

    public static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(UUID draft, RequestPostProcessor citizen, int slot, String name,
            byte[] content) {
        return multipart("/my/drafts/" + draft + "/attachments").file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("slot", String.valueOf(slot)).with(citizen).with(csrf());
    }

    public static MockHttpServletRequestBuilder submit(UUID draft, RequestPostProcessor citizen, String key) {
        return post("/my/drafts/" + draft + "/submit").param("idempotencyKey", key).with(citizen).with(csrf());
    }

    /** Fills both pages and the required document; the draft is then ready to submit. */
    public static UUID readyDraft(MockMvc mvc, RequestPostProcessor citizen, String name, String birthDate, String gender,
            String idNumber) throws Exception {
        UUID draft = startDraft(mvc, citizen, "2.000635");
        mvc.perform(step(draft, citizen, 0, "next", Map.of("phone", "0901234567", "email", "")));
        mvc.perform(step(draft, citizen, 1, "next", request(name, birthDate, gender, idNumber)));
        mvc.perform(upload(draft, citizen, 1, "to-khai.pdf", PDF));
        return draft;
    }

    /** Files a dossier of 2.000635 end to end and returns the dossier's id. */
    public static UUID fileExtract(MockMvc mvc, RequestPostProcessor citizen, String name, String birthDate, String gender,
            String idNumber) throws Exception {
        UUID draft = readyDraft(mvc, citizen, name, birthDate, gender, idNumber);
        String location = mvc.perform(submit(draft, citizen, UUID.randomUUID().toString())).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).as("filed and sent to the dossier's page").startsWith("/my/dossiers/");
        return UUID.fromString(location.substring("/my/dossiers/".length()));
    }
}
