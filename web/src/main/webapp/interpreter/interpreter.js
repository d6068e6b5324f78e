// The interpreter's door, phone first: on call, offers arriving live (sound, vibration, time left), accept or
// decline in one tap with one clear answer, the confidentiality terms before the details, upcoming assignments,
// weekly availability and absences. Installable; an offline state instead of a broken page.
import { boot, h } from '/shared/page.js';
import { api, request, serverNow } from '/shared/api.js';
import { t, translate } from '/shared/i18n.js';
import { bangkokDay, bangkokToInstant, addDays, formatCountdown, formatDateTime, formatWhen } from '/shared/time.js';
import { roomOf } from '/session/link.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** Buttons go before the server would close the offer, so a tap is never refused as expired while time shows. */
const SAFETY_MS = 1500;

if ('serviceWorker' in navigator) {
  // the shell only (see sw.js): a phone on a poor connection opens the door at once
  navigator.serviceWorker.register('/interpreter/sw.js', { scope: '/interpreter/' }).catch(() => {});
}

const context = await boot({ door: 'interpreter', role: 'interpreter', languages: ['en', 'th', 'my'] });
const main = document.querySelector('main');
/** Offers by id, and what happened to each one the person saw (so nothing vanishes without a word). */
const offers = new Map();
const assignments = new Map();
let profile = null;
let feed = null;
let audio = null;
let wakeLock = null;

if (context) {
  feed = context.feed();
  feed.addEventListener('offer', (e) => offerArrived(e.detail.offer));
  feed.addEventListener('offer-withdrawn', (e) => offerWithdrawn(e.detail.offerId));
  feed.addEventListener('assigned', (e) => assignmentArrived(e.detail.booking));
  feed.addEventListener('cancelled', (e) => assignmentCancelled(e.detail.booking));
  feed.addEventListener('state', showOffline);
  window.addEventListener('popstate', route);
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      window.history.pushState(null, '', link.href);
      route();
    }
  });
  window.addEventListener('saphan:language', route);
  document.addEventListener('visibilitychange', keepAwake);
  // sound needs a gesture first: the first tap anywhere unlocks it
  document.addEventListener('pointerdown', unlockAudio, { once: true });
  setInterval(tick, 1000);
  route();
  load();
}

function fromTemplate(id) {
  const node = document.getElementById(id).content.cloneNode(true);
  translate(node);
  return node;
}

function route() {
  if (new URLSearchParams(window.location.search).get('view') === 'availability') {
    showAvailability();
  } else {
    showHome();
  }
}

async function load() {
  const [offerList, bookingList, me] = await Promise.all([
    api.get('/offers').catch(() => []),
    api.get('/bookings').catch(() => []),
    api.get(`/interpreters/${context.me.interpreterId}`).catch(() => null),
  ]);
  for (const offer of offerList) {
    if (!offers.has(offer.id)) {
      offers.set(offer.id, { offer, outcome: null });
    }
  }
  for (const booking of bookingList) {
    assignments.set(booking.reference, booking);
  }
  profile = me;
  renderOnCall();
  renderOffers();
  renderAssignments();
}

// --- home ------------------------------------------------------------------------------------------------------

function showHome() {
  main.replaceChildren(fromTemplate('home-view'));
  document.title = t('interpreter.title');
  const toggle = document.getElementById('on-call');
  toggle.addEventListener('change', () => setOnCall(toggle.checked));
  renderOnCall();
  renderOffers();
  renderAssignments();
  showOffline();
}

function showOffline() {
  const banner = document.getElementById('offline-banner');
  if (banner && feed) {
    banner.hidden = feed.state !== 'offline';
  }
}

function renderOnCall() {
  const toggle = document.getElementById('on-call');
  if (!toggle || !profile) {
    return;
  }
  toggle.checked = Boolean(profile.onCall);
  document.getElementById('on-call-state').textContent = t(profile.onCall ? 'interpreter.on-call-on'
    : 'interpreter.on-call-off');
  keepAwake();
}

async function setOnCall(on) {
  const toggle = document.getElementById('on-call');
  toggle.disabled = true;
  try {
    // the switch lives on the server: it survives a reload and reaches the matching at once
    await api.put('/me/on-call', { onCall: on });
    profile = { ...(profile ?? {}), onCall: on };
    context.announce(t(on ? 'interpreter.on-call-on' : 'interpreter.on-call-off'));
  } catch (e) {
    toggle.checked = !on;
    document.getElementById('on-call-state').textContent = e.message;
    return;
  } finally {
    toggle.disabled = false;
  }
  renderOnCall();
}

/** While on call, the screen stays on where the browser allows (Screen Wake Lock API). */
async function keepAwake() {
  const wanted = Boolean(profile?.onCall) && document.visibilityState === 'visible';
  if (wanted && !wakeLock && 'wakeLock' in navigator) {
    try {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => {
        wakeLock = null;
      });
    } catch (e) {
      wakeLock = null; // refused (battery saver, no gesture yet): the page still works
    }
  } else if (!wanted && wakeLock) {
    wakeLock.release().catch(() => {});
    wakeLock = null;
  }
}

function unlockAudio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (Context && !audio) {
    audio = new Context();
  }
}

/** A short two-tone chime and a buzz: an offer came. Silent where the phone does not allow either. */
function ring() {
  if (navigator.vibrate) {
    navigator.vibrate([200, 100, 200]);
  }
  if (!audio) {
    return;
  }
  const now = audio.currentTime;
  for (const [i, frequency] of [880, 1320].entries()) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.3, now + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.16);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(now + i * 0.18);
    oscillator.stop(now + i * 0.18 + 0.17);
  }
}

// --- offers ----------------------------------------------------------------------------------------------------

function offerArrived(offer) {
  const known = offers.get(offer.id);
  if (known?.outcome) {
    return; // already answered here: the replay after a reconnect changes nothing
  }
  offers.set(offer.id, { offer, outcome: null });
  renderOffers();
  if (!known) {
    ring();
    context.announce(t('offer.arrived', { purpose: t(`purpose.${offer.purpose}`),
      language: t(`language.${offer.language}`) }));
  }
}

function offerWithdrawn(offerId) {
  const known = offers.get(offerId);
  if (!known || known.outcome) {
    return;
  }
  known.outcome = { kind: 'withdrawn', text: t('offer.withdrawn') };
  renderOffers();
  context.announce(t('offer.withdrawn'));
}

function timeLeft(offer) {
  return Date.parse(offer.expiresAt) - serverNow() - SAFETY_MS;
}

function describe(offer) {
  const rows = [
    [t('offer.languages'), `${t(`language.${offer.language}`)} ↔ ${t(`language.${offer.otherLanguage}`)}`],
    [t('offer.when'), offer.urgency === 'IMMEDIATE' ? t('offer.now') : formatWhen(offer.start)],
    [t('offer.duration'), t('offer.minutes', { count: offer.durationMinutes })],
    [t('offer.mode'), offer.province ? `${t(`mode.${offer.mode}`)}, ${offer.province}` : t(`mode.${offer.mode}`)],
  ];
  if (offer.interpreterGender) {
    rows.push([t('offer.gender'), t(`gender.${offer.interpreterGender.value}`)]);
  }
  if (offer.specialisation) {
    rows.push([t('offer.specialisation'), t(`specialisation.${offer.specialisation}`)]);
  }
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));
}

function renderOffers() {
  const list = document.getElementById('offers');
  if (!list) {
    return;
  }
  const shown = [...offers.values()].filter(({ offer, outcome }) => outcome || timeLeft(offer) > -60000)
    .sort((a, b) => a.offer.expiresAt.localeCompare(b.offer.expiresAt));
  document.getElementById('no-offers').hidden = shown.length > 0;
  list.replaceChildren(...shown.map(offerCard));
}

function offerCard({ offer, outcome }) {
  const card = h('li', { class: 'card offer', 'data-offer': String(offer.id) },
    h('h2', { class: 'offer-title', text: t(`purpose.${offer.purpose}`) }),
    describe(offer));
  if (outcome) {
    card.classList.add(`outcome-${outcome.kind}`);
    card.append(h('p', { class: 'outcome', role: 'status', text: outcome.text }));
    if (outcome.kind !== 'pending') {
      const ok = h('button', { type: 'button', class: 'secondary', text: t('offer.dismiss') });
      ok.addEventListener('click', () => {
        offers.delete(offer.id);
        renderOffers();
      });
      card.append(ok);
    }
    return card;
  }
  const left = timeLeft(offer);
  if (left <= 0) {
    card.classList.add('outcome-expired');
    card.append(h('p', { class: 'outcome', text: t('offer.expired') }));
    return card;
  }
  const accept = h('button', { type: 'button', class: 'accept', text: t('offer.accept') });
  const decline = h('button', { type: 'button', class: 'decline secondary', text: t('offer.decline') });
  accept.addEventListener('click', () => answer(offer, 'accept'));
  decline.addEventListener('click', () => answer(offer, 'decline'));
  card.append(
    h('p', { class: 'time-left' }, h('span', { text: t('offer.time-left') + ' ' }),
      h('strong', { class: 'countdown', 'data-offer': String(offer.id), text: formatCountdown(left) })),
    h('div', { class: 'answer-buttons' }, accept, decline));
  return card;
}

function tick() {
  for (const strong of document.querySelectorAll('.countdown[data-offer]')) {
    const entry = offers.get(Number(strong.dataset.offer));
    if (!entry) {
      continue;
    }
    const left = timeLeft(entry.offer);
    if (left <= 0) {
      renderOffers(); // the buttons go: the offer has expired
      return;
    }
    strong.textContent = formatCountdown(left);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One tap, one clear answer: yours, taken, expired or withdrawn. A tap lost to the network is tried again; if the
 * first try did land, the second hears "taken" and the page checks whether the booking is in fact this person's.
 */
async function answer(offer, action) {
  const entry = offers.get(offer.id);
  entry.outcome = { kind: 'pending', text: t('offer.sending') };
  renderOffers();
  let lost = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (action === 'accept') {
        const booking = await request('POST', `/offers/${offer.id}/accept`, { retries: 0 });
        yours(entry, booking);
      } else {
        await request('POST', `/offers/${offer.id}/decline`, { body: {}, retries: 0 });
        entry.outcome = { kind: 'declined', text: t('offer.declined') };
      }
      break;
    } catch (e) {
      if (e.status === 0) {
        lost = true;
        if (attempt < 2) {
          await sleep(600 * (attempt + 1));
          continue;
        }
        entry.outcome = null; // the buttons come back: nothing is known to have happened
        document.getElementById('answers').textContent = t('offer.lost');
        break;
      }
      if (action === 'accept' && lost && e.code === 'taken') {
        const mine = await assignedMatching(offer);
        if (mine) {
          yours(entry, mine);
          break;
        }
      }
      entry.outcome = refusal(e);
      break;
    }
  }
  renderOffers();
  renderAssignments();
  if (entry.outcome) {
    context.announce(entry.outcome.text);
  }
}

function refusal(e) {
  switch (e.code) {
    case 'taken':
      return { kind: 'taken', text: t('offer.taken') };
    case 'offer-expired':
      return { kind: 'expired', text: t('offer.expired') };
    case 'wrong-state':
    case 'not-found':
      return { kind: 'withdrawn', text: t('offer.withdrawn') };
    default:
      return { kind: 'refused', text: e.message };
  }
}

function yours(entry, booking) {
  entry.outcome = { kind: 'yours', text: t('offer.yours') };
  assignments.set(booking.reference, booking);
}

async function assignedMatching(offer) {
  const mine = await api.get('/bookings?status=ASSIGNED').catch(() => []);
  return mine.find((b) => b.start === offer.start && b.language === offer.language && b.purpose === offer.purpose);
}

// --- assignments -------------------------------------------------------------------------------------------------

function assignmentArrived(booking) {
  const before = assignments.get(booking.reference);
  assignments.set(booking.reference, { ...before, ...booking });
  renderAssignments();
  if (!before) {
    context.announce(t('assignment.new', { purpose: t(`purpose.${booking.purpose}`) }));
  }
}

function assignmentCancelled(reference) {
  const known = assignments.get(reference);
  if (known) {
    assignments.set(reference, { ...known, status: 'CANCELLED' });
    renderAssignments();
    context.announce(t('assignment.cancelled', { reference }));
  }
}

function upcoming() {
  const since = serverNow() - 12 * 3600 * 1000;
  return [...assignments.values()]
    .filter((b) => ['ASSIGNED', 'IN_PROGRESS', 'CANCELLED'].includes(b.status) && Date.parse(b.start) > since)
    .sort((a, b) => a.start.localeCompare(b.start));
}

function renderAssignments() {
  const list = document.getElementById('assignments');
  if (!list) {
    return;
  }
  const all = upcoming();
  document.getElementById('no-assignments').hidden = all.length > 0;
  list.replaceChildren(...all.map(assignmentCard));
}

function assignmentCard(b) {
  const card = h('li', { class: 'card assignment', 'data-reference': b.reference },
    h('h3', { text: `${t(`purpose.${b.purpose}`)} · ${formatWhen(b.start)}` }),
    h('p', {}, h('span', { class: 'status', 'data-status': b.status, text: t(`status.${b.status}`) }),
      h('span', { class: 'meta', text: ` ${b.reference}` })),
    describe(b));
  if (b.status === 'CANCELLED') {
    card.append(h('p', { class: 'outcome', text: t('assignment.cancelled', { reference: b.reference }) }));
    return card;
  }
  if (b.acknowledgementRequired) {
    const terms = h('details', { class: 'terms' },
      h('summary', { text: t('terms.read') }),
      h('p', { text: t('terms.body') }));
    const agree = h('button', { type: 'button', text: t('terms.agree') });
    agree.addEventListener('click', () => acknowledge(b, agree));
    card.append(h('p', { class: 'hint', text: t('terms.why') }), terms, agree);
    return card;
  }
  const details = [
    [t('details.place'), b.place],
    [t('details.note'), b.noteForInterpreter],
    [t('details.contact'), b.requesterContact],
  ].filter(([, v]) => v);
  if (details.length) {
    card.append(h('dl', { class: 'facts details' },
      ...details.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])));
  }
  if (b.mode === 'REMOTE') {
    const room = roomOf(b);
    if (room.state === 'early') {
      card.append(h('p', { class: 'notice', text: t('details.room-opens-at', { time: formatWhen(room.opensAt) }) }));
    } else if (room.state === 'open') {
      card.append(h('p', {}, h('a', { class: 'button', href: room.path, text: t('details.room') })));
    }
  }
  return card;
}

async function acknowledge(b, button) {
  button.disabled = true;
  try {
    const opened = await api.post(`/bookings/${b.reference}/acknowledgement`, {});
    assignments.set(b.reference, opened);
    renderAssignments();
    context.announce(t('terms.done'));
  } catch (e) {
    button.disabled = false;
    button.after(h('p', { class: 'error', role: 'alert', text: e.message }));
  }
}

// --- availability and absences ----------------------------------------------------------------------------------

async function showAvailability() {
  main.replaceChildren(fromTemplate('availability-view'));
  document.title = `${t('availability.heading')} · ${t('interpreter.title')}`;
  if (!profile) {
    profile = await api.get(`/interpreters/${context.me.interpreterId}`).catch(() => null);
  }
  const weekly = document.getElementById('weekly');
  const absences = document.getElementById('absences');
  for (const w of profile?.availability?.weekly ?? []) {
    weekly.append(windowRow(w));
  }
  for (const a of profile?.availability?.absences ?? []) {
    absences.append(absenceRow(a));
  }
  document.getElementById('add-window').addEventListener('click', () => {
    weekly.append(windowRow({ day: 'MONDAY', from: '08:00', to: '17:00' }));
    weekly.lastElementChild.querySelector('select').focus();
  });
  document.getElementById('add-absence').addEventListener('click', () => {
    absences.append(absenceRow(null));
    absences.lastElementChild.querySelector('input').focus();
  });
  document.getElementById('availability-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveAvailability();
  });
}

let rowCounter = 0;

function windowRow(w) {
  const n = ++rowCounter;
  const day = h('select', { id: `day-${n}`, name: 'day' },
    ...DAYS.map((d) => h('option', { value: d, text: t(`day.${d}`) })));
  day.value = w.day;
  const remove = h('button', { type: 'button', class: 'secondary', text: t('availability.remove') });
  const row = h('li', { class: 'row window' },
    h('div', { class: 'field' }, h('label', { for: `day-${n}`, text: t('availability.day') }), day),
    h('div', { class: 'field' }, h('label', { for: `from-${n}`, text: t('availability.from') }),
      h('input', { type: 'text', id: `from-${n}`, name: 'from', value: w.from, inputmode: 'numeric', maxlength: '5' })),
    h('div', { class: 'field' }, h('label', { for: `to-${n}`, text: t('availability.to') }),
      h('input', { type: 'text', id: `to-${n}`, name: 'to', value: w.to, inputmode: 'numeric', maxlength: '5' })),
    remove);
  remove.addEventListener('click', () => row.remove());
  return row;
}

/** An absence is whole days in Bangkok: from the first day's start to the day after the last. */
function absenceRow(a) {
  const n = ++rowCounter;
  const first = a ? bangkokDay(a.from) : bangkokDay();
  const last = a ? bangkokDay(Date.parse(a.to) - 1) : bangkokDay();
  const remove = h('button', { type: 'button', class: 'secondary', text: t('availability.remove') });
  const row = h('li', { class: 'row absence' },
    h('div', { class: 'field' }, h('label', { for: `away-from-${n}`, text: t('availability.away-from') }),
      h('input', { type: 'date', id: `away-from-${n}`, name: 'awayFrom', value: first })),
    h('div', { class: 'field' }, h('label', { for: `away-to-${n}`, text: t('availability.away-to') }),
      h('input', { type: 'date', id: `away-to-${n}`, name: 'awayTo', value: last })),
    remove);
  remove.addEventListener('click', () => row.remove());
  return row;
}

async function saveAvailability() {
  const errors = document.getElementById('availability-errors');
  const saved = document.getElementById('availability-saved');
  errors.hidden = true;
  saved.hidden = true;
  const weekly = [...document.querySelectorAll('#weekly .window')].map((row) => ({
    day: row.querySelector('[name=day]').value,
    from: row.querySelector('[name=from]').value.trim(),
    to: row.querySelector('[name=to]').value.trim(),
  }));
  const absences = [...document.querySelectorAll('#absences .absence')].map((row) => ({
    from: bangkokToInstant(row.querySelector('[name=awayFrom]').value, '00:00'),
    to: bangkokToInstant(addDays(row.querySelector('[name=awayTo]').value, 1), '00:00'),
  }));
  try {
    profile = await api.put(`/interpreters/${context.me.interpreterId}/availability`, { weekly, absences });
    saved.hidden = false;
    saved.textContent = t('availability.saved');
  } catch (e) {
    errors.hidden = false;
    document.getElementById('availability-error').textContent = e.message;
    errors.focus();
  }
}
