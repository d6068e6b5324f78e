// The guest's one call to Saphan: trading the join code (or, after a drop, the rejoin credential) for a ticket to
// the room. The guest has no account and no token, so this page does not load the sign-in adapter or the signed-in
// API client; errors keep the API's shape ({status, code}) so the page can say them in the guest's language.

export class GuestError extends Error {
  constructor(status, code) {
    super(code || String(status));
    this.status = status;
    this.code = code;
  }
}

/** {code} or {rejoin} → {ticket, booking, rejoin, rejoinUntil}. */
export async function admit(body) {
  let answer;
  try {
    answer = await fetch('/api/guest-tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (e) {
    throw new GuestError(0, 'network');
  }
  if (!answer.ok) {
    let code = null;
    try {
      code = (await answer.json()).error;
    } catch (e) {
      // not the error shape: the status says enough
    }
    throw new GuestError(answer.status, code);
  }
  return answer.json();
}

/** The code in the address's fragment (#ABCDE-FGHJK or #code=ABCDE-FGHJK), never in a query string. */
export function codeFromFragment(hash) {
  const raw = decodeURIComponent(String(hash || '').replace(/^#/, ''));
  const value = raw.startsWith('code=') ? raw.slice(5) : raw;
  return /^[A-Za-z0-9 -]{4,20}$/.test(value) ? value.toUpperCase() : '';
}
