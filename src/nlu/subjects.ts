// A question that joins two subjects (「支払い方法と手数料」, "fees and deadline", 「A、B」, "A & B")
// names two things the user wants to know. The whole question's probabilities cannot say so: a
// softmax over one text puts its weight on one class. The parts can: each part, read alone, is
// classified, and two confident, different readings are two subjects.

/** Where a text may join two subjects: Japanese と, the reading comma, "and", "&", ",". */
const CONNECTOR = /と|、|,|&|\band\b/g;
/** Reading every split costs a classification per part: a text with more joints is not two subjects. */
const MAX_SPLITS = 3;

/**
 * The ways `normalized` may be cut into two subjects at one connector, each part trimmed and
 * non-empty; none when no connector is present (the usual case, which costs one regex scan).
 * A cut inside a word (hiragana-folded 「あとばらい」 contains と) is offered too: the caller keeps
 * a cut only when both parts read confidently on their own.
 */
export function subjectSplits(normalized: string): [string, string][] {
  const splits: [string, string][] = [];
  for (const match of normalized.matchAll(CONNECTOR)) {
    const at = match.index;
    const first = normalized.slice(0, at).trim();
    const second = normalized
      .slice(at + match[0].length)
      .replace(/[?？。!！]+$/u, '')
      .trim();
    if (first && second) splits.push([first, second]);
    if (splits.length >= MAX_SPLITS) break;
  }
  return splits;
}
