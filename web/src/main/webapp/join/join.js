// /join: the victim's or witness's device, handed over by the officer or pointed at the QR code. No account, no
// install: choose a language, type (or bring) the code, allow the microphone (with help when the browser refused
// it), and talk. "Leave" is always in sight. The rejoin credential lives in this module's memory only.
import { initI18n, setLanguage, language, t } from '/shared/i18n.js';
import { RoomSession } from '/session/room.js';
import { renderPeople } from '/session/view.js';
import { AudioEngine, MicrophoneError, microphonePermission, openMicrophone } from '/session/audio/engine.js';
import { admit, codeFromFragment, GuestError } from './guest.js';

/** The languages of the guest page, each named in itself; Burmese first (most guests read it). */
const LANGUAGES = [
  ['my', 'မြန်မာ'], ['km', 'ខ្មែរ'], ['lo', 'ລາວ'], ['vi', 'Tiếng Việt'], ['th', 'ไทย'], ['en', 'English'],
];
const $ = (id) => document.getElementById(id);
let session = null;
let stats = null;

function show(step) {
  for (const id of ['step-language', 'step-code', 'step-room', 'step-ended']) $(id).hidden = id !== step;
  const heading = $(step).querySelector('h1');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

function languageButtons() {
  const box = $('languages');
  box.replaceChildren(...LANGUAGES.map(([code, name]) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.lang = code;
    b.className = 'language big';
    b.textContent = name;
    b.setAttribute('aria-pressed', String(code === language()));
    b.addEventListener('click', async () => {
      await setLanguage(code, { remember: true });
      languageButtons();
      show('step-code');
      $('code-input').focus();
    });
    return b;
  }));
}

function codeError(text) {
  $('code-error').textContent = text || '';
  $('code-error').hidden = !text;
  $('code-field').classList.toggle('has-error', Boolean(text));
  if (text) $('code-input').setAttribute('aria-invalid', 'true');
  else $('code-input').removeAttribute('aria-invalid');
}

function errorText(e) {
  if (!(e instanceof GuestError)) return t('join.error.network');
  if (e.status === 404 || e.status === 400) return t('join.error.code');
  if (e.status === 429) return t('join.error.tries');
  if (e.status === 409) return t('join.error.closed');
  return t('join.error.network');
}

async function join(event) {
  event.preventDefault();
  const code = $('code-input').value.trim();
  if (!code) {
    codeError(t('join.error.empty'));
    $('code-input').focus();
    return;
  }
  $('join-button').disabled = true;
  // audio may start only within the tap itself: the context is made now, the room after the code is accepted
  const engine = new AudioEngine().prepare();
  let admission;
  try {
    admission = await admit({ code });
  } catch (e) {
    engine.context.close();
    codeError(errorText(e));
    $('join-button').disabled = false;
    $('code-input').focus();
    return;
  }
  codeError(null);
  $('code-input').value = '';
  // the credential to come back with, for this room only, in memory only
  let first = admission.ticket;
  const rejoin = admission.rejoin;
  session = new RoomSession(admission.booking, async () => {
    if (first) {
      const ticket = first;
      first = null;
      return ticket;
    }
    return (await admit({ rejoin })).ticket;
  }, engine);
  session.role = 'guest';
  window.saphanRoom = {
    levelsAt: (f) => session.engine.levelsAt(f), figures: () => session.engine.figures(),
    reset: () => session.engine.resetFigures(),
    delays: () => session.engine.delays,
    state: () => session.state, you: () => session.you,
  };
  wire(session);
  show('step-room');
  await session.start();
  await session.engine.resume();
  await microphone();
}

function wire(s) {
  const redraw = () => renderPeople($('people'), s, stats, t, { detailed: false });
  s.addEventListener('participants', redraw);
  s.addEventListener('stats', (e) => {
    stats = e.detail;
    redraw();
  });
  s.addEventListener('state', (e) => {
    const { state } = e.detail;
    document.body.dataset.room = state;
    if (state === 'ended' || state === 'closed') {
      $('ended-title').textContent = t('join.ended');
      show('step-ended');
    } else if (state === 'left') {
      $('ended-title').textContent = t('join.left');
      show('step-ended');
    } else {
      $('join-state').textContent = t(`join.state.${state}`);
    }
  });
  window.addEventListener('saphan:language', redraw);
}

/** Asks for the microphone; a refusal shows the steps for this browser at once, and tells the officer. */
async function microphone() {
  try {
    session.engine.attachMicrophone(await openMicrophone());
    $('mic-help').hidden = true;
    session.microphoneBlocked(false);
  } catch (e) {
    if (!(e instanceof MicrophoneError)) throw e;
    const browser = /iPhone|iPad|Macintosh.*Safari/.test(navigator.userAgent) && !/Chrome|CriOS/.test(navigator.userAgent)
      ? 'safari' : 'chrome';
    $('mic-step-1').textContent = t(`join.mic.${browser}.step1`);
    $('mic-step-2').textContent = t(`join.mic.${browser}.step2`);
    $('mic-help').hidden = false;
    session.microphoneBlocked(true);
  }
}

async function start() {
  const codes = LANGUAGES.map(([code]) => code);
  await initI18n({ door: 'join', available: codes });
  languageButtons();
  const fromLink = codeFromFragment(location.hash);
  if (location.hash) {
    // the code leaves the address at once: not in the history, not in a screenshot of the address bar
    history.replaceState(null, '', location.pathname);
  }
  $('code-input').value = fromLink;
  let remembered = null;
  try {
    remembered = localStorage.getItem('saphan.language');
  } catch (e) {
    // private mode: choose each time
  }
  show(remembered && codes.includes(remembered) ? 'step-code' : 'step-language');
  $('code-form').addEventListener('submit', join);
  $('change-language').addEventListener('click', () => show('step-language'));
  $('mic-retry').addEventListener('click', () => microphone());
  $('mute-button').addEventListener('click', () => {
    if (!session) return;
    const muted = !session.muted;
    session.setMuted(muted);
    $('mute-button').setAttribute('aria-pressed', String(muted));
    $('mute-button').dataset.i18n = muted ? 'join.unmute' : 'join.mute';
    $('mute-button').textContent = t(muted ? 'join.unmute' : 'join.mute');
  });
  $('leave-button').addEventListener('click', () => {
    if (session && !session.isOver()) {
      session.leave();
    } else {
      $('ended-title').textContent = t('join.left');
      show('step-ended');
    }
  });
  // a browser that later allows the microphone (the person changed the setting) gets it without a reload
  if ((await microphonePermission()) !== 'unknown') {
    navigator.permissions.query({ name: 'microphone' }).then((status) => {
      status.onchange = () => {
        if (status.state === 'granted' && session && !session.engine.hasMicrophone) microphone();
      };
    });
  }
}

start();
