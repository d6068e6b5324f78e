// The live feed (/gateway/notifications): a single-use ticket from the API, then a WebSocket with the
// subprotocols saphan.v1 and ticket.<t> (tickets never go in URLs). It reconnects by itself with backoff; the
// server sends the current state again on every (re)connect, so a page only has to apply what arrives.
//
// Events (all CustomEvents on the feed):
//   'state'   detail: 'connecting' | 'online' | 'offline' | 'unavailable'
//   'message' detail: the parsed JSON message; and the same under its own type ('offer', 'booking', ...)
import { api } from './api.js';

const PROTOCOL = 'saphan.v1';
const MAX_DELAY_MS = 15000;

export class LiveFeed extends EventTarget {
  #socket = null;
  #attempt = 0;
  #timer = null;
  #graceTimer = null;
  #stopped = true;
  #state = 'connecting';
  #path;
  #ticketRequest;

  /** channel: the ticket request ({"channel":"notifications"} by default) and the gateway path to open. */
  constructor({ path = '/gateway/notifications', ticket = { channel: 'notifications' } } = {}) {
    super();
    this.#path = path;
    this.#ticketRequest = ticket;
    this.onOffline = () => this.#dropped();
    this.onOnline = () => this.#reconnectNow();
  }

  get state() {
    return this.#state;
  }

  start() {
    if (!this.#stopped) {
      return this;
    }
    this.#stopped = false;
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    if (navigator.onLine === false) {
      this.#setState('offline');
    } else {
      this.#connect();
    }
    return this;
  }

  stop() {
    this.#stopped = true;
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.#timer);
    clearTimeout(this.#graceTimer);
    this.#socket?.close(1000);
    this.#socket = null;
  }

  /** Sends a JSON message (session rooms); false when not connected. */
  send(message) {
    if (this.#socket?.readyState !== WebSocket.OPEN) {
      return false;
    }
    this.#socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    return true;
  }

  #setState(state) {
    if (state !== this.#state) {
      this.#state = state;
      this.dispatchEvent(new CustomEvent('state', { detail: state }));
    }
  }

  async #connect() {
    clearTimeout(this.#timer);
    if (this.#stopped) {
      return;
    }
    if (this.#state !== 'offline' && this.#state !== 'reconnecting') {
      this.#setState('connecting');
    }
    let ticket;
    try {
      ticket = (await api.post('/gateway-tickets', this.#ticketRequest, { retries: 0 })).ticket;
    } catch (e) {
      if (e.status === 403 || e.status === 404) {
        // this person has no feed of this kind: say so once, try again rarely
        this.#setState('unavailable');
        this.#schedule(60000);
      } else {
        this.#setState('offline');
        this.#schedule();
      }
      return;
    }
    if (this.#stopped) {
      return;
    }
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${window.location.host}${this.#path}`, [PROTOCOL, 'ticket.' + ticket]);
    this.#socket = socket;
    socket.addEventListener('open', () => {
      this.#attempt = 0;
      this.#setState('online');
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') {
        this.dispatchEvent(new CustomEvent('binary', { detail: event.data }));
        return;
      }
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return; // not ours to read
      }
      this.dispatchEvent(new CustomEvent('message', { detail: message }));
      if (typeof message.type === 'string') {
        this.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      }
    });
    socket.addEventListener('close', () => {
      if (this.#socket === socket) {
        this.#socket = null;
        this.#closed();
      }
    });
  }

  /**
   * The server closed the socket (the token it was opened with expired, the server restarts, the network went):
   * try again at once, and only call it offline if that does not work within 1.5 s, so that the routine close at
   * the end of a token's life never flashes "offline" while a real drop shows within 3 s.
   */
  #closed() {
    if (this.#stopped) {
      return;
    }
    if (navigator.onLine === false) {
      this.#dropped();
      return;
    }
    clearTimeout(this.#graceTimer);
    this.#graceTimer = setTimeout(() => {
      if (this.#state !== 'online' || !this.#socket) {
        this.#setState('offline');
      }
    }, 1500);
    this.#state = this.#state === 'online' ? 'reconnecting' : this.#state;
    this.#connect();
  }

  #dropped() {
    const socket = this.#socket;
    this.#socket = null;
    socket?.close();
    if (this.#stopped) {
      return;
    }
    this.#setState('offline');
    this.#schedule();
  }

  #reconnectNow() {
    if (!this.#stopped && !this.#socket) {
      this.#attempt = 0;
      this.#connect();
    }
  }

  /** Backoff with jitter: 0.5 s, 1 s, 2 s, ... up to 15 s, sooner when the browser says it is back online. */
  #schedule(delay) {
    clearTimeout(this.#timer);
    const wait = delay ?? Math.min(500 * 2 ** this.#attempt++, MAX_DELAY_MS) * (0.75 + Math.random() / 2);
    this.#timer = setTimeout(() => {
      if (navigator.onLine === false) {
        this.#schedule();
      } else {
        this.#connect();
      }
    }, wait);
  }
}
