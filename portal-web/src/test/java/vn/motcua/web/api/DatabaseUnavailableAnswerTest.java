package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that finds the database unreachable or its pool exhausted (a restart, an overload) is answered 503 with a
 * Vietnamese "try again" and {@code Retry-After}, never a 500: its transaction did not commit, so nothing changed.
 */
class DatabaseUnavailableAnswerTest {

    @RestController
    static class FailingController {

        @PostMapping("/api/v1/failing/{how}")
        void fail(@PathVariable String how) {
            throw switch (how) {
                case "pool" -> new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
                case "jdbc" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection refused"));
                default -> new DataAccessResourceFailureException("terminating connection due to administrator command");
            };
        }
    }

    @Test
    void poolExhaustionLostConnectionsAndARestartingDatabaseAreAnswered503WithRetryAfter() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
                .setControllerAdvice(new ApiErrors(new ApiProblems(messages, null))).build();

        for (String how : new String[] { "pool", "jdbc", "restart" }) {
            MockHttpServletResponse answer = mvc.perform(post("/api/v1/failing/" + how)).andReturn().getResponse();
            answer.setCharacterEncoding("UTF-8");
            assertThat(answer.getStatus()).as(how).isEqualTo(503);
            assertThat(answer.getHeader("Retry-After")).as(how).isEqualTo("30");
            assertThat(answer.getContentAsString()).as(how).contains("\"code\":\"DATABASE_UNAVAILABLE\"")
                    .contains("Vui lòng thử lại sau ít phút");
        }
    }
}
