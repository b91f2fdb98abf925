package ru.mentoring.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body may be read up to a limit only: reading past it fails with {@link BodyTooLarge} and
 * leaves the request marked, so that a body sent in chunks, of no declared length, is stopped at the limit too.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

    /** The body went past the limit while it was read. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;
    private boolean exceeded;
    private ServletInputStream body;

    LimitedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new Limited(super.getInputStream());
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private void count(int bytes) throws BodyTooLarge {
        if (bytes > 0) {
            read += bytes;
        }
        if (read > limit) {
            exceeded = true;
            throw new BodyTooLarge(limit);
        }
    }

    private final class Limited extends ServletInputStream {

        private final ServletInputStream in;

        Limited(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
