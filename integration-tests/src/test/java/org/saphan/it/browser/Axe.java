package org.saphan.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.saphan.it.ItConfig;

/**
 * axe-core (the npm package, pinned in the integration-tests pom) injected into the page under test. WebDriver's
 * script injection is not subject to the page's Content-Security-Policy, so the page itself stays strict.
 */
final class Axe {

    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(Path.of(ItConfig.require("saphan.it.axe")));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core was not unpacked by the build", e);
            }
        }
        return source;
    }

    /** Runs axe on the whole page and lists the violations whose impact is serious or critical. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(JavascriptExecutor page) {
        page.executeScript(source());
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: '
                                   + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
                """);
        List<String> found = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            found.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
        }
        return found;
    }
}
