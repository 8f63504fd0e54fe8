package vn.motcua.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.clock.HolidayCalendar;
import vn.motcua.cases.clock.HolidayEntry;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** The holiday calendar page: listing a year, adding a range, deleting a day; bad changes are refused unchanged. */
class HolidayCalendarPageTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");

    @Autowired HolidayCalendar calendar;

    private String page(String year) throws Exception {
        return mvc.perform(get("/admin/holidays").param("year", year).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String refused(String from, String to, String name) throws Exception {
        return mvc.perform(post("/admin/holidays").param("from", from).param("to", to).param("name", name)
                .with(ADMIN).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listsTheSeededYear() throws Exception {
        assertThat(page("2026")).contains("Lịch nghỉ lễ năm 2026").contains("Tết Dương lịch").contains("01/01/2026");
    }

    @Test
    void addsARangeAndDeletesADay() throws Exception {
        mvc.perform(post("/admin/holidays").param("from", "2098-02-10").param("to", "2098-02-12")
                .param("name", "Tết Nguyên đán").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/holidays?year=2098"));
        assertThat(calendar.ofYear(2098)).extracting(HolidayEntry::day).containsExactly(LocalDate.of(2098, 2, 10),
                LocalDate.of(2098, 2, 11), LocalDate.of(2098, 2, 12));
        assertThat(page("2098")).contains("10/02/2098").contains("Tết Nguyên đán");

        mvc.perform(post("/admin/holidays/2098-02-11/delete").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/holidays?year=2098"));
        assertThat(calendar.ofYear(2098)).extracting(HolidayEntry::day).containsExactly(LocalDate.of(2098, 2, 10),
                LocalDate.of(2098, 2, 12));
        mvc.perform(post("/admin/holidays/2098-02-11/delete").with(ADMIN).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/holidays/not-a-day/delete").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void overlappingDuplicatePastOrReversedEntriesAreRefusedWithAMessageAndChangeNothing() throws Exception {
        calendar.add(LocalDate.of(2097, 9, 2), null, "Quốc khánh");
        List<HolidayEntry> before = calendar.ofYear(2097);

        assertThat(refused("2097-09-01", "2097-09-03", "Quốc khánh"))
                .contains("Ngày 02/09/2097 đã có trong lịch nghỉ").contains("error-summary");
        assertThat(refused("2097-09-02", "", "Trùng")).contains("Ngày 02/09/2097 đã có trong lịch nghỉ");
        assertThat(refused("2097-09-10", "2097-09-05", "Ngược")).contains("phải bằng hoặc sau ngày bắt đầu");
        assertThat(refused("2097-01-01", "2097-03-01", "Dài")).contains("tối đa 31 ngày liên tiếp");
        assertThat(refused("2097-10-01", "", " ")).contains("Vui lòng nhập tên ngày nghỉ");
        assertThat(refused("", "", "Không ngày")).contains("Vui lòng nhập ngày bắt đầu nghỉ");
        assertThat(refused("31/12/2097", "", "Sai dạng")).contains("Ngày không hợp lệ");
        assertThat(calendar.ofYear(2097)).isEqualTo(before);

        List<HolidayEntry> pastYear = calendar.ofYear(2025);
        assertThat(refused("2025-12-29", "2025-12-30", "Đã qua")).contains("Ngày 29/12/2025 đã qua");
        MockHttpServletResponse deleted = mvc.perform(post("/admin/holidays/2025-01-01/delete").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/holidays?year=2025")).andReturn().getResponse();
        assertThat(calendar.ofYear(2025)).as("past days stay").isEqualTo(pastYear);
        // the redirect's page (its query string, which the flash message names), in the session that holds the message
        assertThat(mvc.perform(get(deleted.getRedirectedUrl()).with(ADMIN).cookie(deleted.getCookies()))
                .andReturn().getResponse().getContentAsString()).contains("Ngày 01/01/2025 đã qua");
    }
}
