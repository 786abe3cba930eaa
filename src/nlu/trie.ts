// A trie of many short strings over UTF-16 code units, in typed arrays: the cue scan (cues.ts)
// reads a question once through it (Aho–Corasick) to find every string it looks for.
//
// Nodes are numbered breadth first, siblings by code, so that the children of a node are
// consecutive nodes: a node's children are a range (in `links`, with its failure link), and the
// edge into each node is one 16-bit code. A step reads a few bytes close together, in arrays a
// quarter the size of the open-addressing table used before, whose probes (one random cache line
// each, in half a megabyte) were most of the scan's time. The root, where a match starts and
// which has hundreds of children, has a table indexed by code instead.

export const ROOT = 0;

/** Above this many children, a node's are searched by halving before they are read in order. */
const LINEAR_SEARCH = 8;

// A node's fields in Trie.links.
const LINKS = 4;
const CHILDREN = 0;
const CHILDREN_END = 1;
const FAIL = 2;
const FIRST_RECORD = 3;

// A record in Trie.records: how many strings end at its node, the next record along the failure
// links (-1: none), then those strings' indices.
const RECORD_COUNT = 0;
const RECORD_NEXT = 1;
export const RECORD_STRINGS = 2;

export class Trie {
  /** The strings that end at node n: `ends` from `endStart[n]` to `endStart[n + 1]`, by index. */
  readonly endStart: Int32Array;
  readonly ends: Int32Array;
  /**
   * What a step needs of node n, side by side (one cache line, where five arrays were five):
   * links[4n] and links[4n + 1], its children (the nodes in that range); links[4n + 2], its
   * failure link, the node of its longest proper suffix that is in the trie (the root for none);
   * links[4n + 3], the record (in `records`) of the first node from n along the failure links
   * where a string ends (n itself when one ends at n), or -1. Reading on from the failure link
   * when no child continues is what lets one pass over the text find what walking the trie
   * afresh from every position did (three steps a character).
   */
  private readonly links: Int32Array;
  /**
   * The strings that end at each node where some do, a record per node side by side: how many,
   * the next such record along the failure links (-1: none), then their indices. What the scan
   * reads at a node where strings end is then one place in memory, where `endStart`, `ends` and
   * `nextEnd` were three (each a likely cache miss, at most characters of a question).
   */
  readonly records: Int32Array;
  /** The first node from n along the failure links where a string ends (n itself when one does), or -1. */
  private readonly firstEndNode: Int32Array;
  /** The code on the edge into each node (siblings in increasing order). */
  private readonly codes: Uint16Array;
  /** The root's child on each code, or 0 (the root is nobody's child). */
  private readonly rootChild: Int32Array;
  /** The nearest node along the failure links (not the node itself) where a string ends, or -1. */
  readonly nextEnd: Int32Array;

  /** The trie of `strings` (none empty): string i is reported as i. */
  constructor(strings: readonly string[]) {
    if (strings.some((text) => text === '')) throw new Error('the trie holds no empty string');
    // In code-unit order, the distinct prefixes of each length come in the order breadth-first
    // numbering gives their nodes: each depth is one pass over the strings long enough.
    const order = strings.map((_, index) => index).sort((a, b) => compare(strings[a], strings[b]));
    const total = strings.reduce((sum, text) => sum + text.length, 0);
    const codes = new Uint16Array(total + 1);
    const firstChild = new Int32Array(total + 2).fill(-1);
    // The node each string has reached so far (all start at the root).
    const nodeOf = new Int32Array(strings.length);
    const longest = strings.reduce((max, text) => Math.max(max, text.length), 0);
    let nodes = 1;
    for (let depth = 1; depth <= longest; depth++) {
      // The node made for the last string as long, from which parent on which code.
      let last = -1;
      let lastParent = -1;
      let lastCode = -1;
      for (const index of order) {
        const text = strings[index] as string;
        if (text.length < depth) continue;
        const parent = nodeOf[index] as number;
        const code = text.charCodeAt(depth - 1);
        // A new node unless that string shares this prefix.
        if (parent !== lastParent || code !== lastCode) {
          last = nodes++;
          lastParent = parent;
          lastCode = code;
          codes[last] = code;
          if (firstChild[parent] === -1) firstChild[parent] = last;
        }
        nodeOf[index] = last;
      }
    }
    // A node without children starts where the next node's children do: an empty range.
    firstChild[nodes] = nodes;
    for (let node = nodes - 1; node >= 0; node--)
      if (firstChild[node] === -1) firstChild[node] = firstChild[node + 1] as number;
    this.links = new Int32Array(nodes * LINKS);
    for (let node = 0; node < nodes; node++) {
      this.links[node * LINKS + CHILDREN] = firstChild[node] as number;
      this.links[node * LINKS + CHILDREN_END] = firstChild[node + 1] as number;
    }
    this.codes = codes.slice(0, nodes);
    this.rootChild = new Int32Array(0x10000);
    for (let child = firstChild[ROOT] as number; child < (firstChild[ROOT + 1] as number); child++)
      this.rootChild[codes[child] as number] = child;

    // The strings by the node they end at: counted, then placed.
    this.endStart = new Int32Array(nodes + 1);
    for (const node of nodeOf) this.endStart[node + 1] = (this.endStart[node + 1] as number) + 1;
    for (let node = 0; node < nodes; node++)
      this.endStart[node + 1] = (this.endStart[node + 1] as number) + (this.endStart[node] as number);
    this.ends = new Int32Array(strings.length);
    const filled = this.endStart.slice(0, nodes);
    nodeOf.forEach((node, index) => {
      this.ends[(filled[node] as number)++] = index;
    });

    // Breadth first (the nodes' own order), so that a node's failure link, a shallower node, is
    // set before the node's children need it.
    const { links, endStart } = this;
    const endsAt = (node: number) => (endStart[node + 1] as number) > (endStart[node] as number);
    this.nextEnd = new Int32Array(nodes).fill(-1);
    this.firstEndNode = new Int32Array(nodes);
    for (let node = 0; node < nodes; node++) {
      this.firstEndNode[node] = endsAt(node) ? node : (this.nextEnd[node] as number);
      for (let child = firstChild[node] as number; child < (firstChild[node + 1] as number); child++) {
        const fail =
          node === ROOT ? ROOT : this.step(links[node * LINKS + FAIL] as number, this.codes[child] as number);
        links[child * LINKS + FAIL] = fail;
        this.nextEnd[child] = endsAt(fail) ? fail : (this.nextEnd[fail] as number);
      }
    }
    this.records = Trie.buildRecords(links, this.firstEndNode, this.nextEnd, endStart, this.ends);
  }

  /** The first node from `node` along the failure links where a string ends (`node` itself when one does), or -1. */
  firstEnd(node: number): number {
    return this.firstEndNode[node] as number;
  }

  /**
   * The record (in `records`) of firstEnd(node), or -1: the strings ending there are
   * records[r + RECORD_STRINGS] onwards, records[r] of them, and records[r + 1] is the next record.
   */
  firstRecord(node: number): number {
    return this.links[node * LINKS + FIRST_RECORD] as number;
  }

  /** The records of the nodes where strings end (see `records`), and each node's first one in `links`. */
  private static buildRecords(
    links: Int32Array,
    firstEndNode: Int32Array,
    nextEnd: Int32Array,
    endStart: Int32Array,
    ends: Int32Array,
  ): Int32Array {
    const nodes = firstEndNode.length;
    const recordOf = new Int32Array(nodes).fill(-1);
    let size = 0;
    for (let node = 0; node < nodes; node++) {
      const count = (endStart[node + 1] as number) - (endStart[node] as number);
      if (count === 0) continue;
      recordOf[node] = size;
      size += RECORD_STRINGS + count;
    }
    const records = new Int32Array(size);
    for (let node = 0; node < nodes; node++) {
      const r = recordOf[node] as number;
      if (r < 0) continue;
      const next = nextEnd[node] as number;
      records[r + RECORD_COUNT] = (endStart[node + 1] as number) - (endStart[node] as number);
      records[r + RECORD_NEXT] = next < 0 ? -1 : (recordOf[next] as number);
      records.set(ends.subarray(endStart[node] as number, endStart[node + 1] as number), r + RECORD_STRINGS);
    }
    for (let node = 0; node < nodes; node++) {
      const first = firstEndNode[node] as number;
      links[node * LINKS + FIRST_RECORD] = first < 0 ? -1 : (recordOf[first] as number);
    }
    return records;
  }

  /**
   * The node after reading `code` at `node` (Aho–Corasick): its child on that code, else the
   * child of the longest suffix that has one, else the root. The strings that end there, and at
   * each node along `nextEnd`, are those ending at the character read.
   */
  step(node: number, code: number): number {
    for (let at = node; ; at = this.links[at * LINKS + FAIL] as number) {
      const child = this.child(at, code);
      if (child >= 0) return child;
      if (at === ROOT) return ROOT;
    }
  }

  /** The node after `node` on `code`, or -1 when no string continues that way. */
  child(node: number, code: number): number {
    if (node === ROOT) return (this.rootChild[code] as number) || -1;
    const codes = this.codes;
    let low = this.links[node * LINKS + CHILDREN] as number;
    let high = this.links[node * LINKS + CHILDREN_END] as number;
    while (high - low > LINEAR_SEARCH) {
      const middle = (low + high) >>> 1;
      if ((codes[middle] as number) > code) high = middle;
      else low = middle;
    }
    for (let child = low; child < high; child++) {
      const found = codes[child] as number;
      if (found === code) return child;
      if (found > code) break;
    }
    return -1;
  }
}

/** Code-unit order (what sort() without a comparator gives strings). */
function compare(a: string | undefined, b: string | undefined): number {
  return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
}
