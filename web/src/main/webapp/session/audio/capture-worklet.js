// The capture side of the room, on the audio rendering thread: cuts the (echo-cancelled, noise-suppressed,
// gain-controlled) microphone into 20 ms frames, stamps each with its capture time, measures its level for the
// "speaking" indicator, and either hands the samples to the codec worker (Opus, through WebCodecs there) or encodes
// them here (IMA ADPCM, 8 kHz) when the browser cannot encode Opus. Nothing is sent while muted.
import { ADPCM_FRAME_BYTES, ADPCM_FRAME_SAMPLES, encodeAdpcm } from './adpcm.js';

const SPEAKING_DBFS = -45;

class CaptureProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this.frameSamples = Math.round(sampleRate / 50);
    this.frame = new Float32Array(this.frameSamples);
    this.filled = 0;
    this.codec = options.processorOptions.codec; // 'opus' or 'adpcm'
    this.muted = false;
    this.clockOffset = 0; // Unix ms minus context ms, from the page
    this.sink = null; // the codec worker's port
    this.adpcmState = { predictor: 0, index: 0 };
    this.narrow = new Float32Array(ADPCM_FRAME_SAMPLES);
    this.levelSum = 0;
    this.levelFrames = 0;
    this.port.onmessage = (e) => {
      const m = e.data;
      if (m.sink) this.sink = m.sink;
      if (m.muted !== undefined) this.muted = m.muted;
      if (m.clockOffset !== undefined) this.clockOffset = m.clockOffset;
      if (m.codec) this.codec = m.codec;
    };
  }

  process(inputs) {
    const input = inputs[0] && inputs[0][0];
    if (!input) {
      return true;
    }
    for (let i = 0; i < input.length; i++) {
      this.frame[this.filled++] = input[i];
      if (this.filled === this.frameSamples) {
        this.complete(currentTime + (i + 1) / sampleRate);
        this.filled = 0;
      }
    }
    return true;
  }

  complete(endTime) {
    let sum = 0;
    for (let i = 0; i < this.frameSamples; i++) sum += this.frame[i] * this.frame[i];
    this.levelSum += sum / this.frameSamples;
    if (++this.levelFrames === 5) {
      const dbfs = 10 * Math.log10(this.levelSum / 5 + 1e-12);
      this.port.postMessage({ level: dbfs, speaking: !this.muted && dbfs > SPEAKING_DBFS });
      this.levelSum = 0;
      this.levelFrames = 0;
    }
    if (this.muted || !this.sink) {
      return;
    }
    const captureMs = this.clockOffset + endTime * 1000;
    if (this.codec === 'opus') {
      const pcm = this.frame.slice();
      this.sink.postMessage({ pcm, captureMs, rate: sampleRate }, [pcm.buffer]);
      return;
    }
    // narrowband: a box filter over each output sample's span of input, then ADPCM
    const ratio = this.frameSamples / ADPCM_FRAME_SAMPLES;
    for (let j = 0; j < ADPCM_FRAME_SAMPLES; j++) {
      const from = Math.floor(j * ratio);
      const to = Math.max(from + 1, Math.floor((j + 1) * ratio));
      let s = 0;
      for (let k = from; k < to; k++) s += this.frame[k];
      this.narrow[j] = s / (to - from);
    }
    const bytes = encodeAdpcm(this.narrow, new Uint8Array(ADPCM_FRAME_BYTES), this.adpcmState);
    this.sink.postMessage({ adpcm: bytes, captureMs }, [bytes.buffer]);
  }
}

registerProcessor('saphan-capture', CaptureProcessor);
