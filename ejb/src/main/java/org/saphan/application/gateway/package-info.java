/**
 * Admission to the WebSocket gateway: tickets for signed-in users, one-time join codes for a victim's device, and
 * the grant a redeemed ticket gives. Records of who was in a room; never what was said.
 */
package org.saphan.application.gateway;
