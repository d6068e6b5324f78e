// Messages in the person's language. The browser's language chooses, the switch changes it and the choice is
// remembered (a preference, not a secret). Strings live only in message files: shared/messages/<lang>.json for
// what every door says, <door>/messages/<lang>.json for the door's own words; the door's win on a clash.

/** Every language the pages know, each named in itself. A door offers a subset. */
export const LANGUAGES = {
  en: { name: 'English', locale: 'en-GB' },
  th: { name: 'ไทย', locale: 'th-TH' },
  my: { name: 'မြန်မာ', locale: 'my-MM' },
  // the guest page's further languages (its own words are in join/messages)
  km: { name: 'ខ្មែរ', locale: 'km-KH' },
  lo: { name: 'ລາວ', locale: 'lo-LA' },
  vi: { name: 'Tiếng Việt', locale: 'vi-VN' },
};

const STORAGE_KEY = 'saphan.language';
let messages = {};
let current = 'en';
let offered = ['en', 'th'];
let doorName = null;

export function language() {
  return current;
}

export function languages() {
  return offered;
}

/** The first of the person's languages that this door offers: remembered choice, then the browser's, then English. */
export function chooseLanguage(available) {
  const remembered = safeStorage(() => localStorage.getItem(STORAGE_KEY));
  if (remembered && available.includes(remembered)) {
    return remembered;
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = String(tag).toLowerCase().split('-')[0];
    const code = primary === 'bur' || primary === 'mya' ? 'my' : primary;
    if (available.includes(code)) {
      return code;
    }
  }
  return available.includes('en') ? 'en' : available[0];
}

function safeStorage(action) {
  try {
    return action();
  } catch (e) {
    return null; // storage refused (private mode): the choice lasts for this page only
  }
}

async function loadFile(url) {
  const answer = await fetch(url, { credentials: 'omit' });
  if (!answer.ok) {
    throw new Error(url + ': ' + answer.status);
  }
  return answer.json();
}

/** Loads the shared and the door's messages of one language and applies them to the document. */
export async function setLanguage(code, { remember = false } = {}) {
  const lang = offered.includes(code) ? code : offered[0];
  const files = [loadFile(`/shared/messages/${lang}.json`)];
  if (doorName) {
    files.push(loadFile(`/${doorName}/messages/${lang}.json`));
  }
  const [shared, door = {}] = await Promise.all(files);
  messages = { ...shared, ...door };
  current = lang;
  if (remember) {
    safeStorage(() => localStorage.setItem(STORAGE_KEY, lang));
  }
  document.documentElement.lang = lang;
  translate(document);
  window.dispatchEvent(new CustomEvent('saphan:language', { detail: { language: lang } }));
  return lang;
}

/** Starts i18n for a door ('requester', 'interpreter', ...; null for the front page). */
export async function initI18n({ door = null, available = ['en', 'th'] } = {}) {
  doorName = door;
  offered = available;
  return setLanguage(chooseLanguage(available));
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/**
 * The message for a key, with {name} placeholders filled. With a numeric `count`, a plural form
 * `key.one` / `key.other` (the language's plural rules) is used when the file has one.
 */
export function t(key, params = {}) {
  let text = messages[key];
  if (typeof params.count === 'number') {
    const form = new Intl.PluralRules(LANGUAGES[current]?.locale ?? current).select(params.count);
    text = messages[`${key}.${form}`] ?? messages[`${key}.other`] ?? text;
  }
  if (text === undefined) {
    console.warn('saphan: no message for', key, 'in', current);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * Fills static markup: data-i18n="key" sets the text; data-i18n-attr="aria-label:key;placeholder:key" sets
 * attributes. Run again after a language switch (setLanguage does it for the document).
 */
export function translate(root) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((s) => s.trim());
      if (attribute && key) {
        element.setAttribute(attribute, t(key));
      }
    }
  }
}
