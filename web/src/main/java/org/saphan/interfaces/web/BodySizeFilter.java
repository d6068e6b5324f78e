package org.saphan.interfaces.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.saphan.interfaces.rest.error.TooLarge;

/**
 * Refuses an API request whose declared body is larger than any the API takes, before anything reads it: 413 in the
 * error shape. A body sent without a length (chunked) is cut by the server's {@code max-post-size} while it is read,
 * and the exception mappers answer that with the same 413.
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
        chain.doFilter(request, response);
    }
}
