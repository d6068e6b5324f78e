// What the room page and the guest page both draw from a RoomSession: the people in the room, each with role,
// speaking, muted, away, a blocked microphone and (for the room page) the connection's quality as heard here.

function item(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Loss (frames that never came, and those concealed), jitter and delay of one sender, as heard by this page. */
export function qualityOf(figures) {
  if (!figures || !figures.received) return null;
  const expected = figures.received + figures.lost;
  const loss = (100 * (figures.lost + figures.concealed)) / Math.max(1, expected);
  return {
    loss: loss.toFixed(1),
    jitter: Math.round(figures.jitterMs),
    delay: figures.delayMs === null || figures.delayMs < 0 || figures.delayMs > 5000 ? '–'
      : Math.round(figures.delayMs),
  };
}

/**
 * Draws the people of the room into a list. {@code stats} is the latest 'stats' detail (or null); {@code detailed}
 * adds the connection quality.
 */
export function renderPeople(list, session, stats, t, { detailed = true } = {}) {
  const rows = [];
  const self = item('li', 'person self');
  self.dataset.role = session.role || '';
  const selfName = item('span', 'person-role', t('room.you'));
  self.append(selfName);
  if (stats?.self?.speaking && !session.muted) self.append(item('span', 'tag speaking', t('room.speaking')));
  if (session.muted) self.append(item('span', 'tag muted', t('room.muted')));
  rows.push(self);
  for (const p of session.participants.values()) {
    const li = item('li', 'person');
    li.dataset.role = p.role;
    li.dataset.participant = p.id;
    li.append(item('span', 'person-role', t(`room.role.${p.role}`)));
    const heard = stats?.senders?.get(p.id);
    if (p.away) li.append(item('span', 'tag away', t(`room.away.${p.role}`)));
    else if (heard?.speaking && !p.muted) li.append(item('span', 'tag speaking', t('room.speaking')));
    if (p.muted) li.append(item('span', 'tag muted', t('room.muted')));
    if (p.microphoneBlocked) li.append(item('span', 'tag blocked', t('room.mic-blocked')));
    if (detailed) {
      const q = qualityOf(heard);
      li.append(item('span', 'quality', q ? t('room.quality', q) : t('room.quality.none')));
    }
    rows.push(li);
  }
  list.replaceChildren(...rows);
}
