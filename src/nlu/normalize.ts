// Text normalisation shared by every matcher: one canonical spelling per word, so that keyword
// tables and intent examples are written once and still match full-width, katakana and mixed-case
// input. Pure, no I/O, never throws.

import { fromRomajiSentence, romajiTermsInEnglish, romajiTermsInJapanese } from './romaji.js';

/** Matching only ever looks at this many characters: a question never needs more, and it bounds work on 40,000-character pastes. */
export const MAX_MATCH_CHARS = 2_000;

/** The token every spelling of atone (アトネ, あとね, ｱﾄﾈ, ＡＴＯＮＥ, Atone) becomes. */
export const ATONE_TOKEN = 'atone';

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_CHARS = /\p{Cc}/gu;
// Format characters (zero-width space/joiner, bidi marks, BOM, soft hyphen) and variation
// selectors are invisible and can sit inside a word.
const INVISIBLE_CHARS = /[\p{Cf}\p{Variation_Selector}]/gu;
const WHITESPACE_RUN = /\s+/g;
const KATAKANA_TO_HIRAGANA_OFFSET = 0x60;
// After width and kana folding, アトネ, ｱﾄﾈ and あとね are all あとね.
const ATONE_IN_KANA = /あとね/g;

// Domain words often typed in kana (or mistyped), each long enough not to occur inside another word (きげん
// after ご is ごきげん).
const KANA_TO_KANJI: ReadonlyMap<string, string> = new Map([
  ['ほんにんかくにん', '本人確認'],
  ['かくにん', '確認'],
  ['てすうりょう', '手数料'],
  ['しはらい', '支払い'],
  ['しはらう', '支払う'],
  ['ひきおとしび', '引き落とし日'],
  ['ひきおとし', '引き落とし'],
  ['せいきゅう', '請求'],
  ['まいつき', '毎月'],
  ['やりかた', 'やり方'],
  ['へんこう', '変更'],
  ['ほうほう', '方法'],
  ['ふりかえ', '振替'],
  ['こうざ', '口座'],
  ['えんたい', '延滞'],
  ['たいかい', '退会'],
  ['へんぴん', '返品'],
  ['げんどがく', '限度額'],
  ['しめきり', '締め切り'],
  ['きげん', '期限'],
  // The kanji 二 picked for the katakana ニ, which looks the same (コンビ二).
  ['こんび二', 'こんびに'],
]);
const KANA_WORDS = new RegExp(
  `(?<!ご)(?:${[...KANA_TO_KANJI.keys()].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncateForMatching(text: string, max: number = MAX_MATCH_CHARS): string {
  if (text.length <= max) return text;
  const cut = HIGH_SURROGATE.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, cut);
}

/**
 * Folds katakana to hiragana (カタカナ → かたかな) so that one keyword covers both scripts. A loop,
 * not a replace with a function, which calls into the runtime and back for every question.
 */
export function toHiragana(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isFoldableKatakana(code)) {
      out += text.slice(from, i) + String.fromCharCode(code - KATAKANA_TO_HIRAGANA_OFFSET);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** ァ (U+30A1) … ヴ (U+30F4) and the iteration marks ヽヾ; ヵ and ヶ stay, they are counters (3ヶ月), not kana. */
function isFoldableKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30f4) || code === 0x30fd || code === 0x30fe;
}

// 「2がつのぶん」「15にち」「2日まえ」: a month, a day, a share and a lead time typed in kana.
const KANA_DATE = /(\d{1,2})\s*(がつ|にち(?:まえ)?|日まえ)|のぶん/g;
const KANA_UNITS: Readonly<Record<string, string>> = {
  がつ: '月',
  にち: '日',
  にちまえ: '日前',
  日まえ: '日前',
};
const kanjiDate = (_match: string, digits?: string, unit?: string) =>
  digits && unit ? `${digits}${KANA_UNITS[unit]}` : 'の分';

/** Every character is printable ASCII (space to ~): a loop, where /^[\x20-\x7E]*$/ cost more than the rest of normalising such a text. */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

// Chat markup typed as text: an emoji shortcode (":thinking_face:", ":no_bell:"), the bot addressed
// by name at the start ("@atone-bot unsub me…") or its command typed in a message. None of them
// says anything of the question.
const EMOJI_SHORTCODE = /:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,}:/gi;
const LEADING_MENTION = /^\s*(?:@[a-z0-9][\w.-]*[\s,:]+)+(?=\S)/i;
// The bot's slash command typed into a message ("/atone what can u do"): what follows is the question.
const LEADING_COMMAND = /^\s*(?:\/atone\s+)+(?=\S)/i;
const STARTS_WITH_MARK = /^\s*[@/]/;

// "*postcard": a word put right after a typo, as chats mark it.
const CORRECTION_MARK = /^\s*\*+(?=[^\s*])/;

function withoutChatMarkup(text: string): string {
  let out = text;
  if (out.includes(':')) out = out.replace(EMOJI_SHORTCODE, ' ');
  if (out.includes('*')) out = out.replace(CORRECTION_MARK, '');
  // (Tested before any replace: most texts start with neither. Until none is left, in any order:
  // "/atone @bot hi" reads as "hi", and so does its reading again.)
  while (STARTS_WITH_MARK.test(out)) {
    const next = out.replace(LEADING_MENTION, '').replace(LEADING_COMMAND, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

// 「りまいんだ」 not followed by its long vowel.
const SHORT_REMINDER = /りまいんだ(?!ー)/g;

// 〆 (しめ), alone or in 〆切.
const CLOSING_MARK = /〆切|〆/g;

const DEBIT_WRITTEN_SHORT = /引落(?:とし|し)?/g;
// (ふぃー only as a word of its own, 「バーコードのフィー」: not in セルフィー or フィードバック.)
const KATAKANA_ENGLISH = /でっどらいん|(?<=^|[\s、。]|の\s?)ふぃー(?![るどりばっ])/g;

// ① to ⑳.
const CIRCLED_NUMBER = /[\u2460-\u2473]/;
const CIRCLED_NUMBERS = /[\u2460-\u2473]/g;
const circledAsItem = (circled: string): string => ` (${circled.charCodeAt(0) - 0x245f}) `;

const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJIS = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])+/gu;

// A word in Latin letters long enough to be one of atone's romaji terms.
const LATIN_WORD = /[a-z]{4}/;

/** The canonical form every matcher works on. Idempotent. `asTrained`: romaji read as training read it. */
export function normalize(raw: string, asTrained = false): string {
  const text = withoutChatMarkup(raw);
  // Plain printable ASCII is already NFKC and has no kana: lower case and spacing are all it needs.
  if (text.length <= MAX_MATCH_CHARS && isPrintableAscii(text)) {
    // Its only white space is the space: a single one stays as it is, so the replace runs only
    // where two are side by side.
    const lower = text.toLowerCase();
    const ascii = (lower.includes('  ') ? lower.replace(WHITESPACE_RUN, ' ') : lower).trim();
    // A sentence in romaji is read as the Japanese it spells, itself normalised (コンビニ → こんびに).
    const japanese = fromRomajiSentence(ascii, asTrained);
    if (japanese !== ascii) return normalize(japanese, asTrained);
    // ("and tesuryo?": a romaji term in an English sentence, since training: see romaji.ts.)
    return asTrained ? ascii : romajiTermsInEnglish(ascii);
  }
  // "uketsuke bangou wakaran😭 doko?": romaji with an emoji, read as the romaji without it (since
  // training: training reads it as before).
  if (!asTrained && text.length <= MAX_MATCH_CHARS && EMOJI.test(text)) {
    const bare = text.replace(EMOJIS, ' ').replace(WHITESPACE_RUN, ' ').trim().toLowerCase();
    if (bare !== '' && isPrintableAscii(bare) && LATIN_WORD.test(bare)) {
      const japanese = fromRomajiSentence(bare);
      if (japanese !== bare) return normalize(japanese);
    }
  }
  let out = commonNfkc(text);
  if (out !== undefined) {
    // Case carries no meaning for matching (what is lowercased here is ASCII: still NFKC).
    out = out.toLowerCase();
  } else {
    // Bound the work first: a question never needs more than the first couple of thousand characters.
    out = truncateForMatching(text);
    // Lone surrogates (from a bad paste or a cut) become U+FFFD so that later steps see well-formed text.
    out = out.replace(LONE_SURROGATE, '\uFFFD');
    // A circled number numbers an item (「①期限 ②手数料」): NFKC would make it a bare digit, run into
    // the next (「①1日に買った」 → 11日), so it becomes "(1)", which still reads as an item.
    if (CIRCLED_NUMBER.test(out)) out = out.replace(CIRCLED_NUMBERS, circledAsItem);
    // NFKC folds width (ＡＴＯＮＥ → ATONE, １１月 → 11月, ｱﾄﾈ → アトネ) and other compatibility forms;
    // it can lengthen text up to 18-fold (ﷺ), so cut again before the other steps.
    out = truncateForMatching(out.normalize('NFKC'));
    // Case carries no meaning for matching.
    const lower = out.toLowerCase();
    // Lowercasing can produce text NFKC would change again (rare compatibility letters): keep one
    // canonical form. Text that lowercasing left as it was is NFKC already (NFKC is idempotent).
    out = lower === out ? lower : lower.normalize('NFKC');
  }
  // Most questions have no control, invisible or unusual space character: one look at each
  // character tells, and spares the three replaces that would find nothing (see plainness).
  const plain = plainness(out);
  const simple = plain !== SPECIAL;
  // Control characters (newlines, tabs, NUL) separate words, so they become spaces.
  if (!simple) out = out.replace(CONTROL_CHARS, ' ');
  // Invisible characters inside a word ("ato\u200Bne") would otherwise split it.
  if (!simple) out = out.replace(INVISIBLE_CHARS, '');
  // Katakana and hiragana spellings of the same word become one.
  out = toHiragana(out);
  // Every spelling of the service name becomes one token that intents and slots can rely on.
  if (out.includes('あとね')) out = out.replace(ATONE_IN_KANA, ATONE_TOKEN);
  // The words of atone's questions typed in kana (「本人かくにんのやりかた」「まいつき請求」) are
  // read as the kanji the matcher and the slot rules know.
  out = out.replace(KANA_WORDS, (word) => KANA_TO_KANJI.get(word) ?? word);
  // 「リマインダ」 without its long vowel is the same word (since training).
  if (!asTrained && out.includes('りまいんだ')) out = out.replace(SHORT_REMINDER, 'りまいんだー');
  // 「〆切」「〆日」: the closing mark is 締め (since training, which read it as typed).
  if (!asTrained && out.includes('〆'))
    out = out.replace(CLOSING_MARK, (m) => (m === '〆切' ? '締め切' : '締め'));
  // 「デッドラインは？」「バーコードのフィーは？」: English words in katakana, as learners write them
  // (since training).
  if (!asTrained && (out.includes('でっどらいん') || out.includes('ふぃー')))
    out = out.replace(KATAKANA_ENGLISH, (word) => (word === 'でっどらいん' ? '期限' : '手数料'));
  // 「引落し日」「引落日」: the debit written short, as bank forms write it (since training).
  if (!asTrained && out.includes('引落')) out = out.replace(DEBIT_WRITTEN_SHORT, '引き落とし');
  // 「honnin kakunin って…」: romaji terms inside Japanese (since training: see romaji.ts).
  if (!asTrained && LATIN_WORD.test(out)) out = romajiTermsInJapanese(out);
  if (mayHaveKanaDate(out, !simple || (plain & HAS_DIGIT) !== 0)) out = out.replace(KANA_DATE, kanjiDate);
  // Cut before collapsing whitespace so that a cut never leaves a trailing space (keeps this idempotent).
  out = truncateForMatching(out);
  // Runs of spaces (including the ideographic space, already folded by NFKC) are one separator.
  if (simple && (plain & SPACE_RUN) === 0) return out.trim();
  return out.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * `text` in NFKC when it is made only of characters whose NFKC form is known without asking
 * Intl (most questions): printable ASCII, hiragana and katakana (not the combining sound marks,
 * which compose), the long vowel mark, CJK ideographs, 々 and the commonest Japanese punctuation
 * (、。「」『』), all their own NFKC form and none composing with another; full-width ASCII
 * (？！０-９Ａ-Ｚ…), whose NFKC form is the ASCII character; and the ideographic space, whose is a
 * space. Undefined for any other text, and for one longer than matching reads: String.normalize
 * decides. Only the full-width characters change, one for one, so the length stays.
 */
function commonNfkc(text: string): string | undefined {
  if (text.length > MAX_MATCH_CHARS) return undefined;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0x3041 && code <= 0x3096) ||
      (code >= 0x30a1 && code <= 0x30fa) ||
      code === 0x30fc ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      code === 0x3005 ||
      code === 0x3001 ||
      code === 0x3002 ||
      (code >= 0x300c && code <= 0x300f)
    )
      continue;
    const folded = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : -1;
    if (folded < 0) return undefined;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// What plainness finds in a text, as bits.
const HAS_DIGIT = 1;
const SPACE_RUN = 2;
/** A character normalize's replaces may change: control, invisible, white space other than ' '. */
const SPECIAL = 4;

/**
 * Whether `text` (folded by NFKC, lower case) has a character that CONTROL_CHARS, INVISIBLE_CHARS
 * or WHITESPACE_RUN would replace other than a lone space (SPECIAL), two spaces in a row
 * (SPACE_RUN), an ASCII digit (HAS_DIGIT). The ranges are wider than those characters (whole
 * blocks): they only ever send a text through the replaces, which then decide.
 */
function plainness(text: string): number {
  let found = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) found |= HAS_DIGIT;
    else if (code === 0x20) {
      if (previous === 0x20) found |= SPACE_RUN;
    } else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0xad) ||
      (code >= 0x600 && code <= 0x8ff) ||
      (code >= 0x1680 && code <= 0x180f) ||
      (code >= 0x2000 && code <= 0x206f) ||
      code === 0x3000 ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      code >= 0xfeff
    )
      return SPECIAL;
    previous = code;
  }
  return found;
}

/** KANA_DATE may match: 「のぶん」, or 「がつ」「にち」「日まえ」 with a digit somewhere. */
function mayHaveKanaDate(text: string, digit: boolean): boolean {
  return (
    text.includes('のぶん') ||
    (digit && (text.includes('がつ') || text.includes('にち') || text.includes('日まえ')))
  );
}
