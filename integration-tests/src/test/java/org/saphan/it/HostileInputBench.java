package org.saphan.it;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The long run of {@link HostileInputIT}'s generators, for the bench module ({@code -Pbench -Dbench.hostile=true}):
 * against a running Saphan with its demo data ({@code ./saphan run --detach --db mariadb}), many more tries, and
 * figures instead of a verdict: requests per second, answers by status, answers that broke the promise. It uses the
 * demo accounts (somchai, anan, ploy, aung), so it never needs Keycloak's admin.
 */
public final class HostileInputBench {

    private HostileInputBench() {
    }

    public static void main(String[] args) {
        String app = System.getProperty("bench.app", "http://127.0.0.1:8080");
        String keycloak = System.getProperty("bench.keycloak", "http://127.0.0.1:8180");
        String seed = System.getProperty("bench.hostile.seed", String.valueOf(System.currentTimeMillis()));
        int tries = Integer.getInteger("bench.hostile.tries", 20_000);
        System.setProperty("saphan.it.app-url", app);
        System.setProperty("saphan.it.keycloak-url", keycloak);

        String somchai = Tokens.password("somchai");
        String ploy = Tokens.password("ploy");
        String aung = Tokens.password("aung");
        List<String> references = new ArrayList<>();
        List<String> caseCodes = new ArrayList<>();
        for (JsonObject b : Http.get("/api/bookings", somchai).array().getValuesAs(JsonObject.class)) {
            references.add(b.getString("reference"));
            caseCodes.add(b.getString("caseCode", "RTP-2026-0042"));
        }
        List<String> interpreters = new ArrayList<>();
        for (JsonObject i : Http.get("/api/interpreters", ploy).array().getValuesAs(JsonObject.class)) {
            interpreters.add(String.valueOf(i.getJsonNumber("id").longValue()));
        }
        List<String> offers = new ArrayList<>();
        for (JsonObject o : Http.get("/api/offers", aung).array().getValuesAs(JsonObject.class)) {
            offers.add(String.valueOf(o.getJsonNumber("id").longValue()));
        }
        List<HostileInput.Caller> callers = List.of(
                new HostileInput.Caller("requester", () -> Tokens.password("somchai")),
                new HostileInput.Caller("other-agency", () -> Tokens.password("anan")),
                new HostileInput.Caller("coordinator", () -> Tokens.password("ploy")),
                new HostileInput.Caller("interpreter", () -> Tokens.password("aung")),
                new HostileInput.Caller("anonymous", () -> null),
                new HostileInput.Caller("tampered", () -> Tokens.tampered(Tokens.password("somchai"))));
        List<ApiSurface.Endpoint> endpoints = ApiSurface.endpoints().stream()
                .filter(e -> !e.method().equals("GET") || !e.pathParams().isEmpty() || !e.queryParams().isEmpty())
                .toList();
        System.out.printf("Hostile input against %s: %d endpoints, seed %s, %d tries (%d bookings, %d interpreters, "
                + "%d offers known)%n", app, endpoints.size(), seed, tries, references.size(), interpreters.size(),
                offers.size());

        HostileInput.Report report = new HostileInput(endpoints, callers, new HostileInput.Known(references,
                interpreters, offers, caseCodes), Map.of("POST /api/guest-tickets", 10),
                HostileInputIT.templates(
                        interpreters.isEmpty() ? 1 : Long.parseLong(interpreters.get(0)), references.isEmpty()
                                ? "SPH-2026-000001"
                                : references.get(0),
                        java.time.Instant.now().plus(java.time.Duration.ofDays(9))
                                .truncatedTo(java.time.temporal.ChronoUnit.HOURS)),
                HostileInputIT.OWNERS)
                .run(seed, tries);
        double seconds = report.nanos / 1e9;
        System.out.printf("requests          %d%n", report.requests);
        System.out.printf("time in requests  %.1f s (%.0f requests/s, one at a time; mean %.1f ms, max %d ms)%n",
                seconds, report.requests / Math.max(seconds, 1e-9), seconds * 1000 / Math.max(1, report.requests),
                report.maxNanos / 1_000_000);
        System.out.printf("answers by status %s%n", report.statuses);
        System.out.printf("per endpoint      %s%n", report.perEndpoint);
        System.out.printf("broke the promise %d%n", report.broken.size());
        report.broken.stream().limit(50).forEach(b -> System.out.println("  " + b));
    }
}
