package org.saphan.interfaces.rest.error;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.security.Principal;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;

/**
 * What the container hands an exception mapper, for unit tests: the request, the resource method that was called
 * (one marked {@link Audited}, or one that is not), its path parameters, and the refusal log as a stand-in.
 */
final class MapperContext {

    static final String REFERENCE = "SPH-2026-000042";

    final HttpServletRequest request = mock(HttpServletRequest.class);
    final ResourceInfo resource = mock(ResourceInfo.class);
    final UriInfo uri = mock(UriInfo.class);
    final RefusalLog refusals = mock(RefusalLog.class);

    /** A resource as the web module writes them. */
    static class Resource {
        @Audited(value = AuditAction.BOOKING_READ, object = "booking", idParameter = "reference")
        public void read(String reference) {
        }

        public void notAudited() {
        }
    }

    MapperContext(boolean signedIn, boolean audited) {
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/api/bookings/" + REFERENCE);
        if (signedIn) {
            Principal subject = () -> "s-officer";
            when(request.getUserPrincipal()).thenReturn(subject);
        }
        try {
            Method method = audited
                    ? Resource.class.getMethod("read", String.class)
                    : Resource.class.getMethod("notAudited");
            when(resource.getResourceMethod()).thenReturn(method);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add("reference", REFERENCE);
        when(uri.getPathParameters()).thenReturn(parameters);
    }
}
