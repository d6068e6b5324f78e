// How a door page starts: messages first (so even "signing in" is in the person's language), then sign-in, then
// who this is (GET /api/me), then the door's role check, then the page's header (name, language, sign out,
// connection). A door's script calls boot() and builds on what it returns.
import { signIn, signOut, displayName } from './auth.js';
import { api } from './api.js';
import { initI18n, setLanguage, language, languages, LANGUAGES, t } from './i18n.js';
import { LiveFeed } from './feed.js';

/** Each role's door, in the order a person with several roles is sent. */
export const DOORS = {
  coordinator: '/coordinator/',
  requester: '/requester/',
  interpreter: '/interpreter/',
};

/** The door of a person (from /api/me), or null when it has none of the three roles. */
export function doorOf(me) {
  const role = Object.keys(DOORS).find((r) => me.roles.includes(r));
  return role ? { role, path: DOORS[role] } : null;
}

/** A polite region that screen readers announce; one per page. */
let liveRegion = null;

export function announce(text) {
  if (!liveRegion) {
    liveRegion = document.createElement('div');
    liveRegion.className = 'visually-hidden';
    liveRegion.setAttribute('aria-live', 'polite');
    liveRegion.setAttribute('role', 'status');
    document.body.append(liveRegion);
  }
  // a change of text is what gets announced: clear first so the same words twice are read twice
  liveRegion.textContent = '';
  setTimeout(() => {
    liveRegion.textContent = text;
  }, 50);
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') {
      node.textContent = value;
    } else if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  node.append(...children);
  return node;
}
export { element as h };

function languageSwitch() {
  const select = element('select', { id: 'language-switch', name: 'language' });
  for (const code of languages()) {
    const option = element('option', { value: code, lang: code, text: LANGUAGES[code].name });
    option.selected = code === language();
    select.append(option);
  }
  select.addEventListener('change', () => setLanguage(select.value, { remember: true }));
  return element('div', { class: 'language-switch' },
    element('label', { for: 'language-switch', 'data-i18n': 'header.language', text: t('header.language') }), select);
}

/** The header every door shows: Saphan, who is signed in, the language switch, sign out, and a status slot. */
function renderHeader(me, door) {
  let header = document.querySelector('header.app-header');
  if (!header) {
    header = element('header', { class: 'app-header' });
    document.body.prepend(header);
  }
  header.replaceChildren(
    element('a', { class: 'brand', href: '/', 'data-i18n': 'app.name', text: t('app.name') }),
    element('span', { class: 'door-name', 'data-i18n': door ? `door.${door}` : 'app.tagline',
      text: t(door ? `door.${door}` : 'app.tagline') }),
    element('span', { class: 'connection', id: 'connection-state', role: 'status', hidden: true }),
    element('span', { class: 'who', text: displayName() || me.username }),
    languageSwitch(),
    signOutButton());
}

function signOutButton() {
  const button = element('button', { type: 'button', class: 'secondary', 'data-i18n': 'header.sign-out',
    text: t('header.sign-out') });
  button.addEventListener('click', () => signOut());
  return button;
}

/** Shows the feed's state in the header ("offline, reconnecting"), hidden while all is well. */
export function showConnection(feed) {
  const slot = document.getElementById('connection-state');
  const render = () => {
    const state = feed.state;
    slot.hidden = state === 'online';
    slot.dataset.state = state;
    slot.textContent = t(`connection.${state}`);
    document.body.dataset.connection = state;
  };
  feed.addEventListener('state', render);
  window.addEventListener('saphan:language', render);
  render();
}

/** Tells a person who opened another role's door where it is and offers its own (nothing else is shown). */
function wrongDoor(main, door, me) {
  const own = doorOf(me);
  const children = [
    element('h1', { text: t('wrong-door.title') }),
    element('p', { text: t('wrong-door.body', { who: t(`who.${door}`) }) }),
  ];
  if (own) {
    children.push(element('p', {}, element('a', { class: 'button', href: own.path,
      text: t('wrong-door.go', { door: t(`door.${own.role}`) }) })));
  } else {
    children.push(element('p', { text: t('wrong-door.no-role') }));
  }
  main.replaceChildren(element('section', { class: 'notice', role: 'alert' }, ...children));
}

/**
 * Starts a door. options: door ('requester', ...; null for the front page), role (required role, or null),
 * languages (offered). Resolves to { me, api, t, feed(), announce } once the person may use the page, or to null
 * when the page told the person to go elsewhere.
 */
export async function boot({ door = null, role = null, languages: offered = ['en', 'th'] } = {}) {
  await initI18n({ door, available: offered });
  const main = document.querySelector('main');
  main.setAttribute('aria-busy', 'true');
  await signIn({ locale: language() });
  let me;
  try {
    me = await api.get('/me');
  } catch (e) {
    main.replaceChildren(element('p', { class: 'error', role: 'alert', text: e.message }));
    main.removeAttribute('aria-busy');
    return null;
  }
  renderHeader(me, door);
  main.removeAttribute('aria-busy');
  if (role && !me.roles.includes(role)) {
    console.info('saphan: this door is for', role);
    wrongDoor(main, door, me);
    return null;
  }
  let feed = null;
  return {
    me,
    api,
    t,
    announce,
    /** The person's live feed, started on first use and shown in the header. */
    feed() {
      if (!feed) {
        feed = new LiveFeed().start();
        showConnection(feed);
      }
      return feed;
    },
  };
}
