// Sign-in through Keycloak (client saphan-web, authorization code with PKCE S256). Tokens live in this module's
// memory only: never in localStorage, a cookie of ours or a URL. A reload signs in again through Keycloak's own
// session (one redirect, no password while that session lasts).
import Keycloak from './vendor/keycloak-js/keycloak.js';

let keycloak = null;
let refreshing = null;

/** Where Keycloak is, from the server (the same identity provider the API trusts). */
async function loadConfig() {
  const answer = await fetch('/shared/config.json', { credentials: 'omit' });
  if (!answer.ok) {
    throw new Error('config ' + answer.status);
  }
  return answer.json();
}

/**
 * Signs the person in, or sends the browser to Keycloak's login page and back to this very address (a deep link
 * comes back where it was going). Resolves once a token is in memory; never resolves while the browser leaves.
 */
export async function signIn({ locale } = {}) {
  const config = await loadConfig();
  keycloak = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
  const authenticated = await keycloak.init({
    pkceMethod: 'S256',
    flow: 'standard',
    responseMode: 'fragment',
    // the login-status iframe needs third-party cookies; the refresh token keeps the session alive instead
    checkLoginIframe: false,
  });
  if (!authenticated) {
    await keycloak.login({ redirectUri: window.location.href, locale });
    return new Promise(() => {});
  }
  // silent refresh: a new access token before the old one runs out, with the refresh token, no redirect
  keycloak.onTokenExpired = () => {
    freshToken().catch(() => {});
  };
  return keycloak.tokenParsed;
}

/** An access token with at least 30 s to live; refreshes silently, or signs in again if the session ended. */
export async function freshToken() {
  if (!keycloak) {
    throw new Error('not signed in');
  }
  if (!refreshing) {
    refreshing = keycloak.updateToken(30).finally(() => {
      refreshing = null;
    });
  }
  try {
    await refreshing;
  } catch (e) {
    // the Keycloak session is over (or was ended elsewhere): sign in again and come back here
    await keycloak.login({ redirectUri: window.location.href });
    return new Promise(() => {});
  }
  return keycloak.token;
}

/** Forces a refresh (after the API answered 401 to a token that looked valid). */
export async function renewToken() {
  await keycloak.updateToken(-1);
  return keycloak.token;
}

/** The signed-in person's display name from the ID token (never sent anywhere). */
export function displayName() {
  const t = keycloak?.tokenParsed ?? {};
  return t.name || t.preferred_username || '';
}

/** When the access token in memory expires (for the gateway, whose sockets close at that moment). */
export function tokenExpiresAt() {
  return keycloak?.tokenParsed?.exp ? new Date(keycloak.tokenParsed.exp * 1000) : null;
}

export function signOut() {
  keycloak?.logout({ redirectUri: window.location.origin + '/' });
}
