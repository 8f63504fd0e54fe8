package vn.motcua.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.authoring.Authoring;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * An administrator prepares procedures through the pages: bad input gets a message next to its input and changes
 * nothing; publishing creates a new version and leaves dossiers filed before on theirs; a BPMN upload is checked
 * before it is deployed. It publishes procedures, so it runs in the context of the catalogue-changing tests.
 */
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
class ProcedureAuthoringTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");

    @Autowired Authoring authoring;
    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;
    @Autowired org.flowable.engine.RepositoryService repository;

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    private long createDraft(String code) throws Exception {
        MockHttpServletResponse created = perform(post("/admin/procedures").param("code", code)
                .param("name", "Xác nhận thông tin thử nghiệm " + code).param("field", "Thử nghiệm").param("onlineLevel", "FULL"));
        assertThat(created.getRedirectedUrl()).startsWith("/admin/drafts/");
        return Long.parseLong(created.getRedirectedUrl().substring("/admin/drafts/".length()));
    }

    private MockHttpServletRequestBuilder details(long id, String legalBasis, String feeAmount) {
        return details(id, legalBasis, feeAmount, "15:00");
    }

    private MockHttpServletRequestBuilder details(long id, String legalBasis, String feeAmount, String cutoff) {
        return post("/admin/drafts/" + id).param("name", "Xác nhận thông tin thử nghiệm").param("field", "Thử nghiệm")
                .param("onlineLevel", "FULL").param("legalBasis", legalBasis).param("cutoffTime", cutoff).param("receivingAgencyCode", "H29.12.05")
                .param("processKey", "civil-status-extract-copy").param("feeType", "LE_PHI").param("feeAmount", feeAmount)
                .param("deadlineWorkingDays", "3").param("resultTitle", "Giấy xác nhận")
                .param("documents[0].name", "Tờ khai").param("documents[0].originals", "1")
                .param("documents[0].certifiedCopies", "0").param("documents[0].copies", "2").param("documents[0].required", "true")
                .param("documents[1].name", "").param("documents[1].originals", "1")
                .param("agencies[0].agencyCode", "H29.12.05.CA").param("agencies[0].task", "Xác minh nơi cư trú");
    }

    private long procedureVersions(String code) {
        return jdbc.sql("select count(*) from procedure_version v join procedure p on p.id = v.procedure_id where p.code = :code")
                .param("code", code).query(Long.class).single();
    }

    @Test
    void publishingANewVersionLeavesADossierFiledBeforeOnItsVersion() throws Exception {
        long id = createDraft("AUT.01");
        assertThat(perform(details(id, "Luật Thử nghiệm 2026", "20.000")).getRedirectedUrl()).isEqualTo("/admin/drafts/" + id);
        assertThat(perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "NUMBER").param("key", "copies")
                .param("labelVi", "Số bản")).getRedirectedUrl()).startsWith("/admin/drafts/" + id);
        assertThat(perform(post("/admin/drafts/" + id + "/fields/0-1").param("action", "save").param("key", "copies")
                .param("labelVi", "Số bản").param("required", "true").param("min", "1").param("max", "5"))
                .getRedirectedUrl()).startsWith("/admin/drafts/" + id);

        MockHttpServletResponse published = perform(post("/admin/drafts/" + id + "/publish"));
        assertThat(published.getRedirectedUrl()).isEqualTo("/admin/procedures");
        assertThat(jdbc.sql("select count(*) from procedure_draft where id = :id").param("id", id).query(Long.class).single())
                .as("the draft is gone once published").isZero();
        String page = mvc.perform(get("/procedures/AUT.01")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Luật Thử nghiệm 2026", "Tờ khai", "Xác minh nơi cư trú");

        Dossier filedBefore = dossiers.file(new FileDossier("AUT.01", new Applicant("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", null, "0901234567", null), Channel.ONLINE, Map.of("copies", 2L)));
        assertThat(filedBefore.procedureVersion().version()).isEqualTo(1);

        String list = perform(get("/admin/procedures")).getContentAsString();
        assertThat(list).contains("new-version-AUT.01");
        MockHttpServletResponse next = perform(post("/admin/procedures/AUT.01/draft"));
        long nextId = Long.parseLong(next.getRedirectedUrl().substring("/admin/drafts/".length()));
        assertThat(authoring.get(nextId).legalBasis()).as("copied from the current version").isEqualTo("Luật Thử nghiệm 2026");
        assertThat(authoring.form(nextId).definition().field("copies")).as("the form is copied too").isPresent();
        perform(details(nextId, "Luật Thử nghiệm 2026; Thông tư sửa đổi", "30.000"));
        assertThat(perform(post("/admin/drafts/" + nextId + "/publish")).getRedirectedUrl()).isEqualTo("/admin/procedures");

        assertThat(procedureVersions("AUT.01")).isEqualTo(2);
        Dossier reread = dossiers.get(filedBefore.id());
        assertThat(reread.procedureVersion().version()).isEqualTo(1);
        assertThat(reread.procedureVersion().feeAmount()).isEqualTo(20_000);
        assertThat(reread.procedureVersion().legalBasis()).isEqualTo("Luật Thử nghiệm 2026");
        Dossier filedAfter = dossiers.file(new FileDossier("AUT.01", new Applicant("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", null, "0901234567", null), Channel.ONLINE, Map.of("copies", 1L)));
        assertThat(filedAfter.procedureVersion().version()).isEqualTo(2);
        assertThat(filedAfter.procedureVersion().feeAmount()).isEqualTo(30_000);
        assertThat(perform(get("/admin/audit").param("source", "ADMIN")).getContentAsString())
                .contains("PROCEDURE_PUBLISHED", "AUT.01", "version 2");
    }

    @Test
    void twoAdministratorsPublishingOneDraftAtOnceMakeOneVersion() throws Exception {
        long id = createDraft("AUT.05");
        perform(details(id, "Luật Thử nghiệm", "0"));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<String> publish = () -> {
            start.await();
            try {
                return "published " + authoring.publish(id, "quantri").version();
            } catch (vn.motcua.cases.authoring.DraftNotFoundException e) {
                return "gone";
            }
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(publish);
            var second = pool.submit(publish);
            assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder("published 1", "gone");
        } finally {
            pool.shutdown();
        }
        assertThat(procedureVersions("AUT.05")).isEqualTo(1);
    }

    @Test
    void publishingWithoutLegalBasisIsRefusedWithAMessageNextToItAndChangesNothing() throws Exception {
        long id = createDraft("AUT.02");
        perform(details(id, "", "0"));

        String page = perform(post("/admin/drafts/" + id + "/publish")).getContentAsString();

        assertThat(page).contains("id=\"legalBasis-error\"", "Vui lòng nhập căn cứ pháp lý trước khi công bố.",
                "id=\"error-summary\"", "href=\"#legalBasis\"");
        assertThat(procedureVersions("AUT.02")).isZero();
        assertThat(jdbc.sql("select count(*) from procedure where code = 'AUT.02'").query(Long.class).single()).isZero();
        assertThat(authoring.get(id).procedureCode()).isEqualTo("AUT.02");
    }

    @Test
    void badDetailsAndImpossibleFieldRulesAreRefusedWholeWithMessagesNextToTheirInputs() throws Exception {
        long id = createDraft("AUT.03");
        perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "NUMBER").param("key", "copies").param("labelVi", "Số bản"));
        perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "TEXT").param("key", "code").param("labelVi", "Mã"));
        Object formBefore = authoring.get(id).formDefinition();
        String nameBefore = authoring.get(id).name();

        String badDetails = perform(details(id, "Luật", "hai mươi nghìn", "25:99").param("agencies[1].agencyCode", "H99.NOPE").param("agencies[1].task", "Không rõ")).getContentAsString();
        assertThat(badDetails).contains("id=\"feeAmount-error\"", "id=\"cutoffTime-error\"", "Không có cơ quan mã H99.NOPE.")
                .as("what was typed comes back").contains("hai mươi nghìn");
        assertThat(authoring.get(id).name()).as("nothing was applied").isEqualTo(nameBefore);
        assertThat(authoring.get(id).legalBasis()).isEmpty();

        String duplicate = perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "TEXT").param("key", "phone")
                .param("labelVi", "Số điện thoại khác")).getContentAsString();
        assertThat(duplicate).contains("Mã phone đã được dùng cho trường khác trong biểu mẫu.", "id=\"newField0-key\"",
                "href=\"#newField0-key\"");

        String range = perform(post("/admin/drafts/" + id + "/fields/0-1").param("key", "copies").param("labelVi", "Số bản")
                .param("min", "10").param("max", "1")).getContentAsString();
        assertThat(range).contains("id=\"min-error\"", "Giá trị nhỏ nhất (10) lớn hơn giá trị lớn nhất (1)");

        String pattern = perform(post("/admin/drafts/" + id + "/fields/0-2").param("key", "code").param("labelVi", "Mã")
                .param("pattern", "[0-9").param("minLength", "8").param("maxLength", "4")).getContentAsString();
        assertThat(pattern).contains("id=\"pattern-error\"", "Mẫu kiểm tra không phải biểu thức chính quy hợp lệ",
                "id=\"minLength-error\"", "Độ dài tối thiểu (8) lớn hơn độ dài tối đa (4)");

        String hiddenRequired = perform(post("/admin/drafts/" + id + "/fields/0-2").param("key", "code").param("labelVi", "Mã")
                .param("required", "true").param("hidden", "true").param("defaultValue", "A1")).getContentAsString();
        assertThat(hiddenRequired).contains("id=\"hidden-error\"",
                "Trường ẩn không thể bắt buộc: công dân không thấy nên không bao giờ điền được.");

        String emptyLabel = perform(post("/admin/drafts/" + id + "/fields/0-2").param("key", "2bad").param("labelVi", ""))
                .getContentAsString();
        assertThat(emptyLabel).contains("id=\"key-error\"", "id=\"labelVi-error\"");
        assertThat(authoring.get(id).formDefinition()).as("no change was half-applied").isEqualTo(formBefore);

        String taken = perform(post("/admin/procedures").param("code", "2.000635").param("name", "Trùng")
                .param("field", "Hộ tịch").param("onlineLevel", "FULL")).getContentAsString();
        assertThat(taken).contains("id=\"code-error\"", "Mã thủ tục 2.000635 đã có.");

        assertThat(mvc.perform(get("/admin/drafts/" + id + "/fields/9-9").with(ADMIN)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/admin/drafts/999999").with(ADMIN)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thePreviewDrawsTheFormWithTheCitizenFragments() throws Exception {
        long id = createDraft("AUT.04");
        perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "CHOICE").param("key", "kind").param("labelVi", "Loại giấy"));
        perform(post("/admin/drafts/" + id + "/fields/0-1").param("key", "kind").param("labelVi", "Loại giấy")
                .param("options", "A | Bản chính\nB | Bản sao"));
        perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "GROUP").param("key", "members").param("labelVi", "Thành viên"));
        perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "TEXT").param("key", "memberName")
                .param("labelVi", "Tên thành viên").param("group", "2"));

        String preview = perform(get("/admin/drafts/" + id + "/preview")).getContentAsString();

        assertThat(preview).contains("Số điện thoại liên hệ", "Loại giấy", "Bản chính", "Bản sao", "Tên thành viên",
                "name=\"members[0].memberName\"", "disabled=\"disabled\"");
    }

    @Test
    void aProcessUploadIsCheckedBeforeItIsDeployed() throws Exception {
        long before = repository.createProcessDefinitionQuery().count();

        assertThat(upload("<definitions><process").getContentAsString()).contains("Tệp không phải BPMN hợp lệ");
        assertThat(upload(process("<userTask id=\"check\" motcua:status=\"4\"/>")).getContentAsString())
                .contains("Bước check chưa có nhóm xử lý");
        assertThat(upload(process("<userTask id=\"check\" flowable:candidateGroups=\"${agencyCode}:SPECIALIST\"/>"))
                .getContentAsString()).contains("Bước check chưa có trạng thái hồ sơ");
        assertThat(upload(process("<userTask id=\"check\" motcua:status=\"4\" flowable:candidateGroups=\"H99.99:SPECIALIST\"/>"))
                .getContentAsString()).contains("Bước check giao cho cơ quan mã H99.99, không có trong danh sách cơ quan.");
        assertThat(upload(process("<userTask id=\"check\" motcua:status=\"4\" flowable:candidateGroups=\"${agencyCode}:BOSS\"/>"))
                .getContentAsString()).contains("Bước check có nhóm xử lý «${agencyCode}:BOSS» không đúng dạng");
        assertThat(upload("").getContentAsString()).contains("Chưa chọn tệp, hoặc tệp rỗng.");
        assertThat(repository.createProcessDefinitionQuery().count()).as("nothing was deployed").isEqualTo(before);

        byte[] valid = getClass().getResourceAsStream("one-step.bpmn20.xml").readAllBytes();
        MockHttpServletResponse deployed = perform(multipart("/admin/processes").file("file", valid));
        assertThat(deployed.getRedirectedUrl()).isEqualTo("/admin/processes");
        assertThat(perform(get("/admin/processes")).getContentAsString()).contains("process-admin-one-step-");
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(before + 1);
    }

    private MockHttpServletResponse upload(String content) throws Exception {
        return perform(multipart("/admin/processes").file(new org.springframework.mock.web.MockMultipartFile("file",
                "upload.bpmn20.xml", "text/xml", content.getBytes(StandardCharsets.UTF_8))));
    }

    private static String process(String task) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                             xmlns:motcua="https://motcua.vn/bpmn" targetNamespace="https://motcua.vn/processes">
                    <process id="upload-check" isExecutable="true">
                        <startEvent id="s"/>
                        <sequenceFlow id="f1" sourceRef="s" targetRef="check"/>
                        %s
                        <sequenceFlow id="f2" sourceRef="check" targetRef="e"/>
                        <endEvent id="e"/>
                    </process>
                </definitions>""".formatted(task);
    }

    // agency: a deadline in working hours
    @Test
    void aDraftWithADeadlineInWorkingHoursPublishesAVersionWhoseDeadlineIsInHours() throws Exception {
        long id = createDraft("AUT.H1");
        perform(post("/admin/drafts/" + id + "/steps/0/fields").param("type", "NUMBER").param("key", "copies").param("labelVi", "Số bản"));
        assertThat(perform(details(id, "Luật Thử nghiệm 2026", "20.000")).getRedirectedUrl()).isEqualTo("/admin/drafts/" + id);
        assertThat(authoring.get(id).deadlineWorkingHours()).isNull();

        for (String[] bad : new String[][] {{"HOURS", "0"}, {"HOURS", "201"}, {"HOURS", "8,5"}, {"HOURS", ""},
                {"HOURS", "tám"}}) {
            String refused = perform(details(id, "Luật khác", "20.000").param("deadlineUnit", bad[0])
                    .param("deadlineWorkingHours", bad[1])).getContentAsString();
            assertThat(refused).as("hours %s", bad[1]).contains("id=\"deadlineWorkingHours-error\"",
                    "Thời hạn theo giờ phải là số nguyên từ 1 đến 200.", "href=\"#deadlineWorkingHours\"");
        }
        assertThat(perform(details(id, "Luật khác", "20.000").param("deadlineUnit", "WEEKS").param("deadlineWorkingHours", "8"))
                .getContentAsString()).contains("id=\"deadlineUnit-error\"");
        assertThat(perform(details(id, "Luật khác", "20.000").param("deadlineUnit", "DAYS").param("deadlineWorkingDays", "366"))
                .getContentAsString()).contains("id=\"deadlineWorkingDays-error\"");
        assertThat(authoring.get(id).legalBasis()).as("nothing was applied").isEqualTo("Luật Thử nghiệm 2026");
        assertThat(authoring.get(id).deadlineWorkingDays()).isEqualTo(3);
        assertThat(authoring.get(id).deadlineWorkingHours()).isNull();

        assertThat(perform(details(id, "Luật Thử nghiệm 2026", "20.000").param("deadlineUnit", "HOURS")
                .param("deadlineWorkingHours", " 16 ")).getRedirectedUrl()).isEqualTo("/admin/drafts/" + id);
        assertThat(authoring.get(id).deadlineWorkingHours()).isEqualTo(16);
        assertThat(authoring.get(id).deadlineWorkingDays()).as("only the chosen unit is kept").isZero();
        String editor = perform(get("/admin/drafts/" + id)).getContentAsString();
        assertThat(editor).containsPattern("id=\"deadlineUnit-HOURS\"[^>]*checked")
                .containsPattern("id=\"deadlineWorkingHours\"[^>]*value=\"16\"");

        assertThat(perform(post("/admin/drafts/" + id + "/publish")).getRedirectedUrl()).isEqualTo("/admin/procedures");
        Dossier filed = dossiers.file(new FileDossier("AUT.H1", new Applicant("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", null, "0901234567", null), Channel.ONLINE, Map.of("copies", 1L)));
        assertThat(filed.procedureVersion().deadlineRule().workingHours()).isEqualTo(16);
        assertThat(filed.procedureVersion().deadlineRule().workingDays()).isZero();

        long nextId = Long.parseLong(perform(post("/admin/procedures/AUT.H1/draft")).getRedirectedUrl()
                .substring("/admin/drafts/".length()));
        assertThat(authoring.get(nextId).deadlineWorkingHours()).as("a new draft keeps the version's hours").isEqualTo(16);
        assertThat(perform(details(nextId, "Luật Thử nghiệm 2026", "20.000").param("deadlineUnit", "DAYS")
                .param("deadlineWorkingHours", "16")).getRedirectedUrl()).isEqualTo("/admin/drafts/" + nextId);
        assertThat(authoring.get(nextId).deadlineWorkingHours()).as("back to working days").isNull();
        assertThat(authoring.get(nextId).deadlineWorkingDays()).isEqualTo(3);
    }

}
