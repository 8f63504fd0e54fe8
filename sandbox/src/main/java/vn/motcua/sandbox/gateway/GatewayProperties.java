package vn.motcua.sandbox.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The gateway's one client (the portal) and the lifetime of the tokens it issues ({@code sandbox.lgsp.*}). */
@ConfigurationProperties("sandbox.lgsp")
record GatewayProperties(@DefaultValue("motcua-portal") String clientId, @DefaultValue("lgsp-secret") String clientSecret,
        @DefaultValue("300s") Duration tokenTtl) {
}
