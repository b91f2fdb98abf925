package ru.mentoring.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Spring Boot's multipart resolver, except that a request {@link RequestBodyLimitFilter} refused for its size is
 * not taken for a multipart one: its error page is rendered in the same request, and the dispatcher would
 * otherwise read the upload it refused once more and answer the page with a multipart failure instead.
 */
@Configuration(proxyBeanMethods = false)
class RefusedBodyMultipartConfiguration {

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver(MultipartProperties properties) {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getAttribute(RequestBodyLimitFilter.LIMIT_ATTRIBUTE) == null
                        && super.isMultipart(request);
            }
        };
        resolver.setResolveLazily(properties.isResolveLazily());
        resolver.setStrictServletCompliance(properties.isStrictServletCompliance());
        return resolver;
    }
}
