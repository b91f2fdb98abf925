package ru.mentoring.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The JSON of the HTTP edge: the application's mapper with {@link ControlCharacterModule} added, on a copy.
 * Axon's serializer takes the application's {@link ObjectMapper} bean itself; were the module registered there,
 * an event stored with such a character would no longer load.
 */
@Configuration(proxyBeanMethods = false)
class RequestJsonConfiguration {

    @Bean
    MappingJackson2HttpMessageConverter requestJsonConverter(ObjectMapper json) {
        return new MappingJackson2HttpMessageConverter(json.copy().registerModule(new ControlCharacterModule()));
    }
}
