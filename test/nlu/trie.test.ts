import { describe, expect, it } from 'vitest';
import { ROOT, Trie } from '../../src/nlu/trie.js';

/** Every (string, end) found reading `text` once through the trie, as the cue scan reads it. */
function occurrences(trie: Trie, strings: readonly string[], text: string): string[] {
  const found: string[] = [];
  let node = ROOT;
  for (let j = 0; j < text.length; j++) {
    node = trie.step(node, text.charCodeAt(j));
    for (let at = trie.firstEnd(node); at > ROOT; at = trie.nextEnd[at] as number)
      for (let e = trie.endStart[at] as number; e < (trie.endStart[at + 1] as number); e++)
        found.push(`${strings[trie.ends[e] as number]}@${j + 1}`);
  }
  return found.sort();
}

/** The same, by looking for each string at every position. */
function everyOccurrence(strings: readonly string[], text: string): string[] {
  const found: string[] = [];
  for (const s of strings)
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) found.push(`${s}@${i + s.length}`);
  return found.sort();
}

describe('Trie, read once through (Aho–Corasick)', () => {
  it('finds every occurrence of every string, overlapping and nested ones too', () => {
    const strings = ['ab', 'b', 'abc', 'bc', 'c', 'cab', 'aaa', '期限', '支払い期限', 'い期'];
    const trie = new Trie(strings);
    for (const text of ['xabcabc', 'aaaaa', 'cabcab', '支払い期限はいつ？期限', '', 'zzz'])
      expect(occurrences(trie, strings, text)).toEqual(everyOccurrence(strings, text));
  });

  it('reports a string listed twice under each of its indices', () => {
    const strings = ['ab', 'ab'];
    const trie = new Trie(strings);
    expect(occurrences(trie, strings, 'abab')).toEqual(['ab@2', 'ab@2', 'ab@4', 'ab@4']);
  });
});
