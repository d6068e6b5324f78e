/**
 * The live side of the gateway that the application's events reach: the registry of interpreters' notification
 * sockets, and bounded outboxes for every socket. Lives in the ejb module because events fired here are only seen
 * by observers here; the gateway WAR registers its sockets into it.
 */
package org.saphan.infrastructure.gateway;
