package org.saphan.it;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Drives the tests' own environment through ./saphan it-env, as the build does. */
final class ItEnv {

    private ItEnv() {
    }

    static void keycloak(String action) {
        Tokens.forget();
        ProcessBuilder pb = new ProcessBuilder(ItConfig.root().resolve("saphan").toString(), "it-env", action,
                ItConfig.runId(), ItConfig.require("saphan.it.keycloak-port"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = pb.start();
            if (!p.waitFor(6, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("./saphan it-env " + action + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
