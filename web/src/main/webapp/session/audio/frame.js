// The audio frame on the wire (one binary WebSocket message per 20 ms), read and written only by the pages; the
// gateway relays it byte for byte and reads none of it. Big-endian:
//
//   offset size  field
//   0      1     format version (1)
//   1      1     codec: 1 = Opus (48 kHz mono, one 20 ms packet), 2 = IMA ADPCM (8 kHz mono, 160 samples)
//   2      4     source: the sender's participant id ("p-" and these 8 hex digits), since the relay does not say
//   6      4     sequence number, +1 for every frame the sender sends (not while muted)
//   10     4     capture time: the sender's clock when the frame's 20 ms were complete, Unix ms modulo 2^32
//   14     ...   the encoded audio

export const FORMAT_VERSION = 1;
export const CODEC_OPUS = 1;
export const CODEC_ADPCM = 2;
export const HEADER_BYTES = 14;
export const FRAME_MS = 20;

/** Writes a frame: header then payload, into one new ArrayBuffer (what the socket sends). */
export function packFrame(codec, source, seq, captureMs, payload) {
  const buffer = new ArrayBuffer(HEADER_BYTES + payload.byteLength);
  const view = new DataView(buffer);
  view.setUint8(0, FORMAT_VERSION);
  view.setUint8(1, codec);
  view.setUint32(2, source >>> 0);
  view.setUint32(6, seq >>> 0);
  view.setUint32(10, Math.floor(captureMs) % 4294967296);
  new Uint8Array(buffer, HEADER_BYTES).set(payload);
  return buffer;
}

/** Reads a frame's header; null when it is not a frame of a version this page knows. */
export function readFrame(buffer) {
  if (buffer.byteLength <= HEADER_BYTES) {
    return null;
  }
  const view = new DataView(buffer);
  if (view.getUint8(0) !== FORMAT_VERSION) {
    return null;
  }
  const codec = view.getUint8(1);
  if (codec !== CODEC_OPUS && codec !== CODEC_ADPCM) {
    return null;
  }
  return {
    codec,
    source: view.getUint32(2),
    seq: view.getUint32(6),
    capture32: view.getUint32(10),
    payload: new Uint8Array(buffer, HEADER_BYTES),
  };
}

/** The full Unix ms of a 32-bit capture time, taken as the one nearest to {@code nowMs} (wraps every 49 days). */
export function unwrapCapture(capture32, nowMs) {
  const base = nowMs - (nowMs % 4294967296);
  let t = base + capture32;
  if (t - nowMs > 2147483648) t -= 4294967296;
  else if (nowMs - t > 2147483648) t += 4294967296;
  return t;
}

/** A participant id ("p-0a1b2c3d") as the header's 32-bit source, and back. */
export function sourceOf(participantId) {
  return parseInt(String(participantId).slice(2), 16) >>> 0;
}

export function participantOf(source) {
  return 'p-' + (source >>> 0).toString(16).padStart(8, '0');
}
