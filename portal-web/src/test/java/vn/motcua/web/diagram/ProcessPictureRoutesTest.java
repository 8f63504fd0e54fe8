package vn.motcua.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

class ProcessPictureRoutesTest extends PortalIntegrationTest {

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;

    private UUID submitted() {
        return dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                "male")).id();
    }

    @Test
    void theClerkOfTheAgencyGetsThePictureAsAPrivatelyCachedPng() throws Exception {
        UUID id = submitted();

        MockHttpServletResponse response = mvc.perform(get("/desk/dossiers/" + id + "/diagram.png")
                .with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK"))).andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("private").doesNotContain("public");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(300);
    }

    @Test
    void theClerkOfAnotherAgencyGetsNotFound() throws Exception {
        UUID id = submitted();

        mvc.perform(get("/desk/dossiers/" + id + "/diagram.png").with(Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/desk/dossiers/" + UUID.randomUUID() + "/diagram.png")
                .with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK"))).andExpect(status().isNotFound());
    }

    @Test
    void theLeaderSeesThePictureAndTheStepsAsTextOnTheInboxPage() throws Exception {
        UUID id = submitted();
        desk.accept(id, SampleDossiers.CLERK);
        desk.review(id, SampleDossiers.SPECIALIST);

        mvc.perform(get("/inbox/dossiers/" + id + "/diagram.png").with(Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER")))
                .andExpect(status().isOk());
        mvc.perform(get("/inbox/dossiers/" + id + "/diagram.png").with(Logins.staff("lanhdao.tanphu", "H29.12.07", "LEADER")))
                .andExpect(status().isNotFound());

        String html = mvc.perform(get("/inbox/dossiers/" + id).with(Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = html.replaceAll("\\s+", " ");
        String code = dossiers.get(id).code();
        assertThat(page).contains("<img id=\"process-diagram\" class=\"diagram\" src=\"/inbox/dossiers/" + id + "/diagram.png\"");
        assertThat(page).containsPattern("alt=\"[^\"]*" + java.util.regex.Pattern.quote(code) + "[^\"]*Phê duyệt và ký kết quả[^\"]*\"");
        assertThat(page).contains("<li data-state=\"DONE\"> <span>Tiếp nhận hồ sơ</span>: <strong>đã xong</strong> </li>",
                "<li data-state=\"DONE\"> <span>Thẩm định hồ sơ</span>: <strong>đã xong</strong> </li>",
                "<li data-state=\"CURRENT\"> <span>Phê duyệt và ký kết quả</span>: <strong>đang xử lý</strong> </li>",
                "<li data-state=\"PENDING\"> <span>Phát hành kết quả có chữ ký số</span>: <strong>chưa đến</strong> </li>");
    }

    @Test
    void theDeskPageShowsThePictureOfTheDesk() throws Exception {
        UUID id = submitted();

        String html = mvc.perform(get("/desk/dossiers/" + id).with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = html.replaceAll("\\s+", " ");
        assertThat(page).contains("src=\"/desk/dossiers/" + id + "/diagram.png\"");
        assertThat(page).contains("<li data-state=\"CURRENT\"> <span>Tiếp nhận hồ sơ</span>: <strong>đang xử lý</strong> </li>");
        assertThat(page.split("data-state=\"CURRENT\"", -1)).as("one current step").hasSize(2);
    }
}
