// "What is 口座振替?", 「口座振替って何？」, "my friend said something about 口座振替, what's that?":
// a question about what a term means, not about its deadline or how to switch to it.
const WHAT_IS =
  /(?:って|とは|て)(?:何|なに|なん)(?:ですか|だ|なの|なん|のこと|\?|$)|とは\??$|(?<![a-z])what(?:'s| is| are| does) (?:that|this|it)(?: mean)?\??$|^what(?:'s| is| are) (?:an? |the )?[^ ]+(?: (?:payment|pay|paying|bill|billing|invoice|method))?\??$|(?<![a-z])what does .{1,30} mean(?![a-z])|(?<![a-z])meaning of(?![a-z])/;

export function asksWhatItIs(normalized: string): boolean {
  return WHAT_IS.test(normalized);
}
