package vn.motcua.sandbox.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** Many logins at once: each finds its own authorization by state, code and token, and none fails. */
class ConcurrentAuthorizationServiceTest {

    private static final int THREADS = 16;
    private static final int LOGINS_PER_THREAD = 2_000;
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final RegisteredClient CLIENT = RegisteredClient.withId("portal").clientId("motcua-portal")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("http://localhost/cb").build();

    private final OAuth2AuthorizationService service = new ConcurrentAuthorizationService();

    @Test
    void sixteenThreadsOfLoginsSaveFindAndRemoveTheirOwnAuthorizations() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                workers.add(threads.submit(() -> {
                    start.await();
                    int logins = 0;
                    for (int n = 0; n < LOGINS_PER_THREAD; n++) {
                        login();
                        logins++;
                    }
                    return logins;
                }));
            }
            start.countDown();
            for (Future<Integer> worker : workers) {
                assertThat(worker.get(60, TimeUnit.SECONDS)).isEqualTo(LOGINS_PER_THREAD);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One authorization-code flow as the authorization server drives it, with checks of every lookup. */
    private void login() {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        String state = "state-" + id;
        String code = "code-" + id;
        String access = "access-" + id;
        OAuth2Authorization started = OAuth2Authorization.withRegisteredClient(CLIENT).id(id).principalName("079090001234")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).attribute(OAuth2ParameterNames.STATE, state)
                .token(new OAuth2AuthorizationCode(code, now, now.plusSeconds(300))).build();
        service.save(started);
        assertThat(service.findByToken(state, STATE)).extracting(OAuth2Authorization::getId).isEqualTo(id);
        assertThat(service.findByToken(code, CODE)).extracting(OAuth2Authorization::getId).isEqualTo(id);

        OAuth2Authorization completed = OAuth2Authorization.from(started)
                .token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, access, now, now.plusSeconds(300)))
                .build();
        service.save(completed);
        assertThat(service.findByToken(access, OAuth2TokenType.ACCESS_TOKEN)).isSameAs(completed);
        assertThat(service.findByToken(code, null)).isSameAs(completed);
        assertThat(service.findById(id)).isSameAs(completed);

        service.remove(completed);
        assertThat(service.findById(id)).isNull();
        assertThat(service.findByToken(access, null)).isNull();
    }
}
