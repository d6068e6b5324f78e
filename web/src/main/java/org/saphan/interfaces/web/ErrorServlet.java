package org.saphan.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.saphan.application.AnonymousRefusals;
import org.saphan.application.audit.RequestContext;
import org.saphan.application.IdentityProvider;
import org.saphan.interfaces.rest.error.ApiError;
import org.saphan.interfaces.rest.error.Refusals;

/**
 * The container's error page: refusals and failures that happen before the REST layer runs (no token, a bad
 * token, a path nobody serves) get the API's error shape too. When the token check fails because Keycloak does
 * not answer, WildFly reports 500 (ELY23015); the caller learns the truth instead: 503, try again.
 */
@WebServlet(name = "error", urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    private transient Jsonb jsonb;

    @Inject
    transient IdentityProvider identityProvider;

    @Inject
    transient AnonymousRefusals anonymous;

    @Inject
    transient RequestContext requestContext;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine(() -> "Closing JSON-B: " + e);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // asked for directly: there is no error to report, and nothing here to serve
            write(response, 404, ApiError.of("not-found", "There is no such address."));
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String loggedUri = Refusals.safePath(uri); // never a name typed into an address
        String method = request.getMethod();
        boolean carriesToken = request.getHeader("Authorization") != null;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);

        ApiError error = ApiError.forStatus(status);
        if (status == 500 && exception == null && carriesToken && !identityProvider.answers()) {
            status = IdentityProviderDown.STATUS;
            error = IdentityProviderDown.ERROR;
            LOG.warning(() -> "Token check impossible for " + method + " " + loggedUri
                    + ": the identity provider does not answer");
        } else if (status == 401 || status == 403) {
            int refused = status;
            ACCESS.info(() -> "Refused " + method + " " + loggedUri + " with " + refused + " at the container: "
                    + (carriesToken ? "the token is not valid for Saphan" : "no token"));
            if (status == 401 && carriesToken) {
                error = ApiError.of("unauthorized",
                        "The access token is not valid here: expired, altered, or issued for another service.");
            }
            if (uri.startsWith(request.getContextPath() + "/api/")) {
                // refused before any use case ran: recorded under the API as a whole, the token never; repeats from
                // one address are folded, so that nobody can grow the log without bound
                try {
                    anonymous.refused(request.getRemoteAddr(), refused, carriesToken ? "invalid-token" : "no-token",
                            method + " " + loggedUri);
                } catch (RuntimeException e) {
                    LOG.severe(() -> "Could not record a refusal at the container in the audit log: "
                            + e.getClass().getName());
                }
            }
        } else if (status >= 500) {
            int failed = status;
            LOG.severe(() -> "Container error " + failed + " on " + method + " " + loggedUri
                    + (exception instanceof Throwable t ? ": " + t : ""));
        }

        write(response, status, error);
    }

    private void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Request-Id", requestContext.requestId());
        response.getWriter().write(jsonb.toJson(error));
    }
}
