package vn.motcua.sandbox.eid;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * The login form of the e-ID provider, for every path that is neither a protocol endpoint nor an API. Failed logins
 * lock the account and throttle the address (see {@link LoginGuard}); each refusal has its own message.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain loginSecurityFilterChain(HttpSecurity http, EidAccounts accounts, PasswordEncoder passwords,
            LoginGuard guard) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
                GuardedLogin.ThrottledException.class.getName(), "/login?throttled"));
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/error").permitAll()
                        .anyRequest().authenticated())
                // Its own manager, without the global one as parent: a parent would get a second go at a refused login.
                .authenticationManager(new ProviderManager(new GuardedLogin(passwordCheck, guard)))
                .formLogin(login -> login.loginPage("/login").failureHandler(failures).permitAll())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
