// /session/{reference}: the room for the booking's requesters and its interpreter. Sign-in and the header come
// from the shared part; the room itself (socket, audio, people, text) from RoomSession; this file only draws.
import { boot } from '/shared/page.js';
import { formatTime } from '/shared/time.js';
import { RoomSession } from './room.js';
import { renderPeople } from './view.js';
import { roomOf } from './link.js';
import { MicrophoneError, openMicrophone } from './audio/engine.js';

const $ = (id) => document.getElementById(id);
const reference = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');

async function main() {
  const page = await boot({ door: 'session', role: null, languages: ['en', 'th', 'my'] });
  if (!page) return;
  const { me, api, t, announce } = page;
  $('room-reference').textContent = t('room.reference', { reference });
  const role = me.roles.includes('requester') ? 'requester' : me.roles.includes('interpreter') ? 'interpreter' : null;
  if (!role) {
    showState(t('room.state.not-yours'));
    return;
  }
  const session = new RoomSession(reference,
    async () => (await api.post('/gateway-tickets', { channel: 'session', booking: reference })).ticket);
  session.role = role;
  window.saphanRoom = testHook(session);
  let stats = null;
  const redraw = () => renderPeople($('people'), session, stats, t, { detailed: true });

  function showState(text) {
    $('room-state').textContent = text;
  }

  session.addEventListener('state', async (e) => {
    const { state, error } = e.detail;
    document.body.dataset.room = state;
    if (state === 'closed') {
      showState(await whyClosed(api, t, error));
      $('room-live').hidden = true;
      $('room-start').hidden = true;
      return;
    }
    showState(t(`room.state.${state}`));
    if (state === 'ended' || state === 'left') {
      $('room-live').hidden = true;
      announce(t(`room.state.${state}`));
    }
  });
  session.addEventListener('participants', redraw);
  session.addEventListener('stats', (e) => {
    stats = e.detail;
    redraw();
  });
  session.addEventListener('text', (e) => addText(e.detail));
  session.addEventListener('microphone-blocked', (e) => {
    if (e.detail.role === 'guest') {
      setAlert('guest-mic', e.detail.blocked ? t('room.guest-mic-blocked') : null);
    }
  });
  session.addEventListener('participants', () => {
    const guestAway = [...session.participants.values()].some((p) => p.role === 'guest' && p.away);
    setAlert('guest-away', guestAway ? t('room.away.guest') : null);
  });
  window.addEventListener('saphan:language', redraw);

  function addText({ from, body, mine }) {
    const who = mine ? t('room.you') : t(`room.role.${session.participants.get(from)?.role ?? 'guest'}`);
    const li = document.createElement('li');
    li.className = mine ? 'mine' : '';
    const name = document.createElement('strong');
    name.textContent = who + ': ';
    li.append(name, document.createTextNode(body));
    $('text-log').append(li);
    li.scrollIntoView({ block: 'nearest' });
  }

  function setAlert(key, text) {
    let node = document.querySelector(`[data-alert="${key}"]`);
    if (!text) {
      node?.remove();
      return;
    }
    if (!node) {
      node = document.createElement('p');
      node.className = 'notice';
      node.dataset.alert = key;
      $('room-alerts').append(node);
    }
    node.textContent = text;
  }

  $('room-start').hidden = false;
  $('join-button').addEventListener('click', async () => {
    session.engine.prepare();
    $('join-button').disabled = true;
    $('room-start').hidden = true;
    $('room-live').hidden = false;
    $('end-button').hidden = role !== 'requester';
    await session.start();
    await session.engine.resume();
    await microphone();
  });

  async function microphone() {
    try {
      session.engine.attachMicrophone(await openMicrophone());
      setAlert('own-mic', null);
      session.microphoneBlocked(false);
    } catch (e) {
      if (!(e instanceof MicrophoneError)) throw e;
      setAlert('own-mic', t(`room.mic.${e.kind}`));
      session.microphoneBlocked(e.kind === 'blocked');
    }
  }

  $('mute-button').addEventListener('click', () => {
    const muted = !session.muted;
    session.setMuted(muted);
    $('mute-button').setAttribute('aria-pressed', String(muted));
    $('mute-button').dataset.i18n = muted ? 'room.unmute' : 'room.mute';
    $('mute-button').textContent = t(muted ? 'room.unmute' : 'room.mute');
    redraw();
  });
  $('leave-button').addEventListener('click', () => session.leave());
  $('end-button').addEventListener('click', () => {
    $('end-confirm').hidden = false;
    $('end-yes').focus();
  });
  $('end-no').addEventListener('click', () => {
    $('end-confirm').hidden = true;
  });
  $('end-yes').addEventListener('click', () => {
    $('end-confirm').hidden = true;
    session.end();
  });
  $('text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const body = $('text-input').value.trim();
    if (body) {
      session.sendText(body);
      $('text-input').value = '';
    }
  });
}

/** Why this room cannot be entered now, in the person's words: not yet open (and when it opens), or closed. */
async function whyClosed(api, t, error) {
  try {
    const booking = await api.get('/bookings/' + encodeURIComponent(reference));
    const room = roomOf(booking);
    if (room.state === 'early') return t('room.opens-at', { time: formatTime(room.opensAt) });
    if (booking.status === 'COMPLETED') return t('room.state.ended');
  } catch (e) {
    // not the caller's booking, or none: the refusal below says enough
  }
  return error?.status === 404 ? t('room.state.not-yours') : t('room.state.closed');
}

/** For the browser tests and the benchmark: what this page plays and measures (never content). */
function testHook(session) {
  return {
    levelsAt: (frequencies) => session.engine.levelsAt(frequencies),
    figures: () => session.engine.figures(),
    reset: () => session.engine.resetFigures(),
    delays: () => session.engine.delays,
    state: () => session.state,
    you: () => session.you,
  };
}

main();
