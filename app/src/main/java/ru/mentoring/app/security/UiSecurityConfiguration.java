package ru.mentoring.app.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import ru.mentoring.api.common.ActorRole;

/**
 * Two filter chains: the admin UI ({@code /ui/**}, the login and logout pages, its static files) signs people
 * in with a form against {@code ui_user}; everything else — the REST API, actuator, OpenAPI — stays as it
 * was, open, its actor named in the {@code X-Actor-*} headers.
 */
@Configuration
@EnableConfigurationProperties(FirstAdministratorProperties.class)
class UiSecurityConfiguration {

    static final String[] UI_PATHS = {"/ui", "/ui/**", "/login", "/logout", "/css/**", "/webjars/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Who is signed in where, so that stopping a user ends their sessions at once. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry of sessions that time out or end by sign-out. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminUi(HttpSecurity http, SessionRegistry sessions) throws Exception {
        String[] changingRoles = {ActorRole.REGIONAL_ADMINISTRATOR.name(), ActorRole.MUNICIPAL_COORDINATOR.name(),
                ActorRole.ORGANIZATION_CURATOR.name()};
        return http
                .securityMatcher(UI_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/webjars/**").permitAll()
                        // where a refused request is forwarded, whatever its method
                        .requestMatchers("/ui/forbidden").authenticated()
                        // only regional staff decide who may sign in and when read models are rebuilt
                        .requestMatchers("/ui/admin/**").hasRole(ActorRole.REGIONAL_ADMINISTRATOR.name())
                        // the directory of organizations and the territories' figures and targets are kept above
                        // the schools; a curator keeps only their own school's headcounts (OrganizationPages)
                        .requestMatchers(HttpMethod.POST, "/ui/territories/**", "/ui/organizations")
                        .hasAnyRole(ActorRole.REGIONAL_ADMINISTRATOR.name(), ActorRole.MUNICIPAL_COORDINATOR.name())
                        // an auditor reads, never changes anything
                        .requestMatchers(HttpMethod.POST, "/ui/**").hasAnyRole(changingRoles)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/ui/programs", false)
                        .permitAll())
                .exceptionHandling(denied -> denied.accessDeniedPage("/ui/forbidden"))
                .sessionManagement(session -> session
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?stopped"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
