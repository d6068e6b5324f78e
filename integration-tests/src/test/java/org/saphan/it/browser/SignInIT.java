package org.saphan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saphan.it.Deployments;

/** Signing in through Keycloak's real login page and landing at one's own door. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @Test
    void aRequesterSignsInFromTheFrontPageAndLandsAtTheRequestersDoor() {
        try (Browser somchai = Browser.open(Viewport.DESKTOP, "en")) {
            somchai.go("/").signIn("somchai").waitForPath("/requester/");
            somchai.heading("Bookings");
            assertEquals("Sign out", somchai.button("Sign out").getText());
            somchai.check("requester-home");
        }
    }
}
