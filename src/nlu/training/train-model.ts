// Writes src/nlu/model.json when it is stale: its inputs' hash (inputs.ts) differs from the one it
// records, and src/nlu/cue-plan.json when the cues changed. scripts/build.mjs runs this before
// bundling; `--force` retrains anyway.
//   node scripts/run.mjs src/nlu/training/train-model.ts --force|--if-stale [root]
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planScan } from '../cues.js';
import { FEATURE_VERSION } from '../features.js';
import type { SerializedModel } from '../model.js';
import {
  botCueSources,
  CUE_PLAN_PATH,
  featurizeAll,
  inputsHash,
  MODEL_PATH,
  trainingTexts,
} from './inputs.js';
import { DEFAULT_PARAMETERS, train } from './train.js';

export interface TrainOutcome {
  trained: boolean;
  path: string;
  summary?: string;
}

export function trainIfStale(root: string, force = false): TrainOutcome {
  const path = join(root, MODEL_PATH);
  const examples = featurizeAll(trainingTexts(root));
  const hash = inputsHash(examples);
  if (!force && existsSync(path)) {
    const current = JSON.parse(readFileSync(path, 'utf8')) as SerializedModel;
    if (current.inputsHash === hash && current.featureVersion === FEATURE_VERSION)
      return { trained: false, path };
  }
  const started = performance.now();
  const { model, heldOutAccuracy } = train(examples, DEFAULT_PARAMETERS, {
    featureVersion: FEATURE_VERSION,
    inputsHash: hash,
  });
  const text = `${JSON.stringify(model, null, 1)}\n`;
  // Written beside, then renamed: a reader never sees half a model.
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  const entries = Buffer.from(model.entryWeight, 'base64').length;
  const rows = Buffer.from(model.keys, 'base64').length / 4;
  return {
    trained: true,
    path,
    summary: `matcher trained on ${examples.length} examples, ${model.classes.length} classes: ${rows} features, ${entries} weights, ${Math.round(text.length / 1024)} KB; held-out accuracy ${(heldOutAccuracy * 100).toFixed(1)} %, temperature ${model.temperature} (${Math.round(performance.now() - started)} ms)`,
  };
}

/**
 * Writes src/nlu/cue-plan.json when it is not the plan of the bot's cues (as of the sources here):
 * the bot then starts its cue scanner from it rather than reading every regex (cues.ts). A stale
 * plan is never used, only slower: a scanner whose sources differ from the plan's makes its own.
 */
export function writeCuePlanIfStale(root: string): boolean {
  const path = join(root, CUE_PLAN_PATH);
  const text = `${JSON.stringify(planScan(botCueSources()))}\n`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  return true;
}

// Run directly (not imported by scripts/build.mjs, which calls trainIfStale itself).
if (process.argv[1]?.endsWith('train-model.mjs') && process.argv[2] !== undefined) {
  const args = process.argv.slice(2);
  const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
  const outcome = trainIfStale(root, args.includes('--force'));
  console.error(outcome.summary ?? `${outcome.path} is up to date`);
  if (writeCuePlanIfStale(root)) console.error(`${CUE_PLAN_PATH} written`);
}
