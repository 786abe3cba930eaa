// "I bought a suitcase on July 15" … two detours later … "suitcase: postcard invoice. due when?":
// the thing bought, named again, brings its purchase date back. The words kept are those of the
// message that gave the date, less its facts (the date, the method) and the words any purchase
// or question has.
import type { Understanding } from '../bot.js';
import { normalize } from '../nlu/normalize.js';
import { saysPurchase, withoutSlots } from '../nlu/slots.js';
import { contentWords } from '../topics/focus.js';
import type { EarlierDate } from './state.js';

const NOT_A_THING_EN =
  /^(?:other|others|both|each|either|first|second|third|items?|ones|pieces?|these|those|bought|buying|buys|buy|purchased?|purchases|purchasing|ordered|ordering|orders?|paid|paying|payment|payments|deadline|deadlines|month|months|week|weeks|today|yesterday|tomorrow|when|with|using|used|stuff|thing|things|something|shopping|online|store|stores|shop|shops|card|bill|bills|invoice|postcard|konbini|barcode|debit|bank|direct|automatic|convenience|remind|reminder|reminders|please|thanks|okay|what|which|due|date|last|next|this|that|money|account)$/;
const NOT_A_THING_JA =
  /^(?:支払い?|支払う|期限|購入|利用|請求|請求書|方法|手数料|口座振替|口座|振替|銀行|翌月|今月|先月|来月|毎月|通知|設定|引き落とし|買い物|注文)$/;

/** The things a purchase's message names (at most a few), for a later message to name again. */
export function purchaseThings(u: Understanding): string[] {
  // (Only of a purchase told: "will money be taken from my account this month?" names no thing.
  // Several dates, each beside a thing, are purchases without the verb: "sneakers on Dec 3 and a
  // jacket on Nov 28".)
  if (!saysPurchase(u.normalized) && !(u.slots.dates && u.slots.dates.length > 1)) return [];
  const words = [...contentWords(withoutSlots(u.normalized))].filter(
    (w) => !NOT_A_THING_EN.test(w) && !NOT_A_THING_JA.test(w) && !/\d/.test(w),
  );
  // 「8月3日に服買った」「チョコを買った」: the thing right before the verb, however short.
  const bought = BOUGHT_JA.exec(u.normalized)?.[1];
  if (bought && !NOT_A_THING_JA.test(bought) && !words.includes(bought)) words.unshift(bought);
  // 「12月3日にスニーカー、11月28日にジャケット買った」: katakana nouns, as typed (normalised, they are
  // hiragana, as the message naming them again will be).
  for (const run of u.message.text.match(KATAKANA_NOUN) ?? []) {
    const noun = normalize(run);
    if (!NOT_A_THING_KANA.test(noun) && !words.includes(noun)) words.push(noun);
  }
  return words.slice(0, 4);
}

const KATAKANA_NOUN = /[\p{Script=Katakana}ー]{3,}/gu;
// atone's own words in katakana, which name no thing bought.
const NOT_A_THING_KANA =
  /^(?:あとね|こんびに|ばーこーど|あぷり|りまいんだー|りまいんど|ぽいんと|きゃんぺーん|かーど|くれじっとかーど|めーる|ろぐいん|ぱすわーど|あまぞん|ぺいでぃ|ぺいぺい|ろーそん|ふぁみりーまーと|せぶんいれぶん|ろっぴー|ふぁみぽーと|れしーと|きゃんせる)$/;

const NOT_ASCII = /[^\p{ASCII}]/u;

const BOUGHT_JA =
  /(?:\d日|今日|昨日|頃|ごろ)に?\s*([^\s\d、。,.!?！？をにでも]{1,12}?)\s*(?:を|も)?\s*(?:買|購入|注文)/;

/**
 * "I bought sneakers on Dec 3 and a jacket on Nov 28", 「12月3日にスニーカー、11月28日にジャケット買った」:
 * each purchase with the things named beside its own date (English names the thing before its
 * date, Japanese after it), so that "the sneakers" later is Dec 3 alone. Empty unless the message
 * gives several dates and puts things beside more than one.
 */
export function purchasesTold(u: Understanding): EarlierDate[] {
  const dates = u.slots.dates;
  if (!dates || dates.length < 2) return [];
  const text = u.normalized;
  const at = dates.map((d) => {
    const index = text.indexOf(d.source);
    return { date: d, start: index, end: index + d.source.length, things: [] as string[] };
  });
  if (at.some((d) => d.start < 0)) return [];
  for (const thing of purchaseThings(u)) {
    const index = text.indexOf(thing);
    if (index < 0) continue;
    const before = at.filter((d) => d.end <= index);
    const after = at.filter((d) => d.start >= index + thing.length);
    const own =
      u.lang === 'ja'
        ? (before.at(-1) ?? after[0])
        : (after.find((d) => !/[,.;!?、。]|\band\b/.test(text.slice(index + thing.length, d.start))) ??
          before.at(-1) ??
          after[0]);
    if (own) own.things.push(thing);
  }
  const told = at.filter((d) => d.things.length > 0);
  if (told.length < 2) return [];
  const tense = u.slots.tense;
  return told.map(({ date, things }) => ({
    meaning: 'purchase',
    slots: { date, ...(tense ? { tense } : {}) },
    things,
  }));
}

/** Whether the message names one of `things` again. */
export function namesAgain(u: Understanding, things: readonly string[] | undefined): boolean {
  if (!things || things.length === 0) return false;
  const words = contentWords(u.normalized);
  // (A thing in Japanese is found in the text: 「服」 is no word of two kanji.)
  return things.some((thing) => words.has(thing) || (NOT_ASCII.test(thing) && u.normalized.includes(thing)));
}
