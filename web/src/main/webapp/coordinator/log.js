// The confidentiality log: search by actor, action, booking and days, page through it, verify the chain, download
// it as CSV; and one booking's access history (#log/booking/SPH-...).
import { h } from '/shared/page.js';
import { t } from '/shared/i18n.js';
import { api } from '/shared/api.js';
import { bangkokDay, addDays, bangkokToInstant, formatDateTime } from '/shared/time.js';
import { table, field, showError, clearError, tOr, bookingLink } from './common.js';

const ACTIONS = ['BOOKING_READ', 'BOOKING_LIST', 'BOOKING_CREATE', 'BOOKING_CANCEL', 'BOOKING_CANDIDATES',
  'BOOKING_OFFERS', 'BOOKING_ASSIGN', 'BOOKING_ASSIGN_OVERRIDE', 'BOOKING_ACKNOWLEDGE', 'BOOKING_ACCESS_HISTORY',
  'BOOKING_UNFILLED', 'BOOKING_NOBODY_ON_CALL', 'BOOKING_CHECK_IN', 'BOOKING_CHECK_OUT', 'BOOKING_CONFIRM',
  'BOOKING_NO_SHOW', 'BOOKING_ENDED_UNCONFIRMED', 'BOOKING_PSEUDONYMISE', 'CASE_EXCLUDE', 'OFFER_MADE', 'OFFER_LIST',
  'OFFER_ACCEPT', 'OFFER_DECLINE', 'OFFER_EXPIRE', 'OFFER_WITHDRAW', 'OVERRIDE_LIST', 'OVERRIDE_REVIEW',
  'INTERPRETER_CREATE', 'INTERPRETER_LIST', 'INTERPRETER_READ', 'INTERPRETER_UPDATE', 'INTERPRETER_SUSPEND',
  'INTERPRETER_REINSTATE', 'INTERPRETER_AVAILABILITY', 'INTERPRETER_ON_CALL', 'SESSION_JOIN', 'SESSION_LEAVE',
  'SESSION_END', 'GATEWAY_TICKET', 'GUEST_CODE_ISSUE', 'GUEST_CODE_REDEEM', 'GUEST_REJOIN', 'AUDIT_SEARCH',
  'AUDIT_VERIFY', 'AUDIT_FULL_WALK', 'AUDIT_EXPORT', 'REPORT_COVERAGE', 'IDENTITY_READ', 'ROLE_CHECK', 'API_REQUEST'];
const SIZE = 50;

function entryRows(entries) {
  return entries.map((e) => [
    String(e.sequence),
    formatDateTime(e.occurredAt),
    `${e.actorUsername ?? e.actorSubject}${e.actorRole ? ` (${e.actorRole})` : ''}${e.actorAgency ? ` · ${e.actorAgency}`
      : ''}`,
    tOr(`coordinator.action.${e.action}`, e.action),
    e.objectType === 'booking' && /^SPH-/.test(e.objectId ?? '') ? bookingLink(e.objectId)
      : `${e.objectType ?? ''} ${e.objectId ?? ''}${e.objects?.length ? ` (${e.objects.length})` : ''}`.trim(),
    h('span', { class: 'outcome', 'data-outcome': e.outcome, text: tOr(`coordinator.outcome.${e.outcome}`,
      e.outcome) }),
    e.reason ?? '',
  ]);
}

const HEADINGS = () => ['sequence', 'when', 'who', 'action', 'object', 'outcome', 'reason']
  .map((k) => t(`coordinator.log.${k}`));

function pager(page, total, go) {
  const pages = Math.max(1, Math.ceil(total / SIZE));
  const previous = h('button', { type: 'button', class: 'secondary', text: t('coordinator.log.previous') });
  const next = h('button', { type: 'button', class: 'secondary', text: t('coordinator.log.next') });
  previous.disabled = page <= 0;
  next.disabled = page + 1 >= pages;
  previous.addEventListener('click', () => go(page - 1));
  next.addEventListener('click', () => go(page + 1));
  return h('nav', { class: 'pager', 'aria-label': t('coordinator.log.pages') }, previous,
    h('span', { text: t('coordinator.log.page', { page: page + 1, pages, total }) }), next);
}

/** Saves text as a file through a link to a Blob: the token never leaves the API client. */
function download(text, filename) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    link.remove();
  }, 1000);
}

async function history(target, reference) {
  const out = h('div');
  const go = async (page) => {
    const p = await api.get(`/bookings/${encodeURIComponent(reference)}/access-history?page=${page}&size=${SIZE}`);
    out.replaceChildren(table(t('coordinator.log.history-caption', { reference }), HEADINGS(), entryRows(p.entries),
      { empty: t('coordinator.log.none') }), pager(page, p.total, go));
  };
  target.replaceChildren(
    h('p', {}, h('a', { href: `#booking/${reference}`, text: t('coordinator.log.back-to-booking') })),
    h('h1', { text: t('coordinator.log.history-heading', { reference }) }), out);
  await go(0);
}

async function search(target) {
  const today = bangkokDay();
  const actor = h('input', { type: 'text', name: 'actor', autocomplete: 'off' });
  const action = h('select', { name: 'action' }, h('option', { value: '', text: t('coordinator.log.any-action') }),
    ...ACTIONS.map((a) => h('option', { value: a, text: tOr(`coordinator.action.${a}`, a) })));
  const object = h('input', { type: 'text', name: 'object', autocomplete: 'off' });
  const from = h('input', { type: 'date', name: 'from', value: addDays(today, -6) });
  const to = h('input', { type: 'date', name: 'to', value: today });
  const out = h('div', { class: 'log-out' });
  const verifyOut = h('div', { class: 'verify-out', role: 'status' });
  const form = h('form', { class: 'filters', novalidate: true },
    field('log-actor', t('coordinator.log.actor'), actor, { hint: t('coordinator.log.actor-hint') }),
    field('log-action', t('coordinator.log.action'), action),
    field('log-object', t('coordinator.log.booking'), object, { hint: t('coordinator.log.booking-hint') }),
    field('log-from', t('coordinator.log.from'), from),
    field('log-to', t('coordinator.log.to'), to),
    h('button', { type: 'submit', text: t('coordinator.log.search') }));
  const range = () => {
    const q = new URLSearchParams();
    if (from.value) {
      q.set('from', bangkokToInstant(from.value, '00:00'));
    }
    if (to.value) {
      q.set('to', bangkokToInstant(addDays(to.value, 1), '00:00'));
    }
    return q;
  };
  const go = async (page) => {
    clearError(form);
    const q = range();
    if (actor.value.trim()) {
      q.set('actor', actor.value.trim());
    }
    if (action.value) {
      q.set('action', action.value);
    }
    if (object.value.trim()) {
      q.set('object', object.value.trim());
    }
    q.set('page', page);
    q.set('size', SIZE);
    try {
      const p = await api.get(`/audit?${q}`);
      out.replaceChildren(
        h('p', { role: 'status', text: t('coordinator.log.found', { count: p.total }) }),
        table(t('coordinator.log.caption'), HEADINGS(), entryRows(p.entries), { empty: t('coordinator.log.none') }),
        pager(page, p.total, go));
    } catch (e) {
      showError(form, e, { actor: 'log-actor', action: 'log-action', object: 'log-object', from: 'log-from',
        to: 'log-to' });
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(0);
  });
  const verify = h('button', { type: 'button', text: t('coordinator.log.verify') });
  verify.addEventListener('click', async () => {
    // verify checks the entries since the last signed checkpoint; the walk over the whole log runs in the background
    // and its state is shown here each time (press "Verify" again for its progress)
    verify.disabled = true;
    verifyOut.replaceChildren(h('p', { text: t('coordinator.log.verifying') }));
    try {
      const r = await api.get('/audit/verify');
      const c = r.fromCheckpoint;
      const since = c ? { sequence: c.sequence, at: formatDateTime(c.signedAt) } : {};
      const w = r.fullWalk;
      const p = w ? { ...w, problem: w.problem ?? '' } : {};
      p.finishedAt = w?.finishedAt ? formatDateTime(w.finishedAt) : '';
      let walkText = tOr('coordinator.log.walk-none', 'The whole log has not been walked yet.');
      if (w?.state === 'RUNNING') {
        walkText = tOr('coordinator.log.walk-running',
          `Walking the whole log: ${p.percent}% (${p.checked} of ${p.upTo} entries).`, p);
      } else if (w?.state === 'FINISHED') {
        walkText = w.valid
          ? tOr('coordinator.log.walk-valid', `The whole log up to entry ${p.upTo} was intact (${p.finishedAt}).`, p)
          : tOr('coordinator.log.walk-invalid',
            `The walk over the whole log found a changed entry: ${p.firstInvalid}. ${p.problem}`, p);
      } else if (w) {
        walkText = tOr('coordinator.log.walk-stopped', `The last walk over the whole log stopped (${p.state}).`, p);
      }
      const walk = h('button', { type: 'button', class: 'secondary',
        text: tOr('coordinator.log.walk', 'Walk the whole log') });
      walk.disabled = w?.state === 'RUNNING';
      walk.addEventListener('click', async () => {
        walk.disabled = true;
        try {
          await api.post('/audit/verify/full-walk');
          verify.click();
        } catch (e) {
          verifyOut.append(h('p', { class: 'error', text: e.message }));
        }
      });
      verifyOut.replaceChildren(h('p', { class: r.valid ? 'notice verify-valid' : 'error verify-invalid',
        text: r.valid ? t('coordinator.log.valid', { entries: r.entries, checkpoints: r.checkpoints })
          : t('coordinator.log.invalid', { entries: r.entries, first: r.firstInvalid, problem: r.problem ?? '' }) }),
      h('p', { text: c ? tOr('coordinator.log.from-checkpoint',
        `Checked from the signed checkpoint at entry ${since.sequence} (${since.at}).`, since)
        : tOr('coordinator.log.from-start', 'Checked from the first entry: no checkpoint is signed yet.') }),
      h('p', { class: w && w.state === 'FINISHED' && !w.valid ? 'error verify-invalid' : '', text: walkText }), walk);
    } catch (e) {
      verifyOut.replaceChildren(h('p', { class: 'error', text: e.message }));
    } finally {
      verify.disabled = false;
    }
  });
  const csv = h('button', { type: 'button', class: 'secondary', text: t('coordinator.log.download') });
  csv.addEventListener('click', async () => {
    try {
      const text = await api.get(`/audit/export?${range()}`, { accept: 'text/csv' });
      download(text, `saphan-confidentiality-log-${from.value || 'start'}-${to.value || today}.csv`);
      verifyOut.replaceChildren(h('p', { text: t('coordinator.log.downloaded') }));
    } catch (e) {
      verifyOut.replaceChildren(h('p', { class: 'error', text: e.message }));
    }
  });
  target.replaceChildren(h('h1', { text: t('coordinator.log.heading') }),
    h('div', { class: 'log-tools' }, verify, csv), verifyOut, form, out);
  await go(0);
}

export async function render(target, context, args) {
  if (args[0] === 'booking' && args[1]) {
    await history(target, args[1]);
  } else {
    await search(target);
  }
}
