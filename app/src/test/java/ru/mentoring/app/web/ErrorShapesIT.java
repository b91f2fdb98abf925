package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the API, however early it happens — in Tomcat's parser, in Spring MVC's binding, in bean
 * validation of a request or of a command — is a problem detail with a {@code code} and a Russian message. A
 * client that asks for English gets Russian too: the API speaks one language.
 */
class ErrorShapesIT extends ApplicationIT {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private TestRestTemplate rest;
    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private TestSchool school;
    private String curator;

    @BeforeEach
    void school() {
        api = new ApiClient(rest, port, keys);
        school = TestSchool.register(commands, "Школа ответов об ошибках");
        curator = api.token(school.curator("errors@school"));
    }

    @Test
    void aMalformedIdInThePathNamesTheParameterInRussian() throws Exception {
        Problem problem = send(request("/api/programs/not-a-uuid/curator").POST(json("""
                {"curatorId": "%s", "orderNumber": "1", "orderDate": "2026-09-01"}""".formatted(school.id().value()))));

        problem.is(400, "validation.failed");
        assertThat(problem.field("programId")).isEqualTo("ожидается идентификатор (UUID)");
    }

    @Test
    void aMissingQueryParameterIsNamedInRussian() throws Exception {
        Problem problem = send(request("/api/v1/reports/kpi?organizationId=" + school.id().value()).GET());

        problem.is(400, "validation.failed");
        assertThat(problem.field("year")).isEqualTo("обязательный параметр не указан");
    }

    @Test
    void aMissingFieldOfARequestBodyIsNamedInRussianEvenWhenEnglishIsAskedFor() throws Exception {
        Problem problem = send(request("/api/programs").header("Accept-Language", "en").POST(json("""
                {"period": "2026-2027", "title": "Наставничество"}""")));

        problem.is(400, "validation.failed");
        assertThat(problem.field("organizationId")).isEqualTo("не должно равняться null");
    }

    @Test
    void aFieldOfACommandOutOfRangeIsNamedInRussian() throws Exception {
        Problem problem = send(request("/api/organizations/" + school.id().value() + "/headcounts")
                .setHeader("Authorization", "Bearer " + api.token(school.administrator("errors@region")))
                .POST(json("""
                        {"year": 1990, "students": 10, "teachers": 2}""")));

        problem.is(400, "validation.failed");
        assertThat(problem.field("year")).isEqualTo("должно быть не меньше 2000");
    }

    @Test
    void anUnencodedCyrillicQueryStringIsAProblemDetailNotTomcatsPage() throws Exception {
        Problem problem = raw("GET /api/v1/reports/kpi?region=Регион&year=2026 HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + curator + "\r\nConnection: close\r\n\r\n");

        problem.is(400, "request.malformed");
        assertThat(problem.detail()).contains("UTF-8").contains("%D0%A0");
    }

    @Test
    void aBrokenPercentEncodingInThePathIsAProblemDetail() throws Exception {
        Problem problem = raw("GET /api/programs/%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + curator
                + "\r\nConnection: close\r\n\r\n");

        assertThat(problem.status()).isEqualTo(400);
        problem.hasCodeAndRussianDetail();
    }

    @Test
    void aBrokenPercentEncodingInAPageAddressIsARussianPage() throws Exception {
        String answer = rawText("GET /ui/programs/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html;charset=UTF-8")
                .contains("lang=\"ru\"").doesNotContain("Tomcat").doesNotContain("Bad Request");
    }

    @Test
    void headersTooLargeForTomcatAreAProblemDetailForTheApi() throws Exception {
        Problem problem = raw("GET /api/programs HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        problem.is(400, "request.malformed");
    }

    /** Tomcat knows the address once the request line is read: a page of the admin UI is refused in a page. */
    @Test
    void headersTooLargeForTomcatAreARussianPageForTheAdminUi() throws Exception {
        String answer = rawText("GET /ui/programs HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html;charset=UTF-8")
                .contains("<html lang=\"ru\">").contains("Неверный запрос").doesNotContain("Tomcat");
    }

    @Test
    void malformedJsonIsRefusedInRussian() throws Exception {
        send(request("/api/programs").POST(json("{\"title\": "))).is(400, "request.unreadable");
    }

    @Test
    void aMissingBodyIsRefusedInRussian() throws Exception {
        Problem problem = send(request("/api/programs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));

        problem.is(400, "request.body-missing");
    }

    @Test
    void aBodyOfAnotherContentTypeIsRefusedInRussian() throws Exception {
        send(request("/api/programs").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("программа"))).is(415, "media-type.unsupported");
    }

    /** The access policy lets a read of anything under a program through, so Spring MVC is the one to refuse. */
    @Test
    void aMethodTheAddressDoesNotTakeIsRefusedInRussian() throws Exception {
        send(request("/api/programs/" + program() + "/curator").GET()).is(405, "method.not-allowed");
    }

    @Test
    void aMethodOutsideEveryRuleOfTheAccessPolicyIsRefusedInRussian() throws Exception {
        send(request("/api/programs").DELETE()).is(403, "access.denied");
    }

    @Test
    void anAnswerInAFormatTheApiDoesNotWriteIsRefusedInRussian() throws Exception {
        send(request("/api/programs").header("Accept", "image/png").GET()).is(406, "media-type.not-acceptable");
    }

    @Test
    void anUnknownValueOfAnEnumInTheQueryListsTheAllowedOnes() throws Exception {
        Problem problem = send(request("/api/v1/reports/kpi?organizationId=" + school.id().value()
                + "&year=2026&form=NOPE").GET());

        problem.is(400, "validation.failed");
        assertThat(problem.field("form")).startsWith("допустимые значения: ").contains("STUDENT_STUDENT");
    }

    @Test
    void aMalformedIdempotencyKeyHeaderIsRefusedInRussian() throws Exception {
        Problem problem = send(request("/api/programs").header("Idempotency-Key", "k".repeat(201)).POST(json("""
                {"organizationId": "%s", "period": "2026-2027", "title": "Наставничество"}"""
                .formatted(school.id().value()))));

        assertThat(problem.status()).isEqualTo(400);
        problem.hasCodeAndRussianDetail();
    }

    @Test
    void aCallWithoutATokenIsRefusedInRussian() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/programs")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        Problem problem = Problem.of(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                answer.body());
        problem.is(401, "authentication.required");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aCallWithAnInvalidTokenIsRefusedInRussian() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/programs"))
                        .header("Authorization", "Bearer not-a-token").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        Problem problem = Problem.of(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                answer.body());
        problem.is(401, "authentication.invalid");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void anUnknownAddressUnderAProgramIsRefusedInRussian() throws Exception {
        send(request("/api/programs/" + program() + "/nothing-here").GET()).is(404, "not-found");
    }

    /** An answer that should be a problem detail. */
    private record Problem(int status, String contentType, JsonNode body) {

        static Problem of(int status, String contentType, String body) {
            assertThat(contentType).as("content type of %s", body).startsWith("application/problem+json");
            return new Problem(status, contentType, ApiClient.parse(body));
        }

        void is(int expectedStatus, String code) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(body.path("code").asText()).as("code of %s", body).isEqualTo(code);
            assertThat(body.path("status").asInt()).isEqualTo(expectedStatus);
            hasCodeAndRussianDetail();
        }

        void hasCodeAndRussianDetail() {
            assertThat(body.path("code").asText()).as("code of %s", body).isNotBlank();
            assertThat(detail()).as("detail of %s", body).containsPattern("[А-Яа-яЁё]");
        }

        String detail() {
            return body.path("detail").asText();
        }

        /** The message of the one error about the field, which the detail repeats. */
        String field(String name) {
            for (JsonNode error : body.path("errors")) {
                if (error.path("field").asText().equals(name)) {
                    assertThat(detail()).contains(name + " — " + error.path("message").asText());
                    return error.path("message").asText();
                }
            }
            throw new AssertionError("no error about " + name + " in " + body);
        }
    }

    /** A program of the school, created through the API as its curator. */
    private String program() throws Exception {
        HttpResponse<String> created = http.send(request("/api/programs").header("Content-Type", "application/json")
                .POST(json("""
                        {"organizationId": "%s", "period": "2026-2027", "title": "Наставничество"}"""
                        .formatted(school.id().value()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.parse(created.body()).path("programId").asText();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + curator);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private Problem send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        if (built.bodyPublisher().isPresent() && built.headers().firstValue("Content-Type").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .header("Content-Type", "application/json").build();
        }
        HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Problem.of(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    /** Sends the request as written, in UTF-8 bytes, as no HTTP client library would (they encode the address). */
    private Problem raw(String request) throws Exception {
        byte[] answer = rawBytes(request);
        int bodyStart = indexOf(answer, "\r\n\r\n", 0) + 4;
        String head = new String(answer, 0, bodyStart, StandardCharsets.ISO_8859_1);
        String contentType = head.lines().filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                .map(line -> line.substring(13).strip()).findFirst().orElse("");
        byte[] body = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")
                ? unchunk(answer, bodyStart) : Arrays.copyOfRange(answer, bodyStart, answer.length);
        return Problem.of(Integer.parseInt(head.substring(9, 12)), contentType,
                new String(body, StandardCharsets.UTF_8));
    }

    private String rawText(String request) throws Exception {
        return new String(rawBytes(request), StandardCharsets.UTF_8);
    }

    private byte[] rawBytes(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return in.readAllBytes();
            }
        }
    }

    private static byte[] unchunk(byte[] answer, int from) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = indexOf(answer, "\r\n", at);
            int size = Integer.parseInt(new String(answer, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(answer, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, String ascii, int from) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError("no " + ascii.strip() + " in the answer: " + new String(bytes, StandardCharsets.UTF_8));
    }
}
