// The playout side of the room, on the audio rendering thread: per sender an adaptive jitter buffer, decoding of
// IMA ADPCM frames (Opus arrives already decoded by the codec worker, as WebCodecs does not exist here), concealment
// of a missing frame, mixing of every sender, and playout. It reports per sender what the room shows (speaking,
// loss, jitter, delay) and, for the benchmark, each frame's delay from capture to playout.
import { ADPCM_FRAME_SAMPLES, ADPCM_RATE, decodeAdpcm } from './adpcm.js';

const SPEAKING_DBFS = -45;
const MIN_TARGET = 2; // frames kept ahead: 40 ms
const MAX_TARGET = 12;
const IDLE_AFTER = 5; // empty 20 ms slots in a row: the sender stopped (muted, away), not a loss
const REPORT_EVERY = 0.25; // seconds

class Sender {
  constructor(source) {
    this.source = source;
    this.frames = new Map(); // seq -> {pcm, captureMs}
    this.playing = false;
    this.nextSeq = -1;
    this.highest = -1;
    this.target = MIN_TARGET;
    this.lastUnderrun = 0;
    this.jitter = 0;
    this.lastTransit = null;
    this.received = 0;
    this.lost = 0;
    this.late = 0;
    this.concealed = 0;
    this.played = 0;
    this.underrunRun = 0;
    this.emptyRun = 0;
    this.current = null;
    this.cursor = 0;
    this.lastPcm = null;
    this.level = -100;
    this.speakingUntil = 0;
    this.delays = [];
    this.prevSample = 0;
  }
}

/** Linear interpolation from one rate to this context's, continuing from the previous frame's last sample. */
function resample(input, inRate, prev) {
  if (inRate === sampleRate) return input;
  const outLength = Math.round((input.length * sampleRate) / inRate);
  const out = new Float32Array(outLength);
  const step = inRate / sampleRate;
  for (let i = 0; i < outLength; i++) {
    const pos = (i + 1) * step - 1;
    const k = Math.floor(pos);
    const frac = pos - k;
    const a = k < 0 ? prev : input[k];
    const b = input[Math.min(k + 1, input.length - 1)];
    out[i] = a + (b - a) * frac;
  }
  return out;
}

class PlayoutProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.senders = new Map();
    this.clockOffset = 0;
    this.outputLatencyMs = 0;
    this.lastReport = 0;
    this.narrow = new Float32Array(ADPCM_FRAME_SAMPLES);
    this.port.onmessage = (e) => {
      const m = e.data;
      if (m.source) m.source.onmessage = (f) => this.arrive(f.data);
      if (m.clockOffset !== undefined) this.clockOffset = m.clockOffset;
      if (m.outputLatencyMs !== undefined) this.outputLatencyMs = m.outputLatencyMs;
    };
  }

  nowMs() {
    return this.clockOffset + currentTime * 1000;
  }

  /** A frame from the codec worker: {source, seq, captureMs, arrivalMs, pcm+rate | adpcm}. */
  arrive(f) {
    let s = this.senders.get(f.source);
    if (!s) {
      s = new Sender(f.source);
      this.senders.set(f.source, s);
    }
    s.received++;
    const transit = f.arrivalMs - f.captureMs;
    if (s.lastTransit !== null) {
      s.jitter += (Math.abs(transit - s.lastTransit) - s.jitter) / 16; // RFC 3550's estimator
    }
    s.lastTransit = transit;
    if (s.highest >= 0 && f.seq > s.highest + 1) s.lost += f.seq - s.highest - 1;
    if (s.highest >= 0 && f.seq <= s.highest) s.lost = Math.max(0, s.lost - 1); // reordered, not lost
    s.highest = Math.max(s.highest, f.seq);
    if (s.playing && f.seq < s.nextSeq) {
      s.late++;
      return;
    }
    let pcm;
    if (f.adpcm) {
      decodeAdpcm(f.adpcm, this.narrow);
      pcm = resample(this.narrow, ADPCM_RATE, s.prevSample);
    } else {
      pcm = resample(f.pcm, f.rate, s.prevSample);
    }
    s.prevSample = pcm[pcm.length - 1];
    s.frames.set(f.seq, { pcm, captureMs: f.captureMs });
  }

  /** The sender's next 20 ms: its frame, or a concealment when the frame is not there in time. */
  nextFrame(s, playoutMs) {
    const f = s.frames.get(s.nextSeq);
    if (f) {
      s.frames.delete(s.nextSeq);
      s.nextSeq++;
      s.concealed += s.underrunRun; // those gaps were inside speech: real concealments
      s.underrunRun = 0;
      s.emptyRun = 0;
      s.played++;
      s.delays.push(playoutMs + this.outputLatencyMs - f.captureMs);
      let sum = 0;
      for (let i = 0; i < f.pcm.length; i++) sum += f.pcm[i] * f.pcm[i];
      s.level = 10 * Math.log10(sum / f.pcm.length + 1e-12);
      if (s.level > SPEAKING_DBFS) s.speakingUntil = currentTime + 0.3;
      s.lastPcm = f.pcm;
      // too far ahead (the network calmed down): drop the oldest frame to bring the delay back
      if (s.frames.size > s.target + 2) {
        s.frames.delete(s.nextSeq);
        s.nextSeq++;
      }
      return f.pcm;
    }
    s.underrunRun++;
    if (currentTime - s.lastUnderrun > 0.1) {
      s.target = Math.min(MAX_TARGET, s.target + 1);
    }
    s.lastUnderrun = currentTime;
    if (s.frames.size > 0) {
      s.nextSeq++; // a hole: the later frames are here, this one is gone
    } else if (++s.emptyRun >= IDLE_AFTER) {
      s.playing = false; // the sender stopped: wait for it to start again, and it was not a loss
      s.underrunRun = 0;
      s.emptyRun = 0;
      return null;
    }
    // concealment: the last frame again, fading, then silence
    if (!s.lastPcm) return null;
    const faded = new Float32Array(s.lastPcm.length);
    const gain = Math.pow(0.5, s.underrunRun);
    for (let i = 0; i < faded.length; i++) faded[i] = s.lastPcm[i] * gain;
    return faded;
  }

  process(inputs, outputs) {
    const out = outputs[0][0];
    out.fill(0);
    for (const s of this.senders.values()) {
      if (!s.playing) {
        if (s.frames.size >= s.target) {
          s.playing = true;
          s.nextSeq = Math.min(...s.frames.keys());
          s.current = null;
        } else {
          continue;
        }
      }
      // the adaptive target relaxes after 10 s without an underrun
      if (s.target > MIN_TARGET && currentTime - s.lastUnderrun > 10) {
        s.target--;
        s.lastUnderrun = currentTime;
      }
      let i = 0;
      while (i < out.length) {
        if (!s.current || s.cursor >= s.current.length) {
          s.current = this.nextFrame(s, this.nowMs() + (i * 1000) / sampleRate);
          s.cursor = 0;
          if (!s.current) break;
        }
        const n = Math.min(out.length - i, s.current.length - s.cursor);
        for (let k = 0; k < n; k++) out[i + k] += s.current[s.cursor + k];
        i += n;
        s.cursor += n;
      }
    }
    for (let i = 0; i < out.length; i++) {
      const x = out[i];
      out[i] = x > 1 ? 1 : x < -1 ? -1 : x; // a limiter for when two speak at once
    }
    for (let c = 1; c < outputs[0].length; c++) outputs[0][c].set(out);
    if (currentTime - this.lastReport >= REPORT_EVERY) {
      this.lastReport = currentTime;
      this.report();
    }
    return true;
  }

  report() {
    const senders = [];
    for (const s of this.senders.values()) {
      senders.push({
        source: s.source,
        speaking: currentTime < s.speakingUntil,
        level: s.level,
        received: s.received,
        lost: s.lost,
        late: s.late,
        concealed: s.concealed,
        played: s.played,
        jitterMs: s.jitter,
        bufferMs: s.frames.size * 20,
        delays: s.delays,
      });
      s.delays = [];
    }
    this.port.postMessage({ senders });
  }
}

registerProcessor('saphan-playout', PlayoutProcessor);
