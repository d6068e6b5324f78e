package org.saphan.interfaces.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.saphan.interfaces.rest.error.TooLarge;

/**
 * Refuses an API request whose declared body is larger than any the API takes, before anything reads it: 413 in the
 * error shape. A body sent without a length (chunked) is counted while it is read and stopped past the limit, which
 * the exception mappers answer with the same 413. The server's own {@code max-post-size} is far larger, an outer
 * guard only: Undertow would refuse with a bare 400.
 */
@WebFilter(filterName = "body-size", urlPatterns = "/api/*")
public class BodySizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    private transient Jsonb jsonb;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > TooLarge.MAX_BODY_BYTES) {
            ACCESS.info(() -> "Refused " + request.getMethod() + " with 413: a body of " + length + " bytes");
            response.setStatus(413);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Connection", "close"); // the rest of the body is not read
            response.getWriter().write(jsonb.toJson(TooLarge.error()));
            return;
        }
        // a body without a declared length (chunked) is counted as it is read
        chain.doFilter(length < 0 ? new Capped(request) : request, response);
    }

    /** The request with its body cut at {@link TooLarge#MAX_BODY_BYTES}: reading past it throws. */
    private static final class Capped extends HttpServletRequestWrapper {
        private ServletInputStream capped;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                ServletInputStream in = super.getInputStream();
                capped = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > TooLarge.MAX_BODY_BYTES) {
                            throw new TooLarge.BodyTooLargeException();
                        }
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
                };
            }
            return capped;
        }
    }
}
