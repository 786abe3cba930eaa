// Typo tolerance for the English words the intents depend on: "deadlien", "remnd", "campain".
// Only words of six letters or more, one edit away (insertion, deletion, substitution or swap of
// two neighbours) from a word of the list below, are corrected: short words are too often real
// words one letter away from another.

// biome-ignore format: a word list reads best packed
const VOCABULARY = [
  'deadline', 'deadlines', 'payment', 'payments', 'reminder', 'reminders', 'remind', 'campaign', 'campaigns',
  'eligible', 'eligibility', 'qualify', 'convenience', 'barcode', 'postcard', 'installment', 'installments',
  'amazon', 'points', 'lottery', 'festival', 'notify', 'notification', 'notifications', 'subscribe',
  'unsubscribe', 'method', 'methods', 'change', 'charge', 'charged', 'invoice', 'statement', 'schedule',
  'overdue', 'billing', 'suspended', 'account', 'transfer', 'konbini', 'withdrawn', 'purchase', 'purchased',
  'bought', 'checkout', 'options', 'monthly', 'automatic', 'direct', 'subscribed', 'reminded', 'changed',
  'notified', 'charges', 'invoices', 'password', 'passwords', 'verification', 'identity', 'refund', 'refunds',
  'cancelled', 'canceled', 'cancellation', 'receipt', 'register', 'registration', 'withdraw',
];

const KNOWN = new Set(VOCABULARY);
const MIN_LENGTH = 6;

/**
 * The normalised text with misspelt domain words corrected; everything else untouched. Words are
 * runs of a–z, and only those of MIN_LENGTH letters or more are looked at (what /[a-z]{6,}/g
 * finds): a loop rather than a replace with a function, which calls into the runtime and back.
 */
export function correctSpelling(normalized: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < normalized.length; ) {
    if (!isLowerAscii(normalized.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < normalized.length && isLowerAscii(normalized.charCodeAt(i))) i++;
    if (i - start < MIN_LENGTH) continue;
    const word = normalized.slice(start, i);
    const corrected = isKnown(word) ? word : (closestWord(word) ?? word);
    if (corrected === word) continue;
    out += normalized.slice(from, start) + corrected;
    from = i;
  }
  return from === 0 ? normalized : out + normalized.slice(from);
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** A listed word, or one with a regular ending ("scheduled", "reminds"): inflections are not typos. */
function isKnown(word: string): boolean {
  return (
    KNOWN.has(word) ||
    INFLECTION.some((ending) => word.endsWith(ending) && KNOWN.has(word.slice(0, -ending.length)))
  );
}

const INFLECTION = ['s', 'd', 'ed', 'ing', 'es'];

function closestWord(word: string): string | undefined {
  for (const candidate of VOCABULARY) {
    if (
      Math.abs(candidate.length - word.length) <= 1 &&
      candidate.length >= MIN_LENGTH &&
      oneEditApart(word, candidate)
    ) {
      return candidate;
    }
  }
  return undefined;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of adjacent letters. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  // A swap of two neighbours: "deadlien" / "deadline".
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
