// One person's presence in a session room, without any markup: the socket's life (a new ticket for every
// connection, brought back by itself after a drop), who is in the room and in what state, the text channel, mute,
// leave and end. The room page and the guest page draw it. Events (CustomEvent detail): 'state' ({state}),
// 'participants' (the Map), 'text' ({from, body, mine}), 'ended', 'microphone-blocked' ({role, blocked}), 'stats'.
import { AudioEngine } from './audio/engine.js';

const RETRY_MS = [0, 300, 1000, 2000, 4000];
const PING_EVERY_MS = 5000;
/** Nothing from the room for this long (no audio, no pong): the connection is dead even if the socket says not. */
const SILENT_MS = 12000;

export class RoomSession extends EventTarget {
  /**
   * @param reference the booking's reference
   * @param tickets an async function giving a new single-use ticket for this room (it throws an error with
   *        status 404/409 when the room is not, or no longer, the caller's to enter)
   * @param engine the audio engine, when the page prepared it already within a click
   */
  constructor(reference, tickets, engine = new AudioEngine()) {
    super();
    this.reference = reference;
    this.tickets = tickets;
    this.engine = engine;
    this.participants = new Map();
    this.you = null;
    this.state = 'connecting'; // connecting | live | reconnecting | ended | left | closed
    this.attempt = 0;
    this.muted = false;
    this.rttMs = null;
    this.engine.addEventListener('message', (e) => this.received(e.detail));
    this.engine.addEventListener('close', (e) => this.dropped(e.detail));
    this.engine.addEventListener('stats', (e) => this.stats(e.detail));
    this.onVisibility = () => this.presence();
    this.onOffline = () => {
      if (this.state === 'live') this.engine.drop();
    };
    this.onOnline = () => {
      if (this.state === 'reconnecting') {
        clearTimeout(this.retryTimer);
        this.connect();
      }
    };
  }

  /** Sets up audio (no microphone yet) and enters the room. */
  async start() {
    await this.engine.start();
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    this.pinger = setInterval(() => {
      this.engine.send({ type: 'ping', t: performance.now() });
      if (this.state === 'live' && this.engine.bytes.silentMs > SILENT_MS) this.engine.drop();
    }, PING_EVERY_MS);
    await this.connect();
  }

  async connect() {
    if (this.connecting || this.isOver()) return; // one ticket and one socket at a time
    this.connecting = true;
    this.setState(this.you ? 'reconnecting' : 'connecting');
    let ticket;
    try {
      ticket = await this.tickets();
    } catch (e) {
      this.connecting = false;
      if (e.status === 404 || e.status === 409 || e.status === 403) {
        this.finish('closed', e);
        return;
      }
      this.retry();
      return;
    }
    this.connecting = false;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.engine.connect(`${scheme}://${location.host}/gateway/sessions/${encodeURIComponent(this.reference)}`,
      ['saphan.v1', 'ticket.' + ticket]);
  }

  retry() {
    if (this.isOver()) return;
    const delay = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)];
    this.setState('reconnecting');
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  dropped({ code }) {
    if (this.isOver()) return;
    if (code === 1000 && this.endedSeen) {
      this.finish('ended');
      return;
    }
    this.retry();
  }

  isOver() {
    return this.state === 'ended' || this.state === 'left' || this.state === 'closed';
  }

  received(m) {
    switch (m.type) {
      case 'joined':
        this.you = m.you;
        this.attempt = 0;
        this.engine.setParticipant(m.you);
        this.participants.clear();
        for (const p of m.participants) this.participants.set(p.id, { ...p, away: Boolean(p.away) });
        this.setState('live');
        if (this.muted) this.engine.send({ type: 'mute', muted: true });
        if (this.micBlocked !== undefined) this.engine.send({ type: 'microphone', blocked: this.micBlocked });
        this.presence();
        this.announceCodecs();
        this.changed();
        break;
      case 'participant-joined':
        this.participants.set(m.participant.id, { ...this.participants.get(m.participant.id), ...m.participant,
          away: false });
        this.announceCodecs(); // so that the newcomer learns what this page plays
        this.changed();
        break;
      case 'participant-left':
        this.participants.delete(m.participant.id);
        this.chooseCodec();
        this.changed();
        break;
      case 'codecs':
        this.update(m.from, { opus: m.opus });
        this.chooseCodec();
        break;
      case 'participant-away':
        this.update(m.participant.id, { away: true, role: m.participant.role });
        break;
      case 'presence':
        this.update(m.from, { away: m.away });
        break;
      case 'mute':
        this.update(m.from, { muted: m.muted });
        break;
      case 'microphone':
        this.update(m.from, { microphoneBlocked: m.blocked });
        this.emit('microphone-blocked', { role: m.role, blocked: m.blocked, from: m.from });
        break;
      case 'text':
        this.emit('text', { from: m.from, body: m.body, mine: false });
        break;
      case 'ended':
        this.endedSeen = true;
        this.finish('ended');
        break;
      case 'pong':
        if (typeof m.t === 'number') this.rttMs = performance.now() - m.t;
        break;
      default:
        break;
    }
  }

  announceCodecs() {
    this.engine.send({ type: 'codecs', opus: this.engine.codec.decodeOpus });
  }

  /** Everyone plays IMA ADPCM; Opus only those that said so. One that cannot makes everyone send ADPCM. */
  chooseCodec() {
    const someoneNeedsAdpcm = [...this.participants.values()].some((p) => p.opus === false);
    this.engine.setSendingCodec(someoneNeedsAdpcm);
  }

  update(id, fields) {
    const p = this.participants.get(id);
    if (p) {
      Object.assign(p, fields);
      this.changed();
    }
  }

  changed() {
    this.emit('participants', this.participants);
  }

  stats(detail) {
    this.emit('stats', { ...detail, rttMs: this.rttMs, you: this.you, muted: this.muted });
  }

  presence() {
    if (this.state === 'live') this.engine.send({ type: 'presence', away: document.visibilityState === 'hidden' });
    // back in front after the socket went: rejoin now rather than at the next retry
    if (document.visibilityState === 'visible' && this.state === 'reconnecting') {
      clearTimeout(this.retryTimer);
      this.connect();
    }
  }

  sendText(body) {
    this.engine.send({ type: 'text', body });
    this.emit('text', { from: this.you, body, mine: true });
  }

  setMuted(muted) {
    this.muted = muted;
    this.engine.setMuted(muted);
    this.engine.send({ type: 'mute', muted });
  }

  /** Tells the others that this browser's microphone is blocked (or allowed again). */
  microphoneBlocked(blocked) {
    this.micBlocked = blocked;
    this.engine.send({ type: 'microphone', blocked });
  }

  leave() {
    this.engine.send({ type: 'leave' });
    this.finish('left');
  }

  /** The requester ends the session for everyone. */
  end() {
    this.engine.send({ type: 'end' });
  }

  finish(state, error) {
    if (this.isOver()) return;
    this.setState(state, error);
    clearInterval(this.pinger);
    clearTimeout(this.retryTimer);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    setTimeout(() => this.engine.stop(), 200);
    if (state === 'ended') this.emit('ended', {});
  }

  setState(state, error) {
    this.state = state;
    this.emit('state', { state, error });
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
