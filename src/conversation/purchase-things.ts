// "I bought a suitcase on July 15" … two detours later … "suitcase: postcard invoice. due when?":
// the thing bought, named again, brings its purchase date back. The words kept are those of the
// message that gave the date, less its facts (the date, the method) and the words any purchase
// or question has.
import type { Understanding } from '../bot.js';
import { saysPurchase, withoutSlots } from '../nlu/slots.js';
import { contentWords } from '../topics/focus.js';

const NOT_A_THING_EN =
  /^(?:bought|buying|buys|buy|purchased?|purchases|purchasing|ordered|ordering|orders?|paid|paying|payment|payments|deadline|deadlines|month|months|week|weeks|today|yesterday|tomorrow|when|with|using|used|stuff|thing|things|something|shopping|online|store|stores|shop|shops|card|bill|bills|invoice|postcard|konbini|barcode|debit|bank|direct|automatic|convenience|remind|reminder|reminders|please|thanks|okay|what|which|due|date|last|next|this|that|money|account)$/;
const NOT_A_THING_JA =
  /^(?:支払い?|支払う|期限|購入|利用|請求|請求書|方法|手数料|口座振替|口座|振替|銀行|翌月|今月|先月|来月|毎月|通知|設定|引き落とし|買い物|注文)$/;

/** The things a purchase's message names (at most a few), for a later message to name again. */
export function purchaseThings(u: Understanding): string[] {
  // (Only of a purchase told: "will money be taken from my account this month?" names no thing.)
  if (!saysPurchase(u.normalized)) return [];
  const words = [...contentWords(withoutSlots(u.normalized))].filter(
    (w) => !NOT_A_THING_EN.test(w) && !NOT_A_THING_JA.test(w) && !/\d/.test(w),
  );
  // 「8月3日に服買った」「チョコを買った」: the thing right before the verb, however short.
  const bought = BOUGHT_JA.exec(u.normalized)?.[1];
  if (bought && !NOT_A_THING_JA.test(bought) && !words.includes(bought)) words.unshift(bought);
  return words.slice(0, 4);
}

const NOT_ASCII = /[^\p{ASCII}]/u;

const BOUGHT_JA =
  /(?:\d日|今日|昨日|頃|ごろ)に?\s*([^\s\d、。,.!?！？をにでも]{1,12}?)\s*(?:を|も)?\s*(?:買|購入|注文)/;

/** Whether the message names one of `things` again. */
export function namesAgain(u: Understanding, things: readonly string[] | undefined): boolean {
  if (!things || things.length === 0) return false;
  const words = contentWords(u.normalized);
  // (A thing in Japanese is found in the text: 「服」 is no word of two kanji.)
  return things.some((thing) => words.has(thing) || (NOT_ASCII.test(thing) && u.normalized.includes(thing)));
}
