package ru.mentoring.app.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(1)
    SecurityFilterChain adminUi(HttpSecurity http) throws Exception {
        String[] changingRoles = {ActorRole.REGIONAL_ADMINISTRATOR.name(), ActorRole.MUNICIPAL_COORDINATOR.name(),
                ActorRole.ORGANIZATION_CURATOR.name()};
        return http
                .securityMatcher(UI_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/webjars/**").permitAll()
                        // where a refused request is forwarded, whatever its method
                        .requestMatchers("/ui/forbidden").authenticated()
                        // only regional staff decide who may sign in
                        .requestMatchers("/ui/admin/users", "/ui/admin/users/**")
                        .hasRole(ActorRole.REGIONAL_ADMINISTRATOR.name())
                        // an auditor reads, never changes anything
                        .requestMatchers(HttpMethod.POST, "/ui/**").hasAnyRole(changingRoles)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/ui/programs", false)
                        .permitAll())
                .exceptionHandling(denied -> denied.accessDeniedPage("/ui/forbidden"))
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
