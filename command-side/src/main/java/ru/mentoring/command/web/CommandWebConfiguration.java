package ru.mentoring.command.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class CommandWebConfiguration implements WebMvcConfigurer {

    private final AuthenticatedActor authenticated;

    CommandWebConfiguration(AuthenticatedActor authenticated) {
        this.authenticated = authenticated;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RequestOriginResolver(authenticated));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ControlCharacterParameters());
    }
}
