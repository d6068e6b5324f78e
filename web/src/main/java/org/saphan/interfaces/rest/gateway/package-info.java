/**
 * REST resources that admit sockets to the gateway: tickets for signed-in users, join codes for guests (with the
 * per-address limit on wrong codes, as only this layer knows the address). Uses the application's
 * {@code TicketService} and {@code GuestCodeService} and their records, and the domain's audit names and
 * exceptions; never infrastructure.
 */
package org.saphan.interfaces.rest.gateway;
