// Coverage over a period: per language, and per province for on-site work, as tables and as a bar chart (SVG
// drawn here: filled, unfilled, cancelled and pending as parts of one bar per language).
import { h } from '/shared/page.js';
import { t } from '/shared/i18n.js';
import { api } from '/shared/api.js';
import { bangkokDay, addDays, formatDate } from '/shared/time.js';
import { table, field, showError, clearError, languageName } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const PARTS = ['filled', 'unfilled', 'cancelled', 'pending'];

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, String(v)));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** One bar per language, its parts by outcome; the numbers are in the table next to it too. */
function chart(lines) {
  const shown = lines.filter((l) => l.requested > 0);
  const max = Math.max(1, ...shown.map((l) => l.requested));
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 640;
  const barSpace = width - labelWidth - 60;
  const height = shown.length * rowHeight + 40;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'coverage-chart',
    'aria-labelledby': 'coverage-chart-title' });
  root.append(svg('title', { id: 'coverage-chart-title' }, t('coordinator.coverage.chart-title')));
  shown.forEach((l, i) => {
    const y = i * rowHeight + 4;
    root.append(svg('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end', class: 'label' },
      languageName(l.key)));
    let x = labelWidth;
    PARTS.forEach((part) => {
      const w = (l[part] / max) * barSpace;
      if (w > 0) {
        const rect = svg('rect', { x, y, width: w, height: rowHeight - 8, class: `part-${part}` });
        rect.append(svg('title', {}, `${t(`coordinator.coverage.${part}`)}: ${l[part]}`));
        root.append(rect);
        x += w;
      }
    });
    root.append(svg('text', { x: x + 6, y: y + 16, class: 'value' }, String(l.requested)));
  });
  const legendY = shown.length * rowHeight + 20;
  PARTS.forEach((part, i) => {
    const x = labelWidth + i * 120;
    root.append(svg('rect', { x, y: legendY, width: 12, height: 12, class: `part-${part}` }));
    root.append(svg('text', { x: x + 18, y: legendY + 11, class: 'legend' }, t(`coordinator.coverage.${part}`)));
  });
  return h('figure', { class: 'chart' }, root,
    h('figcaption', { text: t('coordinator.coverage.chart-caption') }));
}

const minutes = (m) => (m === null || m === undefined ? '–' : t('coordinator.coverage.minutes', { minutes: m }));
const percent = (p) => (p === null || p === undefined ? '–' : `${p}%`);

function lineCells(l, name) {
  return [name, String(l.requested), String(l.filled), percent(l.filledPercent), String(l.unfilled),
    String(l.cancelled), String(l.pending), minutes(l.medianMinutesToFill), minutes(l.p90MinutesToFill),
    String(l.activeInterpreters), String(l.vettingEndingSoon)];
}

function headings(first) {
  return [first, ...['requested', 'filled', 'filled-percent', 'unfilled', 'cancelled', 'pending', 'median', 'p90',
    'active', 'vetting-ending'].map((k) => t(`coordinator.coverage.${k}`))];
}

function draw(out, report) {
  const period = t('coordinator.coverage.period', { from: formatDate(report.from),
    to: formatDate(new Date(Date.parse(report.to) - 1).toISOString()) });
  out.replaceChildren(
    h('p', { text: period }),
    chart(report.languages),
    h('h2', { text: t('coordinator.coverage.by-language') }),
    table(t('coordinator.coverage.by-language-caption'), headings(t('coordinator.coverage.language')),
      [...report.languages.map((l) => lineCells(l, languageName(l.key))),
        lineCells(report.total, t('coordinator.coverage.all'))]),
    h('h2', { text: t('coordinator.coverage.by-province') }),
    table(t('coordinator.coverage.by-province-caption'), headings(t('coordinator.coverage.province')),
      report.provinces.filter((l) => l.requested > 0 || l.activeInterpreters > 0)
        .map((l) => lineCells(l, l.key)), { empty: t('coordinator.coverage.no-provinces') }),
    h('p', { class: 'hint', text: t('coordinator.coverage.notes', { days: report.vettingHorizonDays }) }));
}

export async function render(target) {
  const today = bangkokDay();
  const from = h('input', { type: 'date', name: 'from', value: addDays(today, -29), required: true });
  const to = h('input', { type: 'date', name: 'to', value: today, required: true });
  const out = h('div', { class: 'coverage-out', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', novalidate: true },
    field('coverage-from', t('coordinator.coverage.from'), from),
    field('coverage-to', t('coordinator.coverage.to'), to),
    h('button', { type: 'submit', text: t('coordinator.coverage.show') }));
  const load = async () => {
    clearError(form);
    try {
      const q = `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`;
      draw(out, await api.get(`/reports/coverage?${q}`));
    } catch (e) {
      showError(form, e, { from: 'coverage-from', to: 'coverage-to' });
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  target.replaceChildren(h('h1', { text: t('coordinator.coverage.heading') }), form, out);
  await load();
}
