// A follow-up on the same FAQ topic ("how long does it take?", 「何が必要？」 right after the identity
// check's answer) asks about one part of it: the sentences of the answer that part is in, rather
// than the whole answer again. When no sentence clearly answers, the caller gives the whole one.
import { normalize } from '../nlu/normalize.js';
import type { Lang } from '../types.js';

/** What kind of part a question asks for, and the words of a sentence that give it. */
/** How soon atone replies, asked: 「返事っていつ来る？」 "how long till they answer?". */
export const ASKS_REPLY_TIME =
  /(?:返事|返信|回答|連絡)(?:って|は|が)?(?:いつ|どのくらい|どれくらい|何日)|(?<![a-z])(?:how (?:long|soon)|when)[^.?]{0,20}(?:answer|reply|respond|get back|hear back)(?![a-z])/;

const ASKS_FOR: readonly { asks: RegExp; gives: RegExp }[] = [
  {
    // How long, how soon, when.
    asks: /どのくらい|どれくらい|どんくらい|何日|何分|何時間|時間(?:が|って)?かか|いつ|(?<![a-z])(?:how long|how soon|how many (?:days|hours|minutes)|when)(?![a-z])/,
    gives:
      /\d\s*(?:分|日|時間|営業日|か月|ヶ月)|数日|数時間|最短|時期|(?<![a-z])(?:\d+ (?:minutes?|hours?|days?|weeks?|months?|business days?)|several days|at the quickest|date)(?![a-z])/,
  },
  {
    // How soon atone replies (「返事っていつ来る？」 "how long till they answer?").
    asks: ASKS_REPLY_TIME,
    gives: /返信|返事|回答|(?<![a-z])(?:repl(?:y|ies)|answers?|respon(?:d|ses?))(?![a-z])/,
  },
  {
    // Why.
    asks: /なぜ|なんで(?!す|しょ)|どうして|理由|(?<![a-z])(?:why|reason)(?![a-z])/,
    gives: /ため|ので|理由|審査|基準|(?<![a-z])(?:because|since|reason|screen\w*|criteria)(?![a-z])/,
  },
  {
    // What is needed: documents, IDs.
    // (An ID named, 「免許証でいい？」 "is a passport ok?", asks which documents do.)
    asks: /何が(?:必要|いる)|必要なもの|書類|免許|保険証|まいなんばー|ぱすぽーと|在留かーど|(?<![a-z])(?:documents?|what (?:do i|do you) need|which ids?|what ids?|(?:driver'?s? )?licen[cs]e|passport|my ?number card|residence card)(?![a-z])/,
    gives: /書類|証明|免許|(?<![a-z])(?:documents?|ids?|licen[cs]e|passport)(?![a-z])/,
  },
  {
    // Whether an ID named will do (「免許証でいい？」 "is a passport ok?"): which documents are accepted.
    asks: /(?:免許|保険証|まいなんばー|ぱすぽーと|在留かーど)[^?？]{0,12}(?:いい|ok|大丈夫|使え|でき|可能)|(?<![a-z])(?:(?:driver'?s? )?licen[cs]e|passport|my ?number card|residence card)[^?]{0,20}(?:ok|okay|fine|accepted|work|do|enough)(?![a-z])|(?<![a-z])(?:can|could) i use (?:my |a )?(?:(?:driver'?s? )?licen[cs]e|passport)(?![a-z])/,
    gives: /使える書類|(?<![a-z])(?:documents are accepted|accepted documents)(?![a-z])/,
  },
  {
    // Whether it must still be paid ("do I still have to pay the bill?", 「まだ払わなきゃだめ？」).
    asks: /まだ払|払わな(?:きゃ|いと|くて)|払う必要|支払う必要|(?<![a-z])(?:(?:still |also )?(?:have|need) to pay|should i (?:still )?pay|must i pay)(?![a-z])/,
    gives:
      /未払い|払っていない|(?<![a-z])(?:not paid|unpaid|not yet paid|pay (?:it|the bill|them)?\s*(?:first|anyway|once))(?![a-z])/,
  },
  {
    // What if it was paid already ("what if I already paid?", 「もう払っちゃってたら？」).
    asks: /もう(?:支)?払(?:っ|い|え)|払っ(?:ちゃ|ちま|てしま)|払った(?:ら|あと|後|けど|のに)|支払い?済|(?:支)?払い?(?:を|が)?(?:済ま|済ん|終わ|終え)|(?<![a-z])(?:already paid|paid (?:it |that |the bill )?already|if i(?:'ve| have)? (?:already )?paid|after (?:i )?pa(?:id|ying))(?![a-z])/,
    gives: /支払い?済|(?<![a-z])(?:already paid|after (?:you )?pa(?:id|ying))(?![a-z])/,
  },
  {
    // The fee for paying late (「遅れたら手数料かかる？」 "is there a late fee?").
    asks: /(?:遅れ|延滞)[^?？]*(?:手数料|料金|いくら)|(?:手数料|料金)[^?？]*(?:遅れ|延滞)|(?<![a-z])late (?:fees?|charges?)(?![a-z])|(?:fee|charge)[^?]*(?<![a-z])late(?![a-z])/,
    gives: /延滞手数料|延滞事務手数料|(?<![a-z])late fees?(?![a-z])/,
  },
  {
    // How much.
    asks: /いくら|料金|手数料|(?<![a-z])(?:how much|fees?|cost)(?![a-z])/,
    // (A fee no source states, 「…手数料は公開情報で確認できませんでした」, answers it too.)
    gives:
      /円|無料|確認でき(?:ます|ません)|(?<![a-z])(?:yen|free|fees?|could not be found|not found|(?:is|are) shown)(?![a-z])/,
  },
  {
    // Where to start again from (「どこからやり直せばいい？」 after a checkout error).
    asks: /どこから|(?<![a-z])(?:from where|where (?:do|should|can) i (?:start|restart|begin|redo|go back to))(?![a-z])/,
    gives:
      /から(?:やり直|始め|進め)|(?<![a-z])(?:start (?:again|over) from|restart from|from the (?:shop|start|beginning))(?![a-z])/,
  },
  {
    // Where, or how to do it.
    asks: /どこ|どうやって|どうすれば|手順|やり方|(?<![a-z])(?:where|how (?:do|can|should) i|how to|steps?)(?![a-z])/,
    gives:
      // (Not the app-only card, 「アプリ専用カード」: a thing, no place to go.)
      /アプリ(?!専用)|メニュー|マイページ|メール|フォーム|(?<![a-z])(?:app(?!-only)|menu|my ?page|email|form|go to)(?![a-z])/,
  },
];

const LINE_LABEL = /^•\s*([^:：]{1,24})[:：]/;

/** How far into a sentence a name may be and still lead it ("At 7-Eleven you can…"). */
const NAME_LEADS = 12;

/** A sentence must reach this to be picked: the kind of part asked for, or two words in common. */
const ENOUGH = 2;

// Words a question and a sentence share that say something: kanji runs of two or more, English
// words of four letters or more (less these, which any sentence may have). Both are read
// normalised, where katakana is hiragana and cannot be told from grammar.
const CONTENT_WORD = /\p{Script=Han}{2,}|[a-z]{4,}/gu;
// Picking a sentence, the katakana nouns of atone's answers count too (「バーコードってどこ？」 is
// the sentence on the barcode), named as their hiragana. (Not for telling what a message is about:
// 「パスワード」 in a message about the SMS code is no sign it is still about the password.)
// The chains, as the answers spell them (a name alone picks the lines naming it: "and lawson?").
const KANA_CHAINS = 'せぶん|ろーそん|ふぁみりーまーと|みにすとっぷ|せいこーまーと';
const KANA_TERMS = new RegExp(
  `ばーこーど|こんびに|あぷり|まいぺーじ|めーる|はがき|ぽいんと|きゃんぺーん|くれじっと|かーど|ぱすわーど|ろぐいん|あかうんと|れしーと|きゃんせる|${KANA_CHAINS}`,
  'g',
);
/** A chain's name, as focusWords spells it. */
const A_CHAIN = new RegExp(`^(?:${KANA_CHAINS}|eleven|lawson|familymart|ministop|seicomart|yamazaki)$`);
/** A word that names something: Latin ("lawson"), or a chain in kana. */
const A_NAME = new RegExp(`^(?:[a-z]|${KANA_CHAINS})`);
const COMMON = new Set([
  'this',
  'that',
  'with',
  'have',
  'does',
  'what',
  'when',
  'your',
  'from',
  'they',
  'will',
  'where',
  'which',
  'there',
  'about',
  // Words any question or answer may have, which say nothing of its subject.
  'after',
  'before',
  'paying',
  'long',
  'take',
  'takes',
  'time',
  'need',
  'much',
  'many',
  'just',
  'then',
  'them',
  'only',
  'also',
  'more',
  'some',
  'been',
  'would',
  'could',
  'should',
  'again',
  // Every answer and half the questions name atone.
  'atone',
]);

/**
 * A text's content words; `singular`: an English plural as its singular, for telling what a
 * message speaks of ("my bill" is what "bills already issued" speak of). (Not for picking a
 * sentence, where "documents" singles out the one on documents and not any naming "a document".)
 */
export function contentWords(normalized: string, singular = false): Set<string> {
  const words = new Set<string>();
  for (const word of normalized.match(CONTENT_WORD) ?? [])
    if (!COMMON.has(word)) words.add(singular && PLURAL.test(word) ? word.slice(0, -1) : word);
  return words;
}
const PLURAL = /^[a-z]{3,}[^s]s$/;

const CHAINS_IN_TWO_WORDS =
  /(?<![a-z])(?:family[\s-]+mart|mini[\s-]+stop|seico[\s-]+mart|daily[\s-]+yamazaki)(?![a-z])/g;

/** The content words, and the katakana nouns, a sentence is picked by. */
function focusWords(normalized: string): Set<string> {
  // ("what about family mart?", 「ファミマは？」: the chain as the answer spells it.)
  const named = normalized
    .replace(CHAINS_IN_TWO_WORDS, (m) => m.replace(/[\s-]+/g, ''))
    .replace(/ふぁみま(?!ー|り)/g, 'ふぁみりーまーと');
  const words = contentWords(named);
  for (const term of named.match(KANA_TERMS) ?? []) words.add(term);
  return words;
}

/**
 * The answer's sentences: Japanese ones end in 。, English ones in a full stop before a capital;
 * each line of a list is one too (a whole list would otherwise outweigh any sentence).
 */
function sentences(text: string, lang: Lang): string[] {
  const parts = text
    .split('\n')
    // (A list line stays whole: its label says what its sentences are about.)
    .flatMap((line) =>
      line.startsWith('•')
        ? [line]
        : lang === 'ja'
          ? line.split(/(?<=。)/)
          : line.split(/(?<=\.)\s+(?=[A-Z(「])/),
    );
  return parts.map((s) => s.trim()).filter(Boolean);
}

/** A sentence of an answer, as focusedAnswer reads it. */
interface ReadSentence {
  sentence: string;
  normalized: string;
  lowerCase: string;
  /** Its content words (normalised), each once. */
  words: readonly string[];
}

// The answers are the knowledge base's, the same every time: each is split and its sentences
// normalised once (normalising them for every follow-up was most of answering one).
const MAX_READ_ANSWERS = 1_000;
const readAnswers: Record<Lang, Map<string, readonly ReadSentence[]>> = { ja: new Map(), en: new Map() };

function readSentences(answer: string, lang: Lang): readonly ReadSentence[] {
  let read = readAnswers[lang].get(answer);
  if (read === undefined) {
    read = sentences(answer, lang).map((sentence) => {
      const normalized = normalize(sentence);
      return {
        sentence,
        normalized,
        lowerCase: sentence.toLowerCase(),
        words: [...focusWords(normalized)],
      };
    });
    if (readAnswers[lang].size < MAX_READ_ANSWERS) readAnswers[lang].set(answer, read);
  }
  return read;
}

/**
 * The one or two sentences of `answer` that answer the part `question` (normalised) asks about,
 * in their order; undefined when none clearly does (the whole answer is then the reply). A
 * sentence `settles` matches (normalised: the pattern of the yes/no question being answered, as
 * 「タブレット」 in 「タブレットは対象外」) is enough on its own.
 */
export function focusedAnswer(
  answer: string,
  question: string,
  lang: Lang,
  settles?: RegExp,
): string | undefined {
  const asked = ASKS_FOR.filter(({ asks }) => asks.test(question));
  const words = focusWords(question);
  const scored = readSentences(answer, lang).map(({ sentence, normalized, lowerCase, words: itsWords }) => {
    // A list line labelled with what is asked (「• 未払い: …」 for 「まだ払ってない」) answers it
    // more surely than one naming it in passing (「• 支払い済み: 未払いの請求と相殺…」).
    const label = LINE_LABEL.exec(lowerCase)?.[1];
    const kinds =
      asked.filter(({ gives }) => gives.test(lowerCase)).length +
      (label === undefined ? 0 : asked.filter(({ gives }) => gives.test(label)).length);
    const shared = itsWords.filter((w) => words.has(w)).length;
    const settling = settles?.test(normalized) ? ENOUGH : 0;
    // A chain the sentence starts with is what it is about (「セブン-イレブンでは…」 for 「セブンは？」),
    // more than a list line naming it among others.
    const about = itsWords.some(
      (w) => words.has(w) && A_CHAIN.test(w) && normalized.slice(0, NAME_LEADS).includes(w),
    )
      ? 1
      : 0;
    // A list line whose label names what is asked in two words or more (「• コンビニ端末払い: …」 for
    // 「コンビニ端末のほうは？」) is about it, more than a sentence naming it in passing.
    const itsLabel = label === undefined ? undefined : LINE_LABEL.exec(normalized)?.[1];
    const labelled =
      itsLabel !== undefined && [...words].filter((w) => itsLabel.includes(w)).length >= 2 ? 1 : 0;
    return { sentence, score: 2 * kinds + shared + about + labelled + settling, settling };
  });
  // A yes/no question whose pattern finds no sentence: the words it shares with one ("paid", "limit")
  // are no sign that sentence settles it, so the whole answer follows the verdict.
  if (settles && !scored.some((s) => s.settling > 0) && asked.length === 0) return undefined;
  // The best sentences only (two at most, when they tie). A question whose one word that says
  // something is a name ("and lawson?") needs only that word in common (a kanji word such as
  // 請求 is in too many sentences to pick any).
  const enough = words.size === 1 && A_NAME.test([...words][0] ?? '') ? 1 : ENOUGH;
  const best = Math.max(enough, ...scored.map((s) => s.score));
  // Every sentence settles it: the whole answer follows the verdict.
  if (settles && scored.every((s) => s.settling > 0)) return undefined;
  // A verdict's sentences all settle it (the rule, then what it means): each is said, two at most.
  const picked = scored.filter((s) => s.score === best || s.settling > 0).slice(0, 2);
  // One sentence settles it: the next says what follows from it (「…別のサービスです。申し込めるのは
  // …審査があります」), unless it is a list's line.
  const [only] = picked;
  const after =
    only && picked.length === 1 && only.settling > 0 ? scored[scored.indexOf(only) + 1] : undefined;
  if (after && !after.sentence.startsWith('•')) picked.push(after);
  // A third party's word alone, where the answer has the official one of the same kind (「約1日で
  // 解除された例」 beside 「公式には…2〜3営業日後」): the official one too, after it.
  if (picked.length === 1 && THIRD_PARTY.test(picked[0]?.sentence ?? '')) {
    const official = scored.find(
      (s) =>
        s !== picked[0] && OFFICIAL.test(s.sentence) && asked.some(({ gives }) => gives.test(s.sentence)),
    );
    if (official) picked.push(official);
  }
  // Every sentence, or none: the whole answer says it better.
  if (picked.length === 0 || picked.length === scored.length) return undefined;
  const first = scored.indexOf(picked[0] as (typeof scored)[number]);
  const lead = picked[0]?.sentence.startsWith('•') ? listLead(scored, first) : undefined;
  const parts = [...(lead ? [lead] : []), ...picked.map((s) => s.sentence)];
  // 「また規約では…」 said first: the "also" of what it followed is left out with it.
  parts[0] = (parts[0] ?? '').replace(LEADING_ALSO, '');
  return joined(parts, lang);
}

const LEADING_ALSO = /^(?:また|さらに|なお)、?/;
const THIRD_PARTY = /第三者|(?<![a-z])third-party(?![a-z])/i;
const OFFICIAL = /公式|(?<![a-z])official(?:ly)?(?![a-z])/i;

/**
 * The sentence that introduces the list a line belongs to (「2020年の一覧（第三者の情報）では:」):
 * a line alone would lose what it is and where it comes from.
 */
function listLead(scored: readonly { sentence: string }[], at: number): string | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const sentence = scored[i]?.sentence ?? '';
    if (!sentence.startsWith('•')) return /[:：]$/.test(sentence) ? sentence : undefined;
  }
  return undefined;
}

/** Sentences as one text again: a list line on a line of its own. */
function joined(parts: readonly string[], lang: Lang): string {
  return (
    parts
      // (A sentence after a list line starts a line of its own too.)
      .map((part, i) =>
        i === 0
          ? part
          : `${part.startsWith('•') || parts[i - 1]?.startsWith('•') ? '\n' : lang === 'ja' ? '' : ' '}${part}`,
      )
      .join('')
  );
}
