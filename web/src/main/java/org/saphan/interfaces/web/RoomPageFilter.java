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
 * The addresses of the session room and the guest page. {@code /session/{reference}} is one page for every room: the
 * reference stays in the address (the page reads it there), and the page's own files under {@code /session/} are
 * served as they are. {@code /join} is the guest page without a trailing slash, so that the address printed in the
 * QR code stays short; its code travels in the fragment, which never reaches the server.
 */
@WebFilter(filterName = "room-pages", urlPatterns = {"/session/*", "/join"})
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
        } else if ("/join".equals(path)) {
            request.getRequestDispatcher("/join/index.html").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
