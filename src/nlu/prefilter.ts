// A cheap test to run before a regex: most of the bot's regexes fail on most questions, and
// finding that out costs the regex engine a try at every position of the text (most patterns
// start with a lookbehind or a group, which defeats its own literal scan). Every match contains
// the regex's mandatory literal parts (anchors.ts, regexRequirement), so a text lacking them is
// answered "no match" by a few `includes`, without running the regex. Only ever a "no": where
// the parts are present the regex decides, so results are the same with or without the filter.
import { regexRequirement } from './anchors.js';

/** False only when `text` cannot contain a match. */
export type TextFilter = (text: string) => boolean;

/**
 * Which characters and pairs of neighbouring characters the text holds, as marks in a hash
 * table stamped with the text's turn: asking whether a string may occur is then a few array
 * reads, where `includes` cost about as much as the regex it would spare. A collision only
 * says "may occur", never "does not": the regex then decides.
 */
const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const marks = new Int32Array(1 << TABLE_BITS);
let turn = 0;
let marked: string | undefined;

const charSlot = (code: number) => (Math.imul(code, 0x9e3779b1) >>> (32 - TABLE_BITS)) & TABLE_MASK;
const pairSlot = (first: number, second: number) =>
  (Math.imul((first << 16) ^ second ^ 0x5bd1e995, 0x85ebca6b) >>> (32 - TABLE_BITS)) & TABLE_MASK;

function mark(text: string): void {
  if (text === marked) return;
  marked = text;
  turn++;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    marks[charSlot(code)] = turn;
    if (previous >= 0) marks[pairSlot(previous, code)] = turn;
    previous = code;
  }
}

/** The slots a string's presence needs marked: its character, or its first few pairs. */
const PAIRS_CHECKED = 3;
function slotsOf(anchor: string): number[] {
  if (anchor.length === 1) return [charSlot(anchor.charCodeAt(0))];
  const slots: number[] = [];
  for (let i = 0; i + 1 < anchor.length && slots.length < PAIRS_CHECKED; i++)
    slots.push(pairSlot(anchor.charCodeAt(i), anchor.charCodeAt(i + 1)));
  return slots;
}

/**
 * The filter of `regex`, or undefined when it has none (an alternative without a literal part,
 * or a flag under which a literal may match other text).
 */
export function textFilter(regex: RegExp): TextFilter | undefined {
  if (regex.ignoreCase) return undefined;
  const requirement = regexRequirement(regex.source);
  if (!requirement) return undefined;
  // Each alternative as its parts, each part as its strings, each string as the slots it needs
  // marked, flattened into one array: [parts, (strings, (slots, slot…)…)…]…
  const program: number[] = [];
  for (const parts of requirement) {
    program.push(parts.length);
    for (const part of parts) {
      program.push(part.length);
      for (const anchor of part) {
        const slots = slotsOf(anchor);
        program.push(slots.length, ...slots);
      }
    }
  }
  const alternatives = requirement.length;
  return (text) => {
    mark(text);
    let at = 0;
    for (let a = 0; a < alternatives; a++) {
      const parts = program[at++] as number;
      let all = true;
      for (let p = 0; p < parts; p++) {
        const strings = program[at++] as number;
        let one = false;
        for (let s = 0; s < strings; s++) {
          const slots = program[at++] as number;
          if (!one) {
            let present = true;
            for (let k = 0; k < slots; k++) if (marks[program[at + k] as number] !== turn) present = false;
            one = present;
          }
          at += slots;
        }
        if (!one) all = false;
      }
      if (all) return true;
    }
    return false;
  };
}
