package ru.mentoring.command.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import ru.mentoring.api.common.Actor;

import java.util.UUID;

/**
 * The origin of a command sent over HTTP: the authenticated identity ({@link AuthenticatedActor}) is its
 * actor, and the request's correlation id ties together the events it causes.
 */
public class RequestOriginResolver implements HandlerMethodArgumentResolver {

    private final AuthenticatedActor authenticated;

    public RequestOriginResolver(AuthenticatedActor authenticated) {
        this.authenticated = authenticated;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return RequestOrigin.class.equals(parameter.getParameterType());
    }

    @Override
    public RequestOrigin resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Actor actor = authenticated.current()
                .orElseThrow(() -> new UnidentifiedActorException("Запрос не подписан: нужен токен доступа"));
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return new RequestOrigin(actor, correlationId instanceof String id ? id : UUID.randomUUID().toString());
    }
}
