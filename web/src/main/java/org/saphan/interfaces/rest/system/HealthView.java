package org.saphan.interfaces.rest.system;

import org.saphan.application.HealthService.HealthReport;

/**
 * The answer of {@code GET /api/health}: {@code {"status":"UP"|"DOWN","checks":{"database","identityProvider"}}}, each
 * UP or DOWN, and nothing else about the server.
 */
public record HealthView(String status, Checks checks) {

    /** Each dependency on its own. */
    public record Checks(String database, String identityProvider) {
    }

    public static HealthView of(HealthReport report) {
        return new HealthView(upOrDown(report.up()),
                new Checks(upOrDown(report.databaseUp()), upOrDown(report.identityProviderUp())));
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
