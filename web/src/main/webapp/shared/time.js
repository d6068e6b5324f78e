// Times as people in Thailand read them: always Asia/Bangkok (UTC+7, no daylight saving), whatever the device's
// zone; Thai dates the Thai way (Buddhist era, Thai month names). The API speaks ISO-8601 UTC instants.
import { language, LANGUAGES, t } from './i18n.js';

export const ZONE = 'Asia/Bangkok';
const OFFSET = '+07:00';

function locale() {
  const lang = language();
  // th-TH already counts years in the Buddhist era; the extension says so even where a browser defaults otherwise
  return lang === 'th' ? 'th-TH-u-ca-buddhist' : LANGUAGES[lang]?.locale ?? 'en-GB';
}

function format(instant, options) {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, ...options }).format(new Date(instant));
}

/** "4 Dec 2026, 14:30" / "4 ธ.ค. 2569 14:30" */
export function formatDateTime(instant) {
  return format(instant, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(instant) {
  return format(instant, { dateStyle: 'medium' });
}

export function formatTime(instant) {
  return format(instant, { timeStyle: 'short' });
}

/** The calendar day in Bangkok of an instant, as YYYY-MM-DD. */
export function bangkokDay(instant = Date.now()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
}

/** The Bangkok day n days after the given one (YYYY-MM-DD). */
export function addDays(day, n) {
  const d = new Date(`${day}T12:00:00${OFFSET}`);
  d.setUTCDate(d.getUTCDate() + n);
  return bangkokDay(d);
}

/** A Bangkok wall-clock date and time ("2026-12-04", "14:30") as the UTC instant the API wants. */
export function bangkokToInstant(day, time) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) {
    return null;
  }
  const date = new Date(`${day}T${time}:00${OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "today, 14:30", "tomorrow, 09:00", or the full date and time. */
export function formatWhen(instant) {
  const day = bangkokDay(instant);
  const today = bangkokDay();
  if (day === today) {
    return t('time.today-at', { time: formatTime(instant) });
  }
  if (day === addDays(today, 1)) {
    return t('time.tomorrow-at', { time: formatTime(instant) });
  }
  return formatDateTime(instant);
}

/** Time left as m:ss (or h:mm:ss), never negative. */
export function formatCountdown(milliseconds) {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
