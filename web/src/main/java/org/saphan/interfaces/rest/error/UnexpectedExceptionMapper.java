package org.saphan.interfaces.rest.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper explains. A container-wrapped exception is unwrapped and handed to the mapper of its
 * cause; what is left is a 500 with an incident id, the details only in the server log, never in the response.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Context
    Providers providers;

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    /** A deadlock or a lock wait timeout anywhere in the cause chain (JPA, Hibernate or JDBC's words for it). */
    static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof java.sql.SQLTransactionRollbackException
                    || t.getClass().getName().equals("org.hibernate.exception.LockAcquisitionException")
                    || (t instanceof java.sql.SQLException sql && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached: a refused or broken connection, or no connection from the pool, anywhere in the
     * cause chain (JDBC's SQLState class 08, a refused socket, IronJacamar's "no managed connection"). MariaDB's driver
     * also throws its connection exception types for a trigger's SIGNAL (SQLState 45000), so the type alone is not
     * enough: the state must be class 08, or absent.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null
                        ? state.startsWith("08")
                        : (t instanceof java.sql.SQLNonTransientConnectionException
                                || t instanceof java.sql.SQLTransientConnectionException)) {
                    return true;
                }
            } else if (t instanceof java.net.ConnectException
                    || (t.getMessage() != null && t.getMessage().startsWith("IJ000453"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
        // a container's or the reader's wrapper (EJBException, RESTEasy's ReaderException): the cause explains it
        for (Throwable cause = e.getCause(), seen = e; cause != null && cause != seen; seen = cause, cause = cause
                .getCause()) {
            if (TooLarge.isTooLarge(cause)) {
                return TooLarge.response(refusals, resource, uri);
            }
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && mapper != this) {
                return mapper.toResponse(cause);
            }
        }
        if (TooLarge.isTooLarge(e)) {
            return TooLarge.response(refusals, resource, uri);
        }
        if (isLockConflict(e)) {
            // the database chose this transaction as a deadlock victim or a lock wait ran out: nothing was done,
            // and the same request a moment later normally goes through
            Refusals.record(refusals, resource, uri, Refusals.outcomeOf(409), 409, "concurrent-change");
            LOG.warning(() -> "Lock conflict on " + request.getMethod() + " " + Refusals.safePath(request
                    .getRequestURI()) + ": rolled back, answered 409");
            return Response.fromResponse(Errors.response(409, ApiError.of("concurrent-change",
                    "Someone else changed the same thing at the same moment, so nothing was done. Try again.")))
                    .header("Retry-After", "1")
                    .build();
        }
        if (isDatabaseUnavailable(e)) {
            // nothing was done (the transaction could not even start or was rolled back); the pool reconnects by
            // itself once the database is back. The refusal log cannot be written either: the server log says it.
            LOG.warning(() -> "Database unavailable on " + request.getMethod() + " " + Refusals.safePath(request
                    .getRequestURI()) + ": answered 503");
            return Response.fromResponse(Errors.response(503, ApiError.of("database-unavailable",
                    "Saphan's database does not answer just now, so nothing was done. Try again in a moment.")))
                    .header("Retry-After", "5")
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(500), 500, "internal");
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getMethod() + " "
                + Refusals.safePath(request.getRequestURI()), e);
        return Errors.response(500, ApiError.of("internal",
                "Something went wrong on Saphan's side. It has been logged as incident " + incident + "."));
    }
}
