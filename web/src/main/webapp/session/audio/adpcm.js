// IMA ADPCM, 8 kHz mono: the second codec, for browsers that cannot encode Opus through WebCodecs. Four bits a
// sample (32 kbit/s); each 20 ms frame carries its own starting predictor and step index, so a lost frame costs only
// itself. Pure functions with no allocation per sample: they run inside the capture and playout AudioWorklets.

const INDEX_TABLE = new Int8Array([-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8]);
const STEP_TABLE = new Int16Array([
  7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97, 107,
  118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963,
  1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894,
  6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794,
  32767,
]);

/** Samples in one 20 ms frame at 8 kHz. */
export const ADPCM_RATE = 8000;
export const ADPCM_FRAME_SAMPLES = 160;
/** Bytes of one encoded frame: predictor (2), step index (1), then two samples a byte. */
export const ADPCM_FRAME_BYTES = 3 + ADPCM_FRAME_SAMPLES / 2;

const clamp16 = (v) => (v > 32767 ? 32767 : v < -32768 ? -32768 : v);

/**
 * Encodes 160 samples (floats in [-1, 1]) into {@code out} (ADPCM_FRAME_BYTES). {@code state} ({predictor, index})
 * carries the encoder across frames, so that consecutive frames sound continuous.
 */
export function encodeAdpcm(samples, out, state) {
  let predictor = state.predictor;
  let index = state.index;
  out[0] = (predictor >> 8) & 0xff;
  out[1] = predictor & 0xff;
  out[2] = index;
  for (let i = 0; i < ADPCM_FRAME_SAMPLES; i++) {
    const sample = clamp16(Math.round(samples[i] * 32767));
    let step = STEP_TABLE[index];
    let diff = sample - predictor;
    let nibble = 0;
    if (diff < 0) {
      nibble = 8;
      diff = -diff;
    }
    let delta = step >> 3;
    if (diff >= step) {
      nibble |= 4;
      diff -= step;
      delta += step;
    }
    step >>= 1;
    if (diff >= step) {
      nibble |= 2;
      diff -= step;
      delta += step;
    }
    step >>= 1;
    if (diff >= step) {
      nibble |= 1;
      delta += step;
    }
    predictor = clamp16(nibble & 8 ? predictor - delta : predictor + delta);
    index += INDEX_TABLE[nibble];
    index = index < 0 ? 0 : index > 88 ? 88 : index;
    const at = 3 + (i >> 1);
    out[at] = i & 1 ? out[at] | (nibble << 4) : nibble;
  }
  state.predictor = predictor;
  state.index = index;
  return out;
}

/** Decodes one frame (a Uint8Array of ADPCM_FRAME_BYTES) into {@code out} (160 floats). */
export function decodeAdpcm(bytes, out) {
  let predictor = (bytes[0] << 8) | bytes[1];
  if (predictor & 0x8000) {
    predictor -= 0x10000;
  }
  let index = bytes[2] > 88 ? 88 : bytes[2];
  for (let i = 0; i < ADPCM_FRAME_SAMPLES; i++) {
    const b = bytes[3 + (i >> 1)];
    const nibble = i & 1 ? b >> 4 : b & 0x0f;
    const step = STEP_TABLE[index];
    let delta = step >> 3;
    if (nibble & 4) delta += step;
    if (nibble & 2) delta += step >> 1;
    if (nibble & 1) delta += step >> 2;
    predictor = clamp16(nibble & 8 ? predictor - delta : predictor + delta);
    index += INDEX_TABLE[nibble];
    index = index < 0 ? 0 : index > 88 ? 88 : index;
    out[i] = predictor / 32768;
  }
  return out;
}
