package org.saphan.it;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Builds the tests' own interpreters and bookings through the real API, as a coordinator and requesters would. */
final class Pool {

    private Pool() {
    }

    static String coordinator() {
        return Tokens.password("ploy");
    }

    /**
     * An active, vetted interpreter with a Keycloak account of its own, available around the clock every day, who
     * speaks {@code language} and Thai and serves {@code province} on site and remote work.
     *
     * @return the interpreter's token; its profile id is in {@link #idOf(String)}
     */
    static Interpreter interpreter(String username, String language, String province, String gender, boolean onCall) {
        Tokens.ensureInterpreterUser(username);
        String profile = """
                {"username":"%s","name":"Test Interpreter %s","gender":"%s",
                 "languages":[{"code":"%s","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                 "specialisations":["PSYCHOSOCIAL"],"provinces":["%s"],"remote":true,
                 "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                   "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},
                   "trainings":["VICTIM_CENTRED","GENDER","TRAUMA_INFORMED"]},
                 "conflicts":[],"status":"ACTIVE"}"""
                .formatted(username, username, gender, language, province);
        Http.Answer created = Http.post("/api/interpreters", coordinator(), profile);
        if (created.status() != 201) {
            throw new AssertionError("could not create interpreter " + username + ": " + created.status() + " "
                    + created.body());
        }
        long id = created.json().getJsonNumber("id").longValue();
        StringBuilder weekly = new StringBuilder();
        for (String day : new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            weekly.append(weekly.isEmpty() ? "" : ",")
                    .append("{\"day\":\"").append(day).append("\",\"from\":\"00:00\",\"to\":\"23:59\"}");
        }
        Http.Answer availability = Http.put("/api/interpreters/" + id + "/availability", coordinator(),
                "{\"weekly\":[" + weekly + "],\"absences\":[]}");
        if (availability.status() / 100 != 2) {
            throw new AssertionError("could not set availability of " + username + ": " + availability.body());
        }
        String token = Tokens.password(username);
        if (onCall) {
            Http.Answer on = Http.put("/api/me/on-call", token, "{\"onCall\":true}");
            if (on.status() / 100 != 2) {
                throw new AssertionError("could not put " + username + " on call: " + on.body());
            }
        }
        return new Interpreter(username, id, token);
    }

    record Interpreter(String username, long id, String token) {
    }

    /** An instant some days ahead at the given UTC hour (10:00 in Bangkok for hour 3). */
    static Instant daysAhead(int days, int hourUtc, int minute) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc))
                .plus(Duration.ofMinutes(minute));
    }

    static String booking(String urgency, String mode, Instant start, int minutes, String language, String province,
            String caseCode) {
        return """
                {"purpose":"SCREENING_INTERVIEW","mode":"%s","urgency":"%s","start":"%s","durationMinutes":%d,
                 "language":"%s","otherLanguage":"tha","province":"%s","place":"Shelter meeting room 2",
                 "caseCode":"%s","noteForInterpreter":"Ask for the duty social worker at the gate",
                 "requesterContact":"Duty desk 02-000-0000"}""".formatted(mode, urgency, start, minutes, language,
                province, caseCode);
    }

    static JsonObject create(String requesterToken, String bookingJson) {
        Http.Answer a = Http.post("/api/bookings", requesterToken, bookingJson);
        if (a.status() != 201) {
            throw new AssertionError("could not book: " + a.status() + " " + a.body());
        }
        return a.json();
    }

    /** The interpreter's open offer for a booking, found among its offers by start time and language. */
    static long offerFor(Interpreter interpreter, Instant start, String language) {
        Http.Answer a = Http.get("/api/offers", interpreter.token());
        for (JsonObject offer : a.array().getValuesAs(JsonObject.class)) {
            if (offer.getString("start").equals(start.toString()) && offer.getString("language").equals(language)) {
                return offer.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError(interpreter.username() + " has no offer for " + start + " " + language + ": "
                + a.body());
    }
}
