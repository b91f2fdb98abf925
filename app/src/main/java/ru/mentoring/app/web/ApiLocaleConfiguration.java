package ru.mentoring.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.Locale;

/**
 * The API speaks Russian whatever language a caller's {@code Accept-Language} names, so that bean validation of a
 * request body or of a command never answers in English (its messages follow the request's locale); the admin UI
 * goes on following the browser (Russian by default, {@code spring.web.locale}).
 */
@Configuration(proxyBeanMethods = false)
class ApiLocaleConfiguration {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(WebProperties web) {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setDefaultLocale(web.getLocale());
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? RUSSIAN
                        : browser.resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                browser.setLocale(request, response, locale);
            }
        };
    }
}
