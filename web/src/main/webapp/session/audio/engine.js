// The room's audio engine, as the page sees it. The page's main thread only wires things up and reads figures: the
// microphone runs through the capture worklet, frames travel through the codec worker (which also owns the room's
// socket), and the playout worklet buffers, decodes, mixes and plays. Events: 'open', 'message' (a JSON text from
// the room), 'close' ({code, reason}), 'stats' (per sender, and this page's own level and bytes), 'codec'.
import { participantOf, sourceOf } from './frame.js';

const base = new URL('.', import.meta.url);
const STATS_KEEP = 200000;

/** Why the microphone cannot be used: 'blocked' (refused by the person or the browser), 'missing', 'busy'. */
export class MicrophoneError extends Error {
  constructor(kind, cause) {
    super('microphone ' + kind);
    this.kind = kind;
    this.cause = cause;
  }
}

/** The microphone, with the browser's echo cancellation, noise suppression and automatic gain. */
export async function openMicrophone() {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new MicrophoneError('blocked'); // no secure context, or a browser without capture
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
      video: false,
    });
  } catch (e) {
    if (e.name === 'NotFoundError' || e.name === 'OverconstrainedError') throw new MicrophoneError('missing', e);
    if (e.name === 'NotReadableError' || e.name === 'AbortError') throw new MicrophoneError('busy', e);
    throw new MicrophoneError('blocked', e);
  }
}

/** Whether the browser already refused the microphone for this site (asked without prompting), where it can say. */
export async function microphonePermission() {
  try {
    return (await navigator.permissions.query({ name: 'microphone' })).state; // granted | denied | prompt
  } catch (e) {
    return 'unknown';
  }
}

export class AudioEngine extends EventTarget {
  constructor() {
    super();
    this.muted = false;
    this.self = { level: -100, speaking: false };
    this.bytes = { up: 0, down: 0, framesUp: 0, framesDown: 0 };
    this.senders = new Map(); // participant id -> latest figures
    this.delays = []; // capture-to-playout of every frame heard, for the figures
    this.codec = null;
  }

  /**
   * Creates the audio context at once: call it first thing in a click handler, as browsers (Safari most of all) let
   * audio start only within the gesture itself, not after the awaits that follow.
   */
  prepare() {
    if (!this.context) {
      const Context = window.AudioContext || window.webkitAudioContext;
      this.context = new Context({ sampleRate: 48000, latencyHint: 'interactive' });
      this.context.resume?.().catch(() => {});
    }
    return this;
  }

  /** Sets up playout and the worker (and so the socket); capture comes later, once the microphone is allowed. */
  async start() {
    this.prepare();
    await this.context.audioWorklet.addModule(new URL('capture-worklet.js', base));
    await this.context.audioWorklet.addModule(new URL('playout-worklet.js', base));
    this.playout = new AudioWorkletNode(this.context, 'saphan-playout', {
      numberOfInputs: 0, numberOfOutputs: 1, outputChannelCount: [1],
    });
    this.analyser = new AnalyserNode(this.context, { fftSize: 8192, smoothingTimeConstant: 0.6 });
    this.playout.connect(this.analyser);
    this.playout.connect(this.context.destination);
    this.playout.port.onmessage = (e) => this.playoutReport(e.data);

    this.worker = new Worker(new URL('codec-worker.js', base), { type: 'module' });
    const toPlayout = new MessageChannel();
    this.captureChannel = new MessageChannel();
    this.playout.port.postMessage({ source: toPlayout.port2 }, [toPlayout.port2]);
    const ready = new Promise((resolve) => {
      this.worker.onmessage = (e) => {
        if (e.data.event === 'codec') resolve(e.data);
        this.workerEvent(e.data);
      };
    });
    // for the tests: a page that sends the second codec, or one that cannot play Opus (as an older Safari)
    const forceAdpcm = safeGet('saphan.codec') === 'adpcm';
    const forceNoOpusDecoding = safeGet('saphan.decode') === 'adpcm';
    this.worker.postMessage({
      cmd: 'init', playout: toPlayout.port1, capture: this.captureChannel.port1,
      captureRate: this.context.sampleRate, forceAdpcm, forceNoOpusDecoding,
    }, [toPlayout.port1, this.captureChannel.port1]);
    this.codec = await ready;
    this.sending = this.codec.sending;
    this.syncClock();
    this.clockTimer = setInterval(() => this.syncClock(), 5000);
    return this.codec;
  }

  /** Browsers start audio only after a gesture: call from a click (Join, Allow microphone, ...). */
  resume() {
    return this.context?.state === 'suspended' ? this.context.resume() : Promise.resolve();
  }

  /** Starts sending this microphone's audio. */
  attachMicrophone(stream) {
    this.stream = stream;
    this.micSource = this.context.createMediaStreamSource(stream);
    this.capture = new AudioWorkletNode(this.context, 'saphan-capture', {
      numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1, channelCountMode: 'explicit',
      processorOptions: { codec: this.sending },
    });
    this.capture.port.onmessage = (e) => {
      this.self = e.data;
    };
    this.capture.port.postMessage({ sink: this.captureChannel.port2, muted: this.muted, clockOffset: this.offset },
      [this.captureChannel.port2]);
    this.micSource.connect(this.capture);
  }

  get hasMicrophone() {
    return Boolean(this.capture);
  }

  /** Context time to Unix ms, for capture and playout stamps (one clock on one machine). */
  syncClock() {
    this.offset = performance.timeOrigin + performance.now() - this.context.currentTime * 1000;
    const outputLatencyMs = ((this.context.outputLatency || 0) + (this.context.baseLatency || 0)) * 1000;
    this.playout.port.postMessage({ clockOffset: this.offset, outputLatencyMs });
    this.capture?.port.postMessage({ clockOffset: this.offset });
  }

  connect(url, protocols) {
    this.worker.postMessage({ cmd: 'connect', url, protocols });
  }

  /** This page's participant id, written into every frame it sends. */
  setParticipant(id) {
    this.worker.postMessage({ cmd: 'source', source: sourceOf(id) });
  }

  send(message) {
    this.worker.postMessage({ cmd: 'send', text: JSON.stringify(message) });
  }

  /** Gives up the socket at once (the network is gone): a 'close' with code 4000 follows without a handshake. */
  drop() {
    this.worker?.postMessage({ cmd: 'drop' });
  }

  disconnect(code = 1000, reason = '') {
    this.worker?.postMessage({ cmd: 'close', code, reason });
  }

  /**
   * The codec to send: the second codec while someone in the room cannot play Opus, Opus again (where this browser
   * can encode it) once nobody needs the second one.
   */
  setSendingCodec(adpcmNeeded) {
    const codec = adpcmNeeded ? 'adpcm' : this.codec.sending;
    if (codec !== this.sending) {
      this.sending = codec;
      this.capture?.port.postMessage({ codec });
    }
  }

  setMuted(muted) {
    this.muted = muted;
    this.capture?.port.postMessage({ muted });
  }

  stop() {
    clearInterval(this.clockTimer);
    this.disconnect();
    this.stream?.getTracks().forEach((track) => track.stop());
    this.context?.close();
    setTimeout(() => this.worker?.terminate(), 500);
  }

  workerEvent(m) {
    switch (m.event) {
      case 'open': this.dispatchEvent(new Event('open')); break;
      case 'text': {
        let message;
        try {
          message = JSON.parse(m.data);
        } catch (e) {
          return;
        }
        this.dispatchEvent(new CustomEvent('message', { detail: message }));
        break;
      }
      case 'close': this.dispatchEvent(new CustomEvent('close', { detail: { code: m.code, reason: m.reason } })); break;
      case 'bytes': this.bytes = m; break;
      default: break;
    }
  }

  playoutReport(report) {
    for (const s of report.senders) {
      const id = participantOf(s.source);
      for (const d of s.delays) {
        if (this.delays.length < STATS_KEEP) this.delays.push(d);
      }
      const previous = this.senders.get(id);
      const recent = s.delays.length ? median(s.delays) : previous?.delayMs ?? null;
      this.senders.set(id, { ...s, delays: undefined, delayMs: recent });
    }
    this.dispatchEvent(new CustomEvent('stats', { detail: { senders: this.senders, self: this.self } }));
  }

  /** The playout spectrum's level (dB) at each frequency, the loudest bin within ±2: a hook for the tests. */
  levelsAt(frequencies) {
    const bins = new Float32Array(this.analyser.frequencyBinCount);
    this.analyser.getFloatFrequencyData(bins);
    const hz = this.context.sampleRate / this.analyser.fftSize;
    return frequencies.map((f) => {
      const k = Math.round(f / hz);
      let max = -Infinity;
      for (let i = Math.max(0, k - 2); i <= Math.min(bins.length - 1, k + 2); i++) max = Math.max(max, bins[i]);
      return max;
    });
  }

  /** Starts the figures afresh (after a warm-up): delays are dropped, counters are taken from here on. */
  resetFigures() {
    this.delays = [];
    this.baseline = this.totals();
  }

  totals() {
    const sum = { played: 0, concealed: 0, lost: 0, late: 0 };
    for (const s of this.senders.values()) {
      for (const k of Object.keys(sum)) sum[k] += s[k];
    }
    return { ...sum, up: this.bytes.up, down: this.bytes.down, at: performance.now() };
  }

  /** What the room measured: capture-to-playout delay percentiles, concealment, loss, bytes, for the figures. */
  figures() {
    const sorted = [...this.delays].sort((a, b) => a - b);
    const pick = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null);
    const now = this.totals();
    const from = this.baseline || { played: 0, concealed: 0, lost: 0, late: 0, up: 0, down: 0, at: 0 };
    const seconds = (now.at - from.at) / 1000;
    return {
      frames: sorted.length, p50: pick(0.5), p99: pick(0.99), max: sorted[sorted.length - 1] ?? null,
      played: now.played - from.played, concealed: now.concealed - from.concealed, lost: now.lost - from.lost,
      late: now.late - from.late, seconds,
      bitsUpPerSecond: ((now.up - from.up) * 8) / seconds, bitsDownPerSecond: ((now.down - from.down) * 8) / seconds,
      bytes: this.bytes, codec: this.codec, sending: this.sending,
    };
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function safeGet(key) {
  try {
    return localStorage.getItem(key);
  } catch (e) {
    return null;
  }
}
