// Which language to answer in: the script of the question decides, the platform locale only
// breaks a tie (emoji, digits, empty text).

import type { Lang } from '../types.js';
import { truncateForMatching } from './normalize.js';
import { isRomajiJapanese } from './romaji.js';

// Any kana or kanji means a Japanese reader, even in a mostly English sentence ("What is アトネ?").
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Full-width letters or the ideographic space (ＡＭＡＺＯＮ　ａｔｏｎｅ): typed with a Japanese input
 * method. What /[\uFF01-\uFF5E\u3000]/u finds, as a loop: that regex was a third of detectLang,
 * which asked it up to four times a question.
 */
function typedOnJapaneseKeyboard(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) return true;
  }
  return false;
}

/**
 * Whether `text` has a Latin letter, as LATIN_LETTER finds one. ASCII, kana, CJK punctuation
 * and the CJK ideographs are read here (none of the last three is Latin): the Unicode-property
 * regex read every character of a Japanese question without a Latin letter, most questions, a
 * third of detectLang. At the first other character the regex decides on the rest.
 */
function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // A-Z and a-z (setting the case bit maps no other ASCII character into a-z).
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) return true;
    } else if (!(code >= 0x3000 && code <= 0x30ff) && !(code >= 0x4e00 && code <= 0x9fff)) {
      return LATIN_LETTER.test(text.slice(i));
    }
  }
  return false;
}
const DEFAULT_LANG: Lang = 'ja';

/** 'ja' for Discord's 'ja', 'en' for 'en-US'/'en-GB'; anything else (or nothing) gives the default, Japanese. */
export function langFromLocale(locale: string | undefined): Lang {
  const tag = (locale ?? '').trim().toLowerCase();
  if (tag.startsWith('en')) return 'en';
  return DEFAULT_LANG;
}

// A lone command (/help, help, an unknown /whatever) is not English prose: the chat's language
// answers it, so that a Japanese chat does not get its help or its "unknown command" in English.
const COMMAND = /^\s*(\/[a-z][\w-]*|help)\s*$/i;

/** A lone command: "/help", "help", "/whatever". */
export function isLoneCommand(text: string): boolean {
  return COMMAND.test(truncateForMatching(text));
}

const JAPANESE_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]+/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * An English sentence quoting short Japanese terms ("When is the 口座振替 date?", "Can I use
 * d払い on Amazon?", "Tell me about アトネ"): runs of at most six characters among English words.
 * A short question such as "What is アトネ?" stays Japanese: its reader may well be.
 */
function quotesJapaneseTerms(text: string): boolean {
  const runs = text.match(JAPANESE_RUN) ?? [];
  if (runs.length === 0 || runs.some((run) => !isTerm(run))) return false;
  // Three English words or more, and more of them than terms ("リマインダー pls 🙏 I use 口座振替").
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return words >= 3 && words > runs.length;
}

// "the app says お客様のご利用を停止しています", "error: 不正な画面遷移です": a message quoted whole.
const QUOTE_INTRO =
  /(?<![a-z])(?:says?|said|saying|shows?|showing|displays?|reads?|message|error|notice|written|got|get|getting|see|saw|seeing)\s*[:：]?\s*[「『"'“]?\s*[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/iu;

// The Japanese message quoted, from where the quote begins: kana, kanji and the marks inside it.
const QUOTED_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー・、。！？!?\s]+/uy;

/**
 * An English sentence quoting a Japanese message the user saw, whatever its length: three English
 * words or more around it ("My app says 'お客様のご利用を停止しています'. I missed…"), and no
 * Japanese outside it.
 */
function quotesAMessage(text: string): boolean {
  const intro = QUOTE_INTRO.exec(text);
  if (!intro) return false;
  const quoteAt = intro.index + intro[0].length - 1;
  QUOTED_RUN.lastIndex = quoteAt;
  const quoted = QUOTED_RUN.exec(text);
  const rest = text.slice(0, quoteAt) + text.slice(quoteAt + (quoted?.[0].length ?? 0));
  return !JAPANESE_SCRIPT.test(rest) && (rest.match(LATIN_WORD)?.length ?? 0) >= 3;
}

const HIRAGANA = /\p{Script=Hiragana}/u;
const KANA_TERMS = new Set(['はがき', 'あと払い', 'つど後払い']);

/**
 * A Japanese term quoted in English: six characters at most (口座振替, アトネ), or up to twelve
 * ending in kanji or katakana, as a quoted message does (「不正な画面遷移」); grammar ends in kana.
 */
function isTerm(run: string): boolean {
  return run.length <= 6 || (run.length <= 12 && !HIRAGANA.test(run.at(-1) ?? ''));
}

/**
 * A word or two of Latin around Japanese terms, and no Japanese grammar ("what is 口座振替?",
 * "and 手数料?"): either reader may have written it, so a chat already under way keeps its
 * language. (Three English words or more are English: quotesJapaneseTerms.)
 */
export function mixesTermsOnly(text: string): boolean {
  const head = truncateForMatching(text);
  if (typedOnJapaneseKeyboard(head) || !hasLatinLetter(head)) return false;
  if ((head.match(LATIN_WORD)?.length ?? 0) >= 3) return false;
  const runs = head.match(JAPANESE_RUN) ?? [];
  // A term ends in kanji or katakana (締め日, 口座振替), or is one of atone's in kana (はがき);
  // Japanese grammar ends in kana (使える, って).
  return (
    runs.length > 0 &&
    runs.every((run) => run.length <= 6 && (!HIRAGANA.test(run.at(-1) ?? '') || KANA_TERMS.has(run)))
  );
}

/**
 * Of a text typed on a Japanese keyboard without kana or kanji: a whole English sentence in
 * full-width letters ("ｗｈｅｎ ｉｓ ｔｈｅ ｄｅａｄｌｉｎｅ？"), typed with a Japanese input method left on,
 * but English all the same. Two words ("ＡＭＡＺＯＮ　ａｔｏｎｅ") are not a sentence.
 */
function isFullWidthEnglish(text: string): boolean {
  return (text.normalize('NFKC').match(LATIN_WORD)?.length ?? 0) >= 3;
}

/**
 * The language of `text`; `locale` is consulted only when the text has no letters of either
 * language, or is a lone command.
 */
export function detectLang(text: string, locale?: string): Lang {
  const head = truncateForMatching(text);
  // Typed on a Japanese keyboard: Japanese, unless a whole English sentence in full-width letters
  // without kana or kanji; never English quoting Japanese terms or a message.
  if (typedOnJapaneseKeyboard(head))
    return !JAPANESE_SCRIPT.test(head) && isFullWidthEnglish(head) ? 'en' : 'ja';
  // Each script looked for once. English quoting Japanese has Latin letters (three words or
  // more), and a message quoted has Japanese after its intro: a text without them is spared
  // those tests' searches (most questions are in one script).
  const latin = hasLatinLetter(head);
  const japanese = JAPANESE_SCRIPT.test(head);
  if (latin && (quotesJapaneseTerms(head) || (japanese && quotesAMessage(head)))) return 'en';
  if (japanese) return 'ja';
  if (locale !== undefined && COMMAND.test(head)) return langFromLocale(locale);
  if (latin) return isRomajiJapanese(head) ? 'ja' : 'en';
  return langFromLocale(locale);
}

// "in English please", 「日本語でお願い」: a language asked for.
const LANGUAGE_REQUEST =
  /(?<![a-z])(?:(?:say|explain|write|answer|tell me|reply)(?: (?:that|it|this))?(?: again)? in english|in english(?:,)? please|english please)(?![a-z])|日本語で(?:お願い|おねがい|言って|いって|教えて|説明|頼む|書いて|返して)|日本語(?:で)?(?:お願い|おねがい)/;

/**
 * The text without the language asked for (「日本語でお願いします。Amazonでも使えますか？」 →
 * 「amazonでも使えますか？」), or undefined when none is asked for.
 */
export function besideLanguageRequest(normalized: string): string | undefined {
  // Every request LANGUAGE_REQUEST finds names the language: most texts, naming neither, are
  // spared its search (two \`includes\` cost a fraction of it).
  if (!normalized.includes('english') && !normalized.includes('日本語')) return undefined;
  const match = LANGUAGE_REQUEST.exec(normalized);
  if (!match) return undefined;
  const after = normalized
    .slice(match.index + match[0].length)
    .replace(/^(?:します|いたします|致します|できますか|ください|下さい)?[\s、。,.!！]*/, '');
  return `${normalized.slice(0, match.index)} ${after}`.trim();
}

/** The text read for its question: without a language asked for when it asks more; alone, as it is. */
export function withoutLanguageRequest(normalized: string): string {
  const rest = besideLanguageRequest(normalized);
  return rest !== undefined && rest.length >= 3 ? rest : normalized;
}
