// Small helpers the coordinator's sections share: tables, forms' error display, names of the pool.
import { h } from '/shared/page.js';
import { t, has } from '/shared/i18n.js';
import { api } from '/shared/api.js';

/** A message with a fallback when the file has no entry (a rule or action added on the server later). */
export function tOr(key, fallback, params) {
  return has(key) ? t(key, params) : fallback;
}

/**
 * A box that scrolls a wide table sideways on a small screen; it takes the keyboard's focus so that the table can be
 * scrolled without a mouse, and is named after the table for a screen reader.
 */
export function scrollBox(name, table) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': name }, table);
}

/** A table with a caption and column headings; rows are arrays of cells (text or nodes). */
export function table(caption, headings, rows, { empty } = {}) {
  if (rows.length === 0 && empty) {
    return h('p', { class: 'empty', text: empty });
  }
  const head = h('tr', {}, ...headings.map((text) => h('th', { scope: 'col', text })));
  const body = rows.map((cells) => h('tr', {}, ...cells.map((c) => h('td', {}, c ?? ''))));
  return scrollBox(caption, h('table', {}, h('caption', { text: caption }), h('thead', {}, head),
    h('tbody', {}, ...body)));
}

export function statusBadge(status) {
  return h('span', { class: 'status', 'data-status': status, text: t(`status.${status}`) });
}

export function bookingLink(reference) {
  return h('a', { href: `#booking/${reference}`, text: reference });
}

export function languageName(code) {
  return tOr(`language.${code}`, code);
}

/** A labelled field (GOV.UK's pattern): label, optional hint, error slot, control. */
export function field(id, label, control, { hint } = {}) {
  control.id = id;
  const children = [h('label', { for: id, text: label })];
  if (hint) {
    const hintId = `${id}-hint`;
    children.push(h('p', { class: 'hint', id: hintId, text: hint }));
    control.setAttribute('aria-describedby', hintId);
  }
  children.push(h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
  children.push(control);
  return h('div', { class: 'field', 'data-field': id }, ...children);
}

/** Shows one error at the top of a form and next to its field when the server named one. */
export function showError(form, error, fieldIds = {}) {
  for (const f of form.querySelectorAll('.field.has-error')) {
    f.classList.remove('has-error');
    f.querySelector('.field-error').hidden = true;
  }
  let summary = form.querySelector('.error-summary');
  if (!summary) {
    summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' });
    form.prepend(summary);
  }
  const id = error.field ? fieldIds[error.field] ?? fieldIds[error.field.split(/[.[]/)[0]] : null;
  const target = id ? form.querySelector(`[data-field="${id}"]`) : null;
  summary.replaceChildren(h('h2', { text: t('coordinator.error-summary') }),
    target ? h('a', { href: `#${id}`, text: error.message }) : h('p', { text: error.message }));
  if (target) {
    target.classList.add('has-error');
    const slot = target.querySelector('.field-error');
    slot.textContent = error.message;
    slot.hidden = false;
    summary.querySelector('a').addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(id)?.focus();
    });
  }
  summary.focus();
}

export function clearError(form) {
  form.querySelector('.error-summary')?.remove();
  for (const f of form.querySelectorAll('.field.has-error')) {
    f.classList.remove('has-error');
    f.querySelector('.field-error').hidden = true;
  }
}

let names = null;

/** Interpreter names by id, from the pool (read once per page; `refresh` after a change). */
export async function interpreterNames(refresh = false) {
  if (!names || refresh) {
    const list = await api.get('/interpreters');
    names = new Map(list.map((i) => [i.id, i.name]));
  }
  return names;
}
