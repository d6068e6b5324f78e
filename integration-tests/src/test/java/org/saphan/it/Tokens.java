package org.saphan.it;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;

/** Real tokens from the tests' real Keycloak, for the demo users of realm-config. */
public final class Tokens {

    private Tokens() {
    }

    public static String password(String username) {
        return password("saphan-cli", username);
    }

    /**
     * Tokens already fetched, reused while they have more than a minute to live: Keycloak's brute-force protection
     * can take a burst of logins of one user for an attack, and the tests are not one.
     */
    private static final java.util.concurrent.ConcurrentMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Forgets every token: after Keycloak restarts, its keys are new and old tokens are worthless. */
    static void forget() {
        CACHE.clear();
    }

    /** A password-grant access token from the given client; passwords equal usernames in the demo realm. */
    static String password(String clientId, String username) {
        String key = clientId + "/" + username;
        String cached = CACHE.get(key);
        if (cached != null
                && payload(cached).getJsonNumber("exp").longValue() > java.time.Instant.now().getEpochSecond() + 60) {
            return cached;
        }
        String token = login(clientId, username);
        CACHE.put(key, token);
        return token;
    }

    private static String login(String clientId, String username) {
        Http.Answer a = Http.postForm(tokenEndpoint("saphan"),
                "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username) + "&password="
                        + enc(username));
        if (a.status() != 200) {
            throw new AssertionError("no token for " + username + " from " + clientId + ": " + a.status() + " "
                    + a.body());
        }
        return a.json().getString("access_token");
    }

    /**
     * A token that Keycloak signed properly and that has expired: issued by a client whose tokens live two
     * seconds (made through the admin API for the tests only), then left to expire.
     */
    static String expired(String username) throws InterruptedException {
        ensureShortLivedClient();
        String token = login("it-short-lived", username);
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        return token;
    }

    /** The same token with one character of its payload changed: the signature no longer matches. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"saphan-api\"", "\"saphan-apj\"");
        if (!payload.contains("saphan-apj")) {
            payload = payload.replaceFirst("\"exp\":", "\"exq\":");
        }
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }

    static JsonObject payload(String token) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }

    private static synchronized void ensureShortLivedClient() {
        String admin = adminToken();
        String client = """
                {"clientId":"it-short-lived","publicClient":true,"directAccessGrantsEnabled":true,
                 "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"2"},
                 "protocolMappers":[{"name":"saphan-api audience","protocol":"openid-connect",
                   "protocolMapper":"oidc-audience-mapper","config":{"included.client.audience":"saphan-api",
                   "access.token.claim":"true","id.token.claim":"false"}}]}""";
        Http.Answer a = Http
                .send(HttpRequest.newBuilder(URI.create(ItConfig.keycloakUrl() + "/admin/realms/saphan/clients"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(client))
                        .build());
        if (a.status() != 201 && a.status() != 409) {
            throw new AssertionError("could not create the short-lived client: " + a.status() + " " + a.body());
        }
    }

    /**
     * An interpreter account of the tests' own in the tests' Keycloak (made through the admin API; the demo realm
     * has nine interpreters, a concurrency test needs more). Its password equals its username.
     */
    public static synchronized void ensureInterpreterUser(String username) {
        String admin = adminToken();
        String base = ItConfig.keycloakUrl() + "/admin/realms/saphan";
        String user = ("{\"username\":\"%s\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Test\","
                + "\"lastName\":\"Interpreter\",\"email\":\"%s@it.saphan.invalid\",\"credentials\":[{\"type\":"
                + "\"password\",\"value\":\"%s\",\"temporary\":false}]}").formatted(username, username, username);
        Http.Answer created = Http.send(HttpRequest.newBuilder(URI.create(base + "/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user))
                .build());
        if (created.status() == 409) {
            return;
        }
        if (created.status() != 201) {
            throw new AssertionError("could not create user " + username + ": " + created.status() + " "
                    + created.body());
        }
        String location = created.response().headers().firstValue("Location").orElseThrow();
        Http.Answer role = Http.send(HttpRequest.newBuilder(URI.create(base + "/roles/interpreter"))
                .header("Authorization", "Bearer " + admin)
                .GET()
                .build());
        Http.Answer mapped = Http.send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role.body() + "]"))
                .build());
        if (mapped.status() != 204) {
            throw new AssertionError("could not give " + username + " the interpreter role: " + mapped.body());
        }
    }

    private static String adminToken() {
        Path pwFile = ItConfig.root().resolve(".saphan/it-" + ItConfig.runId() + "/keycloak-admin-password");
        String pw;
        try {
            pw = Files.readString(pwFile).trim();
        } catch (IOException e) {
            throw new AssertionError("the tests' Keycloak admin password is missing: " + pwFile, e);
        }
        Http.Answer a = Http.postForm(tokenEndpoint("master"),
                "grant_type=password&client_id=admin-cli&username=admin&password=" + enc(pw));
        if (a.status() != 200) {
            throw new AssertionError("no admin token: " + a.status() + " " + a.body());
        }
        return a.json().getString("access_token");
    }

    private static URI tokenEndpoint(String realm) {
        return URI.create(ItConfig.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
