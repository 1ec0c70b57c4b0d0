package se.arena.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;

import java.time.Clock;
import java.util.Map;

/**
 * Who may reach which part of the site. Public pages are open; staff pages need a staff role,
 * which only a completed second factor grants; a coordinator's and a participant's own pages
 * need a sign-in. Which organisation's data a request may touch is decided in one place,
 * {@link OwnershipInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The one route that takes a POST without a CSRF token (CsrfProtectionTest lists it as the exception). */
    private static final String ONE_CLICK_UNSUBSCRIBE = "/rum/avsluta-bevakning/{token}";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts,
                                            SecurityProperties properties, Clock clock,
                                            SignOutHandler signOut) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/konton/**", "/admin/logg/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("STAFF")
                        .requestMatchers("/api/v1/networks/*/registrations").hasRole("STAFF")
                        .requestMatchers("/mina-sidor/**").hasAnyRole("PARTICIPANT", "COORDINATOR", "STAFF")
                        .requestMatchers("/organisation/**").hasAnyRole("COORDINATOR", "STAFF")
                        // a room's mail can be turned off from the mail itself, without signing in
                        .requestMatchers("/rum/avsluta-bevakning/**").permitAll()
                        .requestMatchers("/rum/**").hasAnyRole("PARTICIPANT", "COORDINATOR", "STAFF")
                        .anyRequest().permitAll())
                // A mail client's own "unsubscribe" button posts to the link without a session or a form
                // (RFC 8058); the link's unguessable token is the proof a CSRF token would give.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE)))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/logga-in/personal"),
                                PathPatternRequestMatcher.withDefaults().matcher("/admin/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/logga-in"),
                                request -> true))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.POST, "/logga-ut"))
                        .addLogoutHandler(signOut)
                        .logoutSuccessUrl("/logga-in?utloggad"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                // after the headers filter: reading the session can fail with the database, and the
                // "try again" page must still carry the security headers
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.absoluteTimeout(), clock), HeaderWriterFilter.class);
        return http.build();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_STAFF");
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy() {
        return new ChangeSessionIdAuthenticationStrategy();
    }

    /** Argon2id; the delegating encoder lets a later, stronger setting coexist with stored hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
