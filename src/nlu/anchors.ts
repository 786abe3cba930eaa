// Literal anchors of a regular expression: strings such that (nearly) every match contains one of
// them. The cue scanner (cues.ts) finds every anchor of every cue in one pass over the text, then
// tests only the cues whose anchors occur: a question touches a handful of regexes, not hundreds.
//
// The analysis is a small parser of the regex syntax cues use (literals, escapes, classes,
// groups, lookarounds, alternation, quantifiers). It only needs to be deterministic: training and
// answering use the same scanner, so a cue's feature is "an anchor occurs and the regex matches"
// in both. It is sound for what cues are written with; a cue it cannot anchor is always tested.

import { ATONE_TOKEN } from './normalize.js';

/** A parsed sequence element: a literal character, something else that consumes, or a group. */
type Atom =
  | { kind: 'char'; char: string; optional: boolean }
  | { kind: 'other'; optional: boolean }
  | {
      kind: 'group';
      alternatives: Atom[][];
      optional: boolean;
      consuming: boolean;
      /** A lookahead or lookbehind that must match ((?=…), (?<=…)): its text is in the input too. */
      positive: boolean;
    };

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  parse(): Atom[][] {
    const alternatives = this.alternation();
    if (this.i < this.source.length) throw new Error('unbalanced');
    return alternatives;
  }

  private alternation(): Atom[][] {
    const alternatives: Atom[][] = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Atom[] {
    const atoms: Atom[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const atom = this.atom();
      if (atom) atoms.push(this.quantified(atom));
    }
    return atoms;
  }

  /** A quantifier after an atom: ?, * and {0,…} make it optional; + and {n,…} keep it. */
  private quantified(atom: Atom): Atom {
    const c = this.source[this.i];
    let optional = atom.optional;
    if (c === '?' || c === '*') {
      optional = true;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const close = this.source.indexOf('}', this.i);
      const body = this.source.slice(this.i + 1, close);
      if (close < 0 || !/^\d+(,\d*)?$/.test(body)) return atom; // a literal {
      if (body.startsWith('0')) optional = true;
      // x{2,} repeats x: still one occurrence at least, nothing more to learn.
      this.i = close + 1;
    } else return atom;
    if (this.source[this.i] === '?') this.i++; // lazy
    // A repeated character is no longer a literal one (aa+ is not "a" then "a").
    if (atom.kind === 'char' && c !== '?') return { kind: 'other', optional };
    return { ...atom, optional };
  }

  private atom(): Atom | undefined {
    const c = this.source[this.i] as string;
    if (c === '(') {
      this.i++;
      let consuming = true;
      let positive = false;
      if (this.source[this.i] === '?') {
        const head = this.source.slice(this.i, this.i + 3);
        if (head.startsWith('?:')) this.i += 2;
        else if (head === '?<=' || head === '?<!') {
          this.i += 3;
          consuming = false;
          positive = head === '?<=';
        } else if (head.startsWith('?=') || head.startsWith('?!')) {
          this.i += 2;
          consuming = false;
          positive = head.startsWith('?=');
        } else if (head.startsWith('?<')) this.i = this.source.indexOf('>', this.i) + 1;
      }
      const alternatives = this.alternation();
      if (this.source[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      return { kind: 'group', alternatives, optional: !consuming, consuming, positive };
    }
    if (c === '[') {
      // A class: skip to its end (an escaped ] or one first inside does not end it).
      let j = this.i + 1;
      if (this.source[j] === '^') j++;
      if (this.source[j] === ']') j++;
      while (j < this.source.length && this.source[j] !== ']') j += this.source[j] === '\\' ? 2 : 1;
      this.i = j + 1;
      return { kind: 'other', optional: false };
    }
    if (c === '\\') {
      const next = this.source[this.i + 1] as string;
      this.i += 2;
      if (next === 'b' || next === 'B') return undefined; // zero-width
      if (/[dDwWsS]/.test(next)) return { kind: 'other', optional: false };
      if (next === 'u' || next === 'x' || /\d/.test(next)) {
        // \uXXXX, \xXX and backreferences: not worth decoding here.
        if (next === 'u') this.i += 4;
        if (next === 'x') this.i += 2;
        return { kind: 'other', optional: false };
      }
      return { kind: 'char', char: next, optional: false };
    }
    this.i++;
    if (c === '^' || c === '$') return undefined;
    if (c === '.') return { kind: 'other', optional: false };
    return { kind: 'char', char: c, optional: false };
  }
}

/**
 * The anchors of one alternative (a sequence), or undefined when it has none: of its mandatory
 * parts (runs of literal characters, groups whose every alternative has anchors), the one whose
 * shortest anchor is longest, so that common one- or two-character pieces are avoided when the
 * pattern offers something more telling.
 */
function sequenceAnchors(atoms: readonly Atom[]): string[] | undefined {
  const options = mandatoryParts(atoms, false);
  let best: string[] | undefined;
  for (const option of options) {
    if (
      !best ||
      shortest(option) > shortest(best) ||
      (shortest(option) === shortest(best) && option.length < best.length)
    )
      best = option;
  }
  return best;
}

/**
 * How telling an option is: its shortest anchor's length, except that the brand's token tells
 * nothing, since normalisation puts it in most questions ("(payment|atone|order).{0,25}(fail|…)"
 * is better found by "fail"). Any mandatory part is as sound an anchor as another: this only
 * decides how often the cue's regex runs in vain.
 */
const shortest = (anchors: readonly string[]) =>
  Math.min(...anchors.map((a) => (a === ATONE_TOKEN ? 0 : a.length)));

function alternativesAnchors(alternatives: readonly Atom[][]): string[] | undefined {
  const all: string[] = [];
  for (const alternative of alternatives) {
    const anchors = sequenceAnchors(alternative);
    if (!anchors) return undefined;
    all.push(...anchors);
  }
  return all;
}

/**
 * Strings one of which occurs in every match of `source` (a normalised cue pattern), or
 * undefined when there is no such set worth using (the cue is then always tested).
 */
export function regexAnchors(source: string): string[] | undefined {
  let parsed: Atom[][];
  try {
    parsed = new Parser(source).parse();
  } catch {
    return undefined;
  }
  const anchors = alternativesAnchors(parsed);
  return anchors ? [...new Set(anchors)] : undefined;
}

/**
 * What a text must contain for a regex to match in it: for one of the alternatives, one string
 * of each of its lists (its mandatory parts: runs of literal characters, groups whose every
 * alternative has anchors, and the text of a lookaround that must match).
 */
export type Requirement = readonly (readonly (readonly string[])[])[];

/**
 * The mandatory parts of one alternative, each as the strings one of which it contains; with
 * `lookarounds`, also the text a lookaround that must match asks for (the slot prefilter uses
 * those; the cue scan's anchors have always been chosen without them).
 */
function mandatoryParts(atoms: readonly Atom[], lookarounds: boolean): string[][] {
  const parts: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) parts.push([run]);
    run = '';
  };
  for (const atom of atoms) {
    if (atom.kind === 'char' && !atom.optional) run += atom.char;
    else if (atom.kind === 'group' && !atom.consuming) {
      // The run goes on across a lookaround: it consumes nothing.
      if (lookarounds && atom.positive) {
        const anchors = alternativesAnchors(atom.alternatives);
        if (anchors) parts.push(anchors);
      }
    } else {
      endRun();
      if (atom.kind === 'group' && !atom.optional) {
        const anchors = alternativesAnchors(atom.alternatives);
        if (anchors) parts.push(anchors);
      }
    }
  }
  endRun();
  return parts;
}

/**
 * The requirement of `source` (a regex source without flags that change what a literal matches:
 * no i), or undefined when some alternative has no mandatory part, or the source uses syntax the
 * parser does not read (property escapes, control escapes), for which it could be wrong.
 */
export function regexRequirement(source: string): Requirement | undefined {
  if (/\\[pPntrfvck0]/.test(source)) return undefined;
  let parsed: Atom[][];
  try {
    parsed = new Parser(source).parse();
  } catch {
    return undefined;
  }
  const requirement = parsed.map((alternative) => mandatoryParts(alternative, true));
  return requirement.every((parts) => parts.length > 0) ? requirement : undefined;
}
