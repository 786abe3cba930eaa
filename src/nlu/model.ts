// The trained matcher: a multinomial logistic regression over the features of features.ts, its
// weights learnt at build time (src/nlu/training/) and shipped compact in model.json.
//
// Storage: the hashes of the features seen in training, and for each one only the classes it
// has a weight for (L1 regularisation zeroes the rest), as a class index and an 8-bit weight
// times one scale. A question's cost is its feature count times the few weights each has, not
// times the number of classes: adding a topic adds rows, not work per feature.
import type { CueScanner } from './cues.js';
import {
  CUE_FEATURE_VALUE,
  createFeatureBuffer,
  extractFeatures,
  type FeatureBuffer,
  SLOT_FEATURE_VALUE,
  textFeatureValue,
} from './features.js';
import type { Slots } from './slots.js';

/** model.json as the trainer writes it (typed arrays as base64, little-endian). */
export interface SerializedModel {
  /** The features' version it was trained on (features.ts, FEATURE_VERSION). */
  featureVersion: number;
  /** What it was trained from (training/inputs.ts): a different value means the model is stale. */
  inputsHash: string;
  classes: string[];
  /** Divides the logits: fitted on held-out folds so that probabilities are calibrated. */
  temperature: number;
  /** A stored weight times this is the real weight. */
  scale: number;
  bias: number[];
  /** Uint32 feature hashes, one per row. */
  keys: string;
  /** Uint8 number of entries of each row (at most one per class, so classes ≤ 255). */
  lengths: string;
  /** Uint8 class index per entry. */
  entryClass: string;
  /** Int8 weight per entry. */
  entryWeight: string;
}

export interface Model {
  readonly classes: readonly string[];
  /**
   * Class probabilities (calibrated softmax) for `normalized` with `slots`, by class index, in a
   * buffer reused by the next call.
   */
  probabilities(normalized: string, slots: Slots, cues?: CueScanner): Float64Array;
}

function bytes(base64: string): Uint8Array {
  // A copy, so that the typed-array views below are aligned whatever Buffer's pool did.
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export function loadModel(serialized: SerializedModel): Model {
  const keys = new Uint32Array(bytes(serialized.keys).buffer);
  // Each row's first entry: the running sum of the lengths.
  const lengths = bytes(serialized.lengths);
  const starts = new Uint32Array(lengths.length + 1);
  lengths.forEach((length, row) => {
    starts[row + 1] = (starts[row] as number) + length;
  });
  const entryClass = bytes(serialized.entryClass);
  const entryWeight = new Int8Array(bytes(serialized.entryWeight).buffer);
  const classCount = serialized.classes.length;
  const bias = Float64Array.from(serialized.bias);
  const { scale, temperature } = serialized;

  // Open addressing, at most half full: a lookup is one or two probes.
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slotKey = new Int32Array(size);
  const slotRow = new Int32Array(size);
  keys.forEach((key, row) => {
    let i = key & mask;
    while (slotKey[i] !== 0) i = (i + 1) & mask;
    slotKey[i] = key | 0;
    slotRow[i] = row;
  });

  const buffer: FeatureBuffer = createFeatureBuffer();
  const textSums = new Int32Array(classCount);
  const cueSums = new Int32Array(classCount);
  const slotSums = new Int32Array(classCount);
  const out = new Float64Array(classCount);

  return {
    classes: serialized.classes,
    probabilities(normalized, slots, cues) {
      const count = extractFeatures(normalized, slots, buffer, cues);
      const { hashes, textCount, cueEnd } = buffer;
      textSums.fill(0);
      cueSums.fill(0);
      slotSums.fill(0);
      for (let f = 0; f < count; f++) {
        const sums = f < textCount ? textSums : f < cueEnd ? cueSums : slotSums;
        const hash = (hashes[f] as number) | 0;
        let i = hash & mask;
        let key = slotKey[i] as number;
        while (key !== 0 && key !== hash) {
          i = (i + 1) & mask;
          key = slotKey[i] as number;
        }
        if (key === 0) continue;
        const row = slotRow[i] as number;
        const end = starts[row + 1] as number;
        for (let e = starts[row] as number; e < end; e++)
          sums[entryClass[e] as number] =
            (sums[entryClass[e] as number] as number) + (entryWeight[e] as number);
      }
      const perText = (scale * textFeatureValue(textCount)) / temperature;
      const perCue = (scale * CUE_FEATURE_VALUE) / temperature;
      const perSlot = (scale * SLOT_FEATURE_VALUE) / temperature;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < classCount; k++) {
        const logit =
          (bias[k] as number) / temperature +
          (textSums[k] as number) * perText +
          (cueSums[k] as number) * perCue +
          (slotSums[k] as number) * perSlot;
        out[k] = logit;
        if (logit > max) max = logit;
      }
      let total = 0;
      for (let k = 0; k < classCount; k++) {
        const e = Math.exp((out[k] as number) - max);
        out[k] = e;
        total += e;
      }
      for (let k = 0; k < classCount; k++) out[k] = (out[k] as number) / total;
      return out;
    },
  };
}
