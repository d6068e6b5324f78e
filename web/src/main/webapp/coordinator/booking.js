// One booking: its details, who holds an offer now, its candidates (ranked with reasons; excluded with the rule
// and its explanation), and assignment by hand with a reason. An interpreter who breaks a hard rule can be
// assigned only with the rule named and an explicit override ticked. Live: a change of this booking redraws it.
import { h } from '/shared/page.js';
import { t } from '/shared/i18n.js';
import { api } from '/shared/api.js';
import { formatDateTime } from '/shared/time.js';
import { table, statusBadge, field, showError, clearError, languageName, interpreterNames, tOr } from './common.js';

const ASSIGNABLE = new Set(['OPEN', 'OFFERED', 'UNFILLED']);

let current = null;
let listening = false;

function ruleText(rule, explanation) {
  return tOr(`coordinator.rule.${rule}`, explanation ?? rule);
}

/**
 * One ranking reason in the page's language, from its code and numbers; the server's English line when the page
 * has no words for the code.
 */
function reasonText(reason, english) {
  const p = reason.params ?? {};
  const span = (minutes) => (minutes % 60 === 0
    ? t('coordinator.reason.hours', { h: Math.floor(minutes / 60) })
    : t('coordinator.reason.hours-minutes', { h: Math.floor(minutes / 60), m: minutes % 60 }));
  const answer = (seconds) => (seconds < 90
    ? t('coordinator.reason.seconds', { s: seconds })
    : t('coordinator.reason.minutes', { m: Math.round(seconds / 60) }));
  return tOr(`coordinator.reason.${reason.code}`, english, {
    points: reason.points,
    language: p.language ? languageName(p.language) : '',
    province: p.province ?? '',
    hours: typeof p.minutes === 'number' ? span(p.minutes) : '',
    time: typeof p.seconds === 'number' ? answer(p.seconds) : '',
  });
}

function facts(b) {
  const pairs = [
    ['reference', b.reference],
    ['status', statusBadge(b.status)],
    ['purpose', t(`purpose.${b.purpose}`)],
    ['start', `${formatDateTime(b.start)} (${t('coordinator.booking.minutes', { minutes: b.durationMinutes })})`],
    ['languages', `${languageName(b.language)} ↔ ${languageName(b.otherLanguage)}`],
    ['mode', `${t(`mode.${b.mode}`)}${b.province ? ` · ${b.province}` : ''}`],
    ['urgency', t(`urgency.${b.urgency}`)],
    ['agency', b.agency],
    ['case', b.caseCode],
    ['needs', [b.interpreterGender ? `${t(`gender.${b.interpreterGender.value}`)} (${t(b.interpreterGender.required
      ? 'coordinator.booking.required' : 'coordinator.booking.preferred')})` : '',
    b.specialisation ? t(`specialisation.${b.specialisation}`) : '',
    b.personIsMinor ? t('coordinator.booking.minor') : ''].filter(Boolean).join(', ') || '–'],
    ['interpreter', b.interpreter?.name ?? '–'],
    ['created', formatDateTime(b.createdAt)],
  ];
  if (b.statusReason) {
    pairs.push(['status-reason', b.statusReason]);
  }
  const dl = h('dl', { class: 'facts' });
  pairs.forEach(([k, v]) => dl.append(h('dt', { text: t(`coordinator.booking.${k}`) }), h('dd', {}, v)));
  return dl;
}

function offersSection(offers) {
  const rows = offers.offers.map((o) => [
    o.interpreter.name ?? `#${o.interpreter.id}`,
    String(o.wave),
    h('span', { class: 'offer-status', 'data-offer': o.status, text: t(`coordinator.offer.${o.status}`) }),
    formatDateTime(o.offeredAt),
    o.status === 'OPEN' ? formatDateTime(o.expiresAt) : (o.answeredAt ? formatDateTime(o.answeredAt) : ''),
    o.declineReason ?? '',
  ]);
  const holding = offers.offers.filter((o) => o.status === 'OPEN').length;
  return [
    h('h2', { text: t('coordinator.offers.heading') }),
    h('p', { text: t('coordinator.offers.holding', { count: holding }) }),
    table(t('coordinator.offers.caption'), ['interpreter', 'wave', 'status', 'offered', 'when', 'reason']
      .map((k) => t(`coordinator.offers.${k}`)), rows, { empty: t('coordinator.offers.none') }),
  ];
}

function assignForm(b, candidates, names, redraw) {
  const excluded = new Map(candidates.excluded.map((c) => [c.interpreterId, c]));
  const select = h('select', { name: 'interpreter' }, h('option', { value: '', text: t('coordinator.assign.choose') }));
  const ranked = h('optgroup', { label: t('coordinator.assign.ranked') });
  candidates.ranked.forEach((c) => ranked.append(h('option', { value: c.interpreterId,
    text: `${names.get(c.interpreterId) ?? `#${c.interpreterId}`} (${c.score})` })));
  const others = h('optgroup', { label: t('coordinator.assign.excluded') });
  candidates.excluded.forEach((c) => others.append(h('option', { value: c.interpreterId,
    text: `${names.get(c.interpreterId) ?? `#${c.interpreterId}`}: ${ruleText(c.rule, c.explanation)}` })));
  select.append(ranked, others);
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 500 });
  const warning = h('div', { class: 'notice rule-warning', role: 'alert', hidden: true });
  const override = h('input', { type: 'checkbox', name: 'override', id: 'assign-override' });
  const overrideField = h('div', { class: 'field override', hidden: true },
    h('label', { for: 'assign-override' }, override, ` ${t('coordinator.assign.override')}`));
  const showRule = (rule, explanation) => {
    warning.replaceChildren(h('h3', { text: t('coordinator.assign.breaks', { rule }) }),
      h('p', { text: ruleText(rule, explanation) }), h('p', { text: t('coordinator.assign.override-hint') }));
    warning.hidden = false;
    overrideField.hidden = false;
  };
  const hideRule = () => {
    warning.hidden = true;
    overrideField.hidden = true;
    override.checked = false;
  };
  select.addEventListener('change', () => {
    const c = excluded.get(Number(select.value));
    if (c) {
      showRule(c.rule, c.explanation);
    } else {
      hideRule();
    }
  });
  const form = h('form', { class: 'assign', novalidate: true },
    h('h2', { text: t('coordinator.assign.heading') }),
    field('assign-interpreter', t('coordinator.assign.interpreter'), select),
    warning,
    field('assign-reason', t('coordinator.assign.reason'), reason, { hint: t('coordinator.assign.reason-hint') }),
    overrideField,
    h('button', { type: 'submit', text: t('coordinator.assign.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError(form);
    const c = excluded.get(Number(select.value));
    if (!select.value) {
      showError(form, { field: 'interpreterId', message: t('coordinator.assign.need-interpreter') },
        { interpreterId: 'assign-interpreter' });
      return;
    }
    if (!reason.value.trim()) {
      showError(form, { field: 'reason', message: t('coordinator.assign.need-reason') },
        { reason: 'assign-reason' });
      return;
    }
    if (c && !override.checked) {
      showError(form, { field: 'override', message: t('coordinator.assign.need-override', { rule: c.rule }) },
        { override: 'assign-override' });
      return;
    }
    try {
      await api.post(`/bookings/${b.reference}/assign`, { interpreterId: Number(select.value),
        reason: reason.value.trim(), override: override.checked });
      await redraw(t('coordinator.assign.done', { name: names.get(Number(select.value)) ?? select.value }));
    } catch (e) {
      if (e.code === 'hard-rule') {
        // the pool changed since the candidates were read: the server names the rule
        const rule = /rule (\w+)/.exec(e.serverMessage ?? '')?.[1] ?? '';
        showRule(rule, e.serverMessage);
      }
      showError(form, e, { interpreterId: 'assign-interpreter', reason: 'assign-reason' });
    }
  });
  return form;
}

function candidatesSection(b, candidates, names, assignTo) {
  const name = (id) => names.get(id) ?? `#${id}`;
  const rankedRows = candidates.ranked.map((c) => [name(c.interpreterId), String(c.score),
    h('ul', { class: 'reasons' }, ...c.reasons.map((r, i) => h('li', {
      text: c.explained?.[i] ? reasonText(c.explained[i], r) : r,
    }))),
    ASSIGNABLE.has(b.status) ? assignTo(c.interpreterId, name(c.interpreterId)) : '']);
  const excludedRows = candidates.excluded.map((c) => [name(c.interpreterId), c.rule, ruleText(c.rule, c.explanation),
    ASSIGNABLE.has(b.status) ? assignTo(c.interpreterId, name(c.interpreterId)) : '']);
  return [
    h('h2', { text: t('coordinator.candidates.heading') }),
    table(t('coordinator.candidates.ranked'), ['name', 'score', 'reasons', 'action']
      .map((k) => t(`coordinator.candidates.${k}`)), rankedRows, { empty: t('coordinator.candidates.none-ranked') }),
    table(t('coordinator.candidates.excluded'), ['name', 'rule', 'explanation', 'action']
      .map((k) => t(`coordinator.candidates.${k}`)), excludedRows),
  ];
}

async function draw(target, context, reference, said) {
  const ref = encodeURIComponent(reference);
  const [b, offers, candidates, names] = await Promise.all([api.get(`/bookings/${ref}`),
    api.get(`/bookings/${ref}/offers`), api.get(`/bookings/${ref}/candidates`), interpreterNames()]);
  const redraw = async (message) => {
    if (current?.reference === reference) {
      current.said = message; // kept when a live change draws the booking again
    }
    await draw(target, context, reference, message);
    context.announce(message);
  };
  let form = null;
  const assignTo = (id, name) => {
    const button = h('button', { type: 'button', class: 'secondary',
      'aria-label': t('coordinator.candidates.assign-named', { name }), text: t('coordinator.candidates.assign') });
    button.addEventListener('click', () => {
      const select = form.querySelector('select');
      select.value = String(id);
      select.dispatchEvent(new Event('change'));
      form.querySelector('textarea').focus();
    });
    return button;
  };
  const children = [
    h('p', {}, h('a', { href: '#dashboard', text: t('coordinator.booking.back') })),
    h('h1', { text: t('coordinator.booking.heading', { reference: b.reference }) }),
  ];
  if (said) {
    children.push(h('p', { class: 'notice', role: 'status', text: said }));
  }
  children.push(facts(b),
    h('p', {}, h('a', { href: `#log/booking/${b.reference}`, text: t('coordinator.booking.access-history') })),
    ...offersSection(offers));
  if (ASSIGNABLE.has(b.status)) {
    form = assignForm(b, candidates, names, redraw);
    children.push(form);
  }
  children.push(...candidatesSection(b, candidates, names, assignTo));
  if (current?.reference === reference) {
    current.status = b.status;
    target.replaceChildren(...children);
  }
}

export async function render(target, context, args) {
  const reference = args[0];
  current = { reference };
  target.replaceChildren(h('h1', { text: t('coordinator.booking.heading', { reference }) }));
  if (!listening) {
    listening = true;
    context.feed().addEventListener('booking', (event) => {
      const b = event.detail.booking;
      const open = current;
      // a change made elsewhere (an accept, a cancellation, an offer running out): read it again, unless nothing
      // changed (the feed sends the current state again on every connect), the first drawing is still under way, or
      // a person is filling in the form
      const form = open?.target.querySelector('form.assign');
      const filling = form && (form.querySelector('select').value || form.querySelector('textarea').value);
      if (open?.status && b?.reference === open.reference && b.status !== open.status && !filling) {
        draw(open.target, context, open.reference, open.said).catch(() => {});
      }
    });
  }
  current = { reference, target };
  await draw(target, context, reference);
}

export function leave() {
  current = null;
}
