// A question that joins two subjects (「支払い方法と手数料」, "fees and deadline", 「A、B」, "A & B")
// names two things the user wants to know. The whole question's probabilities cannot say so: a
// softmax over one text puts its weight on one class. The parts can: each part, read alone, is
// classified, and two confident, different readings are two subjects.

/** Where a text may join two subjects: Japanese と, the reading comma, "and", "&", ",". */
const CONNECTOR = /と|、|,|&|\band\b/g;
/** Reading every split costs a classification per part: a text with more joints is not two subjects. */
const MAX_SPLITS = 3;
/**
 * A subject is a noun phrase (「支払い方法」, "payment deadline"), not a clause: "remind me 3 days
 * before, I pay by barcode" is one request whose comma joins two clauses, and cutting it would
 * turn a reminder set up into a question back.
 */
const MAX_SUBJECT_WORDS = 3;
const MAX_SUBJECT_CHARS = 16;
/**
 * と inside a word is no joint: 引き落とし, 落とされる (a debit, the commonest question here),
 * もっと, ちょっと. The character before it says so.
 */
const TO_INSIDE_A_WORD_AFTER = /[落っ]/;
const TRAILING_PUNCTUATION = /[?？。!！]+$/u;

/**
 * Japanese has no spaces to count words by: a clause shows itself by how it ends, a verb or a
 * request (「2日前に設定して」) or a particle that ties it to a verb (「バーコード払いで」).
 */
const JA_CLAUSE_END = /(?:で|に|を|て|た|たい|ください|下さい|お願い|おねがい|ます)$/;

function isSubject(part: string): boolean {
  return (
    part !== '' &&
    part.length <= MAX_SUBJECT_CHARS &&
    part.split(' ').length <= MAX_SUBJECT_WORDS &&
    !JA_CLAUSE_END.test(part)
  );
}

/**
 * The ways `normalized` may be cut into two subjects at one connector, each part trimmed and
 * non-empty; none when no connector is present (the usual case, which costs one regex scan).
 * A cut inside a word (hiragana-folded 「あとばらい」 contains と) is offered too: the caller keeps
 * a cut only when both parts read confidently on their own.
 */
export function subjectSplits(normalized: string): [string, string][] {
  const splits: [string, string][] = [];
  // exec on the shared regex, not matchAll, which clones the regex on every call.
  CONNECTOR.lastIndex = 0;
  for (let match = CONNECTOR.exec(normalized); match; match = CONNECTOR.exec(normalized)) {
    const at = match.index;
    if (match[0] === 'と' && TO_INSIDE_A_WORD_AFTER.test(normalized.charAt(at - 1))) continue;
    const first = normalized.slice(0, at).trim();
    // The first part only grows at each later connector: once too long for a subject, no cut is one.
    if (first.length > MAX_SUBJECT_CHARS) break;
    if (!isSubject(first)) continue;
    const second = normalized
      .slice(at + match[0].length)
      .replace(TRAILING_PUNCTUATION, '')
      .trim();
    if (isSubject(second)) splits.push([first, second]);
    if (splits.length >= MAX_SPLITS) break;
  }
  return splits;
}
