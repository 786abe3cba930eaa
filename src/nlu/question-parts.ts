// 「支払期限はいつになりますでしょうか。また、セブンイレブンでバーコード払いは可能でしょうか。」
// "…which month?? Also how much is the fee for konbini?": a message that asks two things. Its
// sentences that are questions of their own are read one by one (src/bot.ts answers both).

// A sentence ends at a question or exclamation mark, a 。, or a full stop before a space; so does
// a lead-in before a colon ("I just want to be sure: what's the last day I can pay, and…").
const SENTENCE_END = /(?<=[?？!！。])\s*|(?<=[a-z)]\.)\s+|(?<=[a-z]:)\s+/;

// Asked: a question mark, an English question word first (after "if not,": "can i use it on
// amazon? if not, is there some campaign…"), a Japanese question ending; or a trouble told (「返品したのに請求きてる。」), which asks what to do about it.
// (「期限も知りたい」 "also tell me the fee": an ask put as a wish or a request to be told, too;
// 「期限はいつで」, a question word ending a clause, JA_ASKED_THEN; "and remind me 2 days before",
// a request beside a question, which the conversation carries out and a single answer explains.)
const JA_QUESTION_WORD_THEN = '(?:いつ|いくら|どこ|何日|なんにち|どれ)(?:で|か|なのか)';
const ASKS = new RegExp(
  `[?？]\\s*$|(?:した|った|んだ)のに|^(?:(?:also|and|so|but|then|plus|if not|if so|otherwise),?\\s+)?(?:what|whats|when|how|which|why|where|who|am|is|are|do|does|did|can|could|will|would|should|any)(?![a-z])|(?:か|かな|の|っけ|でしょうか|ですか|ますか)[。.\\s]*$|${JA_QUESTION_WORD_THEN}$|(?:教えて|おしえて|知りたい|しりたい|聞きたい)(?:です|ください|下さい|ほしい|欲しい|もらえる|くれ|な)?[。.!！\\s]*$|(?:通知|りまいんど|りまいんだー|お知らせ)[^。.?？]{0,8}(?:欲しい|ほしい|して(?:ください|ほしい|欲しい)?|お願い|頼む|たのむ)(?:です|な)?[。.!！\\s]*$|^(?:(?:also|and|so|but|then|plus),?\\s+)?(?:please |pls )?(?:tell me|remind me|i (?:want|need|'d like|would like) to know)(?![a-z])`,
);

// "when is the debit for august and can I change to barcode?", "…, and any campaigns now?", "is it
// true, and if I switch now which bill does it start from?": a second question joined by "and".
const AND_ASKS =
  /,?\s+and\s+(?=(?:can|could|am|is|are|do|does|did|what|whats|what's|when|when's|how|how's|which|where|where's|will|would|should|any|if|tell me|let me know)\s)/;

// 「期限はいつで、どのコンビニで使える？」: a question word ending a clause, another question after it.
// (The comma first, what comes before it looked for only there: tried at every position, the
// lookbehind cost every message.)
const JA_ASKED_THEN = new RegExp(`[、,](?<=${JA_QUESTION_WORD_THEN}[、,])\\s*(?=[^。?？]{4,}[?？]\\s*$)`);

// Most messages are one sentence: nothing to split.
const TWO_SENTENCES = /[?？!！。.][^?？!！。.]*[^\s?？!！。.]/;

// 「コンビニ払いの期限と手数料、あとセブンで払えるか教えて」: asks listed in one sentence, joined
// by 「あと」「それと」, sharing the request at its end.
// (「いつ引き落とされるのかと、足りなかったらどうなるのか教えて」: two asks listed with 「のかと」.)
const JA_ALSO = /[、,]\s*(?:あと(?:は)?|それと|それから|ついでに)[、,]?\s*|(?<=のか)と[、,]\s*/;
const REQUESTS = /(?:教えて|おしえて|知りたい|ください|下さい|お願い|[?？])[^、,]*$/;

// 「…送ったのに確認できなかった。それが原因でしょうか？」 "is that why?": a sentence whose subject is
// the one before it, no question of its own.
const LEANS_ON_THE_ONE_BEFORE =
  /(?:それ|これ|あれ)(?:が|は|って|で)|^(?:(?:is|was) )?(?:that|this|it)(?:'s| is| was)?(?![a-z])/;

/** Whether a sentence of a message (the `at`th) asks something of its own. */
export function asksOnItsOwn(part: string, at: number): boolean {
  return part.length >= 4 && ASKS.test(part) && !(at > 0 && LEANS_ON_THE_ONE_BEFORE.test(part));
}

// "Could you tell me (1) the deadline, (2) the fee, and (3) whether…?", 「①期限 ②手数料」: asks numbered.
// (「質問2つ！①…②…」: an item right after the lead-in's 「！」 too.)
const NUMBERED_ITEM = /(?:^|[\s、,:：!！。])(?:\(\s*[1-9]\s*\)|[1-9]\)|[①-⑨])\s*/;
const NUMBERED_ITEMS = new RegExp(NUMBERED_ITEM.source, 'g');

/** The sentences of a message that each ask something, when there are at least two; else none. */
export function questionParts(normalized: string): string[] {
  if (NUMBERED_ITEM.test(normalized)) {
    const items = numberedAsks(normalized);
    if (items.length >= 2) return items;
  }
  if (!TWO_SENTENCES.test(normalized) && !AND_ASKS.test(normalized) && !JA_ASKED_THEN.test(normalized))
    return listedAsks(normalized);
  const asked = normalized
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(AND_ASKS))
    .flatMap((sentence) => sentence.split(JA_ASKED_THEN))
    .map((part) => part.trim())
    .filter(asksOnItsOwn);
  return asked.length >= 2 ? asked : [];
}

/** Each numbered item, asked by the words before the first ("could you tell me"); the lead-in left out. */
function numberedAsks(normalized: string): string[] {
  const [, ...items] = normalized.split(NUMBERED_ITEMS);
  return items
    .map((item) =>
      item
        .replace(/^(?:and|また)\s+/, '')
        .replace(/[,、]\s*(?:and)?\s*$/, '')
        .trim(),
    )
    .filter((item) => item.length >= 4);
}

function listedAsks(normalized: string): string[] {
  if (!JA_ALSO.test(normalized) || !REQUESTS.test(normalized)) return [];
  const asked = normalized
    .split(JA_ALSO)
    .map((part) => part.trim())
    .filter((part) => part.length >= 4);
  return asked.length >= 2 ? asked : [];
}

// "…konbini fee? and set me a reminder for it", "when is it due, and remind me 3 days before": a
// request joined to a question by "and"/"also".
const AND_REQUESTS =
  /,?\s+(?:and|also|plus)\s+(?=(?:please\s+)?(?:remind|set|notify|ping|alert|send|message)\s)/;

/**
 * The sentences of a message, asked or not, when there are at least two; else none. A request
 * made beside a question (「Amazonで使える？あとはがきのリマインダー登録して」) is then read apart
 * from it (src/conversation/decide.ts).
 */
export function messageParts(normalized: string): string[] {
  const parts = normalized
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(AND_ASKS))
    .flatMap((sentence) => sentence.split(AND_REQUESTS))
    .flatMap((sentence) => sentence.split(JA_ALSO))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4);
  return parts.length >= 2 ? parts : [];
}

/** A story told before its question (three sentences or more): the last sentence that asks. */
export function lastAskOfAStory(normalized: string): string | undefined {
  const parts = messageParts(normalized);
  if (parts.length < 3) return undefined;
  for (let at = parts.length - 1; at > 0; at--) {
    const part = parts[at] as string;
    if (asksOnItsOwn(part, at)) return part;
  }
  return undefined;
}

// 「リマインダー設定したいんだけど、その前に支払い方法って変えられる？」 "I want a reminder, but
// first: can I change my method?": what is asked first is what follows.
// (「リマインダー設定する前に聞きたいんやけど、…」 "before I set the reminder - …": the same.)
const ASKED_FIRST =
  /(?:その前に|それより先に|先に聞きたいんだけど|(?:設定|登録)する前に(?:ちょっと)?(?:聞きたい|質問したい|確認したい|聞いておきたい)?(?:ん(?:だ|です)?)?(?:けど|けれど|が)?|(?<![a-z])(?:but first|before that|first though|before i (?:set|sign up for|turn on|make) (?:up )?(?:the |a |my )?reminders?(?: up)?)(?![a-z]))[、,:\s-]*/;

// 「わかった。あとはがき届かへんねんけど」 "ok thanks. and the fee?": the last answer acknowledged
// first, then the question: the acknowledgement says nothing of what is asked.
const ACKNOWLEDGED_FIRST =
  /^(?:(?:ok(?:ay)?|alright|got it|i see|cool|great|thanks|thank you|thx|ty|わかった|わかりました|分かった|分かりました|了解(?:です|しました)?|りょうかい|なるほど|そっか|そうなんや|そうなんだ|そうなんですね|ありがとう(?:ございます)?|ありがと|おおきに|おけ|おっけー)[!！。.、,\s]+)+/;

/**
 * The text from "but first" on, when something is asked there; else the text after an
 * acknowledgement it starts with; else the text as it is.
 */
export function askedFirst(normalized: string): string {
  const m = ASKED_FIRST.exec(normalized);
  const rest = m ? normalized.slice(m.index + m[0].length).trim() : undefined;
  if (rest !== undefined && rest.length >= 4 && ASKS.test(rest)) return rest;
  const acknowledged = ACKNOWLEDGED_FIRST.exec(normalized);
  const after = acknowledged ? normalized.slice(acknowledged[0].length) : '';
  // (「ありがとう！助かった」: thanks, all of it.)
  return after.length >= 6 && !MORE_THANKS.test(after) ? after : normalized;
}

const MORE_THANKS =
  /^(?:助か|感謝|お世話|(?:so |very )?(?:much|helpful|appreciated?)|thanks|thank you|you'?re)/;
