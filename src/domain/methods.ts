// The four ways to pay an atone 翌月払い bill. Their rules (due day, fee) live in the knowledge base.

export const METHOD_IDS = ['store', 'barcode', 'postcard', 'auto_debit'] as const;

export type MethodId = (typeof METHOD_IDS)[number];

/**
 * Every way to pay but those turned down ("I don't have a bank account", 「はがきじゃない方」); all
 * four when none is, or every one is.
 */
export function waysLeft(turnedDown: readonly MethodId[] | undefined): readonly MethodId[] {
  const left = turnedDown ? METHOD_IDS.filter((id) => !turnedDown.includes(id)) : METHOD_IDS;
  return left.length > 0 ? left : METHOD_IDS;
}
