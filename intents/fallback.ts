// Everything else: other services, the weather, gibberish. Never answered with atone facts, and
// never a dead end: what the bot did not understand ends with where atone's own help is.

import type { PlainDate } from '../src/domain/calendar.js';
import { toIsoDate } from '../src/domain/dates.js';
import { formatDate, formatWeekday } from '../src/domain/format.js';
import { defineIntent, t } from '../src/intent.js';
import { asksAboutAnOrder } from '../src/nlu/order-problem.js';
import type { Slots } from '../src/nlu/slots.js';
import { formatIsoDay, joinLines, notARealDate } from '../src/phrases.js';
import { routeText } from '../src/topics/routes.js';
import type { Lang } from '../src/types.js';

// Thanks, greetings and a plain "OK" are not questions, but they deserve better than "I can't
// answer that". Thanks may come after a word ("great, thanks", 「了解、ありがとう」), in a short message.
const THANKS =
  /^.{0,20}?(ありがと|さんきゅ|どうも|おおきに|あざ(?:す|っす|ーす)|感謝|(?<![a-z])(thanks?|thank you|thx|ty|cheers|appreciate(?: it)?|much appreciated)(?![a-z]))/;
const GREETING =
  /^(こんにちは|こんばんは|おはよう|はじめまして|やあ|どうも|hello|hi\b|hey\b|hiya\b|yo\b|sup\b|good (morning|afternoon|evening)|あけおめ|(?:あけ|明け)まして|ことよろ|(?:今年|本年)もよろしく|(?:よい|良い)お年を|めりくり|happy new year|merry (?:christmas|xmas)|happy holidays)/;
// The season's greetings, returned in kind.
const NEW_YEAR = /^(?:あけおめ|(?:あけ|明け)まして|ことよろ|(?:今年|本年)もよろしく|happy new year)/;
const YEAR_END = /^(?:よい|良い)お年を/;
const CHRISTMAS = /^(?:めりくり|merry (?:christmas|xmas)|happy holidays)/;
const ACKNOWLEDGEMENT =
  /^(はい|うん|ええ|了解|りょうかい|わかった|わかりました|おけ|おっけー|そっか|なるほど|ok|okay|k|yes|yeah|yep|yup|got it|sure|cool|great|nice|perfect|alright|all right|i see|noted)[\s.!。！、,]*$/;

export default defineIntent({
  name: 'fallback',
  label: { ja: 'その他', en: 'something else' },
  examples: { ja: [], en: [] },
  cues: [],
  answer({ lang, kb, slots, normalized, today }) {
    const other = slots.otherService;
    // The order itself (a parcel not come, the wrong size): the shop's, and where that is;
    // a greeting before it ("hey, …") asks it all the same.
    if (!other && asksAboutAnOrder(normalized))
      return {
        title: t(lang, '注文・配送のこと', 'Your order or delivery'),
        text: joinLines([
          t(
            lang,
            '商品が届かない・違う商品が届いた・交換したいといった注文や配送のことは、購入したお店が対応します。atone からは注文や配送の状況は見えないので、お店に問い合わせてください。',
            'Orders and deliveries (an item that has not arrived, the wrong item, an exchange) are handled by the shop you bought from. atone cannot see the order or the delivery, so ask the shop.',
          ),
          routeText(kb, ['shop', 'help_centre'], lang),
        ]),
      };
    const courtesy = courtesyReply(normalized, lang);
    const date = dateAsked(normalized, slots, today, lang);
    const lead =
      courtesy ??
      (other
        ? lang === 'ja'
          ? `${other}は atone とは別のサービスなので、このボットではお答えできません。${other}の公式情報を確認してください。`
          : `${other} is a different service from atone, so I cannot answer for it. Please check ${other}'s own help pages.`
        : date !== undefined
          ? date
          : isLongPaste(normalized)
            ? t(
                lang,
                '長い文章の中から質問を見つけられませんでした。atone について知りたいことを、短く聞いてください。',
                'I could not find a question about atone in that long text. Please ask me what you want to know in a sentence or two.',
              )
            : t(
                lang,
                'すみません、その質問はうまく理解できませんでした。',
                "Sorry, I didn't understand that question.",
              ));
    // Thanks or an "ok" closes a turn: a short reply, not the list of what the bot does again.
    if (courtesy && !GREETING.test(normalized)) return { text: courtesy };
    const paragraphs = [
      lead,
      t(
        lang,
        'atone の支払い期限・支払い方法・手数料・Amazonでの利用・キャンペーン・リマインダーのほか、返品・本人確認・ログイン・退会などのよくある質問に答えます。「ヘルプ」で例を表示します。',
        'Ask me about atone deadlines, ways to pay, fees, Amazon, campaigns or reminders, or common questions such as returns, identity checks, logging in or closing an account. Say "help" for examples.',
      ),
    ];
    // Not understood is not the end: atone's help centre may have the answer, and its contact
    // form takes any question ("what's atone's phone number?" has no other answer: there is none).
    if (!courtesy && !other && !date) paragraphs.push(routeText(kb, ['contact_form', 'help_centre'], lang));
    return {
      ...(courtesy || date ? {} : { title: t(lang, 'お答えできない質問です', "I can't answer that") }),
      text: joinLines(paragraphs),
    };
  },
});

// A text pasted whole (a newsletter, a long mail): longer than anyone asks a question in.
const LONG_PASTE_CHARS = 600;
// atone's matters named anywhere: a long text naming none of them asks nothing of the bot.
const NAMES_ATONE_MATTERS =
  /atone|支払|払い|払う|払っ|請求|期限|締め?切|引き?落と|手数料|延滞|りまいんど|こんびに|口座|はがき|ばーこーど|amazon|きゃんぺーん|ぽいんと|返品|返金|上限|限度額|本人確認|退会|ろぐいん|認証|(?<![a-z])(?:pa(?:y|id|ying|yment)|bill\w*|deadline|due|fees?|remind\w*|konbini|barcode|postcard|debit|refund|limit|account|login|campaign|points?)(?![a-z])/;

/** A long pasted text that names nothing of atone's (「町内会だより」 pasted whole). */
export function isLongPaste(normalized: string): boolean {
  return normalized.length >= LONG_PASTE_CHARS && !NAMES_ATONE_MATTERS.test(normalized);
}

// What a message of thanks alone is made of (「ありがとう！助かった」, "great, thanks so much 🙏").
const GRATITUDE =
  /ありがと[うー]?(?:ございま(?:す|した))?|さんきゅ[ーう]?|おおきに|わかった|わかりました|了解(?:です)?|りょうかい|なるほど|あざ(?:す|っす|ーす)|感謝(?:します|です)?|助か(?:った|りました|ります|る)|どうも|本当に|ほんと(?:に)?|めっちゃ|すごく|とても|です|ね|よ|わ|(?<![a-z])(?:thanks?|thank you|thx|ty|cheers|appreciated?|it|so|much|very|a lot|lots|great|that|this|helps?|helped|helpful|you'?re|the|best|awesome|perfect|cool|ok(?:ay)?|again)(?![a-z])|[\s、,.!！。~〜ー♪]|\p{Extended_Pictographic}/gu;

// 「いや、やっぱ今から払ってくるわ」 "ok, going to pay it now": what the user will do, nothing asked.
const GOING_TO_PAY =
  /^(?:(?:いや|じゃあ|よし|あ|ok|okay|alright|right|then)[、,!！\s]*)*(?:やっぱり?)?[、,\s]*(?:今から|いまから|今すぐ|すぐ|今日中に)(?:支)?払(?:って|い(?:に|へ))(?:くる|きます|行く|いく|行きます|いきます)(?:わ|ね|よ|ー)?[!！。.\s]*$|^(?:(?:ok|okay|alright|right|then|so)[,!.]?\s+)*(?:i'?m |i am )?(?:going|gonna|off) to pay (?:it |that |the bill )?(?:now|right now|right away|today)[.!\s]*$/;

/** "ok", 「なるほど」, "I see", 「ありがとう！助かった」, "going to pay it now": the message acknowledges, and asks or requests nothing. */
export function isAcknowledgement(normalized: string): boolean {
  return (
    ACKNOWLEDGEMENT.test(normalized) ||
    GOING_TO_PAY.test(normalized) ||
    (THANKS.test(normalized) && normalized.replace(GRATITUDE, '') === '')
  );
}

// 「やっぱやめとく」 "never mind", "actually wait, don't. I'll set it up myself": the user drops what
// they were about to do or ask.
// (Not 「3日前だけでいいや」「それでいいや」: something chosen, "X will do".)
const NEVER_MIND =
  /やっぱり?(?:いい|やめ)|(?<!で)いいや(?=$|[。.!！、,\s])|(?:^|[。.!！、,\s])忘れて(?:ください|下さい|くれ|ええ)?[。.!！\s]*$|やめとく|やめておく|今はいい|いまはいい|また今度|(?<![a-z])(?:never ?mind|forget it|no thanks|not now|cancel that|skip it)(?![a-z])|(?:^|[.!,]\s*|(?<![a-z])(?:actually|wait|no|oh)[,\s]+)don'?t(?:\s+(?:do it|bother|(?:set|make) (?:it|one|that|them)))?(?=\s*[.!]|\s*$)|(?<![a-z])i'?ll (?:set it up|set one up|do it|handle it|sort it out) (?:myself|on my own)(?![a-z])/;

export function saysNeverMind(normalized: string): boolean {
  return NEVER_MIND.test(normalized);
}

/**
 * The message without a greeting it starts with ("hi. how do i buy something with it?" →
 * "how do i buy something with it?"); the message itself when it starts with none.
 */
export function withoutGreeting(normalized: string): string {
  const match = GREETING.exec(normalized);
  if (!match) return normalized;
  const rest = normalized
    .slice(match[0].length)
    .replace(/^(?:\s*(?:there|all|everyone|bot|atone-?bot|あとねぼっと))?[\s.,!！。、~〜ー]*/, '');
  return rest.length >= 4 ? rest : normalized;
}

/** "yo", 「こんにちは！」, "hi there": a greeting and nothing more (answered with one, and what the bot does). */
export function isGreeting(normalized: string): boolean {
  const match = GREETING.exec(normalized);
  return (
    match !== null &&
    /^(?:\s*(?:there|all|everyone|bot|atone-?bot|あとねぼっと))?[\s.,!！。、~〜ー]*$/.test(
      normalized.slice(match[0].length),
    )
  );
}

// "bye", 「またね」, 「おやすみ」: the chat closed (perhaps with thanks).
const GOODBYE =
  /^(?:(?:ok(?:ay)?|cool|alright|great|thanks|thank you|thx|では|じゃあ|それじゃ(?:あ)?)[\s,、!]*)?(?:bye(?:-?bye)?|good ?bye|good night|see (?:you|ya)|cya|じゃあね|じゃね|またね|また今度|さようなら|さよなら|おやすみ(?:なさい)?|ばいばい|失礼します|(?:来月|次|今後|これから|また)+(?:も|は)?よろしく(?:ね|な|です|お願いします|お願いしま[すー]|頼む|たのむ)?|see you next (?:month|time))(?:[\s.,!。！、~〜ー]*(?:thanks?|thank you|ありがとう(?:ございました)?))?(?:[\s.,!。！、~〜ー\p{Extended_Pictographic}]|\u{FE0F})*$/u;

/** "bye", 「またね」: a goodbye and nothing more. */
export function isGoodbye(normalized: string): boolean {
  return GOODBYE.test(normalized);
}

/**
 * A never-mind and nothing more ("never mind the fee, when is it due?" asks something, and so
 * does 「今はいいや。バーコードの手数料は？」, its question after it).
 */
export function isNeverMind(normalized: string): boolean {
  if (normalized.length > 20) return false;
  const m = NEVER_MIND.exec(normalized);
  return (
    m !== null && normalized.slice(m.index + m[0].length).replace(/[\s、,。.!！?？やよね]/g, '').length < 3
  );
}

// "thanks. why do I even need it", 「ありがとう。住所は略していい？」: thanks, then a question of
// its own, which is what the message asks.
const THANKS_THEN =
  /^(?:ありがと[うー]?(?:ございます|ございました)?|おおきに|さんきゅ[ーう]?|(?:ok(?:ay)?,? )?(?:thanks?|thank you|thx|ty)(?: (?:so much|a lot|very much))?)[\s.,!、。！~〜]+/;
const ASKS_ITS_OWN =
  /[?？]|(?<![a-z])(?:why|what|when|how|where|which|can|could|do|does|is|are)(?![a-z])|なんで|なぜ|どう|いつ|どこ|何|いい|教えて|して$/;

// Small talk beside atone (「てか今日って何日だっけ？」 "tell me a joke"): nothing asked of the bot's
// topics, whatever was talked about before.
const TODAYS_DATE =
  /^(?:(?:てか|ところで|ちなみに|ねえ|ねぇ|え|あ|そういえば|btw|by the way|oh|hey|wait)[、,\s]*)?(?:(?:今日|きょう)(?:って|は)?\s*(?:何日|なんにち|何月何日|何曜日?|なんようび)|(?:what|which) day is (?:it|today)(?: today)?|what'?s (?:the date|today'?s date|today)(?: today)?|what is (?:the date|today'?s date|today)(?: today)?|what'?s the day today)(?:だっけ|でしたっけ|やっけ|ですか|なの|なん|だ|か|again|now)?[\s?？!。.]*$/;
const SMALL_TALK =
  /^(?:(?:てか|ところで|ねえ|ねぇ)[、,\s]*)?(?:なんか)?(?:面白い話|おもしろい話|じょーく|冗談|雑談)(?:して|言って|教えて|は|どう)?|^(?:元気[?？]|(?:tell me )?(?:a )?joke|tell me something (?:funny|interesting)|how are you(?: doing)?)/;

/**
 * 「今日って何日？」 mid-conversation, 「2027年12月10日って何曜日？」: easy to answer, in Japan's time like
 * every date here (a day that does not exist said so); undefined when no date is asked.
 */
function dateAsked(normalized: string, slots: Slots, today: PlainDate, lang: Lang): string | undefined {
  if (asksTodaysDate(normalized))
    return t(
      lang,
      `今日は${formatDate(today, lang)}です（日本時間）。`,
      `Today is ${formatDate(today, lang)} (Japan time).`,
    );
  if (!asksWeekdayOfADate(normalized, slots)) return undefined;
  if (slots.invalidDate) return notARealDate(slots.invalidDate, slots.invalidDayOf, lang);
  if (slots.date?.kind !== 'day') return undefined;
  const { date } = slots.date;
  const written = formatIsoDay(toIsoDate(date), lang);
  return t(
    lang,
    `${written}は${formatWeekday(date, lang)}です。`,
    `${written} is a ${formatWeekday(date, lang)}.`,
  );
}

// 「2027年12月10日って何曜日？」 "what day of the week is 12/31/2027?": a date's weekday, nothing of
// atone's asked (a purchase or a deadline named makes it a deadline question).
const WEEKDAY_OF =
  /(?:って|は)\s*(?:何曜日?|なんようび)(?:だっけ|でしたっけ|ですか|なの|なん|か)?[\s?？。]*$|^(?:what|which) day(?: of the week)? (?:is|was|will be|'s) (?!today)[^?]{3,30}\??$/;
const ATONE_DAY_WORDS =
  /買|購入|払|期限|締め?切|引き?落|請求|(?<![a-z])(?:buy|bought|purchase|pay|paid|due|deadline|debit|bill)(?![a-z])/;

export function asksWeekdayOfADate(normalized: string, slots: Slots): boolean {
  return (
    (slots.date?.kind === 'day' || slots.invalidDate !== undefined) &&
    !slots.dates &&
    WEEKDAY_OF.test(normalized) &&
    !ATONE_DAY_WORDS.test(normalized)
  );
}

export function asksTodaysDate(normalized: string): boolean {
  return TODAYS_DATE.test(normalized);
}

/** Today's date, a joke: small talk, nothing of atone's (the weather is a question the bot cannot answer). */
export function isSmallTalk(normalized: string): boolean {
  return TODAYS_DATE.test(normalized) || SMALL_TALK.test(normalized);
}

/** Thanks, a greeting, an "ok", a goodbye, or small talk: nothing asked of the topic before. */
export function isCourtesy(normalized: string): boolean {
  if (isSmallTalk(normalized)) return true;
  const rest = normalized.replace(THANKS_THEN, '');
  if (rest !== normalized && ASKS_ITS_OWN.test(rest)) return false;
  return (
    THANKS.test(normalized) ||
    GREETING.test(normalized) ||
    GOODBYE.test(normalized) ||
    ACKNOWLEDGEMENT.test(normalized) ||
    isNeverMind(normalized)
  );
}

// 「ありがと、あとでアプリで変えとく」 "thanks, I'll change it in the app later": thanks, then what
// the user will do themselves, told and not asked.
const WILL_DO_IT =
  /(?:とく|とこ|ておく|ときます|ておきます|てみる|てみます|してみる|しよ|しよう|するわ)[。.!！w笑\s]*$|^(?:i'?ll|i will|will) (?:do|change|switch|try|check|pay|call|contact)(?![a-z])[^?]*$/;

/** Thanks, then what the user will do themselves ("thanks, I'll call them"): courtesy, nothing asked. */
export function thanksThenOwnPlan(normalized: string): boolean {
  const rest = normalized.replace(THANKS_THEN, '');
  return rest !== normalized && !ASKS_ITS_OWN.test(rest) && WILL_DO_IT.test(rest);
}

/** 「おはよう」 is answered おはようございます, 「こんばんは」 こんばんは, anything else こんにちは. */
function greetingBack(normalized: string): string {
  if (NEW_YEAR.test(normalized)) return '明けましておめでとうございます。';
  if (YEAR_END.test(normalized)) return 'よいお年を。';
  if (CHRISTMAS.test(normalized)) return 'メリークリスマス。';
  if (normalized.startsWith('おはよう')) return 'おはようございます。';
  if (normalized.startsWith('こんばんは')) return 'こんばんは。';
  return 'こんにちは。';
}

function greetingBackEn(normalized: string): string {
  if (NEW_YEAR.test(normalized)) return 'Happy New Year to you too!';
  if (CHRISTMAS.test(normalized)) return 'Happy holidays!';
  return 'Hello!';
}

function courtesyReply(normalized: string, lang: Lang): string | undefined {
  const more = t(lang, 'ほかにも聞きたいことがあれば、いつでもどうぞ。', ' Ask me anything else any time.');
  if (GOODBYE.test(normalized)) return t(lang, 'またいつでもどうぞ。', 'Bye! Ask me any time.');
  if (THANKS.test(normalized)) return t(lang, `どういたしまして。${more}`, `You're welcome!${more}`);
  if (GREETING.test(normalized))
    return t(
      lang,
      `${greetingBack(normalized)}atone-bot です。`,
      `${greetingBackEn(normalized)} I'm atone-bot.`,
    );
  if (GOING_TO_PAY.test(normalized))
    return t(
      lang,
      'わかりました。払い終わったら「払った」と送ってください。リマインダーがあれば、この期限の分を止めます。',
      'OK! Once it is paid, tell me "paid", and if you have reminders, I will stop the ones for this deadline.',
    );
  if (ACKNOWLEDGEMENT.test(normalized) || isNeverMind(normalized))
    return t(lang, `わかりました。${more}`, `OK!${more}`);
  return undefined;
}
