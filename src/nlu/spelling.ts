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
  'cancelled', 'canceled', 'cancellation', 'receipt', 'register', 'registration', 'withdraw', 'address',
  // Months, for a date typed in a hurry ("febuary 2").
  'january', 'february', 'august', 'september', 'october', 'november', 'december',
];

const KNOWN = new Set(VOCABULARY);
const MIN_LENGTH = 6;

/**
 * The normalised text with misspelt domain words corrected; everything else untouched. Words are
 * runs of a–z, and only those of MIN_LENGTH letters or more are looked at (what /[a-z]{6,}/g
 * finds): a loop rather than a replace with a function, which calls into the runtime and back.
 */
export function correctSpelling(normalized: string): string {
  return correctWords(spellOutShorthand(normalized));
}

// "remind me 3 days b4", "1 day befor": shorthand and misspellings of "before", too short for the
// one-edit rule (a digit inside, or under six letters). Only where they stand alone: "b4" in
// "b4f2" is no word.
const BEFORE_SHORTHAND = /(?<![a-z\d])(?:b4|befor|bfore|befroe|befoe)(?![a-z\d])/g;

// Words misspelt further than one letter, or too short for the one-edit rule, that change a
// question's meaning when missed: "if i buy tommorow?", "stuf i bougt this month", "convience store".
// biome-ignore format: a table reads best packed
const MISSPELT: Readonly<Record<string, string>> = {
  tommorow: 'tomorrow', tommorrow: 'tomorrow', tomorow: 'tomorrow', tomorro: 'tomorrow', tomoro: 'tomorrow',
  tommorw: 'tomorrow', '2morrow': 'tomorrow', '2moro': 'tomorrow', '2mrw': 'tomorrow',
  bougt: 'bought', boght: 'bought', bougth: 'bought', baught: 'bought', brougt: 'bought', bough: 'bought',
  stuf: 'stuff', sth: 'something', smth: 'something', smthg: 'something', recieved: 'received', recieve: 'receive', recived: 'received', recive: 'receive',
  // "thinking of quitting atone": the matcher learned "quit".
  quitting: 'quit', quiting: 'quit',
  // "amazn pay later options?": too short for the one-edit rule.
  amazn: 'amazon', amzon: 'amazon', amazom: 'amazon',
  // "remnd me abt the dedline": the request's own word, too short for the one-edit rule.
  remnd: 'remind', rmind: 'remind', remid: 'remind',
  convience: 'convenience', convinience: 'convenience', conveniece: 'convenience', convenince: 'convenience',
};
const MISSPELT_WORD = new RegExp(`(?<![a-z\\d])(?:${Object.keys(MISSPELT).join('|')})(?![a-z\\d])`, 'g');
// The first three letters of every misspelling above: a text with none of them has none to mend.
const MISSPELT_STARTS = [...new Set(Object.keys(MISSPELT).map((word) => word.slice(0, 3)))];

// "direct debt?": the way to pay, typed one letter short ("debt" alone stays a debt).
const DEBIT_AS_DEBT = /(?<![a-z])(direct|bank|auto|automatic) debt(?![a-z])/g;

// "i dont have any plastic": a credit card, in slang (only where its having is said: no bag asked of).
const PLASTIC = /(?<![a-z])(no|any|without|have|own|got) plastic(?![a-z])/g;

function spellOutShorthand(normalized: string): string {
  const card = normalized.includes('plastic') ? normalized.replace(PLASTIC, '$1 credit card') : normalized;
  const debit = card.includes(' debt') ? card.replace(DEBIT_AS_DEBT, '$1 debit') : card;
  const before =
    debit.includes('b4') || debit.includes('bef') || debit.includes('bfore')
      ? debit.replace(BEFORE_SHORTHAND, 'before')
      : debit;
  return MISSPELT_STARTS.some((start) => before.includes(start))
    ? before.replace(MISSPELT_WORD, (word) => MISSPELT[word] ?? word)
    : before;
}

function correctWords(normalized: string): string {
  let out = '';
  let from = 0;
  const length = normalized.length;
  for (let i = 0; i < length; ) {
    if (!isLowerAscii(normalized.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isLowerAscii(normalized.charCodeAt(i))) i++;
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

/**
 * For each word length, the words of the list one edit may reach from a word that long (a letter
 * more, fewer or the same), in the list's order: a word is compared with those only, where going
 * through the whole list read every word's length for every word of the question.
 */
const CANDIDATES_BY_LENGTH: string[][] = [];
for (const candidate of VOCABULARY) {
  if (candidate.length < MIN_LENGTH) continue;
  for (let length = candidate.length - 1; length <= candidate.length + 1; length++) {
    const bucket = CANDIDATES_BY_LENGTH[length] ?? [];
    bucket.push(candidate);
    CANDIDATES_BY_LENGTH[length] = bucket;
  }
}

/** The first word of the list one edit away from `word`. */
function closestWord(word: string): string | undefined {
  for (const candidate of CANDIDATES_BY_LENGTH[word.length] ?? [])
    if (oneEditApart(word, candidate)) return candidate;
  return undefined;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of adjacent letters. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  // Character codes, each string's length read once: the words come in several string
  // representations, and reading a[i] or a.length in the loops cost more than comparing.
  const lengthA = a.length;
  const lengthB = b.length;
  let start = 0;
  while (start < lengthA && start < lengthB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = lengthA - 1;
  let endB = lengthB - 1;
  while (endA >= start && endB >= start && a.charCodeAt(endA) === b.charCodeAt(endB)) {
    endA--;
    endB--;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  // A swap of two neighbours: "deadlien" / "deadline".
  return (
    restA === 2 &&
    restB === 2 &&
    a.charCodeAt(start) === b.charCodeAt(start + 1) &&
    a.charCodeAt(start + 1) === b.charCodeAt(start)
  );
}
