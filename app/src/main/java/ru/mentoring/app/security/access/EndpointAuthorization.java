package ru.mentoring.app.security.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;
import ru.mentoring.api.access.AccessPolicy;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies {@link AccessPolicy} to every request by its endpoint's rule ({@link EndpointRules}): the identity's
 * role must allow the kind of access, and the thing named in the path must lie inside its scope. A read outside
 * the scope is answered as if the thing did not exist; a list is narrowed to the scope before its controller
 * sees it ({@link ScopedListRequest}).
 */
@Component
public class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    /** Request attribute: the refusal is to look like "not found" rather than "forbidden". */
    static final String HIDDEN = EndpointAuthorization.class.getName() + ".hidden";
    /** Request attribute: the list filters narrowed to the scope. */
    static final String NARROWED = EndpointAuthorization.class.getName() + ".narrowed";
    /** Request attribute: what a hidden list request asked for that the scope does not hold ({@link ScopeMiss}). */
    static final String MISS = EndpointAuthorization.class.getName() + ".miss";

    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final Targets targets;
    private final ListScope lists;

    EndpointAuthorization(Targets targets, ru.mentoring.api.access.Places places) {
        this.targets = targets;
        this.lists = new ListScope(places);
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = PATHS.getPathWithinApplication(request);
        Optional<EndpointRule> rule = EndpointRules.of(request.getMethod(), path);
        if (rule.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        if (rule.get().access() == Access.PUBLIC) {
            return new AuthorizationDecision(true);
        }
        Optional<Actor> actor = Identities.actor(authentication.get());
        if (actor.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        var match = rule.get().pattern().matchAndExtract(PathContainer.parsePath(path));
        Map<String, String> variables = match == null ? Map.of() : match.getUriVariables();
        return new AuthorizationDecision(decide(rule.get().access(), actor.get(), variables, request, path));
    }

    private boolean decide(Access access, Actor actor, Map<String, String> variables, HttpServletRequest request,
                           String path) {
        ActorRole role = actor.role();
        if (role == ActorRole.SYSTEM) {
            return false;
        }
        return switch (access) {
            case PUBLIC, SIGNED_IN -> true;
            case OPERATOR -> AccessPolicy.runsInstallation(role);
            case IDENTITIES -> role == ActorRole.OPERATOR || role == ActorRole.REGIONAL_ADMINISTRATOR;
            case READ -> read(actor, AccessPolicy.Action.READ, variables, request);
            case READ_PERSONAL -> read(actor, AccessPolicy.Action.READ_PERSONAL, variables, request);
            case LIST -> list(actor, AccessPolicy.Action.READ, request, path);
            case LIST_PERSONAL -> list(actor, AccessPolicy.Action.READ_PERSONAL, request, path);
            case COMMAND -> command(actor, variables);
        };
    }

    private boolean read(Actor actor, AccessPolicy.Action action, Map<String, String> variables,
                         HttpServletRequest request) {
        if (!AccessPolicy.roleAllows(actor.role(), action)) {
            return false;
        }
        if (AccessPolicy.allows(actor, action, targets.of(variables))) {
            return true;
        }
        request.setAttribute(HIDDEN, Boolean.TRUE);
        return false;
    }

    private boolean list(Actor actor, AccessPolicy.Action action, HttpServletRequest request, String path) {
        if (!AccessPolicy.roleAllows(actor.role(), action)) {
            return false;
        }
        Optional<Map<String, String[]>> narrowed = lists.narrow(actor, path, request.getParameterMap());
        if (narrowed.isEmpty()) {
            request.setAttribute(HIDDEN, Boolean.TRUE);
            lists.miss(actor, request.getParameterMap()).ifPresent(miss -> request.setAttribute(MISS, miss));
            return false;
        }
        request.setAttribute(NARROWED, narrowed.get());
        return true;
    }

    /** A command on a thing that does not exist goes on to be answered "not found" by its handler. */
    private boolean command(Actor actor, Map<String, String> variables) {
        if (!AccessPolicy.roleAllows(actor.role(), AccessPolicy.Action.COMMAND)) {
            return false;
        }
        if (!Targets.named(variables)) {
            return true;
        }
        List<Place> places = targets.of(variables);
        return places.isEmpty() || AccessPolicy.allows(actor, AccessPolicy.Action.COMMAND, places);
    }
}
