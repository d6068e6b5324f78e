// The one client of Saphan's REST API. Every door goes through it: it adds the token, retries what is safe to
// retry, and turns the API's error shape {"error","message","field"} into an ApiError with a message in the
// person's language.
import { freshToken, renewToken } from './auth.js';
import { t, has } from './i18n.js';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRIED_STATUS = new Set([502, 503, 504]);

/** A refused or failed call, ready to show: message is in the person's language; field names the input at fault. */
export class ApiError extends Error {
  constructor(status, code, message, field, serverMessage) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field || null;
    this.serverMessage = serverMessage || null;
  }

  /** true when the call never reached Saphan or Saphan could not answer: worth trying again later. */
  get transient() {
    return this.status === 0 || RETRIED_STATUS.has(this.status);
  }
}

/** A fresh key for POSTs that must not happen twice (Idempotency-Key): the same key is sent on every retry. */
export function newIdempotencyKey() {
  return crypto.randomUUID();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How far the server's clock is ahead of this device's (ms), learnt from each answer's Date header. */
let clockOffset = 0;

/**
 * The server's time now, as well as this device can tell (to the second): countdowns use it, so that a phone whose
 * clock is wrong never shows time left on an offer the server already closed.
 */
export function serverNow() {
  return Date.now() + clockOffset;
}

function learnClock(answer, sentAt) {
  const date = Date.parse(answer.headers.get('Date') ?? '');
  if (Number.isFinite(date)) {
    // the header is whole seconds: the server's time lies in [date, date + 1 s) at the answer's arrival
    const arrived = Date.now();
    clockOffset = date + 500 - Math.round((sentAt + arrived) / 2);
  }
}

function backoff(attempt, retryAfter) {
  const seconds = Number.parseInt(retryAfter ?? '', 10);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return Math.min(seconds, 10) * 1000;
  }
  return Math.min(400 * 2 ** attempt, 4000) + Math.floor(Math.random() * 200);
}

/** The person's words for an error: a message file's entry for the code (and field) first, then Saphan's own. */
export function localise(status, code, field, serverMessage) {
  if (code && field && has(`error.${code}.${field}`)) {
    return t(`error.${code}.${field}`);
  }
  if (code && has(`error.${code}`)) {
    return t(`error.${code}`);
  }
  if (serverMessage) {
    return serverMessage;
  }
  return t('error.generic', { status });
}

async function errorFrom(answer) {
  let body = {};
  try {
    body = await answer.json();
  } catch (e) {
    // not the error shape (a proxy's page): the status says enough
  }
  const code = typeof body.error === 'string' ? body.error : null;
  const field = typeof body.field === 'string' ? body.field : null;
  const message = typeof body.message === 'string' ? body.message : null;
  return new ApiError(answer.status, code, localise(answer.status, code, field, message), field, message);
}

/**
 * One call. Options: body (sent as JSON), idempotencyKey (makes a POST safe to retry), retries (attempts after
 * the first for a retryable call; 2 by default), signal (AbortSignal).
 */
export async function request(method, path, { body, idempotencyKey, retries = 2, signal } = {}) {
  const retryable = IDEMPOTENT.has(method) || Boolean(idempotencyKey);
  const attempts = retryable ? retries + 1 : 1;
  let renewed = false;
  for (let attempt = 0; ; attempt++) {
    const headers = { Accept: 'application/json' };
    headers.Authorization = 'Bearer ' + (renewed ? await renewToken() : await freshToken());
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (idempotencyKey) {
      headers['Idempotency-Key'] = idempotencyKey;
    }
    let answer;
    const sentAt = Date.now();
    try {
      answer = await fetch('/api' + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
        signal,
      });
    } catch (e) {
      if (e.name === 'AbortError') {
        throw e;
      }
      if (attempt + 1 < attempts) {
        await sleep(backoff(attempt));
        continue;
      }
      throw new ApiError(0, 'network', t('error.network'));
    }
    learnClock(answer, sentAt);
    if (answer.status === 401 && !renewed) {
      // a token the server no longer takes (keys rotated, session ended): nothing happened, so once more is safe
      renewed = true;
      attempt--;
      continue;
    }
    const concurrent = answer.status === 409 && answer.headers.has('Retry-After');
    if ((RETRIED_STATUS.has(answer.status) || concurrent) && attempt + 1 < attempts) {
      await sleep(backoff(attempt, answer.headers.get('Retry-After')));
      continue;
    }
    if (!answer.ok) {
      throw await errorFrom(answer);
    }
    if (answer.status === 204) {
      return null;
    }
    const type = answer.headers.get('Content-Type') || '';
    return type.includes('json') ? answer.json() : answer.text();
  }
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, body, options) => request('POST', path, { ...options, body }),
  put: (path, body, options) => request('PUT', path, { ...options, body }),
  delete: (path, options) => request('DELETE', path, options),
};
