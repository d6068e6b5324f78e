package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input everywhere (issue 11): random and hostile JSON to every POST and PUT endpoint, and random values to
 * every path and query parameter, as each role and as nobody, against the real EAR, MariaDB and Keycloak. Never a 5xx,
 * always the error shape. A fixed seed and a bounded number of tries here ({@code -Dsaphan.hostile.seed},
 * {@code -Dsaphan.hostile.tries}); the bench module runs the same generators far longer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    static final String SEED = System.getProperty("saphan.hostile.seed", "20261204");
    static final int TRIES = Integer.getInteger("saphan.hostile.tries", 300);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @Test
    void neverA500AndAlwaysTheErrorShape() {
        List<ApiSurface.Endpoint> endpoints = ApiSurface.endpoints().stream()
                .filter(e -> !e.method().equals("GET") || !e.pathParams().isEmpty() || !e.queryParams().isEmpty())
                .toList();
        assertTrue(endpoints.stream().anyMatch(e -> e.name().equals("POST /api/bookings")), endpoints.toString());

        // the tests' own people and things, so that some requests reach into the use cases
        Pool.Interpreter interpreter = Pool.interpreter("it-hostile-01", "rhg", "Ranong", "MALE", true);
        String somchai = Tokens.password("somchai");
        List<String> references = new ArrayList<>();
        List<String> caseCodes = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant start = Pool.daysAhead(5 + i, 3, 0);
            String code = "IT-HOST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
            references.add(Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", start, 60, "rhg", "Ranong",
                    code)).getString("reference"));
            caseCodes.add(code);
            offers.add(String.valueOf(Pool.offerFor(interpreter, start, "rhg")));
        }
        HostileInput.Known known = new HostileInput.Known(references, List.of(String.valueOf(interpreter.id())),
                offers, caseCodes);
        List<HostileInput.Caller> callers = List.of(
                new HostileInput.Caller("requester", () -> Tokens.password("somchai")),
                new HostileInput.Caller("other-agency", () -> Tokens.password("anan")),
                new HostileInput.Caller("coordinator", Pool::coordinator),
                new HostileInput.Caller("interpreter", () -> Tokens.password(interpreter.username())),
                new HostileInput.Caller("anonymous", () -> null),
                new HostileInput.Caller("tampered", () -> Tokens.tampered(Tokens.password("somchai"))));

        // join codes count tries per address: one probe here, so that the other tests keep theirs
        HostileInput.Report report = new HostileInput(endpoints, callers, known, Map.of("POST /api/guest-tickets", 1),
                templates(interpreter.id(), references.get(0), Pool.daysAhead(9, 3, 0)), OWNERS).run(SEED, TRIES);
        System.out.println("HostileInputIT seed " + SEED + ": " + report.summary());
        System.out.println("HostileInputIT per endpoint: " + report.perEndpoint);

        assertTrue(report.requests >= TRIES, report.summary());
        for (ApiSurface.Endpoint e : endpoints) {
            if (!e.name().equals("POST /api/guest-tickets")) {
                assertTrue(report.perEndpoint.getOrDefault(e.name(), 0) > 0, "never probed: " + e.name());
            }
        }
        assertEquals(List.of(), report.broken.stream().limit(20).toList(), "seed " + SEED + ": "
                + report.broken.size() + " answers broke the promise");
    }

    /** Who may call each endpoint that has a template: its systematic probes go as that caller. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("POST /api/bookings", "requester"),
            Map.entry("POST /api/interpreters", "coordinator"),
            Map.entry("PUT /api/interpreters/{id}", "coordinator"),
            Map.entry("PUT /api/interpreters/{id}/availability", "coordinator"),
            Map.entry("PUT /api/me/on-call", "interpreter"),
            Map.entry("POST /api/bookings/{reference}/assign", "coordinator"),
            Map.entry("POST /api/cases/{caseCode}/exclusions", "requester"),
            Map.entry("POST /api/bookings/{reference}/cancel", "coordinator"),
            Map.entry("POST /api/interpreters/{id}/suspend", "coordinator"),
            Map.entry("POST /api/interpreters/{id}/reinstate", "coordinator"),
            Map.entry("POST /api/offers/{id}/decline", "interpreter"),
            Map.entry("POST /api/offers/{id}/accept", "interpreter"),
            Map.entry("POST /api/bookings/{reference}/acknowledgement", "interpreter"),
            Map.entry("POST /api/bookings/{reference}/guest-codes", "requester"),
            Map.entry("POST /api/gateway-tickets", "requester"));

    /** A valid body for each endpoint that takes one: the hostile input mutates them a field or two at a time. */
    static Map<String, String> templates(long interpreterId, String reference, Instant start) {
        String reason = "{\"reason\":\"Checked by the hostile-input test\"}";
        String profile = """
                {"username":"it-hostile-template","name":"Test Interpreter Template","gender":"FEMALE",
                 "languages":[{"code":"rhg","level":"NATIVE","certified":true}],"specialisations":["PSYCHOSOCIAL"],
                 "provinces":["Ranong"],"remote":true,"vetting":{"backgroundCheckValidUntil":"2030-12-31",
                 "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},"trainings":["GENDER"]},
                 "conflicts":[{"kind":"COMMUNITY","value":"Test village"}],"status":"ACTIVE"}""";
        Instant away = start.plus(java.time.Duration.ofDays(1));
        return Map.ofEntries(
                Map.entry("POST /api/bookings", Pool.booking("SCHEDULED", "ON_SITE", start, 90, "rhg", "Ranong",
                        "IT-HOST-TEMPLATE-1").replace("\"caseCode\"",
                                "\"interpreterGender\":{\"value\":\"MALE\","
                                        + "\"required\":false},\"personIsMinor\":false,\"parties\":[{\"kind\":\"PERSON\","
                                        + "\"value\":\"A witness\"}],\"caseCode\"")),
                Map.entry("POST /api/interpreters", profile),
                Map.entry("PUT /api/interpreters/{id}", profile),
                Map.entry("PUT /api/interpreters/{id}/availability", "{\"weekly\":[{\"day\":\"MONDAY\",\"from\":"
                        + "\"08:00\",\"to\":\"17:00\"}],\"absences\":[{\"from\":\"" + away + "\",\"to\":\""
                        + away.plus(java.time.Duration.ofHours(8)) + "\"}]}"),
                Map.entry("PUT /api/me/on-call", "{\"onCall\":true}"),
                Map.entry("POST /api/bookings/{reference}/assign", "{\"interpreterId\":" + interpreterId
                        + ",\"reason\":\"Checked by the hostile-input test\",\"override\":false}"),
                Map.entry("POST /api/cases/{caseCode}/exclusions", "{\"interpreterId\":" + interpreterId
                        + ",\"reason\":\"Checked by the hostile-input test\"}"),
                Map.entry("POST /api/bookings/{reference}/cancel", reason),
                Map.entry("POST /api/interpreters/{id}/suspend", reason),
                Map.entry("POST /api/interpreters/{id}/reinstate", reason),
                Map.entry("POST /api/offers/{id}/decline", reason),
                Map.entry("POST /api/gateway-tickets", "{\"channel\":\"session\",\"booking\":\"" + reference
                        + "\"}"));
    }
}
