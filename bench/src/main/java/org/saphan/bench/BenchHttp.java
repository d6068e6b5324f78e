package org.saphan.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The benchmarks' plain HTTP against a running Saphan and its Keycloak: requests, answers read as JSON. */
final class BenchHttp {

    private final HttpClient http;

    BenchHttp(HttpClient http) {
        this.http = http;
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        JsonObject object() {
            JsonStructure s = json();
            return s.getValueType() == JsonValue.ValueType.OBJECT ? s.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        }

        JsonArray array() {
            return json().asJsonArray();
        }
    }

    Answer get(String uri, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    static HttpRequest json(String method, String uri, String token, String body) {
        return HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    Answer form(String uri, String form) {
        return send(HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token of Keycloak's master-realm admin, whose password the run script keeps in a file. */
    String adminToken(String keycloak, Path adminPasswordFile) throws IOException {
        String password = Files.readString(adminPasswordFile).trim();
        Answer a = form(keycloak + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=" + enc(password));
        if (a.status() != 200) {
            throw new IllegalStateException("no Keycloak admin token: " + a.status() + " " + a.body());
        }
        return a.object().getString("access_token");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
