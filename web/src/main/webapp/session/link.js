// For the other doors (the requester's booking, the interpreter's assignment): whether a booking's session room is
// open, when it opens, and a link to it. The times match the gateway's: a room opens 15 minutes before the start
// and closes 30 minutes after the end, for a remote booking that has its interpreter.

export const OPENS_BEFORE_MINUTES = 15;
export const CLOSES_AFTER_MINUTES = 30;

/** The room's address for a booking reference. */
export function roomPath(reference) {
  return '/session/' + encodeURIComponent(reference);
}

/**
 * The room of a booking ({reference, mode, status, start, durationMinutes}, as the API gives it):
 * {state, opensAt, closesAt, path} with state one of 'none' (on site, or not or no longer assigned), 'early', 'open',
 * 'closed'.
 */
export function roomOf(booking, now = new Date()) {
  const start = new Date(booking.start);
  const opensAt = new Date(start.getTime() - OPENS_BEFORE_MINUTES * 60000);
  const closesAt = new Date(start.getTime() + ((booking.durationMinutes || 0) + CLOSES_AFTER_MINUTES) * 60000);
  const path = roomPath(booking.reference);
  if (booking.mode !== 'REMOTE' || !['ASSIGNED', 'IN_PROGRESS'].includes(booking.status)) {
    return { state: 'none', opensAt, closesAt, path };
  }
  const state = now < opensAt ? 'early' : now < closesAt ? 'open' : 'closed';
  return { state, opensAt, closesAt, path };
}

/**
 * A ready element for a booking's page: a link "Open the session room" while it is open, "The room opens at …"
 * before, nothing otherwise. {@code t} is the page's message function (keys room.open, room.opens-at with {time},
 * room.closed) and {@code formatTime} its way of showing a time.
 */
export function roomLink(booking, t, formatTime, now = new Date()) {
  const room = roomOf(booking, now);
  if (room.state === 'open') {
    const a = document.createElement('a');
    a.href = room.path;
    a.className = 'button room-link';
    a.textContent = t('room.open');
    return a;
  }
  if (room.state === 'early' || room.state === 'closed') {
    const p = document.createElement('p');
    p.className = 'room-link';
    p.textContent = room.state === 'early' ? t('room.opens-at', { time: formatTime(room.opensAt) }) : t('room.closed');
    return p;
  }
  return null;
}

/** The guest page's address for a join code, as the QR code should hold it: the code in the fragment only. */
export function joinPath(code) {
  return '/join/#' + encodeURIComponent(code);
}
