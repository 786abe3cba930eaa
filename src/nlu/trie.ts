// A trie of many short strings over UTF-16 code units, in typed arrays: the cue scan (cues.ts)
// walks it from each position of a question to find, in one pass, every string it looks for.
// A step is one probe of an open-addressing table (a multiply and a compare or two), however
// many strings share a prefix: with a list per first characters instead, the comparisons grew
// with the strings (175 per question for 3,000 of them, most of the scan's time).

export const ROOT = 0;

// A transition's key: the node (plus one, so that no key is 0, the empty slot) and the code.
const MAX_NODES = 0xffff;
const keyOf = (node: number, code: number) => ((node + 1) << 16) | code;

/** Transitions in open addressing, at most half full; a slot is the key and the child side by side. */
class Transitions {
  private readonly table: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 2;
    while (size < capacity * 2) size <<= 1;
    this.shift = 32 - Math.log2(size);
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
  }

  /** The child of `node` on `code`, or -1. */
  get(node: number, code: number): number {
    const key = keyOf(node, code);
    const table = this.table;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & this.mask) {
      const found = table[i * 2] as number;
      if (found === key) return table[i * 2 + 1] as number;
      if (found === 0) return -1;
    }
  }

  /** Adds a transition that is not there yet. */
  add(key: number, child: number): void {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.table[i * 2] !== 0) i = (i + 1) & this.mask;
    this.table[i * 2] = key;
    this.table[i * 2 + 1] = child;
  }

  /** Every transition, as key and child. */
  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.table.length; i += 2)
      if (this.table[i] !== 0) yield [this.table[i] as number, this.table[i + 1] as number];
  }
}

export class Trie {
  /** The strings that end at node n: `ends` from `endStart[n]` to `endStart[n + 1]`, by index. */
  readonly endStart: Int32Array;
  readonly ends: Int32Array;
  private readonly transitions: Transitions;

  /** The trie of `strings` (none empty): string i is reported as i. */
  constructor(strings: readonly string[]) {
    // Built in a table sized for every character being a node, then copied into one sized for
    // the nodes there are: the scan's probes stay in as little memory as they can.
    const building = new Transitions(strings.reduce((sum, text) => sum + text.length, 0));
    const endOf = new Int32Array(strings.length);
    let nodes = 1;
    strings.forEach((text, index) => {
      if (text === '') throw new Error('the trie holds no empty string');
      let node = ROOT;
      for (let k = 0; k < text.length; k++) {
        let next = building.get(node, text.charCodeAt(k));
        if (next < 0) {
          next = nodes++;
          if (next >= MAX_NODES)
            throw new Error('too many characters in the trie: fewer literals (literals.ts)');
          building.add(keyOf(node, text.charCodeAt(k)), next);
        }
        node = next;
      }
      endOf[index] = node;
    });
    this.transitions = new Transitions(nodes - 1);
    for (const [key, child] of building.entries()) this.transitions.add(key, child);

    // The strings by the node they end at: counted, then placed.
    this.endStart = new Int32Array(nodes + 1);
    for (const node of endOf) this.endStart[node + 1] = (this.endStart[node + 1] as number) + 1;
    for (let node = 0; node < nodes; node++)
      this.endStart[node + 1] = (this.endStart[node + 1] as number) + (this.endStart[node] as number);
    this.ends = new Int32Array(strings.length);
    const filled = this.endStart.slice(0, nodes);
    endOf.forEach((node, index) => {
      this.ends[(filled[node] as number)++] = index;
    });
  }

  /** The node after `node` on `code`, or -1 when no string continues that way. */
  child(node: number, code: number): number {
    return this.transitions.get(node, code);
  }
}
