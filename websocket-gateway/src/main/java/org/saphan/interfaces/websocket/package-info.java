/**
 * The WebSocket interface under {@code /gateway}: endpoints, their handshake rules, the rooms and the sockets'
 * bounded outboxes. Uses the application layer (its services, the grant and the live feeds' port) and the domain's
 * values (booking references, the channel), never infrastructure; keeps no content.
 */
package org.saphan.interfaces.websocket;
