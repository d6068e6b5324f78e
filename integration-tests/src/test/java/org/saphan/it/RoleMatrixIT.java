package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof endpoints against the real EAR on MariaDB, with real tokens from the real Keycloak: who gets in, who
 * is refused, and that every refusal comes in the API's error shape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    /** Callers by name: the demo users of each role, and tokens that must not get in. */
    private static Map<String, String> callers;

    @BeforeAll
    static void tokens() throws InterruptedException {
        String ploy = Tokens.password("ploy");
        callers = Map.of(
                "requester", Tokens.password("somchai"),
                "interpreter", Tokens.password("aung"),
                "coordinator", ploy,
                "expired", Tokens.expired("ploy"),
                "other-audience", Tokens.password("admin-cli", "ploy"),
                "tampered", Tokens.tampered(ploy));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // endpoint role, caller, expected status
                Arguments.of("requester", "anonymous", 401),
                Arguments.of("requester", "requester", 200),
                Arguments.of("requester", "interpreter", 403),
                Arguments.of("requester", "coordinator", 403),
                Arguments.of("interpreter", "anonymous", 401),
                Arguments.of("interpreter", "requester", 403),
                Arguments.of("interpreter", "interpreter", 200),
                Arguments.of("interpreter", "coordinator", 403),
                Arguments.of("coordinator", "anonymous", 401),
                Arguments.of("coordinator", "requester", 403),
                Arguments.of("coordinator", "interpreter", 403),
                Arguments.of("coordinator", "coordinator", 200),
                Arguments.of("coordinator", "expired", 401),
                Arguments.of("coordinator", "other-audience", 401),
                Arguments.of("coordinator", "tampered", 401),
                Arguments.of("requester", "expired", 401),
                Arguments.of("interpreter", "tampered", 401));
    }

    @ParameterizedTest(name = "{1} on the {0}-only endpoint: {2}")
    @MethodSource("matrix")
    void onlyTheRoleGetsIn(String endpointRole, String caller, int expected) {
        Http.Answer a = Http.get("/api/role-checks/" + endpointRole, callers.get(caller));
        assertEquals(expected, a.status(), a.body());
        if (expected == 200) {
            JsonObject json = a.json();
            assertEquals(endpointRole, json.getString("role"));
            assertEquals(Tokens.payload(callers.get(caller)).getString("sub"), json.getString("subject"));
        } else {
            assertEquals(expected == 401 ? "unauthorized" : "forbidden", a.error().getString("error"));
        }
    }

    @Test
    void meTellsEachRoleWhoItIs() {
        JsonObject ploy = Http.get("/api/me", callers.get("coordinator")).json();
        assertEquals("ploy", ploy.getString("username"));
        assertEquals("coordinator", ploy.getJsonArray("roles").getString(0));
        assertEquals(1, ploy.getJsonArray("roles").size());
        assertEquals(Tokens.payload(callers.get("coordinator")).getString("sub"), ploy.getString("subject"));

        JsonObject somchai = Http.get("/api/me", callers.get("requester")).json();
        assertEquals("somchai", somchai.getString("username"));
        assertEquals("RTP-ATPD", somchai.getString("agency"));
        assertTrue(somchai.containsKey("interpreterId"), "every field of /api/me is present: " + somchai);

        JsonObject aung = Http.get("/api/me", callers.get("interpreter")).json();
        assertEquals("interpreter", aung.getJsonArray("roles").getString(0));
        assertTrue(aung.isNull("agency"), "interpreters belong to no agency: " + aung);
    }

    @Test
    void anonymousGets401InTheErrorShape() {
        Http.Answer a = Http.get("/api/me", null);
        assertEquals(401, a.status());
        assertEquals("unauthorized", a.error().getString("error"));
    }

    @Test
    void aTokenInTheQueryStringIsIgnored() {
        Http.Answer a = Http.get("/api/me?access_token=" + callers.get("coordinator"), null);
        assertEquals(401, a.status(), "the access_token query parameter must not authenticate");
        a.error();
    }

    @Test
    void healthIsOpenAndSaysUp() {
        Http.Answer a = Http.get("/api/health", null);
        assertEquals(200, a.status(), a.body());
        assertEquals("UP", a.json().getString("status"));
        assertEquals("UP", a.json().getJsonObject("checks").getString("database"));
    }

    @Test
    void unknownPathsAndBadInputAnswerInTheErrorShape() {
        Http.Answer missing = Http.get("/api/no-such-thing", callers.get("coordinator"));
        assertEquals(404, missing.status());
        assertEquals("not-found", missing.error().getString("error"));

        Http.Answer bad = Http.get("/api/role-checks/superuser", callers.get("coordinator"));
        assertEquals(400, bad.status(), bad.body());
        JsonObject error = bad.error();
        assertEquals("role", error.getString("field"));
        assertFalse(error.getString("message").isBlank());
    }
}
