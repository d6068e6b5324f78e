package org.saphan.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.application.IdentityProvider;

/**
 * Asks the identity provider's discovery document whether it answers. The answer is kept for a few seconds so
 * that health checks and error pages do not hammer Keycloak.
 */
@ApplicationScoped
public class IdentityProviderProbe implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProbe.class.getName());
    private static final Duration CACHE_FOR = Duration.ofSeconds(3);

    private record Answer(boolean up, Instant at) {
    }

    @Inject
    @ConfigProperty(name = "saphan.oidc.provider-url")
    String providerUrl;

    private final AtomicReference<Answer> last = new AtomicReference<>(new Answer(false, Instant.EPOCH));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public boolean answers() {
        Answer answer = last.get();
        if (answer.at().plus(CACHE_FOR).isAfter(Instant.now())) {
            return answer.up();
        }
        boolean up = ask();
        if (up != answer.up()) {
            LOG.info(() -> "Identity provider " + (up ? "answers again" : "does not answer") + ": " + providerUrl);
        }
        last.set(new Answer(up, Instant.now()));
        return up;
    }

    private boolean ask() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
