package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.web.support.Browser;
import vn.motcua.web.support.PortalIntegrationTest;

/** A visitor finds the extract copy from the home page without typing accents and reads its fee and deadline. */
@Tag("browser")
class CatalogBrowserTest extends PortalIntegrationTest {

    @Test
    void aVisitorSearchesWithoutAccentsOpensTheProcedureAndSeesFeeAndDeadline() {
        try (Browser visitor = new Browser()) {
            visitor.open(portalUrl("/"));
            visitor.type("search-q", "trich luc");
            visitor.click("search-submit");

            assertThat(visitor.text("result-count")).isEqualTo("Tìm thấy 1 thủ tục phù hợp.");
            assertThat(visitor.driver().getCurrentUrl()).contains("/procedures?q=trich+luc");
            visitor.click("procedure-2.000635");

            assertThat(visitor.text("procedure-name")).isEqualTo("Cấp bản sao trích lục hộ tịch");
            assertThat(visitor.text("procedure-fee")).isEqualTo("Phí: 8.000 đồng/bản");
            assertThat(visitor.text("procedure-deadline"))
                    .isEqualTo("Trong ngày làm việc (tiếp nhận sau 15:00 thì tính từ ngày làm việc tiếp theo)");
            assertThat(visitor.find("file-online").getText()).isEqualTo("Nộp hồ sơ trực tuyến");
        }
    }
}
