package org.saphan.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the pages where to sign in: Keycloak's address, the realm and the pages' client, taken from the same
 * setting as the server's token check ({@code SAPHAN_OIDC_PROVIDER_URL}), so a page can never talk to another
 * identity provider than the one the API trusts. Public: it is what a signed-out page needs first.
 */
@WebServlet(name = "pages-config", urlPatterns = "/shared/config.json")
public class PagesConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The public client of realm-config that the pages sign in with (authorization code, PKCE S256). */
    static final String PAGES_CLIENT = "saphan-web";

    @Inject
    @ConfigProperty(name = "saphan.oidc.provider-url")
    transient String providerUrl;

    private transient String body;

    @Override
    public void init() {
        body = configFor(providerUrl);
    }

    /** {@code http://host:port/realms/name} → {"url":"http://host:port","realm":"name","clientId":"saphan-web"}. */
    static String configFor(String providerUrl) {
        URI provider = URI.create(providerUrl.endsWith("/")
                ? providerUrl.substring(0, providerUrl.length() - 1)
                : providerUrl);
        String path = provider.getPath();
        int realms = path.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("saphan.oidc.provider-url must end in /realms/<realm>: " + providerUrl);
        }
        String base = provider.getScheme() + "://" + provider.getRawAuthority() + path.substring(0, realms);
        String realm = path.substring(realms + "/realms/".length());
        return Json.createObjectBuilder()
                .add("url", base)
                .add("realm", realm)
                .add("clientId", PAGES_CLIENT)
                .build()
                .toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // short: a moved identity provider reaches every page within minutes
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(body);
    }
}
