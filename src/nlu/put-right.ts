// 「はがきの期限…じゃなくて、どのコンビニで払える？」 "postcard deadline — no, which chains take it?":
// what comes after a correction puts right what came before, and is what is asked.
const PUT_RIGHT_AFTER =
  /じゃなくて|じゃなく|ではなくて?|やなくて|(?<![a-z])(?:no wait|i mean|i meant)(?![a-z])|[—–-]\s*no[,.]/;

/** The message after its last correction marker (all of it when it has none, or nothing follows). */
export function afterCorrection(normalized: string): string {
  const pieces = normalized.split(PUT_RIGHT_AFTER);
  const last = pieces[pieces.length - 1]?.trim();
  return last ? last : normalized;
}
