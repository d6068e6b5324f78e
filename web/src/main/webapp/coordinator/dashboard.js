// The dashboard: today's and this week's bookings by status, and what needs a hand now. It changes live: every
// booking change the server pushes after commit (feed type "booking") is applied to the list and announced.
import { h } from '/shared/page.js';
import { t } from '/shared/i18n.js';
import { api } from '/shared/api.js';
import { bangkokDay, addDays, bangkokToInstant, formatWhen, formatDateTime } from '/shared/time.js';
import { table, scrollBox, statusBadge, bookingLink, languageName } from './common.js';

const STATUSES = ['OPEN', 'OFFERED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'UNFILLED'];
const SEEKING = new Set(['OPEN', 'OFFERED']);
/** A scheduled booking still open this close to its start needs a person. */
const SOON_MS = 24 * 60 * 60 * 1000;

const bookings = new Map();
let view = null;
let listening = false;
/** Redraws the dashboard every half minute, so that "nobody has taken it for N minutes" keeps counting. */
let ticker = null;

function week() {
  const today = bangkokDay();
  return { today, from: bangkokToInstant(today, '00:00'), to: bangkokToInstant(addDays(today, 7), '00:00') };
}

/** Why a booking needs a hand now, or null. */
export function needsHand(b, now = Date.now()) {
  if (b.status === 'UNFILLED') {
    return t('coordinator.dashboard.why.unfilled');
  }
  if (!SEEKING.has(b.status)) {
    return null;
  }
  if (b.urgency === 'IMMEDIATE') {
    const minutes = Math.max(0, Math.round((now - Date.parse(b.createdAt)) / 60000));
    return t('coordinator.dashboard.why.immediate', { count: minutes, minutes });
  }
  if (Date.parse(b.start) - now < SOON_MS) {
    return t('coordinator.dashboard.why.soon', { when: formatWhen(b.start) });
  }
  return null;
}

function counts(list) {
  const c = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  list.forEach((b) => {
    c[b.status] = (c[b.status] ?? 0) + 1;
  });
  return c;
}

function countsTable(caption, list) {
  const c = counts(list);
  return scrollBox(caption, h('table', { class: 'counts' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ...STATUSES.map((s) => h('th', { scope: 'col', text: t(`status.${s}`) })),
      h('th', { scope: 'col', text: t('coordinator.dashboard.total') }))),
    h('tbody', {}, h('tr', {}, ...STATUSES.map((s) => h('td', { 'data-status': s, text: String(c[s]) })),
      h('td', { text: String(list.length) })))));
}

function bookingRow(b, reason) {
  const row = [
    bookingLink(b.reference),
    formatWhen(b.start),
    `${languageName(b.language)} · ${t(`mode.${b.mode}`)}${b.province ? ` · ${b.province}` : ''}`,
    t(`urgency.${b.urgency}`),
    statusBadge(b.status),
    b.interpreter?.name ?? '',
  ];
  if (reason !== undefined) {
    row.splice(1, 0, reason);
  }
  return row;
}

function draw() {
  if (!view) {
    return;
  }
  const { today } = week();
  const list = [...bookings.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const todays = list.filter((b) => bangkokDay(b.start) === today);
  const now = Date.now();
  const hands = list.map((b) => [b, needsHand(b, now)]).filter(([, why]) => why);
  const cols = [t('coordinator.booking.reference'), t('coordinator.booking.start'),
    t('coordinator.booking.what'), t('coordinator.booking.urgency'), t('coordinator.booking.status'),
    t('coordinator.booking.interpreter')];
  view.querySelector('#needs-hand').replaceChildren(
    h('h2', { text: t('coordinator.dashboard.needs-hand', { count: hands.length }) }),
    table(t('coordinator.dashboard.needs-hand-caption'),
      [cols[0], t('coordinator.dashboard.why'), ...cols.slice(1)],
      hands.map(([b, why]) => bookingRow(b, why)), { empty: t('coordinator.dashboard.nothing-needs-hand') }));
  view.querySelector('#by-status').replaceChildren(
    countsTable(t('coordinator.dashboard.today'), todays),
    countsTable(t('coordinator.dashboard.week'), list));
  view.querySelector('#week-list').replaceChildren(
    h('h2', { text: t('coordinator.dashboard.bookings') }),
    table(t('coordinator.dashboard.bookings-caption'), cols, list.map((b) => bookingRow(b)),
      { empty: t('coordinator.dashboard.no-bookings') }));
}

function onBooking(event, announce) {
  const b = event.detail.booking;
  if (!b?.reference) {
    return;
  }
  const { from, to } = week();
  const inWeek = Date.parse(b.start) >= Date.parse(from) && Date.parse(b.start) < Date.parse(to);
  const known = bookings.get(b.reference);
  if (!inWeek && !known) {
    return;
  }
  bookings.set(b.reference, { ...known, ...b });
  // on (re)connecting the feed sends the current state again: only a real change is worth a word
  if (view && known?.status !== b.status) {
    announce(t('coordinator.dashboard.changed', { reference: b.reference, status: t(`status.${b.status}`) }));
  }
  draw();
}

export async function render(target, context) {
  view = null;
  const { from, to } = week();
  target.replaceChildren(
    h('h1', { text: t('coordinator.dashboard.heading') }),
    h('p', { class: 'hint', text: t('coordinator.dashboard.live', { from: formatDateTime(from) }) }),
    h('section', { id: 'needs-hand', class: 'needs-hand' }),
    h('section', { id: 'by-status', class: 'by-status' }),
    h('section', { id: 'week-list' }));
  const feed = context.feed();
  if (!listening) {
    listening = true;
    feed.addEventListener('booking', (event) => onBooking(event, context.announce));
  }
  const list = await api.get(`/bookings?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  bookings.clear();
  list.forEach((b) => bookings.set(b.reference, b));
  view = target;
  draw();
  clearInterval(ticker);
  ticker = setInterval(draw, 30000);
}

export function leave() {
  view = null;
  clearInterval(ticker);
  ticker = null;
}
