// The room's socket and codecs, in a worker of their own so that no audio passes the page's main thread: it opens
// the room's WebSocket, numbers and sends the capture worklet's frames (encoding Opus through WebCodecs where the
// browser can), reads every frame that arrives, decodes Opus per sender, and hands the rest to the playout worklet.
// Text and control messages go to and from the page as they are. It counts bytes up and down for the room's figures.
import { CODEC_ADPCM, CODEC_OPUS, packFrame, readFrame, unwrapCapture } from './frame.js';

const OPUS = { codec: 'opus', sampleRate: 48000, numberOfChannels: 1, bitrate: 24000 };
const now = () => performance.timeOrigin + performance.now();

let socket = null;
let source = null; // this page's participant id, as the header's source
let seq = 0;
let playout = null;
let encoder = null;
const decoders = new Map(); // source -> {decoder, pending: [{timestamp, frame}] in decode order}
let canDecodeOpus = false;
const bytes = { up: 0, down: 0, framesUp: 0, framesDown: 0 };
let lastReceived = now(); // anything from the room: a silent socket for long is a dead one

async function supports(kind, config) {
  try {
    return (await kind.isConfigSupported(config)).supported === true;
  } catch (e) {
    return false;
  }
}

async function init(m) {
  playout = m.playout;
  m.capture.onmessage = (e) => captured(e.data);
  const encodeOpus = typeof AudioEncoder !== 'undefined'
    && (await supports(AudioEncoder, { ...OPUS, opus: { frameDuration: 20000 } }));
  canDecodeOpus = !m.forceNoOpusDecoding && typeof AudioDecoder !== 'undefined'
    && (await supports(AudioDecoder, { codec: 'opus', sampleRate: 48000, numberOfChannels: 1 }));
  if (encodeOpus && m.captureRate === 48000 && !m.forceAdpcm) {
    encoder = new AudioEncoder({
      output: (chunk) => {
        const payload = new Uint8Array(chunk.byteLength);
        chunk.copyTo(payload);
        send(CODEC_OPUS, chunk.timestamp / 1000, payload);
      },
      error: (e) => postMessage({ event: 'codec-error', message: String(e) }),
    });
    encoder.configure({ ...OPUS, opus: { frameDuration: 20000, complexity: 5, application: 'voip' } });
  }
  postMessage({ event: 'codec', sending: encoder ? 'opus' : 'adpcm', decodeOpus: canDecodeOpus });
}

function captured(m) {
  if (m.pcm && encoder) {
    // the capture time rides in the timestamp (µs) and comes back on the encoded chunk
    const data = new AudioData({
      format: 'f32-planar', sampleRate: m.rate, numberOfFrames: m.pcm.length, numberOfChannels: 1,
      timestamp: Math.round(m.captureMs * 1000), data: m.pcm,
    });
    encoder.encode(data);
    data.close();
  } else if (m.adpcm) {
    send(CODEC_ADPCM, m.captureMs, m.adpcm);
  }
}

function send(codec, captureMs, payload) {
  if (!socket || socket.readyState !== WebSocket.OPEN || source === null) return;
  // a socket that cannot keep up drops audio rather than queueing it: late speech is worse than a gap
  if (socket.bufferedAmount > 16 * 1024) return;
  const frame = packFrame(codec, source, seq++, captureMs, payload);
  bytes.up += frame.byteLength;
  bytes.framesUp++;
  socket.send(frame);
}

function decoderFor(src) {
  let d = decoders.get(src);
  if (!d) {
    // frames in decode order: Opus gives one output per packet, in order; the timestamp (seq * 20 ms) confirms
    // which, and frames the decoder skipped are dropped from the queue
    const pending = [];
    const decoder = new AudioDecoder({
      output: (data) => {
        let at = pending.findIndex((m) => m.timestamp === data.timestamp);
        if (at < 0) at = 0;
        const meta = pending[at];
        pending.splice(0, at + 1);
        if (meta) {
          const pcm = new Float32Array(data.numberOfFrames);
          data.copyTo(pcm, { planeIndex: 0, format: 'f32-planar' });
          playout.postMessage({ ...meta.frame, pcm, rate: data.sampleRate }, [pcm.buffer]);
        }
        data.close();
      },
      error: () => decoders.delete(src), // a broken stream: start a new decoder with its next frame
    });
    decoder.configure({ codec: 'opus', sampleRate: 48000, numberOfChannels: 1 });
    d = { decoder, pending };
    decoders.set(src, d);
  }
  return d;
}

function received(buffer) {
  bytes.down += buffer.byteLength;
  bytes.framesDown++;
  const f = readFrame(buffer);
  if (!f) return;
  const arrivalMs = now();
  const meta = { source: f.source, seq: f.seq, captureMs: unwrapCapture(f.capture32, arrivalMs), arrivalMs };
  if (f.codec === CODEC_ADPCM) {
    const adpcm = f.payload.slice();
    playout.postMessage({ ...meta, adpcm }, [adpcm.buffer]);
  } else if (canDecodeOpus) {
    const d = decoderFor(f.source);
    const timestamp = f.seq * 20000;
    d.pending.push({ timestamp, frame: meta });
    d.decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp, data: f.payload }));
  }
}

function connect(m) {
  if (socket) {
    // the page asked for a new socket: the old one goes quietly, without a close event of its own
    socket.onclose = null;
    socket.onmessage = null;
    socket.close(1000);
  }
  const ws = new WebSocket(m.url, m.protocols);
  ws.binaryType = 'arraybuffer';
  socket = ws;
  ws.onopen = () => {
    lastReceived = now();
    postMessage({ event: 'open' });
  };
  ws.onmessage = (e) => {
    lastReceived = now();
    if (typeof e.data === 'string') {
      bytes.down += e.data.length;
      postMessage({ event: 'text', data: e.data });
    } else {
      received(e.data);
    }
  };
  ws.onclose = (e) => {
    if (socket === ws) socket = null;
    postMessage({ event: 'close', code: e.code, reason: e.reason });
  };
}

onmessage = (e) => {
  const m = e.data;
  switch (m.cmd) {
    case 'init': init(m); break;
    case 'connect': connect(m); break;
    case 'source': source = m.source; break;
    case 'send':
      if (socket && socket.readyState === WebSocket.OPEN) {
        bytes.up += m.text.length;
        socket.send(m.text);
      }
      break;
    case 'close': if (socket) socket.close(m.code || 1000, m.reason || ''); break;
    case 'drop': {
      // the network went away under the socket: do not wait for a close handshake that cannot come
      const ws = socket;
      socket = null;
      if (ws) {
        ws.onclose = null;
        ws.onmessage = null;
        ws.close(4000, 'dropped');
        postMessage({ event: 'close', code: 4000, reason: 'dropped' });
      }
      break;
    }
    default: break;
  }
};

setInterval(() => postMessage({ event: 'bytes', ...bytes, silentMs: socket ? now() - lastReceived : 0 }), 1000);
