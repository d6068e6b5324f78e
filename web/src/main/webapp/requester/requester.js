// The requester's door: book an interpreter, follow the agency's bookings live, open one booking (history,
// cancel, case exclusion, guest join code, session room).
import { boot, h } from '/shared/page.js';
import { api, newIdempotencyKey, serverNow } from '/shared/api.js';
import { t, translate } from '/shared/i18n.js';
import { addDays, bangkokDay, bangkokToInstant, formatCountdown, formatDateTime, formatWhen } from '/shared/time.js';
import { qrcode } from '/shared/vendor/qrcode-generator/qrcode.mjs';
import { roomOf } from '/session/link.js';

const PURPOSES = ['SCREENING_INTERVIEW', 'PSYCHOSOCIAL_SESSION', 'RETURN_PROCESS', 'MEDICAL', 'LEGAL_PROCEEDING',
  'CASE_MANAGEMENT'];
const LANGUAGES = ['mya', 'khm', 'lao', 'vie', 'shn', 'ksw', 'mnw', 'rhg', 'tha', 'eng'];
const SPECIALISATIONS = ['CHILDREN', 'PSYCHOSOCIAL', 'MEDICAL', 'LEGAL'];
const DURATIONS = [30, 60, 90, 120, 180, 240];
/** After this long with nobody taking an immediate booking, the page says what the officer can do. */
const IMMEDIATE_PATIENCE_MS = 3 * 60 * 1000;

const context = await boot({ door: 'requester', role: 'requester', languages: ['en', 'th'] });
const main = document.querySelector('main');
/** The agency's bookings by reference, as the API and the live feed tell them. */
const bookings = new Map();
let provinces = [];
let draft = null; // what the person typed, kept across views and language switches
let idempotencyKey = newIdempotencyKey();
let listLoaded = false; // until the first answer, an empty list means "loading", not "none"


if (context) {
  provinces = await fetch('/shared/provinces.json').then((r) => r.json()).catch(() => []);
  window.addEventListener('popstate', route);
  window.addEventListener('saphan:language', route);
  // links inside the door change the view without a reload (the address stays a real, shareable deep link)
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      window.history.pushState(null, '', link.href);
      route();
    }
  });
  const feed = context.feed();
  feed.addEventListener('booking', (event) => received(event.detail.booking));
  setInterval(tick, 1000);
  route();
  loadList();
}

// --- views ---------------------------------------------------------------------------------------------------

function route() {
  const reference = new URLSearchParams(window.location.search).get('booking');
  if (reference && /^[A-Z0-9-]{1,40}$/.test(reference)) {
    saveDraft();
    showBooking(reference);
  } else {
    showHome();
  }
}

function bookingPath(reference) {
  return `/requester/?booking=${encodeURIComponent(reference)}`;
}

function fromTemplate(id) {
  const node = document.getElementById(id).content.cloneNode(true);
  translate(node);
  return node;
}

function options(select, values, label, { empty } = {}) {
  select.replaceChildren();
  if (empty) {
    select.append(h('option', { value: '', text: empty }));
  }
  for (const value of values) {
    select.append(h('option', { value: String(value), text: label(value) }));
  }
}

function showHome() {
  const wasHome = document.getElementById('booking-form');
  if (wasHome) {
    saveDraft();
  }
  main.replaceChildren(fromTemplate('home-view'));
  document.title = t('requester.title');
  const form = document.getElementById('booking-form');
  options(form.purpose, PURPOSES, (p) => t(`purpose.${p}`), { empty: t('form.choose') });
  options(form.durationMinutes, DURATIONS, (m) => t('book.minutes', { count: m }));
  form.durationMinutes.value = '90';
  options(form.language, LANGUAGES, (l) => t(`language.${l}`), { empty: t('form.choose') });
  options(form.otherLanguage, LANGUAGES, (l) => t(`language.${l}`));
  form.otherLanguage.value = 'tha';
  options(form.province, provinces, (p) => p, { empty: t('form.choose') });
  options(form.specialisation, SPECIALISATIONS, (s) => t(`specialisation.${s}`), { empty: t('book.none') });
  form.day.min = bangkokDay();
  restoreDraft(form);
  form.addEventListener('change', () => showDependentFields(form));
  form.addEventListener('input', () => saveDraft());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form);
  });
  showDependentFields(form);
  renderList();
}

function showDependentFields(form) {
  const when = form.when.value;
  document.getElementById('field-day').hidden = when !== 'day';
  document.getElementById('field-start').hidden = !when || when === 'now';
  document.getElementById('field-place').hidden = form.mode.value !== 'ON_SITE';
  saveDraft();
}

// --- the draft: nothing typed is lost ---------------------------------------------------------------------------

function saveDraft() {
  const form = document.getElementById('booking-form');
  if (!form) {
    return;
  }
  draft = {};
  for (const element of form.elements) {
    if (!element.name) {
      continue;
    }
    if (element.type === 'radio') {
      if (element.checked) {
        draft[element.name] = element.value;
      }
    } else if (element.type === 'checkbox') {
      draft[element.name] = element.checked;
    } else {
      draft[element.name] = element.value;
    }
  }
}

function restoreDraft(form) {
  if (!draft) {
    return;
  }
  for (const element of form.elements) {
    if (!element.name || !(element.name in draft)) {
      continue;
    }
    if (element.type === 'radio') {
      element.checked = draft[element.name] === element.value;
    } else if (element.type === 'checkbox') {
      element.checked = Boolean(draft[element.name]);
    } else {
      element.value = draft[element.name];
    }
  }
}

// --- booking: checks, the error summary, the server's messages next to their fields ----------------------------

/** The form's input control for an API field name (the server names fields as the API does). */
const FIELD_CONTROL = {
  urgency: 'when-now', start: 'start', day: 'day', durationMinutes: 'durationMinutes', purpose: 'purpose',
  mode: 'mode-remote', province: 'province', place: 'place', language: 'language', otherLanguage: 'otherLanguage',
  interpreterGender: 'gender-any', specialisation: 'specialisation', personIsMinor: 'personIsMinor',
  caseCode: 'caseCode', noteForInterpreter: 'noteForInterpreter', requesterContact: 'requesterContact',
};

function clearErrors(form) {
  form.querySelectorAll('.field.has-error').forEach((f) => f.classList.remove('has-error'));
  form.querySelectorAll('.field-error').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  form.querySelectorAll('[data-error-described]').forEach((e) => {
    e.setAttribute('aria-describedby', e.dataset.errorDescribed);
    delete e.dataset.errorDescribed;
  });
  document.getElementById('error-summary').hidden = true;
}

function showErrors(form, errors) {
  clearErrors(form);
  const list = document.getElementById('error-list');
  list.replaceChildren();
  for (const { field, message } of errors) {
    const known = field && document.getElementById(`field-${field}`);
    const fieldName = known ? field : null;
    const controlId = FIELD_CONTROL[fieldName] ?? null;
    if (fieldName) {
      document.getElementById(`field-${fieldName}`).classList.add('has-error');
      const slot = document.getElementById(`error-${fieldName}`);
      slot.hidden = false;
      slot.textContent = message;
      const control = document.getElementById(controlId);
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const before = control.getAttribute('aria-describedby') ?? '';
        control.dataset.errorDescribed = before;
        control.setAttribute('aria-describedby', `${before} error-${fieldName}`.trim());
      }
    }
    const link = h('a', { href: controlId ? `#${controlId}` : '#booking-form', text: message });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(controlId ?? 'purpose')?.focus();
    });
    list.append(h('li', {}, link));
  }
  const summary = document.getElementById('error-summary');
  summary.hidden = false;
  summary.focus();
}

/** What the browser can tell before asking the server: every missing answer at once, in the person's language. */
function check(form) {
  const errors = [];
  const when = form.when.value;
  if (!when) {
    errors.push({ field: 'urgency', message: t('book.error.when') });
  }
  if (when === 'day' && !/^\d{4}-\d{2}-\d{2}$/.test(form.day.value)) {
    errors.push({ field: 'day', message: t('book.error.day') });
  }
  if (when && when !== 'now' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(form.start.value.trim())) {
    errors.push({ field: 'start', message: t('book.error.start') });
  }
  if (!form.purpose.value) {
    errors.push({ field: 'purpose', message: t('book.error.purpose') });
  }
  if (!form.mode.value) {
    errors.push({ field: 'mode', message: t('book.error.mode') });
  }
  if (form.mode.value === 'ON_SITE' && !form.province.value) {
    errors.push({ field: 'province', message: t('book.error.province') });
  }
  if (form.mode.value === 'ON_SITE' && !form.place.value.trim()) {
    errors.push({ field: 'place', message: t('book.error.place') });
  }
  if (!form.language.value) {
    errors.push({ field: 'language', message: t('book.error.language') });
  }
  if (!form.caseCode.value.trim()) {
    errors.push({ field: 'caseCode', message: t('book.error.case-code') });
  }
  if (form.personIsMinor.checked && form.specialisation.value !== 'CHILDREN') {
    errors.push({ field: 'specialisation', message: t('book.error.minor') });
  }
  return errors;
}

function startInstant(form) {
  const when = form.when.value;
  if (when === 'now') {
    return new Date(serverNow()).toISOString();
  }
  const today = bangkokDay(serverNow());
  const day = when === 'today' ? today : when === 'tomorrow' ? addDays(today, 1) : form.day.value;
  return bangkokToInstant(day, form.start.value.trim());
}

async function submit(form) {
  saveDraft();
  const errors = check(form);
  if (errors.length) {
    showErrors(form, errors);
    return;
  }
  const gender = form.gender.value;
  const body = {
    purpose: form.purpose.value,
    mode: form.mode.value,
    urgency: form.when.value === 'now' ? 'IMMEDIATE' : 'SCHEDULED',
    start: startInstant(form),
    durationMinutes: Number(form.durationMinutes.value),
    language: form.language.value,
    otherLanguage: form.otherLanguage.value,
    province: form.province.value || null,
    place: form.mode.value === 'ON_SITE' ? form.place.value.trim() : null,
    interpreterGender: gender ? { value: gender, required: form.genderRequired.checked } : null,
    specialisation: form.specialisation.value || null,
    personIsMinor: form.personIsMinor.checked,
    caseCode: form.caseCode.value.trim(),
    noteForInterpreter: form.noteForInterpreter.value.trim() || null,
    requesterContact: form.requesterContact.value.trim() || null,
  };
  const button = document.getElementById('book-button');
  button.disabled = true;
  try {
    // the same key on every retry of this one booking: a lost answer never books twice
    const booking = await api.post('/bookings', body, { idempotencyKey });
    idempotencyKey = newIdempotencyKey();
    draft = null;
    clearErrors(form);
    form.reset();
    form.durationMinutes.value = '90';
    form.otherLanguage.value = 'tha';
    showDependentFields(form);
    draft = null;
    // the feed may already have said more (the first wave of offers) than this answer, which was written at commit:
    // what the feed said about this new booking is never older than this answer, so it is kept
    if (!bookings.has(booking.reference)) {
      received(booking, { quiet: true });
    }
    const notice = document.getElementById('booked');
    notice.hidden = false;
    notice.replaceChildren(
      h('span', { text: t('book.done', { reference: booking.reference }) + ' ' }),
      h('a', { href: bookingPath(booking.reference), 'data-nav': true, text: t('book.open') }));
    context.announce(t('book.done', { reference: booking.reference }));
  } catch (e) {
    if (e.status === 400 || e.status === 422) {
      const field = e.field === 'start' && form.when.value === 'day' && !form.start.value ? 'day' : e.field;
      showErrors(form, [{ field, message: e.message }]);
    } else {
      showErrors(form, [{ field: null, message: e.message }]);
    }
  } finally {
    button.disabled = false;
  }
}

// --- the agency's bookings, live ----------------------------------------------------------------------------------

async function loadList() {
  try {
    const list = await api.get('/bookings');
    for (const b of list) {
      if (!bookings.has(b.reference)) {
        bookings.set(b.reference, b);
      }
    }
    listLoaded = true;
    renderList();
  } catch (e) {
    const state = document.getElementById('list-state');
    if (state) {
      state.textContent = e.message;
    }
  }
}

/** A booking from the API or the feed: keep the newest word on it, redraw, and say what changed. */
function received(booking, { quiet = false } = {}) {
  const before = bookings.get(booking.reference);
  bookings.set(booking.reference, { ...before, ...booking, offers: booking.offers });
  renderList();
  if (!quiet && before && before.status !== booking.status) {
    context.announce(t('list.changed', { reference: booking.reference, status: statusText(booking) }));
  }
  if (new URLSearchParams(window.location.search).get('booking') === booking.reference) {
    renderBooking(bookings.get(booking.reference));
  }
}

function statusText(b) {
  const status = t(`status.${b.status}`);
  if (b.status === 'OFFERED' && b.offers) {
    const left = b.offers.expiresAt ? Date.parse(b.offers.expiresAt) - serverNow() : 0;
    if (b.offers.open > 0 && left > 0) {
      return t('list.offered', { count: b.offers.open, left: formatCountdown(left) });
    }
    return t('list.offered-waiting');
  }
  if (b.status === 'ASSIGNED' && b.interpreter?.name) {
    return t('list.assigned', { name: b.interpreter.name });
  }
  return status;
}

function newestFirst() {
  return [...bookings.values()].sort((a, b) =>
    (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.reference.localeCompare(a.reference));
}

function needsAHand(b) {
  return b.urgency === 'IMMEDIATE' && (b.status === 'OFFERED' || b.status === 'OPEN')
    && b.createdAt && serverNow() - Date.parse(b.createdAt) > IMMEDIATE_PATIENCE_MS;
}

function renderList() {
  const list = document.getElementById('bookings');
  if (!list) {
    return;
  }
  const state = document.getElementById('list-state');
  const all = newestFirst().slice(0, 100);
  state.hidden = all.length > 0;
  state.textContent = t(listLoaded ? 'list.empty' : 'list.loading');
  list.replaceChildren(...all.map((b) => {
    const status = h('span', { class: 'status', 'data-status': b.status, 'data-reference': b.reference,
      text: statusText(b) });
    const item = h('li', { class: 'card', 'data-reference': b.reference },
      h('p', { class: 'card-title' },
        h('a', { href: bookingPath(b.reference), 'data-nav': true,
          text: `${t(`purpose.${b.purpose}`)}: ${t(`language.${b.language}`)}` })),
      h('p', {}, status),
      h('p', { class: 'meta', text: `${b.reference} · ${formatWhen(b.start)} · ${t(`mode.${b.mode}`)}` }));
    if (needsAHand(b)) {
      item.append(h('p', { class: 'advice', text: t('list.nobody-yet') }));
    }
    return item;
  }));
}

/** Once a second: countdowns move on; nothing is announced for a tick. */
function tick() {
  for (const span of document.querySelectorAll('.status[data-reference]')) {
    const b = bookings.get(span.dataset.reference);
    if (b && b.status === 'OFFERED') {
      span.textContent = statusText(b);
    }
  }
}

// --- one booking -----------------------------------------------------------------------------------------------

async function showBooking(reference) {
  main.replaceChildren(fromTemplate('booking-view'));
  document.getElementById('booking-title').textContent = reference;
  try {
    const booking = await api.get(`/bookings/${reference}`);
    bookings.set(reference, { ...bookings.get(reference), ...booking });
    renderBooking(bookings.get(reference));
  } catch (e) {
    message(e.message, true);
  }
}

function message(text, isError = false) {
  const box = document.getElementById('booking-message');
  if (box) {
    box.hidden = false;
    box.classList.toggle('error', isError);
    box.textContent = text;
  }
}

function renderBooking(b) {
  const facts = document.getElementById('booking-facts');
  if (!facts) {
    return;
  }
  document.getElementById('booking-title').textContent = `${t(`purpose.${b.purpose}`)}: ${b.reference}`;
  document.title = `${b.reference} · ${t('requester.title')}`;
  const rows = [
    ['booking.status', statusText(b)],
    ['booking.when', formatDateTime(b.start)],
    ['booking.duration', t('book.minutes', { count: b.durationMinutes })],
    ['booking.languages', `${t(`language.${b.language}`)} ↔ ${t(`language.${b.otherLanguage}`)}`],
    ['booking.mode', t(`mode.${b.mode}`)],
    ['booking.urgency', t(`urgency.${b.urgency}`)],
    ['book.province', b.province],
    ['book.place', b.place],
    ['book.case-code', b.caseCode],
    ['booking.interpreter', b.interpreter?.name],
    ['book.note', b.noteForInterpreter],
  ];
  facts.replaceChildren(...rows.filter(([, v]) => v !== undefined && v !== null && v !== '').flatMap(([k, v]) => [
    h('dt', { text: t(k) }), h('dd', { text: String(v) })]));
  const history = document.getElementById('booking-history');
  const events = [h('li', { text: t('booking.created', { when: formatDateTime(b.createdAt ?? b.start) }) })];
  if (b.status !== 'OPEN') {
    events.push(h('li', { text: b.statusReason ? `${statusText(b)}: ${b.statusReason}` : statusText(b) }));
  }
  history.replaceChildren(...events);
  renderActions(b);
}

function renderActions(b) {
  const actions = document.getElementById('booking-actions');
  const parts = [];
  const live = ['OPEN', 'OFFERED', 'ASSIGNED'].includes(b.status);
  if (b.mode === 'REMOTE' && ['ASSIGNED', 'IN_PROGRESS'].includes(b.status)) {
    parts.push(h('h2', { text: t('booking.session') }), roomNotice(b, 'booking'));
    const codeButton = h('button', { type: 'button', class: 'secondary', text: t('booking.make-code') });
    const codeBox = h('div', { id: 'guest-code', 'aria-live': 'polite' });
    codeButton.addEventListener('click', () => makeGuestCode(b, codeBox));
    parts.push(h('p', { class: 'hint', text: t('booking.code-hint') }), codeButton, codeBox);
  }
  if (b.interpreter?.id) {
    parts.push(exclusionForm(b));
  }
  if (live) {
    parts.push(cancelForm(b));
  }
  actions.replaceChildren(...parts);
}

function cancelForm(b) {
  const form = h('form', { id: 'cancel-form', novalidate: true },
    h('h2', { text: t('booking.cancel-heading') }),
    h('div', { class: 'field', id: 'field-reason' },
      h('label', { for: 'cancel-reason', text: t('booking.cancel-reason') }),
      h('span', { class: 'field-error', id: 'error-reason', hidden: true }),
      h('textarea', { id: 'cancel-reason', name: 'reason', maxlength: '500' })),
    h('button', { type: 'submit', class: 'warning', text: t('booking.cancel') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reason = form.reason.value.trim();
    const slot = form.querySelector('#error-reason');
    if (!reason) {
      slot.hidden = false;
      slot.textContent = t('booking.error.reason');
      form.querySelector('#field-reason').classList.add('has-error');
      form.reason.focus();
      return;
    }
    try {
      const updated = await api.post(`/bookings/${b.reference}/cancel`, { reason });
      received(updated, { quiet: true });
      message(t('booking.cancelled'));
      context.announce(t('booking.cancelled'));
    } catch (e) {
      slot.hidden = false;
      slot.textContent = e.message;
    }
  });
  return form;
}

function exclusionForm(b) {
  const form = h('form', { id: 'exclusion-form', novalidate: true },
    h('h2', { text: t('booking.exclude-heading') }),
    h('p', { class: 'hint', text: t('booking.exclude-hint', { name: b.interpreter.name ?? b.interpreter.id }) }),
    h('div', { class: 'field', id: 'field-exclusion-reason' },
      h('label', { for: 'exclusion-reason', text: t('booking.exclude-reason') }),
      h('span', { class: 'field-error', id: 'error-exclusion-reason', hidden: true }),
      h('textarea', { id: 'exclusion-reason', name: 'reason', maxlength: '500' })),
    h('button', { type: 'submit', class: 'secondary', text: t('booking.exclude') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reason = form.reason.value.trim();
    const slot = form.querySelector('#error-exclusion-reason');
    if (!reason) {
      slot.hidden = false;
      slot.textContent = t('booking.error.reason');
      form.reason.focus();
      return;
    }
    try {
      await api.post(`/cases/${encodeURIComponent(b.caseCode)}/exclusions`,
        { interpreterId: b.interpreter.id, reason });
      message(t('booking.excluded', { name: b.interpreter.name ?? b.interpreter.id }));
      form.reset();
    } catch (e) {
      slot.hidden = false;
      slot.textContent = e.message;
    }
  });
  return form;
}

async function makeGuestCode(b, box) {
  try {
    const { code, expiresAt } = await api.post(`/bookings/${b.reference}/guest-codes`, {});
    // the code travels in the fragment, never in a query string: it never reaches a server log
    const link = `${window.location.origin}/join#code=${encodeURIComponent(code)}`;
    box.replaceChildren(
      h('p', { text: t('booking.code-is') }),
      h('p', { class: 'join-code', text: code }),
      qrSvg(link, t('booking.qr-label', { code })),
      h('p', { class: 'hint', text: t('booking.code-expires', { when: formatDateTime(expiresAt) }) }));
  } catch (e) {
    box.replaceChildren(h('p', { class: 'error', text: e.message }));
  }
}

/** The QR code as SVG built from the library's modules: no inline style, no data: URL (the CSP allows neither). */
function qrSvg(text, label) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  let path = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.isDark(r, c)) {
        path += `M${c + quiet} ${r + quiet}h1v1h-1z`;
      }
    }
  }
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + 2 * quiet} ${n + 2 * quiet}`);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  const dark = document.createElementNS(ns, 'path');
  dark.setAttribute('d', path);
  dark.setAttribute('fill', '#000');
  svg.append(background, dark);
  return svg;
}

/** The session room's link while it is open; before, when it opens; after, that it closed (times as the gateway's). */
function roomNotice(b, prefix) {
  const room = roomOf(b);
  if (room.state === 'early') {
    return h('p', { class: 'notice', text: t(`${prefix}.room-opens-at`, { time: formatWhen(room.opensAt) }) });
  }
  if (room.state === 'closed') {
    return h('p', { class: 'notice', text: t(`${prefix}.room-closed`) });
  }
  return h('p', {}, h('a', { class: 'button', href: room.path, text: t(`${prefix}.open-room`) }));
}
