package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak stops while WildFly runs: token-bearing requests get 503 in the error shape (never 500), health says
 * DOWN, and everything recovers once Keycloak is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @Test
    void tokenBearingRequestsGet503WhileKeycloakIsDownAndRecover() throws InterruptedException {
        String token = Tokens.password("ploy");
        assertEquals(200, Http.get("/api/me", token).status());

        ItEnv.keycloak("kc-stop");
        try {
            Http.Answer down = awaitStatus("/api/me", token, 503, Duration.ofSeconds(20));
            assertEquals("identity-provider-unavailable", down.error().getString("error"));
            assertEquals(503, Http.get("/api/role-checks/coordinator", token).status());
            Http.Answer health = Http.get("/api/health", null);
            assertEquals(503, health.status());
            assertEquals("DOWN", health.json().getJsonObject("checks").getString("identityProvider"));
            assertEquals(401, Http.get("/api/me", null).status(), "without a token it is still 401");
        } finally {
            ItEnv.keycloak("kc-start");
        }

        // Keycloak's in-memory realm is imported afresh, with new keys: a new token must work again
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status;
        do {
            status = Http.get("/api/me", Tokens.password("ploy")).status();
            if (status != 200) {
                Thread.sleep(2000);
            }
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertEquals(200, status, "requests recover once Keycloak is back");
        assertEquals(200, Http.get("/api/health", null).status());
    }

    private static Http.Answer awaitStatus(String path, String token, int expected, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        Http.Answer a;
        do {
            a = Http.get(path, token);
            if (a.status() == expected) {
                return a;
            }
            assertEquals(200, a.status(), "while Keycloak goes down the answer is 200 or 503, never: " + a.body());
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(
                "expected " + expected + " within " + within + ", last: " + a.status() + " " + a.body());
    }
}
