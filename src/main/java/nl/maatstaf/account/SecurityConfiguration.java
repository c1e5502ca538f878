package nl.maatstaf.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import nl.maatstaf.common.ProblemDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    /**
     * bcrypt, cost 12 by default: slow enough to make guessing expensive, fast enough for a login.
     * Tests lower the cost to keep hundreds of logins quick.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${maatstaf.security.bcrypt-strength:12}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /**
     * One way to check a password for form and API, with the guessing limits around it. Handed
     * to both chains directly, so no other provider could check a password past the limits.
     */
    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            UserAccounts accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, attempts);
    }

    /** Before every other filter, security included: nothing answers until start-up is done. */
    @Bean
    FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability, MessageSource messages) {
        FilterRegistrationBean<StartupGate> registration =
                new FilterRegistrationBean<>(new StartupGate(availability, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The JSON API is stateless with personal API tokens (Bearer) or HTTP Basic: a browser
     * session cookie never authenticates an API call, which is why the API needs no CSRF token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            TwoFactorPolicy twoFactorPolicy,
            AccessDenials denials,
            ApiTokens tokens,
            LoginAttempts attempts,
            MessageSource messages,
            ObjectMapper json,
            Clock clock)
            throws Exception {
        ApiAuthenticationEntryPoint entryPoint =
                new ApiAuthenticationEntryPoint(new ProblemDocuments(messages, "account.api.title."), json, clock);
        return http.securityMatcher("/api/v1/**")
                .authenticationManager(new ProviderManager(new TwoFactorApiRefusal(provider, twoFactorPolicy)))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint)
                        .authenticationDetailsSource(LoginDetails.source(LoginChannel.API)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new AccessDenialRecorder(denials), CsrfFilter.class)
                // Tokens first: a bearer token is checked without bcrypt; HTTP Basic stays for
                // accounts without two-factor login, under the same guessing limits as before.
                .addFilterBefore(
                        new ApiTokenFilter(tokens, attempts, twoFactorPolicy, entryPoint),
                        BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            AccessDenials denials,
            TwoFactorPolicy twoFactorPolicy,
            UserRows rows)
            throws Exception {
        return http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth.requestMatchers(TwoStepLogin.CODE_PAGE)
                        .hasAuthority(TwoStepLogin.PENDING_CODE)
                        .requestMatchers(TwoStepLogin.ENROLMENT_PAGE, TwoStepLogin.ENROLMENT_PAGE + "/**")
                        .access(TwoStepLogin.fullyLoggedInOr(TwoStepLogin.PENDING_ENROLMENT))
                        .requestMatchers(
                                "/login",
                                AccountLinks.ACTIVATION_PATH + "*",
                                AccountLinks.RESET_PATH + "*",
                                PasswordLinkController.FORGOT,
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/api/openapi/**",
                                "/api/openapi",
                                "/api/docs",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/beheer/**")
                        .hasRole("BEHEERDER")
                        .anyRequest()
                        .access(TwoStepLogin.fullyLoggedIn()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new HalfwayLoginRedirect()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new TwoStepLogin(twoFactorPolicy, rows))
                        .failureHandler(new LoginFailureHandler())
                        .authenticationDetailsSource(LoginDetails.source(LoginChannel.FORM))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd"))
                // HSTS is Spring Security's default, written on secure requests only: behind a TLS
                // proxy that needs server.forward-headers-strategy (docs/running.md).
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new AccessDenialRecorder(denials), CsrfFilter.class)
                .build();
    }
}
