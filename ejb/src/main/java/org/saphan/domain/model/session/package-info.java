/**
 * Session rooms and the way into them: the {@link org.saphan.domain.model.session.RoomWindow} (when a booking's room
 * is open), the tickets that admit one socket and the join codes that admit a guest's device (both kept only as
 * hashes), and the records of who was in a room, never what was said; with their repository interfaces. Uses
 * {@code model.shared} and refers to bookings and interpreters by their identities.
 */
package org.saphan.domain.model.session;
