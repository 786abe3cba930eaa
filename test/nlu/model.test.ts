// The trained matcher's artefact: src/nlu/model.json is committed, so it must match what it was
// trained from, and training must give the same bytes every time (so that a rebuild on another
// machine changes nothing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION } from '../../src/nlu/features.js';
import { loadModel, type SerializedModel } from '../../src/nlu/model.js';
import { featurizeAll, inputsHash, MODEL_PATH, trainingTexts } from '../../src/nlu/training/inputs.js';
import { DEFAULT_PARAMETERS, train } from '../../src/nlu/training/train.js';

const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SerializedModel;

describe('the trained matcher (src/nlu/model.json)', () => {
  it('is up to date with its examples, cues and features (else: npm run build)', () => {
    const examples = featurizeAll(trainingTexts('.'));
    expect(shipped.featureVersion, 'features changed: run `npm run build`').toBe(FEATURE_VERSION);
    expect(shipped.inputsHash, 'examples, cues or slots changed: run `npm run build`').toBe(
      inputsHash(examples),
    );
  });

  it('knows every intent and topic, and fallback', () => {
    expect(shipped.classes).toContain('fallback');
    expect(shipped.classes).toContain('deadline');
    expect(shipped.classes).toContain('handoff');
    expect(shipped.classes).toContain('withdrawal');
  });

  it('gives probabilities that add up to one', () => {
    const model = loadModel(shipped);
    for (const text of ['支払い期限は？', 'when is it due', '', '🍣']) {
      const p = model.probabilities(text, {});
      expect(p).toHaveLength(shipped.classes.length);
      expect([...p].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('trains deterministically: the same inputs give the same bytes', () => {
    const examples = featurizeAll(trainingTexts('.').filter((_, i) => i % 10 === 0));
    const quick = { ...DEFAULT_PARAMETERS, epochs: 3, averageLast: 2, folds: 2 };
    const stamp = { featureVersion: FEATURE_VERSION, inputsHash: 'test' };
    const first = JSON.stringify(train(examples, quick, stamp).model);
    const second = JSON.stringify(train(examples, quick, stamp).model);
    expect(second).toBe(first);
  });
});
