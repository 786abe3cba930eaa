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

// A row in the lookup table: where its entries start (24 bits) and how many there are (8 bits).
const ROW_LENGTH_SHIFT = 24;
const ROW_START_LIMIT = 1 << ROW_LENGTH_SHIFT;
const ROW_START_MASK = ROW_START_LIMIT - 1;

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

  // Open addressing, about half full: a lookup is one or two probes, mostly in one cache line.
  // A slot is two numbers side by side, the key and its row (where the row's entries start, and
  // how many there are), and an entry is one 16-bit number, its class and weight: the lookups
  // were most of the model's own time, waiting for memory, and each was five arrays apart.
  let size = 1;
  while (size < keys.length * 1.5) size <<= 1;
  const mask = size - 1;
  if ((starts[keys.length] as number) >= ROW_START_LIMIT) throw new Error('model.json: too many entries');
  const table = new Int32Array(size * 2);
  keys.forEach((key, row) => {
    let i = key & mask;
    while (table[i * 2] !== 0) i = (i + 1) & mask;
    table[i * 2] = key | 0;
    table[i * 2 + 1] = (starts[row] as number) | ((lengths[row] as number) << ROW_LENGTH_SHIFT);
  });
  // Class in the low 8 bits (classes ≤ 255), the signed weight above.
  const entries = Int16Array.from(entryWeight, (weight, e) => (weight << 8) | (entryClass[e] as number));
  // The bias's share of each logit, divided once here (the same number as dividing per question).
  const biasLogit = Float64Array.from(bias, (b) => b / temperature);

  const buffer: FeatureBuffer = createFeatureBuffer();
  const textSums = new Int32Array(classCount);
  const cueSums = new Int32Array(classCount);
  const slotSums = new Int32Array(classCount);
  const out = new Float64Array(classCount);
  // Each feature's row in the table (0: the model has no weight for it), as the first pass finds them.
  const rows = new Int32Array(buffer.hashes.length);

  /**
   * Adds the weights of the rows of features `from` to `to` (found by the probes) into `sums`.
   * A question reads some 500 entries (a common n-gram has a weight for most classes): one loop
   * per kind of feature, each with its own sums, rather than choosing the sums for every feature.
   */
  function addRows(sums: Int32Array, from: number, to: number): void {
    // The arrays and the row layout in locals: read from the closure and the module, they were
    // read again at every entry (a store into `sums` may, for all the compiler knows, have
    // changed them), a third of the loop.
    const rowOf = rows;
    const all = entries;
    const startMask = ROW_START_MASK;
    const lengthShift = ROW_LENGTH_SHIFT;
    for (let f = from; f < to; f++) {
      const row = rowOf[f] as number;
      if (row === 0) continue;
      const start = row & startMask;
      const end = start + (row >>> lengthShift);
      for (let e = start; e < end; e++) {
        const entry = all[e] as number;
        const k = entry & 0xff;
        sums[k] = (sums[k] as number) + (entry >> 8);
      }
    }
  }

  return {
    classes: serialized.classes,
    probabilities(normalized, slots, cues) {
      const count = extractFeatures(normalized, slots, buffer, cues, false);
      const { hashes, textCount, cueEnd } = buffer;
      // (The sums start at zero: the logits' loop below clears each one it has read, for the
      // next question, where three calls to fill, each a call into the runtime, cost more.)
      // First every feature's row, then their weights: the probes do not wait on one another
      // (each is a likely cache miss, and the processor overlaps independent ones), where
      // summing a row before probing for the next feature made them wait in turn.
      for (let f = 0; f < count; f++) {
        const hash = (hashes[f] as number) | 0;
        let i = hash & mask;
        let key = table[i * 2] as number;
        while (key !== 0 && key !== hash) {
          i = (i + 1) & mask;
          key = table[i * 2] as number;
        }
        rows[f] = key === 0 ? 0 : (table[i * 2 + 1] as number);
      }
      addRows(textSums, 0, textCount);
      addRows(cueSums, textCount, cueEnd);
      addRows(slotSums, cueEnd, count);
      const perText = (scale * textFeatureValue(textCount)) / temperature;
      const perCue = (scale * CUE_FEATURE_VALUE) / temperature;
      const perSlot = (scale * SLOT_FEATURE_VALUE) / temperature;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < classCount; k++) {
        const logit =
          (biasLogit[k] as number) +
          (textSums[k] as number) * perText +
          (cueSums[k] as number) * perCue +
          (slotSums[k] as number) * perSlot;
        textSums[k] = 0;
        cueSums[k] = 0;
        slotSums[k] = 0;
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
