package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class ApiTokensTest {

    private static final String ISSUER = "http://localhost:9000";
    private final OAuth2TokenValidator<Jwt> validator = ApiTokens.validator(ISSUER, "motcua-mobile");

    private static Jwt.Builder token() {
        Instant now = Instant.now();
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).audience(List.of("motcua-mobile"))
                .subject("079090001234").issuedAt(now.minusSeconds(10)).expiresAt(now.plusSeconds(300))
                .claim("account_type", "citizen").claim("acr", "eid-high").claim("scope", "openid dossiers.read");
    }

    @Test
    void aFreshTokenOfTheProviderForThisApiIsAccepted() {
        assertThat(validator.validate(token().build()).hasErrors()).isFalse();
    }

    @Test
    void expiredForeignIssuerAndForeignAudienceTokensAreRefused() {
        Instant past = Instant.now().minus(Duration.ofHours(1));

        assertThat(validator.validate(token().issuedAt(past.minusSeconds(300)).expiresAt(past).build()).hasErrors())
                .as("expired").isTrue();
        assertThat(validator.validate(token().issuer("http://evil.example").build()).hasErrors()).as("issuer").isTrue();
        assertThat(validator.validate(token().audience(List.of("motcua-portal")).build()).hasErrors())
                .as("a token of the web portal's client is not an API token").isTrue();
    }

    @Test
    void citizenClaimsBecomeTheSameRolesAsABrowserLogin() {
        ApiTokens tokens = new ApiTokens(username -> Set.of());
        assertThat(tokens.convert(token().build()).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("SCOPE_openid", "SCOPE_dossiers.read", "ROLE_CITIZEN", "ASSURANCE_HIGH");
        assertThat(tokens.convert(token().claim("acr", "eid-basic").build()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).doesNotContain("ASSURANCE_HIGH");
    }

    @Test
    void aStaffTokenHoldsTheRolesOfThePortalsRecordAtEachRequestNotThoseItClaims() {
        Map<String, Set<String>> record = new HashMap<>(Map.of("tiepnhan.benthanh", Set.of("CLERK")));
        ApiTokens tokens = new ApiTokens(username -> record.getOrDefault(username, Set.of()));
        Jwt claimingAdmin = token().subject("tiepnhan.benthanh").claim("account_type", "staff")
                .claim("roles", List.of("CLERK", "ADMIN")).build();

        assertThat(tokens.convert(claimingAdmin).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_CLERK").doesNotContain("ROLE_ADMIN", "ROLE_CITIZEN");

        record.put("tiepnhan.benthanh", Set.of());
        assertThat(tokens.convert(claimingAdmin).getAuthorities()).as("deactivated: the same token holds no role any more")
                .extracting(GrantedAuthority::getAuthority).noneMatch(authority -> authority.startsWith("ROLE_"));
    }
}
