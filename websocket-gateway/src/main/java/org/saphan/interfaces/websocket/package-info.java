/**
 * The WebSocket interface under {@code /gateway}: endpoints and their handshake rules. Uses the application
 * layer only; keeps no content.
 */
package org.saphan.interfaces.websocket;
