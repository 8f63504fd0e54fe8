package vn.motcua.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.statistics.DossierStatistics;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The statistics pages, their exports and slip 07 on a small data set of February 2024: two dossiers received by
 * Bến Thành ward (agency A), one by Tân Phú ward (agency B).
 */
class StatisticsPagesTest extends PortalIntegrationTest {

    private static final String FEBRUARY = "?from=2024-02-01&to=2024-02-29";
    private static final String EMPTY_PERIOD = "?from=2001-01-01&to=2001-01-31";
    private static final RequestPostProcessor LEADER_A = Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER");
    private static final RequestPostProcessor LEADER_B = Logins.staff("lanhdao.tanphu", "H29.12.07", "LEADER");
    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");
    private static boolean loaded;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierStatistics statistics;

    @BeforeEach
    void february2024() {
        synchronized (StatisticsPagesTest.class) {
            if (!loaded) {
                dossier("H29.12.05-240205-9001", "H29.12.05", "Đặng Thị Thống Kê", 2, 10, "2024-02-05T09:00",
                        "2024-02-07T17:00", "2024-02-06T10:00");
                dossier("H29.12.05-240212-9002", "H29.12.05", "Lý Văn Trễ", 1, 9, "2024-02-12T09:00",
                        "2024-02-13T17:00", "2024-02-14T10:00");
                dossier("H29.12.07-240220-9003", "H29.12.07", "Hồ Thị Tân Phú", 2, 4, "2024-02-20T09:00",
                        "2024-02-23T17:00", null);
                statistics.refreshAll(10_000);
                loaded = true;
            }
        }
    }

    private void dossier(String code, String agency, String applicant, int channel, int status, String submitted,
            String due, String completed) {
        jdbc.sql("""
                insert into dossier (id, code, procedure_version_id, receiving_agency_code, owner_id_number,
                    applicant_name, applicant_birth_date, applicant_gender, phone, channel, status, form_data,
                    submitted_at, accepted_at, due_at, completed_at, applicant_check)
                select ?, ?, v.id, ?, '079090001234', ?, date '1990-05-12', 'male', '0901234567', ?, ?, '{}'::jsonb,
                    ?, ?, ?, ?, 'FROM_POPULATION'
                from procedure_version v join procedure p on p.id = v.procedure_id where p.code = '2.000635'
                order by v.version desc limit 1""")
                .params(UUID.randomUUID(), code, agency, applicant, channel, status, at(submitted), at(submitted),
                        at(due), at(completed))
                .update();
    }

    private static Timestamp at(String local) {
        return local == null ? null : Timestamp.from(OffsetDateTime.parse(local + "+07:00").toInstant());
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    @Test
    void aLeaderSeesTheirOwnAgencyOnlyWhateverTheQueryAsks() throws Exception {
        MockHttpServletResponse a = fetch(get("/statistics" + FEBRUARY), LEADER_A);
        assertThat(a.getStatus()).isEqualTo(200);
        assertThat(a.getContentAsString()).contains("id=\"total-received\">2<", "id=\"total-early\">1<",
                "id=\"total-late\">1<", "id=\"total-online-share\">50 %<", "Bến Thành");

        MockHttpServletResponse b = fetch(get("/statistics" + FEBRUARY + "&agency=H29.12.05"), LEADER_B);
        assertThat(b.getStatus()).isEqualTo(200);
        assertThat(b.getContentAsString()).contains("id=\"total-received\">1<", "id=\"total-in-progress\">1<",
                "Tân Phú").doesNotContain("id=\"total-received\">2<");

        MockHttpServletResponse register = fetch(post("/statistics/register.pdf" + FEBRUARY + "&agency=H29.12.05").with(csrf()), LEADER_B);
        assertThat(PdfText.of(register.getContentAsByteArray())).contains("Hồ Thị Tân Phú")
                .doesNotContain("Đặng Thị Thống Kê", "Lý Văn Trễ");
        MockHttpServletResponse csv = fetch(get("/statistics/export.csv" + FEBRUARY + "&agency=H29.12.05"), LEADER_B);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("H29.12.07").doesNotContain("H29.12.05");
    }

    @Test
    void administratorsSeeEveryAgencyAndFilterByOne() throws Exception {
        String all = fetch(get("/admin/statistics" + FEBRUARY), ADMIN).getContentAsString();
        assertThat(all).contains("id=\"total-received\">3<", "id=\"table-by-agency\"", "H29.12.07");
        String b = fetch(get("/admin/statistics" + FEBRUARY + "&agency=H29.12.07"), ADMIN).getContentAsString();
        assertThat(b).contains("id=\"total-received\">1<");
    }

    @Test
    void citizensClerksAndLeadersOnTheAdministratorsPageAreRefused() throws Exception {
        assertThat(fetch(get("/statistics"), Logins.an()).getStatus()).isEqualTo(403);
        assertThat(fetch(get("/admin/statistics"), Logins.an()).getStatus()).isEqualTo(403);
        assertThat(fetch(get("/statistics/export.csv"), Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK"))
                .getStatus()).isEqualTo(403);
        assertThat(fetch(get("/admin/statistics/export.xlsx"), LEADER_A).getStatus()).isEqualTo(403);
    }

    @Test
    void theCsvExportIsUtf8WithAByteOrderMark() throws Exception {
        MockHttpServletResponse csv = fetch(get("/statistics/export.csv" + FEBRUARY), LEADER_A);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("Nhóm,Mã,Tên,Tiếp nhận,Đang giải quyết,Trước hạn,Đúng hạn,Trễ hạn");
        assertThat(lines[1]).startsWith("Tổng cộng,,,2,0,1,0,1,50.0,0,0,0,0,1,50.0,0,0,,0,");
        assertThat(lines).anyMatch(l -> l.startsWith("Thủ tục,2.000635,Cấp bản sao trích lục hộ tịch,2,"));
        assertThat(lines).anyMatch(l -> l.startsWith("Tháng,2024-02,2024-02,2,"));
    }

    @Test
    void theExcelExportOpensWithPoiAndHoldsTheRows() throws Exception {
        MockHttpServletResponse xlsx = fetch(get("/admin/statistics/export.xlsx" + FEBRUARY), ADMIN);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2024-02-01", "2024-02-29");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Tiếp nhận");
            Row total = sheet.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("H29.12.05");
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("H29.12.07");
        }
    }

    @Test
    void anEmptyPeriodExportsTheHeadingsAndANoDataLine() throws Exception {
        String csv = fetch(get("/statistics/export.csv" + EMPTY_PERIOD), LEADER_A).getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("Tiếp nhận", "Không có hồ sơ nào được tiếp nhận trong kỳ này.");

        MockHttpServletResponse xlsx = fetch(get("/statistics/export.xlsx" + EMPTY_PERIOD), LEADER_A);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Không có hồ sơ nào được tiếp nhận trong kỳ này.");
            assertThat(sheet.getRow(4)).isNull();
        }
        assertThat(fetch(get("/statistics" + EMPTY_PERIOD), LEADER_A).getContentAsString()).contains("id=\"statistics-empty\"");
    }

    @Test
    void theRegisterIsASignedPdfListingTheAgencysDossiers() throws Exception {
        assertThat(fetch(get("/statistics" + FEBRUARY), LEADER_A).getContentAsString())
                .as("asked for with the page's form, since each one is signed anew")
                .contains("<form id=\"register-form\"", "method=\"post\"", "action=\"/statistics/register.pdf\"");
        assertThat(fetch(get("/statistics/register.pdf" + FEBRUARY), LEADER_A).getStatus()).as("no GET signs")
                .isEqualTo(405);
        MockHttpServletResponse response = fetch(post("/statistics/register.pdf").param("from", "2024-02-01")
                .param("to", "2024-02-29").with(csrf()), LEADER_A);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("SỔ THEO DÕI HỒ SƠ", "H29.12.05-240205-9001", "Đặng Thị Thống Kê",
                "H29.12.05-240212-9002", "Trễ hạn", "Trước hạn");

        assumeTrue(Pdfsig.available(), "pdfsig is not installed");
        PdfsigReport report = Pdfsig.check(pdf);
        assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
        assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        assertThat(report.output()).contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void badPeriodsGetAClearMessageAndA400() throws Exception {
        MockHttpServletResponse malformed = fetch(get("/statistics?from=abc&to=2024-02-29"), LEADER_A);
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("error-summary", "Ngày không hợp lệ");

        MockHttpServletResponse backwards = fetch(get("/admin/statistics/export.csv?from=2024-03-01&to=2024-02-01"), ADMIN);
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat(backwards.getContentAsString()).contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");

        MockHttpServletResponse noAgency = fetch(post("/admin/statistics/register.pdf" + FEBRUARY).with(csrf()), ADMIN);
        assertThat(noAgency.getStatus()).isEqualTo(400);
        assertThat(noAgency.getContentAsString()).contains("Hãy chọn một cơ quan để xuất sổ theo dõi hồ sơ.");

        assertThat(fetch(get("/admin/statistics" + FEBRUARY + "&agency=NOPE"), ADMIN).getStatus()).isEqualTo(400);
    }
}
