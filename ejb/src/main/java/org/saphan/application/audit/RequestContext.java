package org.saphan.application.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The id of the current request: in every audit entry it writes and in the {@code X-Request-Id} answer header. */
@RequestScoped
public class RequestContext {

    private String requestId;

    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }
}
