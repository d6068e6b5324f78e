package org.saphan.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The address of the session room: {@code /session/{reference}} is one page for every room. The reference stays in
 * the address (the page reads it there), and the page's own files under {@code /session/} are served as they are.
 * (The guest page needs nothing of the kind: {@code /join} is redirected to {@code /join/} by the container, and the
 * code in the fragment survives the redirect without ever reaching the server.)
 */
@WebFilter(filterName = "room-pages", urlPatterns = "/session/*")
public class RoomPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** A booking reference's shape; anything else under /session/ is one of the page's files. */
    private static final Pattern ROOM = Pattern.compile("/session/SPH-\\d{4}-\\d{6,}/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ROOM.matcher(path).matches()) {
            request.getRequestDispatcher("/session/index.html").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
