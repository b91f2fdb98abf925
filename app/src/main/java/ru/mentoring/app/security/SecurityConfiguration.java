package ru.mentoring.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.security.access.EndpointAuthorization;
import ru.mentoring.app.security.access.AuthenticationAnswers;
import ru.mentoring.app.security.access.RefusalAnswers;
import ru.mentoring.app.security.access.ScopedListRequest;
import ru.mentoring.app.security.api.TokenClaims;

import java.util.Map;

/**
 * Who is who, and the one access policy on every request:
 * <ol>
 *     <li>the embedded token issuer ({@code /oauth2/token}: client credentials of a registered API client);</li>
 *     <li>the actuator: health (liveness, readiness) for anyone without details, the rest for the operator;</li>
 *     <li>the admin UI, signed in with a form against {@code ui_user};</li>
 *     <li>the API and everything else: a bearer token (JWT), or the UI's signed-in session for what the UI links
 *     to (exports) — unsafe methods from a session need the CSRF token.</li>
 * </ol>
 * Every request of the UI and the API passes {@link EndpointAuthorization}; nothing in a request's headers or
 * body says who is acting.
 */
@Configuration
@EnableConfigurationProperties(FirstAdministratorProperties.class)
class SecurityConfiguration {

    static final String[] UI_PATHS = {"/ui", "/ui/**", "/login", "/logout", "/css/**", "/webjars/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Who is signed in where, read from the sessions in PostgreSQL (Spring Session JDBC, {@code spring_session}):
     * stopping a user marks their sessions expired for every node at once.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    @Order(0)
    SecurityFilterChain tokenIssuer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http
                .securityMatcher(issuer.getEndpointsMatcher())
                .with(issuer, Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(issuer.getEndpointsMatcher()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(ActorRole.OPERATOR.name()))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenClaims()))
                        .authenticationEntryPoint(new AuthenticationAnswers(json)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminUi(HttpSecurity http, SessionRegistry sessions, EndpointAuthorization policy,
                                ObjectMapper json) throws Exception {
        return http
                .securityMatcher(UI_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/webjars/**").permitAll()
                        .anyRequest().access(policy))
                .addFilterAfter(new ScopedListRequest(), AuthorizationFilter.class)
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/ui", false)
                        .failureHandler(signInFailures())
                        .permitAll())
                .exceptionHandling(denied -> denied.accessDeniedHandler(new RefusalAnswers(json)))
                .sessionManagement(session -> session
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?stopped"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"))
                .build();
    }

    /** A locked account is told so; any other failure is "wrong login or password", whichever was wrong. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failures;
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, EndpointAuthorization policy, ObjectMapper json) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().access(policy))
                .addFilterAfter(new ScopedListRequest(), AuthorizationFilter.class)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenClaims()))
                        .authenticationEntryPoint(new AuthenticationAnswers(json)))
                // a bearer token is no cookie a foreign page could send along: only calls that come with a session
                // need the CSRF token (and a call with neither is answered 401)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(denied -> denied
                        .authenticationEntryPoint(new AuthenticationAnswers(json))
                        .accessDeniedHandler(new RefusalAnswers(json)))
                .build();
    }
}
