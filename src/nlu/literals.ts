// The literal strings a simple regular expression stands for: 締め?切|しめきり is 締切, 締め切 or
// しめきり, and a text matches it exactly when it contains one of them. The cue scan (cues.ts)
// finds those strings in its one pass over the text, so such a cue needs no regex run at all.
//
// Only a small syntax is read, where this is exact: characters, escaped punctuation, groups,
// alternation, classes that list characters ([- ], [でな]), `?` after any of those, and the
// assertions \b, ^ and $. Anything else (ranges, negated classes, ., \d, *, +, {n},
// lookarounds) gives no answer, and the regex runs.

/** A string to find, with what must hold around it (the regex's \b, ^ and $ at its ends). */
export interface Literal {
  text: string;
  /** Found only at the start of the text (^), only at its end ($). */
  atStart: boolean;
  atEnd: boolean;
  /** \b before the first character, after the last one. */
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

/** More expansions than this and the regex is left to run: a cue is a handful of wordings. */
const MAX_LITERALS = 256;

// Assertions, kept in an expansion as characters a cue never contains until they are resolved.
const BOUNDARY = '\u0001';
const START = '\u0002';
const END = '\u0003';

/** What is not a plain character in a pattern. */
const SPECIAL = '\\()[].*+{}?|^$';

const isQuantifier = (c: string | undefined) => c === '?' || c === '*' || c === '+' || c === '{';

/** Thrown where the syntax goes beyond what is read here: one object, so no stack is captured per throw. */
const UNSUPPORTED = new Error('not a literal pattern');

/** \w without the u flag: what \b compares on each side. */
export function isRegexWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f
  );
}

/** What an escape leaves as itself: \. is a dot, \? a question mark. */
function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

class Expander {
  private i = 0;
  constructor(private readonly source: string) {}

  expand(): string[] {
    const strings = this.alternation();
    if (this.i < this.source.length) throw UNSUPPORTED;
    return strings;
  }

  private alternation(): string[] {
    const strings = this.sequence();
    while (this.source[this.i] === '|') {
      this.i++;
      strings.push(...this.sequence());
    }
    return strings;
  }

  private sequence(): string[] {
    let strings = [''];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const atom = this.atom();
      const next: string[] = [];
      for (const head of strings) for (const tail of atom) next.push(head + tail);
      if (next.length > MAX_LITERALS) throw UNSUPPORTED;
      strings = next;
    }
    return strings;
  }

  /** One atom and its optional `?`: the strings it may stand for. */
  private atom(): string[] {
    const c = this.source[this.i] as string;
    let strings: string[];
    let assertion = false;
    if (c === '(') {
      this.i++;
      if (this.source.startsWith('?:', this.i)) this.i += 2;
      else if (this.source[this.i] === '?') throw UNSUPPORTED; // lookarounds, named groups
      strings = this.alternation();
      if (this.source[this.i] !== ')') throw UNSUPPORTED;
      this.i++;
    } else if (c === '\\') {
      const next = this.source[this.i + 1] ?? '';
      this.i += 2;
      if (next === 'b') {
        strings = [BOUNDARY];
        assertion = true;
      } else if (isAsciiPunctuation(next.charCodeAt(0))) strings = [next];
      else throw UNSUPPORTED; // \d, \s, \u…: classes and codes
    } else if (c === '[') {
      strings = this.characterClass();
    } else if (c === '^' || c === '$') {
      this.i++;
      strings = [c === '^' ? START : END];
      assertion = true;
    } else if (SPECIAL.includes(c)) throw UNSUPPORTED;
    else strings = [this.plainRun()];
    const quantifier = this.source[this.i];
    if (isQuantifier(quantifier) && quantifier !== '?') throw UNSUPPORTED;
    if (quantifier === '?') {
      this.i++;
      // Lazy ?? and an optional assertion are not worth reading.
      if (assertion || this.source[this.i] === '?') throw UNSUPPORTED;
      strings = [...strings, ''];
    }
    return strings;
  }

  /**
   * Plain characters from here, as one string (one step of the expansion, not one per
   * character), up to one that a quantifier follows: in ab?, the ? is b's alone.
   */
  private plainRun(): string {
    const start = this.i;
    this.i++;
    while (
      this.i < this.source.length &&
      !SPECIAL.includes(this.source[this.i] as string) &&
      !isQuantifier(this.source[this.i + 1])
    )
      this.i++;
    return this.source.slice(start, this.i);
  }

  /** A class that lists its characters, each one a string: no ranges, negation or escapes. */
  private characterClass(): string[] {
    const close = this.source.indexOf(']', this.i + 1);
    if (close < 0) throw UNSUPPORTED;
    const body = this.source.slice(this.i + 1, close);
    // A hyphen is itself at either end ([- ] is a hyphen or a space), a range anywhere else.
    const inner = body.replace(/^-|-$/g, '');
    if (body === '' || /[\\^[-]/.test(inner)) throw UNSUPPORTED;
    this.i = close + 1;
    // By UTF-16 unit, as the regex (without the u flag) reads a class.
    return [...new Set(body.split(''))];
  }
}

/**
 * The literals of one expansion, or undefined when its assertions can never hold (a ^ after a
 * character, \b between two word characters). Throws when an assertion is left with no
 * character to look at (an empty string, or \b alone).
 */
function resolve(expansion: string): Literal | undefined {
  let text = '';
  let atStart = false;
  let atEnd = false;
  let boundaryBefore = false;
  let boundaryAfter = false;
  // Assertions met since the last character: they stand between it and the next one.
  let pending = '';
  for (const c of expansion) {
    if (c === BOUNDARY || c === START || c === END) {
      pending += c;
      continue;
    }
    if (pending) {
      if (pending.includes(END)) return undefined; // $ before a character
      if (text === '') {
        atStart = pending.includes(START);
        boundaryBefore = pending.includes(BOUNDARY);
      } else {
        if (pending.includes(START)) return undefined; // ^ after a character
        const before = isRegexWordCode(text.charCodeAt(text.length - 1));
        if (pending.includes(BOUNDARY) && before === isRegexWordCode(c.charCodeAt(0))) return undefined;
      }
      pending = '';
    }
    text += c;
  }
  if (text === '') throw UNSUPPORTED;
  if (pending) {
    if (pending.includes(START)) return undefined; // ^ after a character
    atEnd = pending.includes(END);
    boundaryAfter = pending.includes(BOUNDARY);
  }
  return { text, atStart, atEnd, boundaryBefore, boundaryAfter };
}

/**
 * The literals a text matching `source` (a normalised cue pattern, no flags) contains, one at
 * least, and containing one of which (where its assertions hold) is a match: or undefined when
 * `source` uses syntax beyond the small one read here, or stands for too many strings.
 */
export function regexLiterals(source: string): Literal[] | undefined {
  let expansions: string[];
  try {
    expansions = new Expander(source).expand();
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  const literals: Literal[] = [];
  const seen = new Set<string>();
  try {
    for (const expansion of expansions) {
      const literal = resolve(expansion);
      if (!literal) continue;
      const key = `${literal.text}\u0000${literal.atStart}${literal.atEnd}${literal.boundaryBefore}${literal.boundaryAfter}`;
      if (seen.has(key)) continue;
      seen.add(key);
      literals.push(literal);
    }
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  return literals.length > 0 ? literals : undefined;
}

/** The top-level alternatives of a regex source: a|(b|c)d is a and (b|c)d. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A class ends at the first unescaped ] (in JS, even right after [ or [^).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}
