package org.saphan.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the fault tests run beside the tests' own environment: a MariaDB of their own ({@code mariadbd} on a port of
 * its own with a scratch data directory) and a WildFly of their own (the provisioned server with its own base
 * directory and port offset, running the built EAR) pointed at it, with the tests' Keycloak. Both listen on
 * 127.0.0.1 only; both are started and killed by the test.
 */
final class FaultServer implements AutoCloseable {

    static final String DB_USER = "saphan_fault";
    static final String DB_PASSWORD = "saphan-fault";
    /** Weekly availability every day, all day, for the fault tests' interpreters. */
    static final String AROUND_THE_CLOCK = "{\"weekly\":["
            + String.join(",", Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                    .map(d -> "{\"day\":\"" + d + "\",\"from\":\"00:00\",\"to\":\"24:00\"}").toList())
            + "],\"absences\":[]}";

    private final String name;
    private final Path dir;
    private final int dbPort;
    private final int offset;
    private final Map<String, String> settings = new java.util.HashMap<>();
    private int jdbcPort;
    private Process mariadb;
    private Process wildfly;

    FaultServer(String name, int dbPort, int offset) throws IOException {
        this.name = name;
        this.dir = Files.createTempDirectory("saphan-" + name + "-");
        this.dbPort = dbPort;
        this.offset = offset;
        this.jdbcPort = dbPort;
        requireFree(dbPort);
        requireFree(8080 + offset);
    }

    private static void requireFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is taken; the fault test needs it", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** WildFly reaches the database through this port instead (a proxy the test runs). */
    FaultServer through(int port) {
        this.jdbcPort = port;
        return this;
    }

    /** An environment variable for WildFly ({@code SAPHAN_...}). */
    FaultServer with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    int databasePort() {
        return dbPort;
    }

    /** The database as its administrator sees it, straight, not through any proxy. */
    Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/saphan", "root", "");
    }

    /** Initialises a data directory, starts MariaDB and makes the application's database and account. */
    void startDatabase() throws Exception {
        Path data = dir.resolve("mariadb");
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + whoami()),
                dir.resolve("install.log"));
        restartDatabase();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE saphan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER '" + DB_USER + "'@'127.0.0.1' IDENTIFIED BY '" + DB_PASSWORD + "'");
            s.execute("GRANT ALL PRIVILEGES ON saphan.* TO '" + DB_USER + "'@'127.0.0.1'");
        }
    }

    /** Starts MariaDB on the existing data directory (again, after {@link #killDatabase()}). */
    void restartDatabase() throws Exception {
        Path data = dir.resolve("mariadb");
        mariadb = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + data,
                "--port=" + dbPort, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--user=" + whoami(),
                "--innodb-buffer-pool-size=64M", "--log-error=" + dir.resolve("mariadb.err"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("mariadb.out").toFile())
                .start();
        waitFor(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/", "root",
                    "")) {
                return c.isValid(1);
            } catch (SQLException e) {
                return false;
            }
        }, Duration.ofSeconds(60), "MariaDB on port " + dbPort + " (see " + dir.resolve("mariadb.err") + ")");
    }

    /** The database goes away at once, as a crash would take it: no shutdown, no flush. */
    void killDatabase() throws InterruptedException {
        kill(mariadb);
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/saphan", DB_USER, DB_PASSWORD);
    }

    /** Starts WildFly with the built EAR on its own base directory and port offset; returns once the API answers. */
    void startWildFly() throws Exception {
        Path base = dir.resolve("wildfly");
        if (!Files.exists(base)) {
            Path server = ItConfig.root().resolve("ear/target/server");
            copy(server.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(ItConfig.ear(), base.resolve("deployments/saphan.ear"));
        }
        ProcessBuilder pb = new ProcessBuilder(ItConfig.root().resolve("ear/target/server/bin/standalone.sh")
                .toString(), "-Djboss.server.base.dir=" + base, "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1", "-Djboss.socket.binding.port-offset=" + offset,
                // named apart, as the nodes of a cluster must be (its transactions, the offer clock's lease)
                "-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("wildfly.out").toFile()));
        Map<String, String> env = pb.environment();
        env.put("SAPHAN_DB_DRIVER", "mariadb");
        env.put("SAPHAN_DB_URL", "jdbc:mariadb://127.0.0.1:" + jdbcPort + "/saphan");
        env.put("SAPHAN_DB_USER", DB_USER);
        env.put("SAPHAN_DB_PASSWORD", DB_PASSWORD);
        env.put("SAPHAN_DB_POOL_MAX", "10");
        env.put("SAPHAN_OIDC_PROVIDER_URL", ItConfig.keycloakUrl() + "/realms/saphan");
        env.put("SAPHAN_PUBLIC_ORIGINS", baseUrl());
        env.put("SAPHAN_DEMO_DATA", "false");
        env.putAll(settings);
        env.put("JAVA_OPTS", "-Xms64m -Xmx384m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m "
                + "-Djava.net.preferIPv4Stack=true");
        wildfly = pb.start();
        waitFor(() -> {
            try {
                return Http.send(HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(3)).GET()
                        .build()).status() == 200;
            } catch (AssertionError e) {
                return false;
            }
        }, Duration.ofSeconds(150), "WildFly on " + baseUrl() + " (see " + dir.resolve("wildfly.out") + ")");
    }

    /** What this WildFly's access log holds so far (one line per request, the WebSocket handshakes too). */
    String accessLog() throws IOException {
        Path log = dir.resolve("wildfly/log/access_log.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Keeps this WildFly's server log beside the build's other reports, before {@link #close()} removes it. */
    void keepLog(Path directory) throws IOException {
        Path log = dir.resolve("wildfly/log/server.log");
        if (Files.exists(log)) {
            Files.createDirectories(directory);
            Files.copy(log, directory.resolve(name + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** WildFly goes away at once, as a crash would take it: {@code kill -9} of the JVM. */
    void killWildFly() throws InterruptedException {
        kill(wildfly);
    }

    Http.Answer get(String path, String token) {
        return Http.get(uri(path), token);
    }

    Http.Answer write(String method, String path, String token, String json) {
        return Http.write(uri(path), Duration.ofSeconds(30), method, token, json, null);
    }

    Http.Answer post(String path, String token, String json) {
        return write("POST", path, token, json);
    }

    /**
     * An interpreter of this server's own pool: its Keycloak account, a vetted remote profile speaking {@code language}
     * natively and Thai, available around the clock. Answers its profile id.
     */
    long interpreter(String coordinatorToken, String username, String language, String gender) {
        Tokens.ensureInterpreterUser(username);
        Http.Answer profile = post("/api/interpreters", coordinatorToken,
                """
                        {"username":"%s","name":"Test Interpreter %s","gender":"%s",
                         "languages":[{"code":"%s","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                         "specialisations":[],"provinces":["Bangkok"],"remote":true,
                         "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                           "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},"trainings":[]},
                         "conflicts":[],"status":"ACTIVE"}"""
                        .formatted(username, username, gender, language));
        org.junit.jupiter.api.Assertions.assertEquals(201, profile.status(), profile.body());
        long id = profile.json().getJsonNumber("id").longValue();
        org.junit.jupiter.api.Assertions.assertEquals(200,
                write("PUT", "/api/interpreters/" + id + "/availability", coordinatorToken, AROUND_THE_CLOCK)
                        .status());
        return id;
    }

    WsClient connect(String path, String ticket) {
        return WsClient.connect(URI.create(baseUrl().replace("http://", "ws://") + path), ticket, baseUrl());
    }

    @Override
    public void close() throws Exception {
        kill(wildfly);
        kill(mariadb);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Kills the process and every process it started (the start script runs the JVM as its child). */
    private static void kill(Process process) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        for (ProcessHandle p : tree) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : tree) {
            p.onExit().toCompletableFuture().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> p)
                    .join();
        }
        process.waitFor();
    }

    private static void run(List<String> command, Path log) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    private static String whoami() {
        return System.getProperty("user.name");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return s.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
