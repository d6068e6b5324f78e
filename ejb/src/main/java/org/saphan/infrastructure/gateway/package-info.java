/**
 * The live side of the gateway that the application's events reach: the registry of feed sockets behind the
 * application's port {@code LiveFeeds}, and the observers that push what the application did to them. Lives in the
 * ejb module because events fired here are only seen by observers here; the gateway WAR registers its sockets through
 * the port and never uses this package. As an adapter it depends on the application (its events, its feed of
 * bookings, the port it implements), never the other way round.
 */
package org.saphan.infrastructure.gateway;
