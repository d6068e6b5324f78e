// The coordinator's door: one page, one section at a time, chosen by the address's fragment so that the browser's
// back button and a bookmark work (#dashboard, #coverage, #pool, #pool/new, #pool/12, #booking/SPH-2026-000123,
// #log, #log/booking/SPH-2026-000123). Each section is a module with a render(view, context) function.
import { boot, h } from '/shared/page.js';
import { t } from '/shared/i18n.js';
import * as dashboard from './dashboard.js';
import * as coverage from './coverage.js';
import * as pool from './pool.js';
import * as booking from './booking.js';
import * as log from './log.js';

const SECTIONS = [
  { name: 'dashboard', module: dashboard },
  { name: 'coverage', module: coverage },
  { name: 'pool', module: pool },
  { name: 'log', module: log },
];

const context = await boot({ door: 'coordinator', role: 'coordinator', languages: ['en', 'th'] });

/** Where the fragment points: a section and what follows it ("pool", ["12"]). */
function route() {
  const parts = decodeURIComponent(location.hash.replace(/^#/, '')).split('/').filter(Boolean);
  const name = parts.shift() || 'dashboard';
  if (name === 'booking') {
    return { name, module: booking, args: parts };
  }
  const section = SECTIONS.find((s) => s.name === name) ?? SECTIONS[0];
  return { name: section.name, module: section.module, args: parts };
}

function renderNav(current) {
  const nav = document.getElementById('door-nav');
  nav.hidden = false;
  nav.setAttribute('aria-label', t('coordinator.nav.label'));
  const list = h('ul');
  for (const s of SECTIONS) {
    const link = h('a', { href: `#${s.name}`, text: t(`coordinator.nav.${s.name}`) });
    if (s.name === current) {
      link.setAttribute('aria-current', 'page');
    }
    list.append(h('li', {}, link));
  }
  nav.replaceChildren(list);
}

let active = null;

async function show() {
  const r = route();
  renderNav(r.name === 'booking' ? 'dashboard' : r.name);
  if (active?.leave) {
    active.leave();
  }
  active = r.module;
  const main = document.querySelector('main');
  const view = h('div', { class: 'coordinator-view' });
  main.replaceChildren(view);
  try {
    await r.module.render(view, context, r.args);
  } catch (e) {
    view.replaceChildren(h('p', { class: 'error', role: 'alert', text: e.message || String(e) }));
  }
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    document.title = `${heading.textContent} · ${t('app.name')}`;
  }
}

if (context) {
  window.addEventListener('hashchange', show);
  // a new language: draw the section again with its words (what was typed in a form is not kept across it)
  window.addEventListener('saphan:language', show);
  await show();
}
