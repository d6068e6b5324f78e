package org.saphan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: real requests to the real server, answers read as JSON. */
public final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public record Answer(int status, String body, HttpResponse<String> response) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** Asserts the API's error shape and returns it. */
        public JsonObject error() {
            JsonObject json = json();
            if (!json.containsKey("error") || !json.containsKey("message")) {
                throw new AssertionError("not the error shape: " + body);
            }
            if (body.contains("Exception") || body.contains("\tat ")) {
                throw new AssertionError("a stack trace leaked: " + body);
            }
            return json;
        }
    }

    public static Answer get(String path, String token) {
        return get(ItConfig.app(path), token);
    }

    /** A GET to any server of the tests (a fault server, a cluster node, the balancer), with the same checks. */
    static Answer get(URI uri, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public static Answer post(String path, String token, String json) {
        return write("POST", path, token, json, null);
    }

    public static Answer put(String path, String token, String json) {
        return write("PUT", path, token, json, null);
    }

    /** A request with a JSON body; {@code idempotencyKey} is sent as the Idempotency-Key header when not null. */
    public static Answer write(String method, String path, String token, String json, String idempotencyKey) {
        return write(ItConfig.app(path), Duration.ofSeconds(60), method, token, json, idempotencyKey);
    }

    /** A request with a JSON body to any server of the tests, waiting at most {@code timeout} for the answer. */
    static Answer write(URI uri, Duration timeout, String method, String token, String json, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Answer postForm(URI uri, String form) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }
}
