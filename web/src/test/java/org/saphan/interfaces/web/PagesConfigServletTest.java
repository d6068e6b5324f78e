package org.saphan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PagesConfigServletTest {

    @Test
    void splitsTheProviderIntoServerAndRealm() {
        assertEquals("{\"url\":\"http://127.0.0.1:8180\",\"realm\":\"saphan\",\"clientId\":\"saphan-web\"}",
                PagesConfigServlet.configFor("http://127.0.0.1:8180/realms/saphan"));
    }

    @Test
    void keepsAContextPathAndIgnoresATrailingSlash() {
        assertEquals("{\"url\":\"https://id.example.org/auth\",\"realm\":\"saphan\",\"clientId\":\"saphan-web\"}",
                PagesConfigServlet.configFor("https://id.example.org/auth/realms/saphan/"));
    }

    @Test
    void refusesAnAddressThatNamesNoRealm() {
        assertThrows(IllegalStateException.class, () -> PagesConfigServlet.configFor("http://127.0.0.1:8180/"));
    }
}
