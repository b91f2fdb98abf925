package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Puts {@link ContainerErrorReport} in the place of the error report valve Tomcat (and Spring Boot, which hides
 * its details) would give the host. Runs after Spring Boot's own customizer, so that it replaces that valve.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorReportConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(ObjectMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ContainerErrorReport(json));
            // the host adds a valve of this class when it starts unless it finds one: it finds ours
            ((StandardHost) context.getParent()).setErrorReportValveClass(ContainerErrorReport.class.getName());
        });
    }
}
