package vn.motcua.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.badinput.Fixture.ADMIN;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import vn.motcua.web.badinput.BadInputs.BadInput;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The administrator's forms: a new procedure, a draft's details, the form editor's steps and fields, a BPMN upload, the
 * audit log's filters and a staff assignment. A refused input changes nothing; a kept one is shown escaped.
 */
final class AdminTargets {

    private static final List<String> DETAILS = List.of("name", "field", "onlineLevel", "legalBasis", "receivingAgencyCode",
            "processKey", "feeType", "feeAmount", "deadlineWorkingDays", "cutoffTime", "resultTitle", "documents[0].name",
            "documents[0].copies", "agencies[0].agencyCode");
    private static final List<String> FIELD_SETTINGS = List.of("key", "labelVi", "hintVi", "minLength", "maxLength",
            "pattern", "min", "max", "options", "prefill", "defaultValue", "format");

    private final Fixture fixture;

    AdminTargets(Fixture fixture) {
        this.fixture = fixture;
    }

    private long draft() throws Exception {
        MockHttpServletResponse created = Verdicts.perform(fixture.mvc(), post("/admin/procedures")
                .param("code", "BI." + java.util.UUID.randomUUID().toString().substring(0, 8)).param("name", "Thủ tục thử")
                .param("field", "Thử nghiệm").param("onlineLevel", "FULL").with(ADMIN).with(csrf()));
        return Long.parseLong(created.getRedirectedUrl().substring("/admin/drafts/".length()));
    }

    private long drafts() {
        return fixture.count("select count(*) from procedure_draft");
    }

    Stream<DynamicNode> procedures() throws Exception {
        long draft = draft();
        Stream<DynamicNode> create = Stream.of("code", "name", "field", "onlineLevel").flatMap(name -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest("new procedure " + name + " " + input, () -> {
                    long before = drafts();
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/admin/procedures")
                            .param("code", "BI.NEW").param("name", "Thủ tục").param("field", "Thử").param("onlineLevel", "FULL")
                            .param(name, input.value()).with(ADMIN).with(csrf()), input);
                    if (answer.getStatus() == 302) {
                        fixture.jdbc().sql("delete from procedure_draft where procedure_code = 'BI.NEW'").update();
                    } else {
                        assertThat(drafts()).isEqualTo(before);
                    }
                })));
        Stream<DynamicNode> details = DETAILS.stream().flatMap(name -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest("details " + name + " " + input, () -> {
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/admin/drafts/{id}", draft)
                            .param("name", "Thủ tục").param("field", "Thử").param("onlineLevel", "FULL")
                            .param(name, input.value()).with(ADMIN).with(csrf()), input);
                    assertThat(answer.getStatus()).isIn(200, 302);
                    Verdicts.check(fixture.mvc(), get("/admin/drafts/{id}", draft).with(ADMIN), input);
                })));
        Stream<DynamicNode> fields = FIELD_SETTINGS.stream().flatMap(name -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest("field " + name + " " + input, () -> {
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), post("/admin/drafts/{id}/fields/0-0", draft)
                            .param("key", "phone").param("labelVi", "Điện thoại").param(name, input.value())
                            .with(ADMIN).with(csrf()), input);
                    assertThat(answer.getStatus()).isIn(200, 302);
                    Verdicts.check(fixture.mvc(), get("/admin/drafts/{id}/fields/0-0", draft).with(ADMIN), input);
                    Verdicts.check(fixture.mvc(), get("/admin/drafts/{id}/preview", draft).with(ADMIN), input);
                })));
        Stream<DynamicNode> steps = Stream.of("stepKey", "titleVi").flatMap(name -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest("step " + name + " " + input, () -> {
                    Verdicts.check(fixture.mvc(), post("/admin/drafts/{id}/steps", draft).param("stepKey", "s")
                            .param("titleVi", "Bước").param(name, input.value()).with(ADMIN).with(csrf()), input);
                    Verdicts.check(fixture.mvc(), post("/admin/drafts/{id}/steps/0/fields", draft).param("type", input.value())
                            .param("key", input.value()).param("labelVi", input.value()).with(ADMIN).with(csrf()), input);
                })));
        Stream<DynamicNode> publish = Stream.of(dynamicTest("publish the battered draft", () -> {
            Verdicts.check(fixture.mvc(), post("/admin/drafts/{id}/publish", draft).with(ADMIN).with(csrf()), null);
            Verdicts.check(fixture.mvc(), get("/admin/procedures").with(ADMIN), null);
        }));
        return Stream.of(dynamicContainer("administrators' procedures and forms",
                Stream.of(create, details, fields, steps, publish).flatMap(s -> s)));
    }

    Stream<DynamicNode> processUploads() {
        String doctype = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">
                <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <process id="xxe" name="&xxe;&b;" isExecutable="true"><startEvent id="s"/></process>
                </definitions>""";
        Stream<DynamicNode> files = Stream.concat(BadInputs.files(2L * 1024 * 1024).stream()
                .map(file -> new Object[] {file.name(), file.fileName(), file.content()}),
                Stream.of(new Object[] {"external entity and entity expansion", "xxe.bpmn20.xml", doctype.getBytes(StandardCharsets.UTF_8)},
                        new Object[] {"not XML", "process.bpmn", "{\"process\": 1}".getBytes(StandardCharsets.UTF_8)}))
                .map(file -> dynamicTest("BPMN file " + file[0], () -> {
                    long before = fixture.count("select count(*) from act_re_procdef");
                    MockHttpServletResponse answer = Verdicts.check(fixture.mvc(), multipart("/admin/processes")
                            .file(new MockMultipartFile("file", (String) file[1], "text/xml", (byte[]) file[2]))
                            .with(ADMIN).with(csrf()), new BadInput((String) file[0], (String) file[1]));
                    assertThat(answer.getStatus()).isEqualTo(200);
                    assertThat(answer.getContentAsString()).doesNotContain("root:x:0:0");
                    assertThat(fixture.count("select count(*) from act_re_procdef")).as("nothing deployed").isEqualTo(before);
                }));
        return Stream.of(dynamicContainer("BPMN uploads", files));
    }

    Stream<DynamicNode> auditAndStaff() {
        Stream<DynamicNode> filters = Stream.of("actor", "source", "from", "to").flatMap(name -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest("audit filter " + name + " " + input, () -> {
                    MockHttpServletResponse page = Verdicts.check(fixture.mvc(),
                            get("/admin/audit").param(name, input.value()).with(ADMIN), input);
                    assertThat(page.getStatus()).isEqualTo(200);
                })));
        Stream<DynamicNode> staff = Stream.of("agencyCode", "roles").flatMap(name -> BadInputs.TEXT.stream()
                .map(input -> dynamicTest("staff " + name + " " + input, () -> {
                    String before = fixture.jdbc().sql("select a.agency_code || string_agg(r.role, ',') from staff_account a "
                            + "join staff_role r on r.username = a.username where a.username = 'tiepnhan.tanphu' "
                            + "group by a.agency_code").query(String.class).single();
                    Verdicts.check(fixture.mvc(), post("/admin/staff/tiepnhan.tanphu").param("agencyCode", "H29.12.07")
                            .param("roles", "CLERK").param("active", "true").param(name, input.value())
                            .with(ADMIN).with(csrf()), input);
                    String after = fixture.jdbc().sql("select a.agency_code || coalesce(string_agg(r.role, ','), '') "
                            + "from staff_account a left join staff_role r on r.username = a.username "
                            + "where a.username = 'tiepnhan.tanphu' group by a.agency_code").query(String.class).single();
                    assertThat(after).as("a bad assignment changes nothing").isEqualTo(before);
                })));
        Stream<DynamicNode> paths = BadInputs.CODES.stream().map(input -> dynamicTest("paths " + input, () -> {
            Verdicts.check(fixture.mvc(), get("/admin/staff/{u}", input.value()).with(ADMIN), input);
            Verdicts.check(fixture.mvc(), post("/admin/procedures/{c}/draft", input.value()).with(ADMIN).with(csrf()), input);
            Verdicts.check(fixture.mvc(), get("/admin/drafts/{id}/fields/{ref}", "1", input.value()).with(ADMIN), input);
            Verdicts.check(fixture.mvc(), get("/admin/drafts/{id}", input.value()).with(ADMIN), input);
        }));
        return Stream.of(dynamicContainer("audit filters and staff", Stream.of(filters, staff, paths).flatMap(s -> s)));
    }
}
