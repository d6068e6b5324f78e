package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Health through MicroProfile Health: Saphan's readiness checks are MicroProfile Health checks, and {@code /api/health}
 * is the contract's view of them, open to anyone; WildFly's own readiness endpoint says the server is ready.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @Test
    void theApiSaysUpWithEachDependency() {
        Http.Answer a = Http.get("/api/health", null);
        assertEquals(200, a.status(), a.body());
        JsonObject json = a.json();
        assertEquals("UP", json.getString("status"));
        assertEquals("UP", json.getJsonObject("checks").getString("database"));
        assertEquals("UP", json.getJsonObject("checks").getString("identityProvider"));
        assertEquals(2, json.getJsonObject("checks").size(), "the contract's two checks only: " + json);
    }

    /**
     * WildFly's own readiness endpoint (management interface, loopback only) says the server is ready with Saphan
     * deployed. It does not list the checks of an EAR's modules (WildFly registers health checks of top-level
     * deployments only, WFLY-12835), which is why {@code /api/health} reads them itself.
     */
    @Test
    void wildFlySaysTheServerIsReadyWithSaphanDeployed() {
        URI ready = URI.create("http://127.0.0.1:" + ItConfig.require("it.management.port") + "/health/ready");
        Http.Answer a = Http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(30)).GET().build());
        assertEquals(200, a.status(), a.body());
        JsonObject json = a.json();
        assertEquals("UP", json.getString("status"));
        Map<String, JsonObject> checks = new HashMap<>();
        json.getJsonArray("checks").getValuesAs(JsonObject.class).forEach(c -> checks.put(c.getString("name"), c));
        assertEquals("OK", checks.get("deployments-status").getJsonObject("data").getString("saphan.ear"),
                json.toString());
        assertEquals("UP", checks.get("boot-errors").getString("status"), json.toString());
    }
}
