// A trie of many short strings over UTF-16 code units, in typed arrays: the cue scan (cues.ts)
// walks it from each position of a question to find, in one pass, every string it looks for.
// A step is one probe of an open-addressing table (a multiply and a compare or two), however
// many strings share a prefix: with a list per first characters instead, the comparisons grew
// with the strings (175 per question for 3,000 of them, most of the scan's time).

export const ROOT = 0;

// A transition's key: the node (plus one, so that no key is 0, the empty slot) and the code.
const MAX_NODES = 0xffff;
const keyOf = (node: number, code: number) => ((node + 1) << 16) | code;

export class Trie {
  /** The strings that end at node n: `ends` from `endStart[n]` to `endStart[n + 1]`, by index. */
  readonly endStart: Int32Array;
  readonly ends: Int32Array;
  // Transitions in open addressing, at most half full; a slot is the key and the child side by side.
  private readonly table: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** The trie of `strings` (none empty): string i is reported as i. */
  constructor(strings: readonly string[]) {
    const transitions = new Map<number, number>();
    const endsAt: number[][] = [[]];
    strings.forEach((text, index) => {
      if (text === '') throw new Error('the trie holds no empty string');
      let node = ROOT;
      for (let k = 0; k < text.length; k++) {
        const key = keyOf(node, text.charCodeAt(k));
        let next = transitions.get(key);
        if (next === undefined) {
          next = endsAt.push([]) - 1;
          if (next >= MAX_NODES) throw new Error('too many characters in the trie');
          transitions.set(key, next);
        }
        node = next;
      }
      (endsAt[node] as number[]).push(index);
    });

    this.endStart = new Int32Array(endsAt.length + 1);
    endsAt.forEach((list, node) => {
      this.endStart[node + 1] = (this.endStart[node] as number) + list.length;
    });
    this.ends = Int32Array.from(endsAt.flat());

    let size = 2;
    while (size < transitions.size * 2) size <<= 1;
    this.shift = 32 - Math.log2(size);
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    for (const [key, child] of transitions) {
      let i = this.home(key);
      while (this.table[i * 2] !== 0) i = (i + 1) & this.mask;
      this.table[i * 2] = key;
      this.table[i * 2 + 1] = child;
    }
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The node after `node` on `code`, or -1 when no string continues that way. */
  child(node: number, code: number): number {
    const key = keyOf(node, code);
    const table = this.table;
    for (let i = this.home(key); ; i = (i + 1) & this.mask) {
      const found = table[i * 2] as number;
      if (found === key) return table[i * 2 + 1] as number;
      if (found === 0) return -1;
    }
  }
}
