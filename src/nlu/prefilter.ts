// A cheap test to run before a regex: most of the bot's regexes fail on most questions, and
// finding that out costs the regex engine a try at every position of the text (most patterns
// start with a lookbehind or a group, which defeats its own literal scan). Every match contains
// the regex's mandatory literal parts (anchors.ts, regexRequirement), so a text lacking them is
// answered "no match" by a few `includes`, without running the regex. Only ever a "no": where
// the parts are present the regex decides, so results are the same with or without the filter.
import { type Requirement, regexRequirement } from './anchors.js';
import { charSlot, pairSlot, TABLE_BITS } from './mark-slots.js';

/** False only when `text` cannot contain a match. */
export type TextFilter = (text: string) => boolean;

/**
 * Which characters and pairs of neighbouring characters the text holds, as marks in a hash
 * table stamped with the text's turn: asking whether a string may occur is then a few array
 * reads, where `includes` cost about as much as the regex it would spare. A collision only
 * says "may occur", never "does not": the regex then decides.
 */
const marks = new Int32Array(1 << TABLE_BITS);
let turn = 0;
let marked: string | undefined;

function mark(text: string): void {
  if (text === marked) return;
  marked = text;
  // The table and the turn in locals: module variables are read again after every store.
  const table = marks;
  const stamp = ++turn;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    table[charSlot(code)] = stamp;
    if (previous >= 0) table[pairSlot(previous, code)] = stamp;
    previous = code;
  }
}

/**
 * The slots a string's presence needs marked: its character, or every pair in it. A check stops
 * at the first pair missing, so the later pairs cost only where the earlier ones are there; with
 * the first three only, "in advance" passed in any text with "in", "n " and " a".
 */
function slotsOf(anchor: string): number[] {
  if (anchor.length === 1) return [charSlot(anchor.charCodeAt(0))];
  const slots: number[] = [];
  for (let i = 0; i + 1 < anchor.length; i++)
    slots.push(pairSlot(anchor.charCodeAt(i), anchor.charCodeAt(i + 1)));
  return slots;
}

/**
 * `source` with each non-ASCII character that is written as `\uXXXX` put back. The bundles write
 * every one of them so in a regex literal (scripts/build.mjs, asciiOnly), which the parser reads
 * as "some character": bundled, a rule such as /前日/ had no filter at all. Only an escape after an
 * even number of backslashes is one, and a non-ASCII character is never a metacharacter, so the
 * decoded source means the same.
 */
function withCharacters(source: string): string {
  return source.replace(/(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})/g, (written, slashes: string, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code < 0x80 ? written : slashes + String.fromCharCode(code);
  });
}

/**
 * The filter of `regex`, or undefined when it has none (an alternative without a literal part,
 * or a flag under which a literal may match other text).
 */
export function textFilter(regex: RegExp): TextFilter | undefined {
  if (regex.ignoreCase) return undefined;
  const requirement = regexRequirement(withCharacters(regex.source));
  if (!requirement) return undefined;
  const program = compile(requirement);
  return (text) => {
    mark(text);
    return satisfies(program);
  };
}

/**
 * A requirement flattened into one array, each list led by its length and by where it ends, so
 * that a check stops at the first string of a part found and skips the rest of an alternative at
 * the first part missing: [parts, end, (strings, end, (slots, slot…)…)…]…
 */
function compile(requirement: Requirement): Int32Array {
  const program: number[] = [];
  for (const parts of requirement) {
    const alternative = program.length;
    program.push(parts.length, 0);
    for (const part of parts) {
      const strings = program.length;
      program.push(part.length, 0);
      for (const anchor of part) {
        const slots = slotsOf(anchor);
        program.push(slots.length, ...slots);
      }
      program[strings + 1] = program.length;
    }
    program[alternative + 1] = program.length;
  }
  return Int32Array.from(program);
}

/** Whether the marked text may hold every part of one of the alternatives. */
function satisfies(program: Int32Array): boolean {
  // The table and the turn in locals: read from the module, they were read at every check.
  const table = marks;
  const stamp = turn;
  let at = 0;
  while (at < program.length) {
    const parts = program[at] as number;
    const alternativeEnd = program[at + 1] as number;
    at += 2;
    let all = true;
    for (let p = 0; p < parts && all; p++) {
      const strings = program[at] as number;
      const partEnd = program[at + 1] as number;
      at += 2;
      let one = false;
      for (let s = 0; s < strings && !one; s++) {
        const slots = program[at++] as number;
        one = true;
        for (let k = 0; k < slots && one; k++) one = table[program[at + k] as number] === stamp;
        at += slots;
      }
      all = one;
      at = partEnd;
    }
    if (all) return true;
    at = alternativeEnd;
  }
  return false;
}
