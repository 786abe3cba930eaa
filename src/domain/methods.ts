// The four ways to pay an atone 翌月払い bill. Their rules (due day, fee) live in the knowledge base.

export const METHOD_IDS = ['store', 'barcode', 'postcard', 'auto_debit'] as const;

export type MethodId = (typeof METHOD_IDS)[number];
