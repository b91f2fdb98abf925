package ru.mentoring.command.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.Locale;
import java.util.UUID;

/**
 * Reads who is acting from the request headers {@value #USER_HEADER}, {@value #ROLE_HEADER} and
 * {@value #ORGANIZATION_HEADER}. The admin UI builds the same {@link RequestOrigin} from the
 * signed-in user instead.
 */
public class RequestOriginResolver implements HandlerMethodArgumentResolver {

    public static final String USER_HEADER = "X-Actor-Id";
    public static final String ROLE_HEADER = "X-Actor-Role";
    public static final String ORGANIZATION_HEADER = "X-Actor-Organization";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return RequestOrigin.class.equals(parameter.getParameterType());
    }

    @Override
    public RequestOrigin resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String userId = request.getHeader(USER_HEADER);
        String roleName = request.getHeader(ROLE_HEADER);
        if (userId == null || userId.isBlank()) {
            throw new UnidentifiedActorException("Не указан пользователь: заголовок " + USER_HEADER);
        }
        ActorRole role = parseRole(roleName);
        String organization = request.getHeader(ORGANIZATION_HEADER);
        Actor actor = new Actor(userId.strip(), role,
                organization == null || organization.isBlank() ? null : organization.strip());
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return new RequestOrigin(actor,
                correlationId instanceof String id ? id : UUID.randomUUID().toString());
    }

    private static ActorRole parseRole(String roleName) {
        if (roleName == null || roleName.isBlank()) {
            throw new UnidentifiedActorException("Не указана роль пользователя: заголовок " + ROLE_HEADER);
        }
        try {
            return ActorRole.valueOf(roleName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnidentifiedActorException("Неизвестная роль «" + roleName + "»; допустимы: "
                    + java.util.Arrays.toString(ActorRole.values()));
        }
    }
}
