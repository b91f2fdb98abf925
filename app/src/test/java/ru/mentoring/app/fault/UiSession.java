package ru.mentoring.app.fault;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session of the admin UI over plain HTTP (the sign-in form with its CSRF token, the session cookie),
 * for looking at the page a person would get during a fault.
 */
final class UiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private UiSession(String base) {
        this.base = base;
    }

    static UiSession signIn(String base, String username, String password) throws IOException, InterruptedException {
        UiSession session = new UiSession(base);
        String form = session.page("/login").body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> signedIn = session.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(FaultHttp.TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode() + " "
                    + location);
        }
        return session;
    }

    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(FaultHttp.TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends a form as the signed-in person would from the page at {@code pagePath} (its CSRF token included); the
     * answer is not followed (a redirect stays a 302).
     */
    HttpResponse<String> submit(String pagePath, String actionPath, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(page(pagePath).body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + pagePath);
        }
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf.group(1)));
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        return client.send(HttpRequest.newBuilder(URI.create(base + actionPath))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(FaultHttp.TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page of another node, asked with this session's cookies (as a load balancer would pass them on). */
    HttpResponse<String> pageOn(String otherBase, String path) throws IOException, InterruptedException {
        String cookies = String.join("; ", ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
                .get(URI.create(base)).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
        HttpClient other = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return other.send(HttpRequest.newBuilder(URI.create(otherBase + path)).timeout(FaultHttp.TIMEOUT)
                        .header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
