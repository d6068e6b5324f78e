package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Health through MicroProfile Health: the readiness checks are served by WildFly on its management interface
 * (loopback only), and {@code /api/health} is the contract's view of the same checks, open to anyone.
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

    @Test
    void wildFlyServesSaphansReadinessChecks() {
        URI ready = URI.create("http://127.0.0.1:" + ItConfig.require("it.management.port") + "/health/ready");
        Http.Answer a = Http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(30)).GET().build());
        assertEquals(200, a.status(), a.body());
        JsonObject json = a.json();
        assertEquals("UP", json.getString("status"));
        Map<String, String> checks = new HashMap<>();
        json.getJsonArray("checks").getValuesAs(JsonObject.class)
                .forEach(c -> checks.put(c.getString("name"), c.getString("status")));
        assertEquals("UP", checks.get("database"), json.toString());
        assertEquals("UP", checks.get("identity-provider"), json.toString());
    }
}
