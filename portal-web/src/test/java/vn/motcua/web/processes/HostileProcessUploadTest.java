package vn.motcua.web.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * Uploaded processes are data, not code: a corpus of hostile BPMN files, one per trick (test resources under
 * {@code hostile/}), uploaded through the administrator's page. Each is refused with its own message naming the
 * element and the reason, and none deploys anything.
 */
class HostileProcessUploadTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");
    private static final String DOCTYPE = "Tệp BPMN không được chứa khai báo DOCTYPE hay ENTITY";

    @Autowired RepositoryService repository;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("shell-task", "Bước run là tác vụ dịch vụ kiểu «shell»"),
                Arguments.of("http-task", "Bước run là tác vụ dịch vụ kiểu «http»"),
                Arguments.of("camel-task", "Bước run là tác vụ dịch vụ kiểu «camel»"),
                Arguments.of("mule-task", "Bước run là tác vụ dịch vụ kiểu «mule»"),
                Arguments.of("script-task", "Phần tử run thuộc loại «scriptTask», không được dùng trong quy trình tải lên"),
                Arguments.of("bean-in-condition", "Phần tử toAgain: biểu thức «${runtimeService.createProcessInstanceQuery()"
                        + ".count() > 0}» gọi phương thức «runtimeService.createProcessInstanceQuery», không được phép"),
                Arguments.of("bean-in-assignee",
                        "Phần tử intake: biểu thức «${staffDirectory.anyone()}» gọi phương thức «staffDirectory.anyone»"),
                Arguments.of("bean-in-service-expression",
                        "Bước run chạy biểu thức «${repositoryService.deleteDeployment('1', true)}» (flowable:expression)"),
                Arguments.of("getclass-in-condition", "gọi phương thức «….getClass», không được phép"),
                Arguments.of("class-delegate", "Bước run nạp lớp Java «org.example.Evil» (flowable:class): không được phép"),
                Arguments.of("unregistered-delegate",
                        "Bước run gọi «${dataSource}», không phải bộ xử lý đã đăng ký của cổng. Các bộ xử lý được dùng: "),
                Arguments.of("execution-listener-class", "Phần tử intake gắn bộ lắng nghe «org.example.Evil»"),
                Arguments.of("execution-listener-expression", "Phần tử intake gắn bộ lắng nghe "
                        + "«${runtimeService.deleteProcessInstance(execution.processInstanceId, 'x')}»"),
                Arguments.of("task-listener", "Phần tử intake gắn bộ lắng nghe «${issueResult}»"),
                Arguments.of("timer-start", "Sự kiện bắt đầu filed có «timerEventDefinition»: quy trình chỉ bắt đầu khi hồ sơ được nộp"),
                Arguments.of("billion-laughs", DOCTYPE),
                Arguments.of("external-entity", DOCTYPE),
                Arguments.of("external-entity-utf16", DOCTYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileProcessIsRefusedWithItsMessageAndDeploysNothing(String name, String message) throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        long definitions = repository.createProcessDefinitionQuery().count();

        MockHttpServletResponse response = mvc.perform(multipart("/admin/processes")
                .file(new MockMultipartFile("file", name + ".bpmn20.xml", "text/xml", read(name))).with(ADMIN).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).as("no success redirect").isNull();
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString())).contains("id=\"process-problems\"", message);
        assertThat(repository.createDeploymentQuery().count()).as("no deployment").isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().count()).as("no process definition").isEqualTo(definitions);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("hostile-" + name).count()).isZero();
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = HostileProcessUploadTest.class.getResourceAsStream("hostile/" + name + ".bpmn20.xml")) {
            assertThat(in).as("corpus file %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
