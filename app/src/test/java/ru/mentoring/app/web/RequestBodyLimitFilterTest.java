package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitFilterTest {

    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(DataSize.ofMegabytes(2), json);

    /** Reads the whole body as a controller does, and answers 400 when the read fails, as the API's advice does. */
    private static final class ReadingController extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try {
                int read = request.getInputStream().readAllBytes().length;
                response.setStatus(201);
                response.getWriter().write("read " + read);
            } catch (IOException unreadable) {
                response.setStatus(400);
                response.getWriter().write("{\"code\":\"request.unreadable\"}");
                response.flushBuffer();
            }
        }
    }

    /** A body sent in chunks: no Content-Length, only Transfer-Encoding. */
    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/road-maps/1/sections/1/items") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(body);
        return request;
    }

    private static MockHttpServletRequest declared(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/programs");
        request.setContent(body);
        return request;
    }

    private JsonNode problem(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyDeclaredOneByteOverTwoMegabytesIsRefusedUnread() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain(new ReadingController());

        filter.doFilter(declared(new byte[TWO_MEGABYTES + 1]), response, chain);

        JsonNode problem = problem(response);
        assertThat(problem.path("code").asText()).isEqualTo("request.too-large");
        assertThat(problem.path("detail").asText()).isEqualTo("Запрос больше 2 МБ");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/programs");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aFileTooLargeFromAPageOfTheUiIsLeftToTheUisErrorPageWithTheLimitInWords() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ui/programs/1/class-list");
        request.setContent(new byte[TWO_MEGABYTES + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain(new ReadingController());

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.isCommitted()).as("sent to the container's error dispatch").isTrue();
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(request.getAttribute(RequestBodyLimitFilter.LIMIT_ATTRIBUTE)).isEqualTo("2 МБ");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aSmallBodyGoesThrough() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(declared(new byte[1024]), response, new MockFilterChain(new ReadingController()));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("read 1024");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhateverTheControllerAnswered() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked(new byte[TWO_MEGABYTES + 1]), response, new MockFilterChain(new ReadingController()));

        assertThat(problem(response).path("code").asText()).isEqualTo("request.too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAnsweredAsTheControllerDid() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(chunked(new byte[TWO_MEGABYTES]), response, new MockFilterChain(new ReadingController()));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("read " + TWO_MEGABYTES);
    }

    @Test
    void theLimitIsSaidInTheUnitItIsSetIn() {
        assertThat(RequestBodyLimitFilter.inWords(DataSize.ofMegabytes(2))).isEqualTo("2 МБ");
        assertThat(RequestBodyLimitFilter.inWords(DataSize.ofKilobytes(512))).isEqualTo("512 КБ");
        assertThat(RequestBodyLimitFilter.inWords(DataSize.ofBytes(1000))).isEqualTo("1000 байт");
    }
}
