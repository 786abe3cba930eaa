// Whether a message is put as a yes/no question: a question mark, a Japanese question ending
// (「払えるの」「いける？」「ずれへん」; not 「書いてる」, said of oneself), or an English question opening ("can I…", "is it…"). Answers
// that say yes or no first (fees, FAQ verdicts, ways to pay, dates that move) ask this one test.
const ASKS_WHETHER =
  /[?？]|(?:か|かな|の|ん|っけ|(?<![てで])る|へん)[。.\s]*$|^(?:can|could|does|do|is|are|will|would|should|did)(?![a-z])/;

export function asksWhether(normalized: string): boolean {
  return ASKS_WHETHER.test(normalized);
}

/** A question about when (「いつ」「何日」 "when", "from which month"). */
const ASKS_WHEN = /いつ|何日|(?<![a-z])(?:when|what date|what day|from which|which month)(?![a-z])/;

export function asksWhen(normalized: string): boolean {
  return ASKS_WHEN.test(normalized);
}
