package org.saphan.it.browser;

import jakarta.json.JsonObject;
import java.util.List;
import org.saphan.it.Http;
import org.saphan.it.Tokens;

/** The data the browser tests need, made through the real API as a coordinator or requester would make it. */
final class Scenario {

    private Scenario() {
    }

    /**
     * The interpreter profile of a demo account (thida, aung, ...), created if this run's database has none yet:
     * vetted, remote, available around the clock, speaking {@code language} natively and Thai.
     */
    static long interpreter(String username, String name, String language, String gender) {
        String coordinator = Tokens.password("ploy");
        Http.Answer list = Http.get("/api/interpreters?language=" + language, coordinator);
        for (JsonObject p : list.array().getValuesAs(JsonObject.class)) {
            if (username.equals(p.getString("username", ""))) {
                return p.getJsonNumber("id").longValue();
            }
        }
        Tokens.ensureInterpreterUser(username);
        String profile = """
                {"username":"%s","name":"%s","gender":"%s",
                 "languages":[{"code":"%s","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                 "specialisations":["PSYCHOSOCIAL","CHILDREN"],"provinces":["Tak","Bangkok"],"remote":true,
                 "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                   "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},
                   "trainings":["VICTIM_CENTRED","GENDER","TRAUMA_INFORMED","CHILD_SAFE"]},
                 "conflicts":[],"status":"ACTIVE"}"""
                .formatted(username, name, gender, language);
        Http.Answer created = Http.post("/api/interpreters", coordinator, profile);
        if (created.status() != 201) {
            throw new AssertionError("could not create " + username + ": " + created.status() + " " + created.body());
        }
        long id = created.json().getJsonNumber("id").longValue();
        StringBuilder weekly = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.append(weekly.isEmpty() ? "" : ",")
                    .append("{\"day\":\"").append(day).append("\",\"from\":\"00:00\",\"to\":\"24:00\"}");
        }
        Http.Answer availability = Http.put("/api/interpreters/" + id + "/availability", coordinator,
                "{\"weekly\":[" + weekly + "],\"absences\":[]}");
        if (availability.status() / 100 != 2) {
            throw new AssertionError("could not set availability of " + username + ": " + availability.body());
        }
        return id;
    }

    static void onCall(String username, boolean on) {
        Http.Answer a = Http.put("/api/me/on-call", Tokens.password(username), "{\"onCall\":" + on + "}");
        if (a.status() / 100 != 2) {
            throw new AssertionError("could not switch " + username + " on call: " + a.body());
        }
    }

    /** An immediate remote booking by a requester, as the API takes it (the page's own form is tested apart). */
    static JsonObject immediateRemote(String requester, String language, String caseCode) {
        String body = """
                {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"IMMEDIATE","start":"%s",
                 "durationMinutes":60,"language":"%s","otherLanguage":"tha","caseCode":"%s",
                 "noteForInterpreter":"Ask for the duty officer"}""".formatted(java.time.Instant.now(), language,
                caseCode);
        Http.Answer a = Http.post("/api/bookings", Tokens.password(requester), body);
        if (a.status() != 201) {
            throw new AssertionError("could not book: " + a.status() + " " + a.body());
        }
        return a.json();
    }

    /** Cancels what a test left waiting, so that no other test's interpreter is offered it. */
    static void cancel(String requester, String reference) {
        Http.post("/api/bookings/" + reference + "/cancel", Tokens.password(requester),
                "{\"reason\":\"end of a browser test\"}");
    }
}
