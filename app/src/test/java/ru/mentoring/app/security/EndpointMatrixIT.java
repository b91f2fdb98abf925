package ru.mentoring.app.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestSchool;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every endpoint the application serves (walked from its own handler mapping) × every role × a thing inside the
 * role's scope, one outside it, and no identity at all — each with the answer this matrix expects. The
 * expectations are written here, apart from the application's own rules: an endpoint that this matrix has no
 * rule for fails the build, so that no endpoint ships without a decision on who may reach it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointMatrixIT extends ApplicationIT {

    /** What the matrix expects of an endpoint. */
    enum Expect {
        /** Anyone. */
        PUBLIC,
        /** Any identity. */
        SIGNED_IN,
        /** The operator only. */
        OPERATOR,
        /** The operator and regional administrators. */
        IDENTITIES,
        /** Any role that reads names, wherever (pages that only lead elsewhere). */
        PERSONAL_READERS,
        /** Reads of one thing: inside the scope answered, outside 404; the operator 403. */
        READ,
        /** As READ; a reporting service 403. */
        READ_PERSONAL,
        /**
         * As READ_PERSONAL, of what only its starter sees (a class list's progress): the matrix's random one is no
         * one's, so 404 inside the scope too.
         */
        READ_OWN,
        /** Lists: inside answered, filtered to someone else's territory 404; the operator 403. */
        LIST,
        /** As LIST; a reporting service 403. */
        LIST_PERSONAL,
        /** As LIST, of what lies above the schools (escalations): to a curator, not there (404). */
        LIST_ABOVE_SCHOOLS,
        /** Commands: staff who change things inside answered, outside 403; readers and the operator 403. */
        COMMAND,
        /** Commands whose target is where the sender acts (a new person), or a form whose target it names. */
        COMMAND_HERE,
        /** Commands on territories (a new organization, figures, targets): regional and municipal staff inside. */
        COMMAND_TERRITORY,
        /** The pages a refusal leads to: any identity, whatever their own status says. */
        REFUSAL_PAGES
    }

    /** The matrix's rules: method (null for any) and pattern → what is expected. First match decides. */
    private static final List<Map.Entry<String, Expect>> MATRIX = List.of(
            rule("* /error", Expect.PUBLIC),
            rule("GET /login", Expect.PUBLIC),
            rule("* /ui/forbidden", Expect.REFUSAL_PAGES),
            rule("* /ui/not-found", Expect.REFUSAL_PAGES),
            rule("* /ui/account/password", Expect.SIGNED_IN),
            rule("* /ui/account/digest", Expect.SIGNED_IN),
            rule("GET /ui", Expect.SIGNED_IN),
            rule("GET /api/road-map-templates", Expect.SIGNED_IN),
            rule("GET /v3/api-docs/**", Expect.SIGNED_IN),
            rule("GET /v3/api-docs.yaml", Expect.SIGNED_IN),
            rule("GET /swagger-ui.html", Expect.SIGNED_IN),
            rule("* /api/admin/projections/**", Expect.OPERATOR),
            rule("* /ui/admin/projections/**", Expect.OPERATOR),
            rule("* /api/admin/dead-letters/**", Expect.OPERATOR),
            rule("* /api/admin/audit/**", Expect.OPERATOR),
            rule("* /ui/admin/dead-letters/**", Expect.OPERATOR),
            rule("* /api/admin/api-clients/**", Expect.IDENTITIES),
            rule("* /ui/admin/api-clients/**", Expect.IDENTITIES),
            rule("* /ui/admin/users/**", Expect.IDENTITIES),
            rule("GET /ui/audit", Expect.PERSONAL_READERS),
            rule("GET /ui/audit/open", Expect.PERSONAL_READERS),
            rule("GET /api/audit/**", Expect.READ_PERSONAL),
            rule("GET /ui/audit/**", Expect.READ_PERSONAL),
            rule("GET /api/people/{personId}", Expect.READ_PERSONAL),
            rule("POST /api/people", Expect.COMMAND_HERE),
            rule("POST /api/people/**", Expect.COMMAND),
            rule("GET /api/bases/people/**", Expect.READ_PERSONAL),
            rule("GET /api/bases/**", Expect.LIST_PERSONAL),
            rule("GET /api/programs", Expect.LIST),
            rule("GET /api/programs/{programId}", Expect.READ),
            rule("GET /api/programs/**", Expect.READ_PERSONAL),
            rule("GET /api/pairs/**", Expect.READ_PERSONAL),
            rule("GET /ui/programs", Expect.LIST),
            rule("GET /ui/programs/{programId}/class-list/jobs/{jobId}", Expect.READ_OWN),
            rule("GET /ui/programs/**", Expect.READ_PERSONAL),
            rule("GET /ui/pairs/**", Expect.READ_PERSONAL),
            rule("GET /api/organizations", Expect.LIST),
            rule("GET /ui/organizations", Expect.LIST),
            rule("GET /ui/organizations/**", Expect.READ),
            rule("GET /ui/territories", Expect.LIST),
            rule("GET /api/road-maps", Expect.LIST),
            rule("GET /api/road-maps/overdue", Expect.LIST),
            rule("GET /api/road-maps/escalations", Expect.LIST_ABOVE_SCHOOLS),
            rule("GET /api/road-maps/roll-up", Expect.LIST),
            rule("GET /api/road-maps/**", Expect.READ),
            rule("GET /ui/road-maps", Expect.LIST),
            rule("GET /ui/road-maps/**", Expect.READ),
            rule("GET /api/v1/reports/**", Expect.LIST),
            rule("GET /ui/reports/**", Expect.LIST),
            rule("GET /ui/reports", Expect.LIST),
            rule("POST /api/organizations", Expect.COMMAND_TERRITORY),
            rule("POST /api/territories/**", Expect.COMMAND_TERRITORY),
            // forms that name their target in fields: the command bus refuses a foreign one (the API's rows above)
            rule("POST /ui/programs", Expect.COMMAND_HERE),
            rule("POST /ui/organizations", Expect.COMMAND_HERE),
            rule("POST /ui/territories/**", Expect.COMMAND_HERE),
            rule("POST /ui/road-maps/from-template", Expect.COMMAND_HERE),
            rule("POST /ui/road-maps/empty", Expect.COMMAND_HERE),
            rule("POST /api/**", Expect.COMMAND),
            rule("POST /ui/**", Expect.COMMAND));

    private static final Set<Integer> REFUSED = Set.of(401, 403);

    @Autowired
    private WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private org.springframework.session.SessionRepository<?> sessions;

    private MockMvc mvc;
    private ApiClient api;
    private World home;
    private World away;

    /** A school with a program, a fixed pair, a mentee and a road map. */
    private record World(TestSchool school, UUID program, UUID pair, UUID person, UUID roadMap) {
    }

    @BeforeAll
    void twoSchoolsInTwoRegions() {
        // the filters of the running application that decide who asks: its sessions (in PostgreSQL), then security
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.springframework.session.web.http.SessionRepositoryFilter.class))
                .apply(springSecurity()).build();
        api = new ApiClient(http, port, keys);
        home = world();
        // the admin UI's identities are accounts as a signed-in user's always are (their own pages read the row)
        UiUsers accounts = context.getBean(UiUsers.class);
        for (ActorRole role : List.of(ActorRole.OPERATOR, ActorRole.REGIONAL_ADMINISTRATOR,
                ActorRole.MUNICIPAL_COORDINATOR, ActorRole.ORGANIZATION_CURATOR, ActorRole.AUDITOR)) {
            accounts.add(uiUser(actor(role)));
        }
        away = world();
        // both worlds projected and placed: a cell outside the scope must meet the other school's things, not none
        for (World world : List.of(home, away)) {
            Actor reader = world.school().administrator("matrix@" + world.school().region());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(api.get("/api/pairs/" + world.pair(), api.as(reader)).status()).isEqualTo(200);
                assertThat(api.get("/api/road-maps/" + world.roadMap() + "/progress", api.as(reader)).status())
                        .isEqualTo(200);
                assertThat(api.get("/api/programs/" + world.program(), api.as(reader)).status()).isEqualTo(200);
                assertThat(api.get("/api/programs/" + world.program() + "/overview", api.as(reader)).status())
                        .isEqualTo(200);
                assertThat(api.get("/api/bases/people/" + world.person(), api.as(reader)).body().path("items")
                        .size()).isPositive();
                assertThat(api.get("/api/organizations?organizationId=" + world.school().id(), api.as(reader))
                        .body().size()).isEqualTo(1);
            });
        }
    }

    private World world() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        RoadMapId roadMap = RoadMapId.random();
        commands.sendAndWait(new CreateRoadMap(roadMap, RoadMapLevel.ORGANIZATION, scenario.school.id().value(),
                PlanPeriod.parse("2026-2027"), "Дорожная карта"),
                MetaData.from(scenario.school.curator("matrix@" + scenario.school.region()).asMetaData()));
        return new World(scenario.school, scenario.program.value(), scenario.pairs.get(0).value(),
                scenario.mentees.get(0).value(), roadMap.value());
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws Exception {
        List<Endpoint> endpoints = endpoints();
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : endpoints) {
            Expect expect = expectation(endpoint);
            if (expect == null) {
                failures.add("no rule in the matrix for " + endpoint);
                continue;
            }
            cells++;
            check(endpoint, expect, null, Place.HOME, failures);
            for (ActorRole role : roles(endpoint)) {
                for (Place place : Place.values()) {
                    cells++;
                    check(endpoint, expect, role, place, failures);
                }
            }
        }
        System.out.printf("Endpoint matrix: %d endpoints, %d cells (roles × inside/outside + anonymous)%n",
                endpoints.size(), cells);
        assertThat(failures).as("cells answered otherwise than the matrix expects").isEmpty();
        assertThat(endpoints.size()).isGreaterThan(150);
    }

    @Test
    void aTokenClaimingTheSystemsRoleIsRefused() throws Exception {
        String token = api.token(new Actor("intruder", ActorRole.SYSTEM, null, null, null));
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/programs").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theSignedInSessionReadsTheApisExportsAndSendsCommandsOnlyWithItsCsrfToken() throws Exception {
        Actor admin = actor(ActorRole.REGIONAL_ADMINISTRATOR);
        var user = new UiUser(admin.userId(), "{noop}-", admin.role(), admin.region(), null, null, "Администратор",
                true, false);
        var session = authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        // the browser's session, stored as every node stores it: a cookie naming no stored session is no session
        String browserSession = stored(sessions);
        String program = "{\"organizationId\": \"" + home.school().id()
                + "\", \"period\": \"2026-2027\", \"title\": \"Из сеанса\"}";

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/reports/monitoring-forms.csv")
                .param("year", "2026").with(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse withoutToken = mvc.perform(MockMvcRequestBuilders.post("/api/programs")
                .with(session).with(sessionCookie(browserSession))
                .contentType(MediaType.APPLICATION_JSON).content(program)).andReturn().getResponse();
        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(ApiClient.parse(withoutToken.getContentAsString(StandardCharsets.UTF_8))
                .path("code").asText()).isEqualTo("csrf.invalid");
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/programs").with(session)
                .with(sessionCookie(browserSession))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(program)).andReturn().getResponse()
                .getStatus()).isEqualTo(201);
    }

    /** A browser sends its session's cookie along, also when a foreign page makes it post. */
    private static <S extends org.springframework.session.Session> String stored(
            org.springframework.session.SessionRepository<S> repository) {
        S session = repository.createSession();
        repository.save(session);
        return session.getId();
    }

    private static RequestPostProcessor sessionCookie(String sessionId) {
        return request -> {
            // the session's cookie as Spring Session writes it (its id in Base64)
            request.setCookies(new jakarta.servlet.http.Cookie("SESSION",
                    java.util.Base64.getEncoder().encodeToString(sessionId.getBytes())));
            return request;
        };
    }

    private enum Place { HOME, AWAY }

    private record Endpoint(HttpMethod method, String pattern, MediaType consumes) {
        boolean ui() {
            return pattern.startsWith("/ui") || pattern.equals("/login");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<HttpMethod> methods = new LinkedHashSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(HttpMethod.valueOf(method.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
                methods.add(HttpMethod.POST);
            }
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                    .orElse(null);
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> endpoints.add(new Endpoint(method, pattern, consumes)));
            }
        }
        return new ArrayList<>(endpoints);
    }

    private static Expect expectation(Endpoint endpoint) {
        PathContainer path = PathContainer.parsePath(endpoint.pattern());
        for (Map.Entry<String, Expect> rule : MATRIX) {
            String[] parts = rule.getKey().split(" ", 2);
            boolean method = parts[0].equals("*") || parts[0].equals(endpoint.method().name());
            PathPattern pattern = PathPatternParser.defaultInstance.parse(parts[1]);
            if (method && (pattern.matches(path) || parts[1].equals(endpoint.pattern()))) {
                return rule.getValue();
            }
        }
        return null;
    }

    private static List<ActorRole> roles(Endpoint endpoint) {
        List<ActorRole> roles = new ArrayList<>(List.of(ActorRole.OPERATOR, ActorRole.REGIONAL_ADMINISTRATOR,
                ActorRole.MUNICIPAL_COORDINATOR, ActorRole.ORGANIZATION_CURATOR, ActorRole.AUDITOR));
        if (!endpoint.ui()) {
            // reporting services are API clients only
            roles.add(ActorRole.REPORTING_SERVICE);
        }
        return roles;
    }

    private void check(Endpoint endpoint, Expect expect, ActorRole role, Place place, List<String> failures)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request(endpoint, role, place)).andReturn().getResponse();
        int status = response.getStatus();
        // an answer or a refusal, never a server error: a cell that fails with 500 proves nothing of its access
        String problem = status >= 500 ? "server error " + status
                : verdict(endpoint, expect, role, place, status, response);
        if (problem != null) {
            failures.add(endpoint + " as " + (role == null ? "anonymous" : role) + " " + place + ": " + problem);
        }
    }

    /** Null when the answer is the expected one, else what is wrong. */
    private static String verdict(Endpoint endpoint, Expect expect, ActorRole role, Place place, int status,
                                  MockHttpServletResponse response) {
        if (role == null) {
            if (expect == Expect.PUBLIC) {
                return REFUSED.contains(status) ? "refused " + status : null;
            }
            boolean toSignIn = endpoint.ui() && status == 302
                    && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
            return endpoint.ui() ? (toSignIn ? null : "expected the sign-in page, got " + status)
                    : (status == 401 ? null : "expected 401, got " + status);
        }
        if (expect == Expect.REFUSAL_PAGES) {
            return status == 401 || status == 302 ? "expected the refusal page, got " + status : null;
        }
        Outcome outcome = outcome(expect, role, place);
        return switch (outcome) {
            case ANSWERED -> REFUSED.contains(status) || (status == 404 && (expect == Expect.READ
                    || expect == Expect.READ_PERSONAL)) ? "expected an answer, got " + status : null;
            case FORBIDDEN -> status == 403 ? null : "expected 403, got " + status;
            case HIDDEN -> status == 404 ? null : "expected 404, got " + status;
        };
    }

    private enum Outcome { ANSWERED, FORBIDDEN, HIDDEN }

    private static Outcome outcome(Expect expect, ActorRole role, Place place) {
        boolean operator = role == ActorRole.OPERATOR;
        boolean reporting = role == ActorRole.REPORTING_SERVICE;
        boolean changes = role == ActorRole.REGIONAL_ADMINISTRATOR || role == ActorRole.MUNICIPAL_COORDINATOR
                || role == ActorRole.ORGANIZATION_CURATOR;
        Outcome inside = place == Place.HOME ? Outcome.ANSWERED : Outcome.HIDDEN;
        return switch (expect) {
            case PUBLIC, SIGNED_IN, REFUSAL_PAGES -> Outcome.ANSWERED;
            case OPERATOR -> operator ? Outcome.ANSWERED : Outcome.FORBIDDEN;
            case IDENTITIES -> operator || role == ActorRole.REGIONAL_ADMINISTRATOR ? Outcome.ANSWERED
                    : Outcome.FORBIDDEN;
            case PERSONAL_READERS -> operator || reporting ? Outcome.FORBIDDEN : Outcome.ANSWERED;
            case READ, LIST -> operator ? Outcome.FORBIDDEN : inside;
            case LIST_ABOVE_SCHOOLS -> operator ? Outcome.FORBIDDEN
                    : role == ActorRole.ORGANIZATION_CURATOR ? Outcome.HIDDEN : inside;
            case READ_PERSONAL, READ_OWN, LIST_PERSONAL -> operator || reporting ? Outcome.FORBIDDEN : inside;
            case COMMAND -> !changes ? Outcome.FORBIDDEN
                    : place == Place.HOME ? Outcome.ANSWERED : Outcome.FORBIDDEN;
            case COMMAND_HERE -> changes ? Outcome.ANSWERED : Outcome.FORBIDDEN;
            case COMMAND_TERRITORY -> (role == ActorRole.REGIONAL_ADMINISTRATOR
                    || role == ActorRole.MUNICIPAL_COORDINATOR) && place == Place.HOME
                    ? Outcome.ANSWERED : Outcome.FORBIDDEN;
        };
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, ActorRole role, Place place) {
        World world = place == Place.HOME ? home : away;
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("programId", world.program().toString());
        variables.put("pairId", world.pair().toString());
        variables.put("roadMapId", world.roadMap().toString());
        variables.put("organizationId", world.school().id().toString());
        variables.put("personId", world.person().toString());
        variables.put("id", world.program().toString());
        variables.put("kind", "programs");
        variables.put("base", "mentees");
        variables.put("itemId", UUID.randomUUID().toString());
        variables.put("number", "1");
        variables.put("segment", "0");
        variables.put("sectionNumber", "1");
        variables.put("dueDate", "2026-09-01");
        variables.put("year", "2026");
        variables.put("name", "no-such-projection");
        // no group of that name: the operator's retries in the matrix touch no real dead letter
        variables.put("group", "no-such-group");
        variables.put("letterId", UUID.randomUUID().toString());
        variables.put("username", "nobody");
        variables.put("clientId", "client-none");
        variables.put("uploadId", UUID.randomUUID().toString());
        variables.put("jobId", UUID.randomUUID().toString());
        String path = endpoint.pattern();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path);
        if (endpoint.method() == HttpMethod.GET && place == Place.AWAY) {
            // a list filtered to the other school's territory
            request.param("organizationId", away.school().id().toString())
                    .param("region", away.school().region())
                    .param("municipality", away.school().municipality());
        }
        if (endpoint.method() == HttpMethod.POST) {
            if (endpoint.ui()) {
                request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            } else if (endpoint.consumes() != null && !endpoint.consumes().includes(MediaType.APPLICATION_JSON)) {
                request.contentType(endpoint.consumes()).content(new byte[0]);
            } else {
                request.contentType(MediaType.APPLICATION_JSON).content(body(endpoint, world));
            }
        }
        if (role != null) {
            Actor actor = actor(role);
            if (endpoint.ui()) {
                UiUser user = uiUser(actor);
                request.with(authentication(new UsernamePasswordAuthenticationToken(user, null,
                        user.getAuthorities())));
            } else {
                request.header("Authorization", "Bearer " + api.token(actor));
            }
        }
        return request;
    }

    private static UiUser uiUser(Actor actor) {
        return new UiUser(actor.userId(), "{noop}-", actor.role(), actor.region(), actor.municipality(),
                actor.organization(), actor.userId(), true, false);
    }

    /** The identity of a role, at home. */
    private Actor actor(ActorRole role) {
        TestSchool school = home.school();
        String login = "matrix-" + role.name().toLowerCase();
        return switch (role) {
            case OPERATOR -> new Actor(login, role, null, null, null);
            case REGIONAL_ADMINISTRATOR, AUDITOR, REPORTING_SERVICE -> new Actor(login, role, school.region(), null,
                    null);
            case MUNICIPAL_COORDINATOR -> new Actor(login, role, school.region(), school.municipality(), null);
            case ORGANIZATION_CURATOR -> school.curator(login);
            case SYSTEM -> throw new IllegalArgumentException("the system is no identity from outside");
        };
    }

    /** A body whose target is the given world's, for the commands that name their target in the body. */
    private static String body(Endpoint endpoint, World world) {
        TestSchool school = world.school();
        return switch (endpoint.pattern()) {
            case "/api/programs" -> """
                    {"organizationId": "%s", "period": "2026-2027", "title": "Матрица"}""".formatted(school.id());
            case "/api/organizations" -> """
                    {"name": "Матрица", "municipality": "%s", "region": "%s"}"""
                    .formatted(school.municipality(), school.region());
            case "/api/road-maps" -> """
                    {"level": "ORGANIZATION", "ownerId": "%s", "period": "2026-2027", "title": "Матрица"}"""
                    .formatted(school.id());
            case "/api/road-maps/from-template" -> """
                    {"templateCode": "kogalym-2020-organization", "ownerId": "%s", "period": "2027-2028"}"""
                    .formatted(school.id());
            case "/api/territories/figures", "/api/territories/kpi-targets" -> """
                    {"territory": {"level": "MUNICIPALITY", "region": "%s", "municipality": "%s"}, "year": 2026}"""
                    .formatted(school.region(), school.municipality());
            default -> "{}";
        };
    }

    private static Map.Entry<String, Expect> rule(String rule, Expect expect) {
        return Map.entry(rule, expect);
    }
}
