package ru.mentoring.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.fault.MalformedRequests.Case;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 4: malformed input at every endpoint of the API, generated from the application's own OpenAPI
 * description ({@link MalformedRequests}), sent as identities the access policy lets through, so that what
 * answers is the endpoint and not the refusal. No answer may be a server error, and every answer that is not a
 * success must be a problem detail with a {@code code} and a Russian message (the detail and every field's), though
 * the caller asks for English. Every failing case is listed at once, so that all of them can be fixed in one pass. The admin UI's pages (HTML forms, not the API) are outside the description.
 */
class MalformedInputIT extends ApplicationIT {

    private static final Duration PER_REQUEST = Duration.ofSeconds(10);
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(PER_REQUEST).build();

    /** A failing case as it is reported. */
    private record Failure(Case request, int status, String body) {
        @Override
        public String toString() {
            return request.operation() + " [" + request.name() + "] → " + status + " "
                    + MalformedRequests.excerpt(body == null ? "" : body.replace('\n', ' '));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void noMalformedRequestIsAServerErrorAndEveryRefusalIsAProblemDetail() throws Exception {
        ApiClient api = new ApiClient(http, port, keys);
        ProgramScenario world = ProgramScenario.withFixedPairs(commands, 1, List.of());
        RoadMapId roadMap = RoadMapId.random();
        commands.sendAndWait(new CreateRoadMap(roadMap, RoadMapLevel.ORGANIZATION, world.school.id().value(),
                PlanPeriod.parse("2026-2027"), "Дорожная карта"),
                MetaData.from(world.school.curator("malformed@" + world.school.region()).asMetaData()));
        String administrator = api.token(world.school.administrator("malformed@" + world.school.region()));
        String operator = api.token(new Actor("malformed-operator", ActorRole.OPERATOR, null, null, null));
        Map<String, String> known = Map.of(
                "programId", world.program.value().toString(),
                "pairId", world.pairs.get(0).value().toString(),
                "personId", world.mentees.get(0).value().toString(),
                "roadMapId", roadMap.value().toString(),
                "organizationId", world.school.id().value().toString(),
                // never a projection's real name: a malformed request must not rebuild one
                "name", "no-such-projection",
                "region", world.school.region(),
                "municipality", world.school.municipality());

        JsonNode docs = ApiClient.parse(client.send(HttpRequest.newBuilder(uri("/v3/api-docs", Map.of()))
                .header("Authorization", "Bearer " + operator).timeout(PER_REQUEST).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        List<Case> cases = new MalformedRequests(docs, known::get).cases(path -> path.startsWith("/api/"));
        long operations = cases.stream().map(Case::operation).distinct().count();

        List<Failure> failures = new ArrayList<>();
        long problems = 0;
        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Case request : cases) {
                String token = request.template().startsWith("/api/admin/") ? operator : administrator;
                answers.add(senders.submit(() -> send(request, token)));
            }
            for (int i = 0; i < cases.size(); i++) {
                HttpResponse<String> answer = answers.get(i).get();
                Case request = cases.get(i);
                boolean success = answer.statusCode() < 300;
                boolean problem = isProblem(answer);
                if (answer.statusCode() >= 500 || (!success && !problem)) {
                    failures.add(new Failure(request, answer.statusCode(), answer.body()));
                }
                if (problem) {
                    problems++;
                }
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.printf("Malformed input: %d requests to %d operations in %d s, %d problem details, %d failing%n",
                cases.size(), operations, Duration.ofNanos(System.nanoTime() - started).toSeconds(), problems,
                failures.size());
        FaultReport.record(new FaultReport.Row("malformed input: " + cases.size() + " requests to " + operations
                + " operations (found: refused with a problem detail, the rest accepted; lost: 5xx, no code or not in Russian)",
                cases.size(), problems, 0, failures.size(), Duration.ZERO));

        assertThat(operations).as("operations in the OpenAPI description").isGreaterThan(50);
        assertThat(failures).as(() -> "malformed requests answered with a server error or without a Russian "
                        + "problem detail:\n" + failures.stream().map(Failure::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private HttpResponse<String> send(Case request, String token) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.path(), request.query()))
                .timeout(PER_REQUEST)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                // the API answers in Russian whatever language the caller prefers
                .header("Accept-Language", "en");
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        return client.send(builder.method(request.method().toUpperCase(), body).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean isProblem(HttpResponse<String> answer) {
        boolean problemType = answer.headers().firstValue("Content-Type")
                .map(type -> type.startsWith("application/problem+json")).orElse(false);
        JsonNode body = MalformedRequests.parse(answer.body());
        return problemType && body != null && body.hasNonNull("code") && russian(body.path("detail"))
                && StreamSupport.stream(body.path("errors").spliterator(), false)
                        .allMatch(error -> russian(error.path("message")));
    }

    /** A message for people, in Russian: Spring's and bean validation's English ones have no Cyrillic letter. */
    private static boolean russian(JsonNode text) {
        return CYRILLIC.matcher(text.asText()).find();
    }

    private URI uri(String path, Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create("http://localhost:" + port + path + (parameters.isEmpty() ? "" : "?" + parameters));
    }
}
