/**
 * Admission to the WebSocket gateway: what a ticket is asked for and gives (the grant a redeemed ticket holds),
 * join codes and admissions for a victim's device, the records of who was in a room (never what was said), and the
 * port of the live feeds ({@link org.saphan.application.gateway.LiveFeeds}, {@link
 * org.saphan.application.gateway.FeedSocket}) that the gateway registers its sockets into and infrastructure
 * implements. Uses the domain only.
 */
package org.saphan.application.gateway;
