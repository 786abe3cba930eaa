// Training the matcher (src/nlu/model.ts): multinomial logistic regression by stochastic gradient
// descent with an L1 penalty (Tsuruoka et al. 2009, "cumulative penalty"), which zeroes the weights
// a feature does not need, so that the model is small and a question touches few weights. Then
// the temperature: k models each trained without one fold score that fold, and the temperature
// that makes those held-out probabilities most likely (least log loss) divides every logit.
//
// Deterministic: the examples' order is shuffled by a seeded generator, nothing reads the clock or
// Math.random, and the same inputs give the same bytes (test/nlu/model.test.ts checks it).
import { CUE_FEATURE_VALUE, SLOT_FEATURE_VALUE, textFeatureValue } from '../features.js';
import type { SerializedModel } from '../model.js';

export interface FeaturizedExample {
  label: string;
  /** Feature hashes (features.ts), repeats included: the text's, its cues from `textCount`, its slots from `cueEnd`. */
  hashes: Uint32Array;
  textCount: number;
  cueEnd: number;
}

/** What each feature of an example counts for (features.ts). */
function valuesOf(example: FeaturizedExample): Float64Array {
  const text = textFeatureValue(example.textCount);
  return Float64Array.from(example.hashes, (_, i) =>
    i < example.textCount ? text : i < example.cueEnd ? CUE_FEATURE_VALUE : SLOT_FEATURE_VALUE,
  );
}

export interface TrainingParameters {
  epochs: number;
  /** The first epoch's step size; each epoch's is `decay` times the last. */
  learningRate: number;
  decay: number;
  /** L1 strength per example: larger gives fewer, larger weights. */
  l1: number;
  /** Stored weights below this (in units of the 8-bit scale) are dropped. */
  minWeight: number;
  /** How many of the last epochs' weights are averaged into the model (0: the last epoch's). */
  averageLast: number;
  /** L2 strength (weight decay of the rows an example touches). */
  l2: number;
  /** Folds for fitting the temperature. */
  folds: number;
  seed: number;
}

// Twenty epochs at a step that falls to a hundredth, half of them averaged: close enough to the
// optimum that one example more or less moves the probabilities by about 0.004 on average (ten
// epochs from a step of 2 moved them by 0.01 and flipped twice as many borderline readings).
export const DEFAULT_PARAMETERS: TrainingParameters = {
  epochs: 20,
  learningRate: 1,
  decay: 0.8,
  l1: 1e-5,
  l2: 0,
  averageLast: 10,
  minWeight: 2,
  folds: 5,
  seed: 20261128,
};

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

interface Dense {
  classes: string[];
  /** Feature hash → row. */
  vocabulary: Map<number, number>;
  weights: Float64Array; // rows × classes
  bias: Float64Array;
}

interface Indexed {
  label: number;
  rows: Int32Array;
  values: Float64Array;
}

function index(
  examples: readonly FeaturizedExample[],
  classes: readonly string[],
  vocabulary: Map<number, number>,
) {
  const classOf = new Map(classes.map((c, i) => [c, i]));
  return examples.map((example): Indexed => {
    const rows = new Int32Array(example.hashes.length);
    example.hashes.forEach((hash, i) => {
      let row = vocabulary.get(hash);
      if (row === undefined) {
        row = vocabulary.size;
        vocabulary.set(hash, row);
      }
      rows[i] = row;
    });
    return {
      label: classOf.get(example.label) as number,
      rows,
      values: valuesOf(example),
    };
  });
}

function fitWeights(
  examples: readonly FeaturizedExample[],
  classes: readonly string[],
  p: TrainingParameters,
): Dense {
  const vocabulary = new Map<number, number>();
  const data = index(examples, classes, vocabulary);
  const C = classes.length;
  const V = vocabulary.size;
  const weights = new Float64Array(V * C);
  // What the L1 penalty has taken from each weight so far (the cumulative penalty's q).
  const taken = new Float64Array(V * C);
  const bias = new Float64Array(C);
  const averaged = new Float64Array(p.averageLast > 0 ? V * C : 0);
  const averagedBias = new Float64Array(C);
  const logits = new Float64Array(C);
  const next = random(p.seed);
  const order = data.map((_, i) => i);
  let rate = p.learningRate;
  // The total L1 penalty each weight could have received so far (u).
  let penalty = 0;
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      const { label, rows, values } = data[i] as Indexed;
      for (let k = 0; k < C; k++) logits[k] = bias[k] as number;
      for (let f = 0; f < rows.length; f++) {
        const base = (rows[f] as number) * C;
        const value = values[f] as number;
        for (let k = 0; k < C; k++) logits[k] = (logits[k] as number) + (weights[base + k] as number) * value;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < C; k++) max = Math.max(max, logits[k] as number);
      let total = 0;
      for (let k = 0; k < C; k++) {
        const e = Math.exp((logits[k] as number) - max);
        logits[k] = e;
        total += e;
      }
      // logits now hold the gradient of the log loss: p_k − [k = label].
      for (let k = 0; k < C; k++) logits[k] = (logits[k] as number) / total - (k === label ? 1 : 0);
      for (let k = 0; k < C; k++) bias[k] = (bias[k] as number) - rate * (logits[k] as number);
      penalty += rate * p.l1;
      for (let f = 0; f < rows.length; f++) {
        const base = (rows[f] as number) * C;
        const value = values[f] as number;
        const keep = 1 - rate * p.l2;
        for (let k = 0; k < C; k++)
          weights[base + k] = (weights[base + k] as number) * keep - rate * (logits[k] as number) * value;
      }
      // The cumulative L1 penalty, on the rows this example touched (a repeated row twice is harmless).
      for (const row of rows) {
        const base = row * C;
        for (let k = 0; k < C; k++) {
          const j = base + k;
          const w = weights[j] as number;
          const q = taken[j] as number;
          let z = w;
          if (w > 0) z = Math.max(0, w - (penalty + q));
          else if (w < 0) z = Math.min(0, w + (penalty - q));
          weights[j] = z;
          taken[j] = q + (z - w);
        }
      }
    }
    rate *= p.decay;
    if (epoch >= p.epochs - p.averageLast) {
      for (let j = 0; j < weights.length; j++) averaged[j] = (averaged[j] as number) + (weights[j] as number);
      for (let k = 0; k < C; k++) averagedBias[k] = (averagedBias[k] as number) + (bias[k] as number);
    }
  }
  if (p.averageLast <= 0) return { classes: [...classes], vocabulary, weights, bias };
  // The mean of the last epochs' weights: steadier than the last step's (Polyak averaging).
  for (let j = 0; j < averaged.length; j++) averaged[j] = (averaged[j] as number) / p.averageLast;
  for (let k = 0; k < C; k++) averagedBias[k] = (averagedBias[k] as number) / p.averageLast;
  return { classes: [...classes], vocabulary, weights: averaged, bias: averagedBias };
}

/** The logits of the dense model for one example (features unseen in training count for nothing). */
function logitsOf(model: Dense, example: FeaturizedExample): Float64Array {
  const C = model.classes.length;
  const out = Float64Array.from(model.bias);
  const values = valuesOf(example);
  for (let f = 0; f < example.hashes.length; f++) {
    const row = model.vocabulary.get(example.hashes[f] as number);
    if (row === undefined) continue;
    const value = values[f] as number;
    for (let k = 0; k < C; k++) out[k] = (out[k] as number) + (model.weights[row * C + k] as number) * value;
  }
  return out;
}

function logLoss(held: readonly { logits: Float64Array; label: number }[], temperature: number): number {
  let loss = 0;
  for (const { logits, label } of held) {
    let max = Number.NEGATIVE_INFINITY;
    for (const l of logits) max = Math.max(max, l / temperature);
    let total = 0;
    for (const l of logits) total += Math.exp(l / temperature - max);
    loss += Math.log(total) + max - (logits[label] as number) / temperature;
  }
  return loss / held.length;
}

/** The temperature (0.2..10) with the least held-out log loss, by golden-section search on its logarithm. */
function fitTemperature(held: readonly { logits: Float64Array; label: number }[]): number {
  let lo = Math.log(0.2);
  let hi = Math.log(10);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (logLoss(held, Math.exp(a)) < logLoss(held, Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

export interface CrossValidation {
  /** Held-out logits of every example, for calibration and for measuring. */
  held: { logits: Float64Array; label: number }[];
  accuracy: number;
}

/** k-fold: each example scored by a model that never saw it. */
export function crossValidate(
  examples: readonly FeaturizedExample[],
  classes: readonly string[],
  p: TrainingParameters,
): CrossValidation {
  const next = random(p.seed ^ 0x5eed);
  const fold = shuffle(
    examples.map((_, i) => i % p.folds),
    next,
  );
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const held: { logits: Float64Array; label: number }[] = [];
  let correct = 0;
  for (let f = 0; f < p.folds; f++) {
    const model = fitWeights(
      examples.filter((_, i) => fold[i] !== f),
      classes,
      p,
    );
    examples.forEach((example, i) => {
      if (fold[i] !== f) return;
      const logits = logitsOf(model, example);
      const label = classOf.get(example.label) as number;
      let best = 0;
      for (let k = 1; k < logits.length; k++) if ((logits[k] as number) > (logits[best] as number)) best = k;
      if (best === label) correct++;
      held.push({ logits, label });
    });
  }
  return { held, accuracy: correct / examples.length };
}

function base64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/**
 * Trains on every example, fits the temperature on `p.folds` held-out folds, and returns the
 * model as model.json stores it: 8-bit weights, rows of the non-zero ones, in a stable order.
 */
export function train(
  examples: readonly FeaturizedExample[],
  p: TrainingParameters,
  stamp: { featureVersion: number; inputsHash: string },
): { model: SerializedModel; heldOutAccuracy: number } {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  // Without folds (experiments), no calibration.
  const validation = p.folds >= 2 ? crossValidate(examples, classes, p) : { held: [], accuracy: Number.NaN };
  const temperature = p.folds >= 2 ? fitTemperature(validation.held) : 1;
  const dense = fitWeights(examples, classes, p);
  const C = classes.length;

  let largest = 0;
  for (const w of dense.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127 || 1;
  // Rows in the order of their hashes: the bytes do not depend on the examples' order.
  const rows = [...dense.vocabulary].sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  const lengths: number[] = [];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  for (const [hash, row] of rows) {
    const before = entryClass.length;
    for (let k = 0; k < C; k++) {
      const q = Math.round((dense.weights[row * C + k] as number) / scale);
      // Weights too small to matter are dropped: a smaller model, a shorter row to add up.
      if (Math.abs(q) < p.minWeight) continue;
      entryClass.push(k);
      entryWeight.push(q);
    }
    if (entryClass.length === before) continue;
    keys.push(hash);
    lengths.push(entryClass.length - before);
  }
  return {
    heldOutAccuracy: validation.accuracy,
    model: {
      featureVersion: stamp.featureVersion,
      inputsHash: stamp.inputsHash,
      classes,
      temperature: Number(temperature.toPrecision(6)),
      scale: Number(scale.toPrecision(8)),
      bias: [...dense.bias].map((b) => Number(b.toPrecision(6))),
      keys: base64(Uint32Array.from(keys)),
      lengths: base64(Uint8Array.from(lengths)),
      entryClass: base64(Uint8Array.from(entryClass)),
      entryWeight: base64(Int8Array.from(entryWeight)),
    },
  };
}
