package vn.motcua.sandbox.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.sandbox.RunningSandbox;

/** Lockout and throttling through the real login form, with limits small enough to reach quickly. */
class LoginLimitsTest {

    static RunningSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new RunningSandbox("--sandbox.eid.lockout-threshold=3", "--sandbox.eid.address-limit=6");
        EidProviderTest.sandbox = sandbox;
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void repeatedFailuresLockTheAccountThenTheAddress() {
        EidProviderTest.Browser browser = new EidProviderTest.Browser();
        assertThat(location(browser.login("tiepnhan.tanphu", "wrong"))).endsWith("/login?error");
        assertThat(location(browser.login("tiepnhan.tanphu", "wrong"))).endsWith("/login?error");
        assertThat(location(browser.login("tiepnhan.tanphu", "wrong"))).endsWith("/login?locked");

        assertThat(location(browser.login("tiepnhan.tanphu", "demo"))).as("locked even with the right password")
                .endsWith("/login?locked");
        assertThat(sandbox.get("/login?locked").body()).contains("Tài khoản tạm thời bị khóa");
        assertThat(location(new EidProviderTest.Browser().login("chuyenvien.benthanh", "demo")))
                .as("other accounts are not affected").endsWith("/");

        browser.login("unknown.user", "wrong");
        browser.login("unknown.user", "wrong");
        assertThat(location(browser.login("lanhdao.benthanh", "wrong"))).endsWith("/login?throttled");
        assertThat(location(new EidProviderTest.Browser().login("quantri", "demo")))
                .as("the address is refused whoever logs in").endsWith("/login?throttled");
        assertThat(sandbox.get("/login?throttled").body()).contains("quá nhiều lần đăng nhập không thành công");
    }

    private static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }
}
