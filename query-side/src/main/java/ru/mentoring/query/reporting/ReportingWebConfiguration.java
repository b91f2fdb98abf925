package ru.mentoring.query.reporting;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the reporting API: a caller sending {@code If-None-Match} gets 304 while the figures are unchanged.
 */
@Configuration(proxyBeanMethods = false)
class ReportingWebConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> reportingEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        return registration;
    }
}
