package org.saphan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The running Saphan that the server benchmarks measure, as the operating system sees it. */
final class BenchServer {

    private BenchServer() {
    }

    /**
     * The java process of the WildFly that {@code ./saphan} started: the one running jboss-modules in the process group
     * whose leader's pid is in {@code wildfly.pid} (the script starts the server as a group of its own).
     */
    static long wildflyPid(Path pidFile) throws IOException {
        long group = Long.parseLong(Files.readString(pidFile).trim());
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String cmd = Files.readString(p.resolve("cmdline"));
                    if (Long.parseLong(f[2]) == group && cmd.contains("jboss-modules")) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException e) {
                    // gone
                }
            }
        }
        throw new IllegalStateException("no WildFly java process in process group " + group);
    }
}
