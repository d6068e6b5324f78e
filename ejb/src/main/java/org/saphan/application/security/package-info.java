/**
 * The caller of a use case as the application sees it: subject, username, roles and agency from the verified
 * token. Plain types and one request-scoped holder; no container security API.
 */
package org.saphan.application.security;
