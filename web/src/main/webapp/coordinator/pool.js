// The pool: search, vetting about to end, one profile to add or edit (languages, provinces, vetting, trainings,
// declared conflicts), and suspend or reinstate with a reason.
import { h } from '/shared/page.js';
import { t } from '/shared/i18n.js';
import { api } from '/shared/api.js';
import { bangkokDay, addDays, formatDate } from '/shared/time.js';
import { table, field, showError, clearError, languageName, interpreterNames, tOr } from './common.js';

const LANGUAGES = ['mya', 'khm', 'lao', 'vie', 'shn', 'ksw', 'kjp', 'mnw', 'rhg', 'tha', 'eng', 'cmn', 'zsm', 'ind',
  'ben'];
const LEVELS = ['NATIVE', 'FLUENT', 'WORKING'];
const SPECIALISATIONS = ['CHILDREN', 'PSYCHOSOCIAL', 'MEDICAL', 'LEGAL'];
const TRAININGS = ['VICTIM_CENTRED', 'GENDER', 'TRAUMA_INFORMED', 'CHILD_SAFE'];
const GENDERS = ['FEMALE', 'MALE', 'OTHER'];
const KINDS = ['COMMUNITY', 'ORGANISATION', 'PERSON'];
const HORIZON_DAYS = 60;

function option(value, label, selected) {
  const o = h('option', { value, text: label });
  o.selected = selected;
  return o;
}

function vettingNote(i) {
  const until = i.vetting?.validUntil;
  if (!until) {
    return t('coordinator.pool.vetting-none');
  }
  const today = bangkokDay();
  if (until < today) {
    return t('coordinator.pool.vetting-ended', { date: formatDate(until) });
  }
  if (until <= addDays(today, HORIZON_DAYS)) {
    return t('coordinator.pool.vetting-ends-soon', { date: formatDate(until) });
  }
  return formatDate(until);
}

function endsSoon(i) {
  const until = i.vetting?.validUntil;
  const today = bangkokDay();
  return i.status === 'ACTIVE' && until && until >= today && until <= addDays(today, HORIZON_DAYS);
}

function row(i) {
  return [
    h('a', { href: `#pool/${i.id}`, text: i.name }),
    i.username ?? '',
    i.languages.map((l) => `${languageName(l.code)} (${t(`coordinator.level.${l.level}`)})`).join(', '),
    i.provinces.join(', '),
    h('span', { class: 'status', 'data-status': i.status === 'ACTIVE' ? 'ASSIGNED' : 'CANCELLED',
      text: t(`coordinator.pool.status.${i.status}`) }),
    vettingNote(i),
    i.conflicts.length ? String(i.conflicts.length) : '',
  ];
}

async function list(target) {
  const search = h('input', { type: 'search', name: 'search', autocomplete: 'off' });
  const language = h('select', { name: 'language' }, option('', t('coordinator.pool.any-language'), true),
    ...LANGUAGES.map((c) => option(c, languageName(c), false)));
  const status = h('select', { name: 'status' }, option('', t('coordinator.pool.any-status'), true),
    option('ACTIVE', t('coordinator.pool.status.ACTIVE'), false),
    option('SUSPENDED', t('coordinator.pool.status.SUSPENDED'), false));
  const results = h('div', { class: 'pool-results' });
  const soon = h('section', { class: 'vetting-soon' });
  const headings = ['name', 'username', 'languages', 'provinces', 'status', 'vetting', 'conflicts']
    .map((k) => t(`coordinator.pool.${k}`));
  let all = [];
  const draw = () => {
    const words = search.value.trim().toLowerCase();
    const shown = all.filter((i) => !words || i.name.toLowerCase().includes(words)
      || (i.username ?? '').toLowerCase().includes(words) || i.provinces.join(' ').toLowerCase().includes(words));
    results.replaceChildren(
      h('p', { role: 'status', text: t('coordinator.pool.found', { count: shown.length }) }),
      table(t('coordinator.pool.caption'), headings, shown.map(row), { empty: t('coordinator.pool.none') }));
  };
  const load = async () => {
    const q = new URLSearchParams();
    if (language.value) {
      q.set('language', language.value);
    }
    if (status.value) {
      q.set('status', status.value);
    }
    all = (await api.get(`/interpreters${q.size ? `?${q}` : ''}`)).sort((a, b) => a.name.localeCompare(b.name));
    draw();
    const ending = all.filter(endsSoon);
    soon.replaceChildren(h('h2', { text: t('coordinator.pool.vetting-heading', { days: HORIZON_DAYS }) }),
      table(t('coordinator.pool.vetting-caption'), headings, ending.map(row),
        { empty: t('coordinator.pool.vetting-nobody') }));
  };
  search.addEventListener('input', draw);
  language.addEventListener('change', load);
  status.addEventListener('change', load);
  target.replaceChildren(
    h('h1', { text: t('coordinator.pool.heading') }),
    h('p', {}, h('a', { class: 'button', href: '#pool/new', text: t('coordinator.pool.add') })),
    h('form', { class: 'filters', role: 'search' },
      field('pool-search', t('coordinator.pool.search'), search, { hint: t('coordinator.pool.search-hint') }),
      field('pool-language', t('coordinator.pool.language'), language),
      field('pool-status', t('coordinator.pool.status-filter'), status)),
    results, soon);
  await load();
}

function checkboxes(name, values, checked, label) {
  return h('fieldset', { class: 'choices' }, h('legend', { text: label }),
    ...values.map((v) => {
      const id = `${name}-${v}`;
      const box = h('input', { type: 'checkbox', id, name, value: v });
      box.checked = checked.includes(v);
      return h('label', { for: id }, box, ` ${tOr(`coordinator.${name}.${v}`, v)}`);
    }));
}

function languageRow(index, lang = {}) {
  const code = h('select', { name: 'language-code' }, option('', t('coordinator.pool.choose'), !lang.code),
    ...LANGUAGES.map((c) => option(c, languageName(c), c === lang.code)));
  const level = h('select', { name: 'language-level' },
    ...LEVELS.map((l) => option(l, t(`coordinator.level.${l}`), l === (lang.level ?? 'FLUENT'))));
  const certified = h('input', { type: 'checkbox', name: 'language-certified' });
  certified.checked = Boolean(lang.certified);
  const n = index + 1;
  return h('div', { class: 'row-of-fields' },
    field(`language-${n}`, t('coordinator.pool.language-n', { n }), code),
    field(`level-${n}`, t('coordinator.pool.level-n', { n }), level),
    h('div', { class: 'field' }, h('label', { for: `certified-${n}` }, Object.assign(certified, { id: `certified-${n}` }),
      ` ${t('coordinator.pool.certified')}`)));
}

function profileFrom(form) {
  const value = (name) => form.elements[name].value.trim();
  const languages = [...form.querySelectorAll('.languages .row-of-fields')].map((r) => ({
    code: r.querySelector('[name=language-code]').value,
    level: r.querySelector('[name=language-level]').value,
    certified: r.querySelector('[name=language-certified]').checked,
  })).filter((l) => l.code);
  const checked = (name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value);
  const conflicts = value('conflicts').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [kind, ...rest] = line.split(':');
    return { kind: kind.trim().toUpperCase(), value: rest.join(':').trim() };
  });
  const signedOn = value('agreement-signed');
  return {
    username: value('username') || null,
    name: value('name'),
    gender: value('gender'),
    languages,
    specialisations: checked('specialisation'),
    provinces: value('provinces').split(',').map((p) => p.trim()).filter(Boolean),
    remote: form.elements.remote.checked,
    vetting: {
      backgroundCheckValidUntil: value('background-check') || null,
      confidentialityAgreement: signedOn ? { signedOn, version: value('agreement-version') } : null,
      trainings: checked('training'),
    },
    conflicts,
  };
}

const FIELDS = {
  username: 'username', name: 'name', gender: 'gender', languages: 'language-1', provinces: 'provinces',
  vetting: 'background-check', 'vetting.backgroundCheckValidUntil': 'background-check',
  'vetting.confidentialityAgreement': 'agreement-signed', conflicts: 'conflicts', reason: 'status-reason',
};

function statusForm(i, reload) {
  const suspending = i.status === 'ACTIVE';
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 500, required: true });
  const form = h('form', { class: 'status-form', novalidate: true },
    h('h2', { text: t(suspending ? 'coordinator.pool.suspend-heading' : 'coordinator.pool.reinstate-heading') }),
    i.statusReason ? h('p', { text: t('coordinator.pool.last-reason', { reason: i.statusReason }) }) : '',
    field('status-reason', t('coordinator.pool.reason'), reason, { hint: t('coordinator.pool.reason-hint') }),
    h('button', { type: 'submit', class: suspending ? 'warning' : '',
      text: t(suspending ? 'coordinator.pool.suspend' : 'coordinator.pool.reinstate') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError(form);
    try {
      await api.post(`/interpreters/${i.id}/${suspending ? 'suspend' : 'reinstate'}`, { reason: reason.value });
      await reload();
    } catch (e) {
      showError(form, e, FIELDS);
    }
  });
  return form;
}

async function profile(target, context, id) {
  const i = id === 'new' ? null : await api.get(`/interpreters/${encodeURIComponent(id)}`);
  const text = (name, value, attributes = {}) => h('input', { type: 'text', name, value: value ?? '', ...attributes });
  const gender = h('select', { name: 'gender' },
    ...GENDERS.map((g) => option(g, t(`gender.${g}`), g === (i?.gender ?? 'FEMALE'))));
  const remote = h('input', { type: 'checkbox', name: 'remote', id: 'remote' });
  remote.checked = i ? i.remote : true;
  const languages = h('fieldset', { class: 'languages' }, h('legend', { text: t('coordinator.pool.languages') }));
  const langs = i?.languages?.length ? [...i.languages] : [{}];
  while (langs.length < 3) {
    langs.push({});
  }
  langs.forEach((l, n) => languages.append(languageRow(n, l)));
  const conflicts = h('textarea', { name: 'conflicts', rows: 3 });
  conflicts.value = (i?.conflicts ?? []).map((c) => `${c.kind}: ${c.value}`).join('\n');
  const form = h('form', { class: 'profile', novalidate: true },
    field('name', t('coordinator.pool.name'), text('name', i?.name, { autocomplete: 'off' })),
    field('username', t('coordinator.pool.username'), text('username', i?.username, { autocomplete: 'off' }),
      { hint: t('coordinator.pool.username-hint') }),
    field('gender', t('coordinator.pool.gender'), gender),
    languages,
    checkboxes('specialisation', SPECIALISATIONS, i?.specialisations ?? [], t('coordinator.pool.specialisations')),
    field('provinces', t('coordinator.pool.provinces'), text('provinces', (i?.provinces ?? []).join(', ')),
      { hint: t('coordinator.pool.provinces-hint') }),
    h('div', { class: 'field' }, h('label', { for: 'remote' }, remote, ` ${t('coordinator.pool.remote')}`)),
    h('fieldset', {}, h('legend', { text: t('coordinator.pool.vetting') }),
      field('background-check', t('coordinator.pool.background-check'),
        h('input', { type: 'date', name: 'background-check', value: i?.vetting?.backgroundCheckValidUntil ?? '' })),
      field('agreement-signed', t('coordinator.pool.agreement-signed'),
        h('input', { type: 'date', name: 'agreement-signed',
          value: i?.vetting?.confidentialityAgreement?.signedOn ?? '' })),
      field('agreement-version', t('coordinator.pool.agreement-version'),
        text('agreement-version', i?.vetting?.confidentialityAgreement?.version ?? '2')),
      checkboxes('training', TRAININGS, i?.vetting?.trainings ?? [], t('coordinator.pool.trainings'))),
    field('conflicts', t('coordinator.pool.conflicts-field'), conflicts,
      { hint: t('coordinator.pool.conflicts-hint', { kinds: KINDS.join(', ') }) }),
    h('button', { type: 'submit', text: t(i ? 'coordinator.pool.save' : 'coordinator.pool.create') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError(form);
    const body = profileFrom(form);
    try {
      if (i) {
        await api.put(`/interpreters/${i.id}`, { ...body, status: i.status });
        context.announce(t('coordinator.pool.saved', { name: body.name }));
        await interpreterNames(true);
        await profile(target, context, String(i.id));
      } else {
        const created = await api.post('/interpreters', body);
        await interpreterNames(true);
        location.hash = `#pool/${created.id}`;
      }
    } catch (e) {
      showError(form, e, FIELDS);
    }
  });
  const children = [
    h('p', {}, h('a', { href: '#pool', text: t('coordinator.pool.back') })),
    h('h1', { text: i ? i.name : t('coordinator.pool.add') }),
  ];
  if (i) {
    children.push(h('p', { text: `${t(`coordinator.pool.status.${i.status}`)} · ${vettingNote(i)}` }));
  }
  children.push(form);
  if (i) {
    children.push(statusForm(i, () => profile(target, context, String(i.id))));
  }
  target.replaceChildren(...children);
}

export async function render(target, context, args) {
  if (args.length) {
    await profile(target, context, args[0]);
  } else {
    await list(target);
  }
}
