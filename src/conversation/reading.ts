// How a message relates to the conversation before it, read from its form: a bare answer
// (「口座振替で」), a follow-up (「じゃあはがきは？」, "and the fee?"), a yes or a no, a question
// about reminders rather than a request for one. Pure functions of the understood message.
import { saysNeverMind } from '../../intents/fallback.js';
import { asksToBeToldBeforehand, LEAD_TIME_TOLD, RESUMES } from '../../intents/reminder-subscribe.js';
import type { Understanding } from '../bot.js';
import { addDays } from '../domain/dates.js';
import { declinesReminders, NEGATED_STOPPING, withoutDeclinedHelp } from '../nlu/declined.js';
import { besideLanguageRequest } from '../nlu/language.js';
import { MARKS_PAID } from '../nlu/marks-paid.js';
import { tellsOwnMethod } from '../nlu/own-method.js';
import { recallsSetting } from '../nlu/recalls-setting.js';
import { ENGLISH_MONTHS, readCount, saysBillOrPurchase, withoutAnySlots } from '../nlu/slots.js';
import { asksIfThereIsASnooze } from '../nlu/snooze-asked.js';
import { asksTheWayToStop } from '../nlu/way-to-stop.js';
import { asksHowRemindersWork } from '../reading-rules.js';
import { clampHour } from './state.js';

// A follow-up announces itself: 「じゃあ…」「それなら…」 "and…", "what about…", "…instead?", "…then?".
const FOLLOW_UP_START =
  /^(?:じゃあ|じゃ|では|ほな|ほんなら|ほんだら|んだら|んだば|へば|そんなら|ほしたら|それじゃあ?|それなら|そしたら|だったら|なら|あと|ちなみに|そもそも|それと|で、|and|what about|how about|then|so|also|ok(?:ay)?,? (?:so|and)|what if|but)(?![a-z])/;
const FOLLOW_UP_ANYWHERE =
  /(?<![a-z])(?:instead|in that case|otherwise|what else|anything else)(?![a-z])|(?<=[a-z?] ?,? )then[\s?!.]*$|代わり|かわり|他に|ほかに/;
// 「口座振替は？」「はがきだと？」 "and postcard?": a bare topic with a question mark.
// 「口座引き落としにしてたらどうなん？」: a condition put, asking what then.
const ELLIPTIC_END =
  /(?:は|って|なら|だと|だったら|やったら|の場合|のほう|の方|たら)(?:どう(?:なる|なん|なの|なります|です)?か?)?\s*\??$/;

// Words that carry no question of their own once the slots are out: particles, politeness, "I pay
// by", "please". Whatever is left after them is what the message asks.
const JA_FILLER =
  /(?:あけおめ|ことよろ|(?:あけまして|明けまして)おめでと[うー]?(?:ございます)?|(?:よい|良い)お年を|めりーくりすます|めりくり)[!！。、,\s]*|(?<=^|[、,\s])(?:あっ?|ああ|えっと|えーと|えー|うーん|あれ|ま|まあ|まぁ)(?=[、,\s])|(?:ま|まあ|まぁ)?[、,\s]*(?:もう)?いいや[。、,!！\s]|いや|待って|まって|やっぱり|やっぱ|やはり|違う|ちがう|ほな|ありがとう|ありがと|ごめん|すみません|ふーん|ふうん|へー|なるほど|そっか|そうか|了解|おけ|おっけー|おーけー|間違えた|まちがえた|やったわ|やわ|やで|やねん|承知(?:いた)?しました|わかった|わかりました|分かった|分かりました|かしこまりました|(?:で|にて)(?:支払|払)って(?:おります|います|ます|る)|^(?:うちは|うちも|私は|わたしは|僕は|ぼくは|俺は|おれは)|支払い方|払い方|のやつ|やつ|の方|のほう|自動|あぷり|じゃなくて|じゃなく|ではなくて|ではなく|でなく|請求書|電子|じゃあ|じゃ|では|ほんなら|ほんだら|んだら|んだば|へば|そんなら|それなら|なら|だったら|だと|の場合|場合|そしたら|ちなみに|あと|それと|いつも|普段|ふだん|お願いしたいです|お願いしたい|お願いします|お願い|そうしてください|そうして|それでいいです|それでいい|それで|よろ(?!し)|おねがいします|おねがい|ください|下さい|頼みます|頼むわ|頼む|たのむ|ばい(?=[。!！\s]*$)|時間|時刻|くらい|ぐらい|ごろ|頃|あたり|がいいな|がいいです|がいい|にしてたわ|にしてた|にしてる|にしています|にします|にして|予定|つもり|でした|だった|だよ|です|ます|払っています|払ってます|払ってる|払います|払う|払い|支払います|支払う|支払い|使っています|使ってます|使ってる|使います|使う|利用しています|利用してる|利用|だけど|けど|って|は|が|を|に|で|の|も|と|か|ね|よ|な|さ|わ|ー|〜/g;
// Longest first: an alternation takes the first that fits, and "i" would leave "'m" of "i'm".
const EN_FILLER =
  /(?<![a-z])(?:happy new year|merry (?:christmas|xmas)|happy holidays|forgot to (?:say|mention|tell you)|scratch that|whatever|i suppose|i guess|make that|make it|planning to|electronic|sign me up|automatic|purchases|set it up|thank you|actually|purchase|going to|jikan|oh wait|alright|i meant|through|mistake|go with|instead|plan to|will be|i'll be|though|got it|i mean|direct|paying|please|my bad|things|set up|thanks|option|should|sorry|right|oh no|i see|meant|about|don't|never|using|it is|thing|stuff|bill|let's|would|could|gonna|oops|wait|fine|well|from|cool|i'll|just|hmm+|mean|what|then|also|okay|dont|auto|bank|does|pays|paid|with|uses|it's|ones|lets|time|that|this|case|will|yeah|btw|fyi|lol|tho|nah|ugh|ill|um+|and|how|not|app|i'm|the|its|are|was|did|pay|via|for|use|pls|thx|one|can|yes|now|wa|ah|uh|so|ok|oh|no|im|we|my|me|an|it|is|do|by|at|in|on|if|of|to|be|kk|i|a|k|n)(?![a-z])/g;
// (Emoji too: 「コンビニ👍」 says no more than 「コンビニ」.)
const PUNCTUATION = /(?:[\s?!.,*、。・:;'"()（）「」『』…~\p{Extended_Pictographic}]|\u{FE0F}|\u{200D})+/gu;

/** What the message asks once its slots, follow-up words and politeness are taken out. */
const YEAR_APART = /(?<!\d)(?:19|20)\d\d\s*年(?:の)?|(?<![a-z\d])(?:in |of )?(?:19|20)\d\d(?!\d)/g;

export function residue(u: Understanding): string {
  return (
    withoutAnySlots(u.normalized)
      // (A year said apart from its date, 「12月2日だった。2023年の」, is part of it.)
      .replace(YEAR_APART, ' ')
      .replace(u.lang === 'ja' ? JA_FILLER : EN_FILLER, ' ')
      .replace(u.lang === 'ja' ? EN_FILLER : JA_FILLER, ' ')
      .replace(PUNCTUATION, '')
  );
}

export function hasFollowUpMarker(u: Understanding): boolean {
  const text = u.normalized;
  return FOLLOW_UP_START.test(text) || FOLLOW_UP_ANYWHERE.test(text) || ELLIPTIC_END.test(text);
}

/** Told (「はがきにしてます」 "I pay by postcard"), not asked ("can I pay at Lawson?"). */
export function saysOwnMethod(u: Understanding): boolean {
  return tellsOwnMethod(u.normalized);
}

// 「バーコードだったらそれぞれ？」 "and if it was postcard?": the last question put again under a condition.
// (「明日購入していた場合はどうなりますか。」: a case put, in keigo.)
const CONDITIONAL =
  /(?:だったら|やったら|なら|ならば|だと|であれば|でしたら|にしたら|にしてたら|(?:た|る)場合(?:は|って|には)?)(?=[^。?]{0,12}[?.。]?$)|(?<![a-z])(?:what if|if (?:it|they|those|these|both|all|that|this|everything) (?:was|were|is|are|'s|had been)|if i (?:use|used|pay|paid|had|switch|switched|went|go|chose|choose|pick|picked)|if (?:i'?m|i am|i was|i were|we'?re) (?:on|using|paying (?:by|with|through|via))|(?:and|what) (?:about|if) (?:i'?m |i am )?(?:on )?the one (?:that|which|where))(?![a-z])/;

export function isConditional(u: Understanding): boolean {
  return CONDITIONAL.test(u.normalized);
}

// "is it today then?", 「今日まで？」「明日なん？」: whether the deadline just given falls on a day;
// the day named is the one asked about, not a purchase.
const ASKS_IF_DUE_ON =
  /^(?:(?:so|then|wait|oh|and|hmm|ugh|ok|okay)[, ]+)*(?:(?:is|was|isn'?t) (?:it|that|this|the deadline|the due date|payment)(?: due)? |(?:it'?s|that'?s) )?(?:today|tonight|tomorrow|yesterday|this week|next week|(?:in )?(?:\d+|a|one|two|three|four|five|six|seven) days?(?: from now| away)?)(?:,? (?:then|right|correct))?\??$|^(?:え|えっ|じゃあ|てことは|ってことは)?[、,\s]*(?:今日|明日|昨日|今週|来週)(?:まで|が期限|中|が締め切り)?(?:って(?:こと)?|なん|なの|ですか|だっけ|やんな|ってこと)?(?:か|かな|よね|やね|です)?\s*\??$/;

export function asksIfDueOn(u: Understanding): boolean {
  return ASKS_IF_DUE_ON.test(u.normalized);
}

// "Can you say that in English?", 「日本語でお願い」: the last answer again, in that language
// (nlu/language.ts), with only this besides: 「すみません、日本語でお願いします」 "can you say that
// in English please?".
// (A reason given, "my wife is not japanese", asks no more.)
const LANGUAGE_FILLER =
  /(?<![a-z])(?:my (?:wife|husband|partner|friend|mother|father|mom|mum|dad|son|daughter|kid) (?:is not|isn'?t|does not|doesn'?t|can'?t) (?:speak |read )?(?:japanese|english)|can|could|would|will|you|pls|please|plz|sorry|hey|hi|um+|uh+|ok(?:ay)?|again|now|that|it|this)(?![a-z])|すみません|すいません|ごめん(?:なさい)?|あの|えっと|ちょっと|できますか|できる|もらえ(?:ます|る)?(?:か)?|ください|下さい|します|して|[\s、。,.!?！？ー〜~]/g;

/** The message asks only for the last answer in another language (「日本語でお願い。手数料は？」 asks more). */
export function asksForLanguage(u: Understanding): boolean {
  const rest = besideLanguageRequest(u.normalized);
  return rest !== undefined && rest.replace(LANGUAGE_FILLER, '') === '';
}

const PLACE = /(?<![a-z])there(?![a-z])|そこ|あそこ|そっち/;

/** "…there?", 「そこで…」: the place the conversation is about. */
export function pointsToPlace(u: Understanding): boolean {
  return PLACE.test(u.normalized);
}

// "with the konbini terminal number?", "using the barcode?", 「バーコードでも？」: the last question
// put again with another means, the rest left unsaid.
const ELLIPTIC_MEANS =
  /^(?:and |but |so |what about |how about )?(?:with|using|via|through|by)(?![a-z])[^.?!。]{1,40}\?$|(?:で|でも)\s*\?$/;

/** "with the barcode?": the last question, with another means. */
export function asksWithOtherMeans(u: Understanding): boolean {
  return ELLIPTIC_MEANS.test(u.normalized);
}

/** A bare topic asked about: 「ギフト券は？」「口座振替だと？」, "with the barcode?". */
export function isElliptic(u: Understanding): boolean {
  return ELLIPTIC_END.test(u.normalized) || asksWithOtherMeans(u);
}

/** Linked to what came before by a word (「じゃあ」 "and", "instead"), not only by its shape. */
export function hasLinkWord(u: Understanding): boolean {
  return FOLLOW_UP_START.test(u.normalized) || FOLLOW_UP_ANYWHERE.test(u.normalized);
}

/** Short enough to lean on the conversation for what it leaves out ("fee?", 「期限は？」). */
export function isShort(u: Understanding): boolean {
  const rest = residue(u);
  return u.lang === 'ja' ? rest.length <= 8 : rest.length <= 16;
}

/** One word, give or take a particle and a question mark: 「はがき」「ポイントは？」, "Amazon?". */
export function isOneWord(u: Understanding): boolean {
  if (isBare(u)) return true;
  const word = u.normalized.replace(/[\s?!.,、。…~]+$/g, '').replace(/(?:は|って|なら|だと|も)$/, '');
  return word !== '' && !/\s/.test(word) && word.length <= (u.lang === 'ja' ? 8 : 16);
}

/** Nothing but facts: 「口座振替で」, "I pay at a convenience store", 「はがき」. */
export function isBare(u: Understanding): boolean {
  return residue(u) === '';
}

/**
 * A bare answer to "which method?": facts only, and not put as a question back (「じゃあはがきは？」
 * asks about はがき rather than choosing it).
 */
export function isBareAnswer(u: Understanding): boolean {
  // 「じゃあ口座振替で」 chooses; 「じゃあ口座振替は？」 asks back.
  return isBare(u) && !ELLIPTIC_END.test(u.normalized) && !/[?]\s*$/.test(u.normalized);
}

/** "Sorry, English please. Bank debit.": a bare answer besides a request for another language. */
export function isBareAnswerInAnotherLanguage(u: Understanding): boolean {
  const rest = besideLanguageRequest(u.normalized);
  if (rest === undefined || rest === u.normalized) return false;
  return isBareAnswer({ ...u, normalized: rest.replace(LANGUAGE_FILLER, ' ').trim() });
}

const YES =
  /^(?:はい|うん|ええ|おけ|おっけー|おーけー|お願いします|お願い|おねがい|そうです|そう|それで|それでお願いします|それでお願い|設定して|よろしく|いいよ|いいです|ok|okay|yes|yeah|yep|yup|sure|please|do it|go ahead|confirm|sounds good)$/;
const NO =
  /^(?:いいえ|いや|いえ|やめて|やめる|やめとく|いらない|結構です|けっこうです|きゃんせる|no|nope|nah|cancel|don't|dont|never mind|nevermind|no thanks|not now)$/;

/** A yes or a no to "shall I…?", or undefined when the message is something else. */
// 「じゃあ」「では」 "ok so", "then": how a yes starts, not what it says (「じゃあそれで」).
const LEADING_LINK =
  /^(?:じゃあ|じゃ|では|なら|それなら|だったら|ほんなら|ほんだら|んだら|んだば|へば|ok(?:ay)?,?\s*so|alright|all right|then|so)[\s、,]*/;

const YES_FIRST = /^(?:ok(?:ay)?|yes|yeah|yep|sure|alright|はい|うん|ええ)[\s、,!！]+(?=\S)/;

export function yesOrNo(u: Understanding): 'yes' | 'no' | undefined {
  const text = u.normalized
    .replace(/[\s?!.,、。!！]+$/g, '')
    .replace(/^[\s、,]+/, '')
    .replace(LEADING_LINK, '')
    // "ok, do it", 「はい、お願い」: a yes said twice is one.
    .replace(YES_FIRST, '');
  if (YES.test(text)) return 'yes';
  if (NO.test(text)) return 'no';
  return undefined;
}

// "How do I get reminded?", 「通知ってどうやって設定するの？」: about reminders, not a request for one.
// (方法 is a way to do something, not the 支払い方法 a request may name; 「リマインダーって毎月来るん？」
// asks how often they come.)
const QUESTION_ABOUT =
  /(?:で|に)も(?:届|来|く)(?:く|る|きます|ます)(?:の|ん|か)?|(?:毎月|毎回|ずっと|これからも|自動(?:で|的に)?)(?:も)?(?:届|来|く)(?:く|る|きます|ます)(?:の|ん|か|[?？])|使え(?:る|ます)(?:の|ん)?(?:です|でしょう)?(?:か|かね|かな)?[?？]|使え(?:る|ます)(?:の|ん)?(?:です|でしょう)?か(?:ね|な)?(?:[。.]|$)|(?:人|方)でも(?:使|でき|利用)|どうやって|どうすれば|どうしたら|どうやったら|どうする|どうすん|どうやる|(?:たい|する)(?:とき|時)(?:は|って)|(?:られ|れ)(?:る|ます)(?:の(?!で|に)|ん(?!で|だ)|か(?!ら))|(?<!支払い?|払い)方法|仕組み|(?<!あ)とは|って(?:何|なに)(?!時|日|回|分|曜|か)|機能|使い方|できますか|できるの|できる\?|ありますか|ある\?|どんな|^how\b|(?<![a-z])how (?:do|does|can|would|will|to|is)(?![a-z])|is there|are there|do you (?:have|offer|send|do)|can (?:i|you) (?:get|have|receive)(?![a-z])|(?<![a-z])can i [a-z ]{1,30}(?:later|afterwards|any ?time|again|whenever)(?![a-z])|does (?:it|this|atone|the bot)|what (?:can|do|does|will) (?:the |your |these )?(?:reminders?|notifications?|alerts?) do|^(?:do|does|will|would|are|is|can) (?:the |my |your |these |those )?(?:reminders?|notifications?|alerts?|messages?|they|it) (?:come|arrive|repeat|continue|keep|get sent|be sent|work|stop)(?![a-z])|what (?:is|are|does)|(?<![a-z])work(?:s)?\??$/;

// 「リマインドお願いできる？」「教えてもらえますか」 "could you remind me?": a request put politely
// as a question, which asks for the thing, not how it works.
// ("can it be sent in the evening instead? like 7pm": a change asked for, in the passive.)
const POLITE_REQUEST =
  /(?:お願い|おねがい)(?:でき|し(?:ても|て)?(?:いい|よい))|(?:ご連絡|ご通知|お知らせ|通知)(?:を)?いただ(?:く|け)|て(?:くれ|もらえ|もらっても|いただけ)|(?<![a-z])(?:can|could|would|will) (?:you|u|ya) (?:(?:please|pls|kindly|just|also) )*(?:be able to )?(?:remind|notify|tell|ping|nudge|alert|warn|message|text|let me know|set|give me|send (?:me|a|an|something|it|them)|update|change|switch|move|make|add|do (?:it|that|them|this)|turn|start|resume|restart|bring|put)(?![a-z])|^(?:(?:ok|so|and|also|please|pls),?\s+)*(?:remind|notify|ping|nudge|alert|warn|message|text|send) me(?![a-z])|(?<![a-z])(?:can|could) (?:it|they|that|this|them|the (?:reminders?|messages?|pings?|notifications?)) (?:please )?(?:be )?(?:sent|moved|changed|made|set|switched|come)(?![a-z])(?=.*(?<![a-z])(?:instead|rather)(?![a-z]))/;

// 「教えてくれたりするの？」「通知してくれるの？」: whether the bot does it at all, which a polite
// request's words do not make a request.
const ASKS_IF_IT_DOES =
  /たりする(?:の|ん|\?|$)|たりします|(?:くれ|もらえ)る(?:の|ん)(?:です|でしょう|かな|か|\?|$)/;

// 「通知してくれる機能ってありますか？」 "is there a feature that reminds me?": whether there is
// such a thing, however politely the thing is worded.
// ("Could you tell me whether it is possible to receive a reminder?": whether, however politely
// asked. Not 「ご連絡いただくことは可能でしょうか」, which in keigo asks for it.)
const ASKS_IF_THERE_IS =
  /(?<![a-z])(?:(?:would|could|is|are) (?:a |the )?(?:reminders?|notifications?|that|it) (?:be )?(?:something you can do|possible|available|a thing)|something you can do|is (?:that|it) possible|(?:whether|if) (?:it'?s|it is|it would be) possible|(?:is it|would it be) possible to|whether i (?:can|could) (?:get|receive|have))(?![a-z])|(?:機能|さーびす|仕組み|設定)(?:って|は|が|とか|も)?(?:あり(?:ます|ません)?か|ある(?:の|ん)?(?:\?|$|かな|です))|(?<![a-z])(?:is there|are there|do you have|does (?:it|atone|the bot) have) (?:a |an |any )?(?:feature|function|option|setting|service|way)s?(?![a-z])/;

/** A request put as a question: 「リマインドお願いできる？」, "could you remind me?". */
export function asksPolitely(u: Understanding): boolean {
  return POLITE_REQUEST.test(u.normalized);
}

/** A question about how something works, as opposed to a request to do it. */
export function asksHow(u: Understanding): boolean {
  const text = u.normalized;
  return (
    ASKS_IF_IT_DOES.test(text) ||
    ASKS_IF_THERE_IS.test(text) ||
    asksIfThereIsASnooze(text) ||
    asksTheWayToStop(text) ||
    asksHowRemindersWork(text) ||
    (QUESTION_ABOUT.test(text) && !POLITE_REQUEST.test(text))
  );
}

// "Did I already set one? show me", 「設定してある？」「入ってる？」: about what is set, not a request to set.
// (Beside a setting recalled, nlu/recalls-setting.ts: 「何日前やったっけ？」 "how many days before was it?".)
// (「今の登録は？」「いまの設定って？」 about reminders: what is set now.)
const ASKS_WHAT_IS_SET =
  /^(?:で|じゃあ|それで)?[、,\s]*(?:今|いま)の(?:登録|設定)(?:内容)?(?:は|って|どう(?:なって(?:る|ます))?)?(?:の|ん)?[?？]?$|(?<![a-z])(?:i )?(?:just |only )?(?:want|wanna|wanted) to (?:see|check|look at) (?:it|them|my reminders?|what i have)(?![a-z])|見たいだけ|確認したいだけ|(?:登録|設定)(?:とか|は|って)?(?:まだ)?(?:して|され(?:て)?)(?:い)?(?:ない|ません)(?:よね|やんな|ですよね|か|の)[?？]?$|(?:わたし|私|僕|ぼく|自分|うち)\s*の\s*(?:りまいんだー|りまいんど|通知)\s*(?:は|って|が)?\s*(?:ある|あります|入って|残って)|(?<![a-z])(?:my (?:setup|settings?|reminders? settings?)|what(?:'s| is|s) (?:set|my setup)|did i|have i|had i|do i have(?! to)|is there|are there|what do i have|what i have|what have i|show me|show my|list my|check my|any (?:left|still on|on now|active)|anything (?:left|still on)|(?:is|was|are) (?:it|that|they|them) (?:still )?(?:set|saved|done|on|active)|what (?:did|do) we (?:end up with|have now|settle on|land on)|where did we (?:end up|land))(?![a-z])|(?:設定|登録)(?:した|して(?:あ(?:る|った)|た|る|い(?:る|た|ます))|でき(?:た|て)|され(?:た|て(?:る|いる|います|ます)?))(?:っけ|か|の)?[?.。]?$|設定済|登録済|入って(?:る|い)|^(?:今|いま)?\s*(?:なんか|何か|なにか)?\s*(?:まだ)?残っ(?:て(?:る|い|ます)|とる|とう|ちょる)(?:の|ん|か|と|ね)?[?？]?$|(?:設定|登録)し(?:とる|ちょる|とう|てん)(?:ね|と|の|ん|か)?[?？]?$|(?:何も|なにも|まだ)?(?:設定|登録)して(?:ない|へん|ません|ねー)(?:よね|か|の|っけ|やんな)?\??$|(?:登録|設定)内容|(?:登録|設定)(?:が|は|って)?(?:何か|なにか)?(?:残って|ある\??$|あります)|登録(?:した(?![いくら]|かっ)|して(?:ある|る)|でき(?:た|て))(?:っけ|か|の)?\??|(?<!本人|入金|支払い?|反映)確認|見せて|みせて|見して|みして|見たい|一覧|設定(?:を|は)?(?:もう一度|もういちど|再度|改めて|あらためて)?(?:教えて|おしえて|表示)|(?:現在|今|いま)の(?:設定|登録内容)(?:を|は)|設定(?:は|って)(?:どう|何)|(?:どういう|どんな)設定|設定(?:に|は)?なって(?:る|い|ます)|(?:時間|時刻)(?:って|は)(?:何時|なんじ|いつ)|(?<![a-z])what time (?:is|are|do|does|will) (?:it|they|my reminders?|the reminders?)(?: (?:set|come|go off))?(?![a-z])|^(?:list|show)(?: (?:them|it|all|all of them|everything|my reminders|the reminders))?[\s.!?]*$|(?<![a-z])(?:can|could) you show (?:it|them|me)(?![a-z])|(?<![a-z])show (?:it|them)(?: to me)?[\s.!?]*$/;

export function asksWhatIsSet(u: Understanding): boolean {
  return recallsSetting(u.normalized) || ASKS_WHAT_IS_SET.test(u.normalized);
}

// "did that work?", 「できた？」 right after a change: whether it was made (the list says), not how
// reminders work.
const ASKS_IF_IT_WORKED =
  /(?<![a-z])(?:did (?:it|that|this) (?:actually |really )?(?:work|go through|get (?:set|saved)|save)|(?:it|that) worked\?|how many (?:are there|do i have|now))(?![a-z])|^(?:ちゃんと)?(?:でき|いけ)(?:た|とる|てる)(?:か|の|ん)?[?？]?$|^(?:ちゃんと)?(?:入っ|はいっ|登録され|設定され)(?:た|とる|とう|てる|ている)(?:か|の|ん|かな)?[?？]?$|^(?:いま|今)?何件/;

export function asksIfItWorked(u: Understanding): boolean {
  return ASKS_IF_IT_WORKED.test(u.normalized);
}

// "Make it the barcode", 「やっぱりはがきにして」, "change it to 7am": a change of what was just set.
// The words that ask for a change ("make it", 「にして」)…
const CHANGE_STRONG =
  /(?<![a-z])(?:make it|make that|make them|(?:change|switch|move) (?:my |the )?(?:reminders?|notifications?|alerts?) (?:over )?to|change (?:it |that |them )?to|switch (?:it |that )?(?:back )?to|(?:go|going|put it|set it|change it) back to|set it (?:to|for)|move it to|(?:send|do|have) (?:it|them|that|the reminders?|the messages?) (?:at|on))(?![a-z])|にして|に変えて|に変更|でお願い|にする|設定して|にしといて|にしておいて|に直して|(?:直|なお)し(?:て|といて|ておいて|とって)(?:ください|下さい|な|ね)?[。!！\s]*$|修正して|訂正して|に(?:送って|届けて|来るように)/;
// …and those that only say one ("actually", "instead", 「やっぱり」).
const CHANGE_REQUEST = new RegExp(
  `${CHANGE_STRONG.source}|(?<![a-z])(?:actually|instead)(?![a-z])|やっぱり|やっぱ|やはり`,
);

// "1 day before as well", 「前日も教えて」「当日を追加して」: more lead times, not other ones.
const ADD_REQUEST =
  /(?<![a-z])(?:as well|also|too(?! (?:early|soon|late|much|many|long|far|close)(?![a-z]))|add|additionally|in addition|plus|on top)(?![a-z])|(?:日前|週間前|前日|当日|前々日)(?:の(?:朝|昼|夜|夕方))?(?:に|の)?も|^(?:あと|それと|さらに)|追加|足し(?:て|と|とい|ておい)/;

// 「前日だけ」 "just 1 week before": only that, whatever "also" came before it ("and also... no,
// just 1 week before is fine").
// (Not 「だけど」 "but".)
const ONLY_THAT = /(?<![a-z])(?:just|only)(?![a-z])|だけ(?!ど|れど)|のみ/;

export function asksToAdd(u: Understanding): boolean {
  return (
    ADD_REQUEST.test(u.normalized) &&
    !ONLY_THAT.test(u.normalized) &&
    // ("make it 3 days before and also the day before": the list made the setting, the "also"
    // inside it.)
    !(CHANGE_STRONG.test(u.normalized) && (u.slots.leadDays?.length ?? 0) >= 2)
  );
}

// 「明日もう一回教えて」「あとでまた知らせて」 "snooze it till tomorrow", "remind me again tomorrow".
const SNOOZE =
  /(?:明日|あした|あす|あとで|後で|のちほど|後ほど)(?:の(?:朝|昼|夜))?(?:に|も)?(?:もう一回|もう一度|もういっかい|もっかい|また|改めて|再度)(?:教え|知らせ|お知らせ|通知|りまいんど|連絡|言っ)|すぬーず(?:して|する|しといて|しておいて|お願い|で)|(?<![a-z])(?:snooze(?! (?:work|feature|option|button|function))|remind me (?:again )?(?:tomorrow|later|tmrw|tmr)|(?:tell|ping|message|notify) me again (?:tomorrow|later))(?![a-z])/;

export function asksToSnooze(u: Understanding): boolean {
  // (Not "ok remind me tmrw morning, barcode": a request with its way, for a day.)
  return (
    SNOOZE.test(u.normalized) && !asksIfThereIsASnooze(u.normalized) && !u.slots.method && !u.slots.leadDays
  );
}

// 「はがきのほうもお願い」「口座振替も登録して」: a way asked for besides another.
// (「口座振替のほうも3日前にお願い」: a lead time between.)
const ALSO_THIS_ONE =
  /(?:の(?:ほう|方)|のやつ)も|(?:払い|振替|はがき|ばーこーど|こんびに)も[^。?]{0,12}(?:お願い|頼|登録|設定|追加|よろしく|して|教えて|送って|通知)/;

/**
 * A way to pay asked for besides another ("also set one for direct debit", 「はがきのほうも」).
 * (Not "change my reminder to bank debit too": the reminders switched, as the way to pay was.)
 */
export function asksForAnotherWayToo(u: Understanding): boolean {
  return (
    u.slots.method !== undefined &&
    !u.slots.methods &&
    (asksToAdd(u) || ALSO_THIS_ONE.test(u.normalized)) &&
    !switchesReminders(u)
  );
}

// "switch my reminder to auto debit", 「リマインダーを口座振替に変えて」: the reminders' way changed,
// asked for in so many words.
const REMINDERS_SWITCHED =
  /(?<![a-z])(?:change|switch|move) (?:my |the )?(?:reminders?|notifications?|alerts?) (?:over )?to(?![a-z])|(?:りまいんだー|りまいんど|通知|お知らせ)(?:の方法)?(?:を|は)?[^。?？]{0,12}(?:に変えて|に変更して|に切り替えて)/;

export function switchesReminders(u: Understanding): boolean {
  return REMINDERS_SWITCHED.test(u.normalized);
}

// 「はがきじゃなくて口座振替」 "not the postcard, the barcode", "no wait, I mean konbini", "hmm no,
// direct debit", "i dont pay at store.. its bank account auto": a setting named in place of
// another, which is a change once reminders are set.
const CORRECTION =
  /^(?:(?:hmm+|um+|uh+|oh|ah|wait|actually|well)[\s,]*)?(?:no|nope|nah|make (?:it|that))(?![a-z'])|^(?:(?:あ|あっ|ああ|えっと|あの|ごめん|すまん|すみません|ごめんなさい)[、,\s]*)*(?:いや|いえ|ううん)(?![だで])|じゃなくて|じゃなく|ではなくて|ではなく|でなく|違う|ちがう|ちゃうわ|ちゃうねん|ちゃうで|ちゃうちゃう|(?<![a-z])(?:not|instead of|rather than) (?:the |my |by |with |using )?(?:postcard|paper|barcode|bar code|konbini|convenience|store|bank|auto|direct|debit|\d|day|morning|evening|night)|(?<![a-z])(?:no wait|wait no|i mean|i meant|(?:i )?changed? my mind|on second thought)(?![a-z])|(?<![a-z])(?:i )?(?:don'?t|dont|do not|never) (?:pay|use) (?:(?:at|by|with|the|a|my) )*(?:postcard|paper|barcode|bar code|konbini|convenience|store|bank|auto|direct|debit)/;

export function corrects(u: Understanding): boolean {
  return CORRECTION.test(u.normalized);
}

// 「あ、押し間違えた。はがきです」 "oops, wrong button, I pay by bank debit", "sorry no, i use
// postcard": the choice just made, owned as a slip.
const SLIP =
  /^(?:あ[、,\s]*)?(?:ごめんなさい|ごめん|すまん|すみません)[、,\s]*(?:いや[、,\s]*)?[^、,\s]{1,14}(?:だった|でした|やった|です)[。!！]?$|^(?:あ[、,\s]*)?(?:ごめんなさい|ごめん|すまん|すみません)[、,\s]*[^。?？]{1,16}(?:ちゃう|じゃな|ではな)く?て[^。?？]{1,20}(?:だった|でした|やった)[。!！]?$|^(?:申し訳(?:ございません|ありません)|失礼(?:しました|いたしました)|すみません)[、,。\s]*(?:支払い?方法は)?[^、,。\s]{1,12}(?:でした|だった)[。!！]?$|押し間違え|間違えて押|まちがえて押|ぼたん(?:を)?(?:押し)?間違え|間違えた|まちがえた|(?<![a-z])(?:wrong (?:button|one|choice|method)|pressed the wrong|clicked the wrong|tapped the wrong|hit the wrong|misclick\w*|mis-?tapped|oops|whoops|my bad|my mistake)(?![a-z])|^(?:sorry|no|nope|wait)[,.!\s]+(?:(?:no|sorry|wait|actually|i mean)[,.!\s]+)*(?:i (?:actually )?(?:use|pay)|i meant|it'?s)(?![a-z])/;

export function ownsASlip(u: Understanding): boolean {
  return SLIP.test(u.normalized);
}

// "yes please do it, barcode", 「じゃあお願い、はがきで」: a yes that brings the settings with it.
const YES_WITH_MORE =
  /^[^?]{0,16}?(?:(?<![a-z])(?:yes|yeah|yep|sure|ok|okay|please do|do it|go ahead|set it up|sign me up)(?![a-z])|お願い|おねがい|よろしく|はい|うん|それで)/;

export function saysYesWithMore(u: Understanding): boolean {
  return YES_WITH_MORE.test(u.normalized) && !isQuestion(u);
}

// 「じゃあ口座振替でお願い」「ほな頼むわ」 "ok barcode please", "do it": a request ending in the
// asking word, with nothing else said.
// (「じゃあそうして」「口座振替でよろ〜」: the same, said casually.)
const ASKED_JA =
  '(?:(?:お願い|おねがい)(?:します|しまーす|致します|いたします|したい(?:です)?)?|頼む(?:わ)?|頼みます|たのむ(?:わ)?|よろしく(?:お願いします)?|よろ[〜~ー]*|そうして(?:ください|下さい|ほしい)?)';
const ASKED_EN = "(?<![a-z])(?:please|pls|do it|do that|set it up|go ahead|let'?s do (?:it|that))";
const PLAIN_REQUEST = new RegExp(`${ASKED_JA}[\\s!.。！]*$|${ASKED_EN}[\\s!.]*$`);
// 「じゃあ頼むわ。はがき払いで」 "ok please do, the postcard": the request, then the way.
const REQUEST_THEN = new RegExp(`${ASKED_JA}[、,。!！\\s]|${ASKED_EN}[,.!\\s]`);

export function requestsPlainly(u: Understanding): boolean {
  return endsWithARequest(u) && isBareAnswer(u);
}

/** 「へ〜便利じゃん 口座振替でよろ〜」: a request at the end, whatever is said before it. */
export function endsWithARequest(u: Understanding): boolean {
  return PLAIN_REQUEST.test(u.normalized) && !isQuestion(u);
}

/** 「ふーん、じゃあ頼むわ。はがき払いで」: a plain request with the way said after it. */
export function requestsBeforeAWay(u: Understanding): boolean {
  return u.slots.method !== undefined && !isQuestion(u) && REQUEST_THEN.test(u.normalized);
}

// "actually im switching to konbini next month", 「来月からコンビニ払いに変えるつもり」: the way to
// pay is being changed, told; a request to change reminders names them.
const SWITCHES_METHOD =
  /(?<![a-z])(?:i'?m|i am|we'?re|i'?ll|i will|going to|gonna|planning to|plan to|about to|want to|wanna)\s+(?:be\s+)?(?:switching|changing|moving|switch|change|move)(?: (?:my )?(?:payment|method|payment method))?(?: over)? to(?![a-z])|(?:に|へ)(?:変え(?:る|ます|よう)|変更(?:する|します)|切り?替え(?:る|ます|よう))(?:予定|つもり|かも|と思)?|(?:に|へ)する(?:予定|つもり)/;

/** The way to pay said to be changing (not the reminders asked to change). */
export function switchesMethod(u: Understanding): boolean {
  return SWITCHES_METHOD.test(u.normalized) && !mentionsReminders(u);
}

export function asksToChange(u: Understanding): boolean {
  return CHANGE_REQUEST.test(u.normalized);
}

// "actually", "instead": a change only when nothing is asked ("Actually, does the postcard cost
// extra?" asks about the postcard, it chooses nothing).

/** A change asked for ("make it 8pm", 「はがきにして」, "can you update it?"), or said ("actually the postcard") but not asked. */
export function asksToChangeOrSaysIt(u: Understanding): boolean {
  // ("actually i switched to bank debit, can you update the reminder?": asked, in so many words.)
  return asksToUpdate(u) || (asksToChange(u) && (!isQuestion(u) || CHANGE_STRONG.test(u.normalized)));
}

// "ok I've switched to bank debit, update it", 「口座振替に変えたから通知も合わせといて」: the bot
// asked to make something follow (the bot cannot change atone's own method: its reminders, then).
const ASKS_TO_UPDATE =
  /(?<![a-z])(?:update|change|switch|move|adjust) (?:it|them|that|mine|those|(?:my |the )?(?:reminders?|notifications?|alerts?))(?: too| as well)?(?: (?:to|for) (?:[a-z]+ ){0,3}[a-z]+)?[\s.!?]*$|(?<![a-z])use (?:that|this|it)(?: one| instead)?[\s.!]*$|(?:りまいんだー|りまいんど|通知|お知らせ)(?:も|を)?(?:それに|そっちに|そちらに)?(?:変えて|変更して|更新して|切り替えて|合わせて)|(?:それ|そっち|そちら)に合わせて(?:おいて|といて|ください|お願い)/;

export function asksToUpdate(u: Understanding): boolean {
  return ASKS_TO_UPDATE.test(u.normalized);
}

// "Turn them off", 「止めて」: once reminders are the topic, "them" needs no name.
// (「リマインダーいらんわ、消しといて」: turned down, and deleted besides.)
const STOP_REQUEST =
  /(?<![a-z])(?:turn (?:it|them|that|these|those|everything)? ?off|(?:stop|cancel|disable|delete|remove|pause|suspend) (?:(?:my|the|all|all my|all the|those|these) )?(?:it|them|that|these|those|reminders?|notifications?|alerts?|everything|all of (?:it|them))|switch (?:it|them) off|unsub(?:scribe)?(?: me)?|(?:stop|quit) (?:reminding|notifying|pinging|messaging) me|(?:bin|scrap|ditch|trash|nuke|get rid of) (?:the |my |that |those |these |all )*(?:reminders?|notifications?|alerts?|pings?|it|them)|(?:stop|mute|kill) (?:all |the |my )*(?:\w+ )?(?:pings?|dms?|notifs?)|(?:stop|cancel|delete|remove|turn off|disable) (?:the |my )(?:\w+ ){1,3}(?:one|reminders?|notifications?|alerts?))(?![a-z])|やめて|止めて|とめて|止めとい|とめとい|やめとい|やめる|やめます|やめたい|止めたい|解除して|解除|停止して|停止を|おふにして|いらない|いりません|いらんわ|(?:りまいんだー|りまいんど|通知|それ|全部|登録|設定)(?:を|も|は|だけ)*\s*(?:消して|けして|削除して|取り消して|取り消し(?:を|て)?(?:お願い|ください|いただけ))|きゃんせるして|(?:^|[、,。\s])(?:消し|けし|削除し)(?:とい|ておい|て(?:ください|ほしい|くれ|もらえ|[。!！\s]*$))/;

const STOP_TAKEN_BACK =
  /(?:やめて|止めて|とめて|消して|解除して|けして|cancel (?:it|them)|stop (?:it|them)).{0,8}?(?:いや待って|いや、?まって|あ、?待って|やっぱ(?:り)?(?:待って|いい)|(?<![a-z])(?:no wait|wait,? no|actually wait|actually,? no|hold on|never ?mind|leave (?:it|them)))/;
const ALL_OF_THEM = /全部|すべて|ぜんぶ|(?<![a-z])(?:all|everything)(?![a-z])/;

export function asksToStop(u: Understanding): boolean {
  // 「期限だけ教えて。通知はいらないです」: reminders turned down beside another question, which is
  // what is asked (no stop).
  // (「通知いらないや、とめて」 asks to stop besides.)
  const besides = withoutDeclinedHelp(u.normalized);
  if (besides !== u.normalized && !STOP_REQUEST.test(besides)) return false;
  // 「5日前のはいらない」 "don't need the 3-day one": a lead time turned down, not the reminders
  // (unless all of them are: 「全部いらない」).
  if (u.slots.declinedLeadDays && !ALL_OF_THEM.test(u.normalized)) return false;
  // 「リマインダー消して…いや待って、まず今何が登録されてるか見せて」: the stop taken back.
  if (STOP_TAKEN_BACK.test(u.normalized)) return false;
  // A bare "stop" counts here: this is only asked while reminders are what the turn is about.
  return STOP_REQUEST.test(u.normalized) || /^(?:stop|cancel|stop it|turn off|off)[.!]*$/.test(u.normalized);
}

// 「通知がうるさい」 "too many notifications": a complaint, which may mean "stop" (asked back).
const COMPLAINT = /うるさい|うざい|しつこい|多すぎ|(?<![a-z])(?:too many|annoying|spamm?ing)(?![a-z])/;

export function complains(u: Understanding): boolean {
  return COMPLAINT.test(u.normalized);
}

// A question about something just set: "what time will it come?", 「何時に来るの？」.
const QUESTION_ABOUT_IT =
  /(?<![a-z])(?:what time|which time|when (?:will|would|does|do|is|are) (?:it|they|that|the reminders?|the notifications?|i get)|how (?:many|often)|remind\w*|notif\w*|alert\w*)(?![a-z])|何時|時間|時刻|変え(?:られ|れ)る|いつ(?:来|届|く|鳴)|何日前|届く|来る|できた|どうなって|設定|通知|りまいんど|りまいんだー|お知らせ/;

// "What time will it come?", 「何時に来るん？」: when the reminder comes, whatever the matcher reads.
const ASKS_WHEN_IT_COMES =
  /^(?:and |so |ok,? )?(?:whens|when'?s|when is) it\??$|(?<![a-z])(?:what time|which time|(?:when|what day|which day|what date) (?:will|would|does|do) (?:it|they|the (?:first )?(?:reminders?|notifications?)|i get (?:it|them|the (?:first )?(?:reminders?|notifications?)))|i(?:'d| would|'ll| will) get (?:pinged|notified|reminded|a (?:ping|reminder|notification|message))|when(?:'s| is| will be) the first (?:one|reminder|notification|ping|message)|(?<!how )(?:do|will|would|am|shall) i (?:still |also )?(?:(?:get|getting|receive)(?:(?: (?:a|the|any|my))? (?:reminders?|notifications?|pings?|alerts?|messages?)|(?= (?:it|them|one|that|those)(?![a-z]))|(?=[\s?.!]*$))|be (?:reminded|notified|pinged)))(?![a-z])|最初の(?:通知|お知らせ|りまいんど)|^(?:で|じゃあ|ほな|それで)?[、,\s]*最初(?:の(?:やつ|ん)?)?(?:は|って)?いつ|何時(?:ごろ|頃|くらい|ぐらい)?に?(?:来|届|鳴|く|お知らせ|通知)|いつ(?:(?:通知|お知らせ|りまいんど|りまいんだー)(?:が|は)?)?(?:来|届|鳴)|^(?:で|じゃあ|ほな|それで)?[、,\s]*次(?:の(?:やつ|ん|は))?(?:は|って)?いつ(?:\s*[?？]|[？?]?$)|(?:まだ|来月も?|次も?|これからも?)(?:通知|お知らせ|りまいんだー?|りまいんど)(?:は|って)?(?:来|届|く)|(?:\d+|何)\s*日に(?:来|届)/;

export function asksWhenItComes(u: Understanding): boolean {
  // 「請求のお知らせっていつ来るん？」 asks when the bill comes.
  return ASKS_WHEN_IT_COMES.test(u.normalized) && !saysBillOrPurchase(u.normalized);
}

// "when is the next one", 「次の引き落とし日はいつ？」: the next deadline of the method just set.
const ASKS_NEXT_DEADLINE =
  /(?<![a-z])(?:next (?:one|deadline|due date|debit|payment|bill)|(?:which|what) date)(?![a-z])|次(?:回)?の(?:期限|引き?落とし|支払|締め?切り|請求)/;

export function asksNextDeadline(u: Understanding): boolean {
  return ASKS_NEXT_DEADLINE.test(u.normalized) && !asksWhenItComes(u);
}

// Reminders named as such; 「設定」 "settings" alone may be the payment method's. (Not the bill's
// 「ご請求金額確定のお知らせ」, an email's title: atone's notice of the bill.)
const REMINDER_NAMES =
  /りまいんど|りまいんだー|(?<!請求(?:金額)?(?:確定)?の|確定の|決済の|ご利用の)(?:通知|お知らせ)(?![」』]|って(?:めーる|sms))|(?<![a-z])(?:remind\w*|notif\w*|alerts?|ping(?:s|ed)?)(?![a-z])/;
// (Not 「パスワード再設定したい」「住所の設定」: another thing's setting.)
const SETTINGS =
  /(?<!再|ぱすわーど(?:を|の)?|住所(?:を|の)?|あかうんと(?:を|の)?|暗証番号(?:を|の)?)設定|(?<![a-z])(?<!(?:password|account|privacy|phone|app) )settings?(?![a-z])/;

/** Reminders named (「リマインダーって何ができるの？」), not only a setting. */
export function namesReminders(u: Understanding): boolean {
  return REMINDER_NAMES.test(u.normalized) || asksToBeToldBeforehand(u.normalized);
}

/** Words of reminders or their settings: a message with them is not read in the light of another topic. */
export function mentionsReminders(u: Understanding): boolean {
  return namesReminders(u) || SETTINGS.test(u.normalized);
}

// 「解除されているか確認させて」 "are they really off?": whether reminders stopped, not a stop.
// (So too 「リマインダー自体は解除してないよね？」 "you didn't cancel everything, right?", "wait, did
// that just cancel it?".)
const ASKS_IF_STOPPED =
  /解除され|解除でき|止まって|とまって|止まった|消えた|消えて|消せた|なくなった|残って(?:ない|いない|る|へん)|(?:解除|停止|消し|削除)(?:し)?て(?:は)?(?:ない|へん|ません|おらん)(?:よね|やんな|よな|よ|の|ん)?[?？]|(?<![a-z])(?:are|were|is) (?:they|it|my reminders?|the reminders?) (?:really |now )?(?:stopped|off|cancell?ed|gone)(?![a-z])|(?<![a-z])(?:you |i |it )?(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not) (?:\w+ )?(?:cancel|cancelled|stop|stopped|turn(?:ed)? (?:them |it )?off|delete|deleted|remove|removed)(?![a-z])[^?]*\?|(?<![a-z])(?:did|has|have) (?:that|this|it|you|i) (?:just |accidentally |really )?(?:cancel(?:l?ed)?|stop(?:ped)?|turn(?:ed)? (?:them |it )?off|delete[ds]?|remove[ds]?|kill(?:ed)?)(?![a-z])[^?]*\?/;

export function asksIfStopped(u: Understanding): boolean {
  return ASKS_IF_STOPPED.test(u.normalized);
}

/** A question: a question mark, or a question word leading (English) or ending (Japanese) it. */
export function isQuestion(u: Understanding): boolean {
  return (
    /\?$/.test(u.normalized) ||
    // ("whats the fee…", "hows", "wat": typed in a hurry.)
    /^(?:(?:also|and|so|but|then|plus|ok|oh|btw),?\s+)*(?:what|whats|wat|when|whens|how|hows|which|why|where|wheres|who|is|are|do(?! (?:it|that|this|so)\b)|does|did|can|could|will|would)\b/.test(
      u.normalized,
    ) ||
    // (「…変わりますか。」 ends its question with a full stop, as keigo often does.)
    // (Not 「前日に教えて、コンビニの」: a request, then whose it is said after it.)
    (/(?:の|か|かな|っけ|どう|いつ|どこ|なに|何)[。.]?$/.test(u.normalized) &&
      !WHOSE_AFTER_A_REQUEST.test(u.normalized))
  );
}

const WHOSE_AFTER_A_REQUEST = /(?:て|てね|ください|お願い|おねがい)[、,]\s*[^、,?]{1,12}の[。.]?$/;

// Any word of stopping, or a complaint (COMPLAINT): without one, a message does not ask to stop
// reminders, however it reads (「口座振替でリマインダーお願い」 once read as a stop, for the many "I
// switched to bank debit, so stop them" it resembles).
const STOP_WORD =
  /(?:全部|ぜんぶ|すべて|全て)(?:なし|無し)|止|とめ|やめ|解除|不要|いらない|要らない|いりません|いらん|要らん|いらへん|きゃんせる|おふ|停止|取り消|取消|消し|消す|けして|削除|もう(?!一回|一度|いっかい|いちど|少し|すこし|ちょっと)|(?<![a-z])(?:stop\w*|cancel\w*|off|unsub\w*|disable|delete|remove|no longer|don'?t|dont|any ?more|enough|quit|end)(?![a-z])/;

// 「リマインダー登録したい」 "I want to set a reminder": asks for one to be set, whatever the reading;
// a list is asked for with words of showing (「一覧」「見せて」, "show", "what").
// (「口座振替で登録」: the noun alone, as a request.)
const WANTS_SET =
  /(?:で|に)(?:登録|設定)[。.!！\s]*$|(?:りまいんだー|りまいんど|通知|お知らせ)(?:を|も)?(?:つけ|付け)(?:て|といて|ておいて|とって)|(?:登録|設定)(?:を|も)?し(?:直|なお)(?:し|す|せ)|(?:登録|設定|りまいんど)(?:を|も)?(?:したい|して(?:ほしい|ください|下さい)?(?:$|[。.!！、,\s?？])|して(?:くれ(?:る|ん|へん|ない|ませんか)?|もらえ(?:る|ん|ない|ますか)?)|お願い|しと(?:いて|って)|しておいて)|りまいんど\S{0,4}(?:頼|たの|よろしく)|(?:1|一|ひと)(?:個|つ)?(?:作|つく)って|(?:作|つく)って(?:ほしい|ください|下さい|くれ|おいて|といて)|(?<![a-z])(?:set|add|create|make) (?:up )?(?:a |one|me a )|(?<![a-z])i (?:want|need|would like) (?:a |to set|(?:a )?reminders?(?![a-z]))/;
const WANTS_SHOWN =
  /一覧|見せ|みせ|見たい|確認|どれ|何が|なにが|(?<![a-z])(?:show|list|what|which|see)(?![a-z])/;

export function asksToSet(u: Understanding): boolean {
  // (Not in the words that turn reminders down: "don't you dare set up a reminder".)
  return WANTS_SET.test(withoutDeclinedHelp(u.normalized)) && !WANTS_SHOWN.test(u.normalized);
}

// "remind me 3 days before", "also notify me the day before pls", 「3日前に通知して」: reminding
// asked for in the imperative.
const REMIND_ME = new RegExp(
  String.raw`^(?:(?:also|and|plus|please|pls|then|ok|so),?\s+)*(?:(?:can|could|would|will) you (?:(?:please|pls|also|just) )*)?(?:remind|notify|ping|alert|message|text) (?:me|us)(?![a-z])(?! (?:what|which|how|who|where|why)(?![a-z]))|(?:りまいんど|通知|お知らせ)(?:も)?(?:して|しといて|しておいて|ちょうだい|お願い|おねがい|よろしく|頼|(?:が)?(?:欲しい|ほしい)(?:です)?(?=[。.!！\s]*$))|(?:りまいんど|通知|お知らせ)(?:を|も)?(?:送って|して)(?:いただ|頂|くだ|下さ)|${LEAD_TIME_TOLD.source}`,
);

/**
 * Reminders asked for in so many words, not talked about: "also remind me 3 days before",
 * 「リマインダー登録して」; not "I'll think about reminders later" or 「リマインダー通り払った」.
 */
export function requestsReminders(u: Understanding): boolean {
  return (
    (asksToSet(u) || REMIND_ME.test(u.normalized)) &&
    (mentionsReminders(u) || LEAD_TIME_TOLD.test(u.normalized)) &&
    !declinesReminders(u.normalized) &&
    !negatesReminding(u) &&
    !hedges(u) &&
    !isHypothetical(u)
  );
}

export function saysStop(u: Understanding): boolean {
  // (Every stop asked for says a word of stopping: decide.ts turns a "stop" without one into a
  // request, and a request asking to stop into a stop, so the two must agree.)
  return STOP_WORD.test(u.normalized) || COMPLAINT.test(u.normalized) || STOP_REQUEST.test(u.normalized);
}

/** A question about what was just set: "what time will it come?", 「設定できた？」. */
export function asksQuestion(u: Understanding): boolean {
  return isQuestion(u) && QUESTION_ABOUT_IT.test(u.normalized);
}

// Words that belong to no language in particular ("ok", "no", "👍", "3", "7-11?"): answered in
// the conversation's language, not in English because they are written in Latin letters.
const NEUTRAL = /^(?:ok|okay|k|kk|yes|no|yeah|yep|nope|thx|ty|lol|hmm+|[^\p{L}]*)[?!.\s]*$/u;

export function isLanguageNeutral(normalized: string): boolean {
  return NEUTRAL.test(normalized) || isKeyboardMash(normalized);
}

/** "asdfghjkl", "qwerty", "zxcvb": letters from one row of the keyboard, which is no English. */
function isKeyboardMash(normalized: string): boolean {
  const word = normalized.replace(/[?!.\s]+$/, '');
  return /^(?:[qwertyuiop]{5,}|[asdfghjkl]{4,}|[zxcvbnm]{5,})$/.test(word);
}

// "What are the options?", 「どれがあるの？」: asking back what the choices are; so does "only?"
// (「コンビニでしか払えへんの？」 "can I only pay at a konbini?").
const ASKS_CHOICES =
  /しか(?:払え|はらえ|使え|つかえ|でき|選べ)|(?:他|ほか)に(?:は|も)?(?:ない|ある|方法)|(?<![a-z])(?:can i only|is (?:it|that|this) the only|only (?:way|option|choice)|other (?:ways|options))(?![a-z])|(?<![a-z])(?:options|choices|which (?:ones?|methods?)(?: (?:are there|can i (?:choose|pick|use)|do you have))?\s*\??$|what (?:methods|ways|are my options)|what can i (?:choose|pick))(?![a-z])|選択肢|どれ(?:が|を)?(?:ある|選べ)|何がある|なにがある|どんな方法|どの方法/;

export function asksForChoices(u: Understanding): boolean {
  return ASKS_CHOICES.test(u.normalized);
}

// 「いや、やっぱりいいや」, "never mind": the question the bot asked is dropped.
export function dropsTheQuestion(u: Understanding): boolean {
  return saysNeverMind(u.normalized) || yesOrNo(u) === 'no';
}

// 「分割もできる？」「代引きもいける？」 "that too?": the same place or thing, one more question.
const ALSO =
  /も(?:できる|でき(?:ます|ん)|使える|いける|ある|あり|可能|選べる|大丈夫|ok)|(?<![a-z])(?:too|as well|also)(?![a-z])/;

export function asksAlso(u: Understanding): boolean {
  return ALSO.test(u.normalized);
}

// "That one", 「それ」「これ」: the thing just talked about.
// ("is there a limit?": that "there" points at nothing.)
// (Not the この of 「どこの会社」.)
const POINTS_BACK =
  /それ|これ|その|(?<!ど)この|あれ|そこ|(?<![a-z])(?:that|this|it|those|these|them|they|same)(?![a-z])|(?<![a-z])(?<!(?:is|are|was|were|any) )there(?![a-z])(?! (?:is|are|was|were)(?![a-z]))/;

export function pointsBack(u: Understanding): boolean {
  return POINTS_BACK.test(u.normalized);
}

// 「さっきの本人確認の話だけど」 "going back to the refund thing": a topic answered earlier, taken up
// again.
const RETURNS_TO =
  /さっき(?:の|言って|聞いた|教えて)|先ほどの|前に(?:聞いた|言って|教えて)|(?:の|った)話(?:に戻|だけど|やけど|ですが|の続き)|(?<![a-z])(?:going back to|back to (?:the|my|that)|(?:about|re) (?:the|that) \w+(?: \w+)? (?:thing|question|issue)|you (?:said|mentioned) (?:earlier|before)|earlier you said)(?![a-z])/;

export function returnsToTopic(u: Understanding): boolean {
  return RETURNS_TO.test(u.normalized);
}

// "Don't remind me…", 「通知しないで」「教えなくていい」: reminding, negated. Not a request to set
// anything; a stop only when it says so for good (saysForGood), a change only of lead times named.
const NEGATED_REMINDING =
  /(?<![a-z])(?:don'?t|dont|do not|never|no need to|not)\s+(?:\w+\s+){0,2}?(?:remind\w*|notif\w*|alert\w*|message\w*|ping\w*|send\w*|bother\w*|tell me)(?![a-z])|(?<![a-z])(?:don'?t|do not) (?:want|need) (?:any |the |a |these |those )?(?:reminders?|notifications?|alerts?)(?![a-z])|(?:教え|知らせ|通知し|連絡し|送ら|送信し|りまいんどし|りまいんどせ|お知らせし)(?:ないで|なくて(?:いい|よい|大丈夫|結構)|なくていい|ません)/;

// "…anymore", 「もう…」: for good, which makes a negated reminding an explicit stop.
const FOR_GOOD =
  /(?<![a-z])(?:any ?more|no longer|ever again|from now on|at all|changed my mind|on second thought)(?![a-z])|もう|今後|これから|二度と|やっぱり|やっぱ|気が変わ/;

// 「今月分はもう払ったから今回の通知はいらない」 "already paid this month's, no need to remind me
// this time": this deadline paid, not every reminder stopped.
// (「今日払ったけん…」 "paid it today, so…": paid, given as the reason.)
const PAID_ALREADY =
  /^(?:よし|やった|あ|はい)?[、,!！\s]*(?:無事)?(?:支)?払(?:った|えた|いました|えました)(?:よ|わ|で|ー|ぞ)?[!！。.\s]*$|^(?:(?:ok|okay|so|alright|done|yay)[,!.]?\s+)?(?:i )?(?:just |already )?paid(?: it| the bill)? (?:at|with|by|via|through) (?:[a-z0-9 '-]{2,24}[^a-z0-9?]*$|[a-z0-9'-]+(?: [a-z0-9'-]+){0,2}[,.!]+\s)|もう(?:今日|きょう|昨日|きのう|さっき|今月分?は?|今回(?:の分)?は?)?(?:払|支払)っ|(?:今日|きょう|昨日|きのう|さっき)(?:に)?(?:払|支払)(?:った|いました)(?:よ|わ|で|の)?[!！。.\s]*$|(?:払|支払)って(?:き|来)(?:た|ました)|払い済|支払い済|払いました|(?:支)?払い終(?:わ|え)|(?:払|支払)っ(?:た|てる|ている)(?:けん|から|ので|んで|し|ため)|(?<![a-z])(?:already paid|paid (?:it|this|that|them) already|i(?:'ve| have) (?:already )?paid|i paid (?:it |this month'?s? |mine (?:too )?)?(?:today|yesterday|just now|already)|^(?:(?:ok|okay|so|alright|done)[,!.]?\s+)?i(?:'ve| have)? (?:just |already )?paid(?: it| mine| the bill)?(?: too| as well)?[.!\s]*$|i (?:just |already )?paid (?:this month'?s?(?: bill)?|(?:the|my) (?:[a-z]+ ){0,2}(?:bill|payment))|^(?:just |already )?paid (?:it |the bill |this one )?(?:today|yesterday|just now|already))(?![a-z])/;
// (「もう払ったよ」 alone, 「払った！」, "already paid it yesterday at 7-11", "just paid at lawson 👍":
// the bill at hand.)
const THIS_ONE =
  /^(?:よし|やった|あ|はい)?[、,!！\s]*(?:無事)?(?:支)?払(?:った|えた|いました|えました)(?:よ|わ|で|ー|ぞ)?[!！。.\s]*$|^(?:(?:ok|okay|so|alright|done|yay)[,!.]?\s+)?(?:i )?(?:just |already )?paid(?: it| the bill)? (?:at|with|by|via|through) |今回|今月|この期限|この分|今日|きょう|明日|あした|^(?:(?:ok|okay|so|alright|done|thanks|thank you|thx|ty)[,!.]?\s+)?i(?:'ve| have)? (?:just |already )?paid(?: it| mine| the bill)?(?: too| as well)?[.!\s]*$|さっき|先ほど|昨日|きのう|たった今|(?<![a-z])(?:today|just now|yesterday|earlier today)(?![a-z])|^(?:i )?(?:already )?paid(?: it)?(?: already)?[!.\s]*$|^(?:i )?paid already(?:,? (?:btw|by the way|lol|haha|though|tho|fyi))?[!.\s]*$|^(?:あ|え|いや|ありがと[うー]?(?:ございます)?|どうも|さんきゅー?)?[、,!！\s]*(?:もう)?(?:支)?払(?:った|いました|ってます|ってる|い終わった|い終わりました|い終えました)(?:よ|わ|で|し|って)?[!！。.\s]*$|^(?:i'?ve|i have) (?:already )?paid(?: it)?(?: already)?[!.\s]*$|(?<![a-z])(?:this time|this month|this one|for this deadline|paid it)(?![a-z])/;
// 「バーコードの分」 "the konbini bill": the bill of the way named (the way itself found by the slots).
const A_WAYS_BILL = /の(?:分|請求|支払い?)|(?<![a-z])(?:bill|one|payment)(?![a-z])/;

/** The bill of one way named: 「バーコードの分はもう払ったよ」 "I paid the konbini bill" (this one). */
function namesAWaysBill(u: Understanding): boolean {
  return u.slots.method !== undefined && !u.slots.methods && A_WAYS_BILL.test(u.normalized);
}
const NOT_NEEDED =
  /いらない|いらん|不要|要らない|止め|とめ|(?:教え|知らせ|通知し|送ら|連絡し)(?:なくて|んくて|んで)(?:いい|ええ|大丈夫|平気)|(?<![a-z])(?:no need|don'?t need|do not need|skip|stop|pause|hold off|don'?t remind)(?![a-z])/;

/** 「支払い済みにして」 "mark it as paid": what the Paid button does, asked for in words. */
export function marksPaid(u: Understanding): boolean {
  return MARKS_PAID.test(u.normalized);
}

/** Paid, said (「もう払った」 "already paid"), or marked as such (「支払い済みにして」). */
export function saysPaid(u: Understanding): boolean {
  return PAID_ALREADY.test(u.normalized) || MARKS_PAID.test(u.normalized);
}

/** 「今月分はもう払った」 "I've already paid this month's": told, not asked. */
export function saysPaidThisMonth(u: Understanding): boolean {
  return (
    PAID_ALREADY.test(u.normalized) && (THIS_ONE.test(u.normalized) || namesAWaysBill(u)) && !isQuestion(u)
  );
}

// 「12月分はもう払いました」「12月分払った！」 "paid December's already": a month's bill, paid, told.
const PAID_FOR_A_MONTH =
  /(?<!\d)(\d{1,2})月(?:分|の分|の請求|の支払い?)(?:は|も)?\s*(?:もう)?\s*(?:払|支払)(?:った|いました|い済|い終)|(?<![a-z])(?:already )?paid (?:the )?(january|february|march|april|may|june|july|august|september|october|november|december)(?:'s| bill)(?![a-z])/;

/** The month whose bill is told paid (「12月分はもう払いました」), if one is; said, not asked. */
export function paidForAMonth(u: Understanding): number | undefined {
  const m = PAID_FOR_A_MONTH.exec(u.normalized);
  if (!m || isQuestion(u)) return undefined;
  const month = m[1] ? Number(m[1]) : ENGLISH_MONTHS.find(([name]) => name === m[2])?.[1];
  return month !== undefined && month >= 1 && month <= 12 ? month : undefined;
}

// 「今月のリマインドだけ止めて」「今月分のリマインドはもういらない」「今月分だけリマインド一時停止して」
// 「来月まで通知止めて」 "skip just this month's reminder", "pause it till next month": this
// deadline's, not all of them.
const ONLY_THIS_ONE_STOPPED =
  /(?:今月|今回)(?:分)?の(?:りまいんど|りまいんだー|通知|お知らせ)(?:は|を)?(?:もう)?(?:いらない|いらん|要らない|不要|止め|とめ|やめ)|(?:今月|今回|この期限)(?:分)?(?:の)?(?:りまいんど|りまいんだー|通知|お知らせ)?(?:は|を)?(?:だけ|のみ)(?:は|を)?(?:止め|とめ|やめ|いらない|いらん|不要|すきっぷ|飛ばし|なしで|なしに)|(?:今月|今回)(?:分)?(?:の)?(?:りまいんど|りまいんだー|通知|お知らせ)(?:は|を)?(?:お休み|休みに|休んで|すきっぷ|飛ばし)|(?:今月|今回|この期限)(?:分)?(?:の)?(?:だけ|のみ)(?:の)?(?:りまいんど|りまいんだー|通知|お知らせ)(?:は|を)?(?:一時)?(?:停止|止め|とめ|やめ|いらない|いらん|不要|すきっぷ|飛ばし|お休み|休み|なしで|なしに)|(?<![a-z])(?:skip|stop|pause|mute|cancel) (?:just |only )?(?:this month'?s?|this one|this time|the next one)(?: (?:one|reminders?|notifications?))?(?: only)?(?![a-z])|(?<![a-z])skip (?:it|that one) but (?:don'?t|do not|not) (?:delete|remove|cancel|stop)(?![a-z])|(?<![a-z])(?:no (?:more )?(?:reminders?|notifications?|pings?|alerts?)(?: for)? this month|(?:don'?t|do not) (?:remind|ping|notify) me (?:again )?this month|no more (?:reminders?|notifications?|pings?|alerts?) (?:until|till|before) next month|(?:pause|mute|stop|hold|skip|snooze) (?:it|them|that|(?:the |my )?(?:reminders?|notifications?)) (?:until|till|til|to) next month)(?![a-z])|来月まで(?:は)?(?:りまいんど|りまいんだー|通知|お知らせ)?(?:は|を)?(?:一時)?(?:止め|とめ|停止|お休み|休み|いらない|いらん)/;

export function skipsThisOne(u: Understanding): boolean {
  return (
    (PAID_ALREADY.test(u.normalized) && THIS_ONE.test(u.normalized) && NOT_NEEDED.test(u.normalized)) ||
    MARKS_PAID.test(u.normalized) ||
    (ONLY_THIS_ONE_STOPPED.test(u.normalized) && !isQuestion(u))
  );
}

// 「毎月5日に通知して」 "remind me on the 5th of every month", "remind me tomorrow": a reminder on a
// day of the calendar, which reminders are not (they come some days before the deadline).
const ON_A_DAY =
  /毎月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日に|明日|あした|明後日|あさって|(?<![a-z])(?:on the \d{1,2}(?:st|nd|rd|th)|every month on|each month on|tomorrow|tmrw|tmr|the day after tomorrow)(?![a-z])/;

export function remindsOnADay(u: Understanding): boolean {
  return ON_A_DAY.test(u.normalized);
}

// 「毎月8日に」 "on the 8th": the day of the month asked for, when one is.
const DAY_OF_THE_MONTH = /毎月\s*(\d{1,2})\s*日|(?<![a-z])on the (\d{1,2})(?:st|nd|rd|th)(?![a-z])/;

/** The day of the month a reminder is asked for on (1–31), if the message names one. */
export function dayOfTheMonthAsked(u: Understanding): number | undefined {
  const m = DAY_OF_THE_MONTH.exec(u.normalized);
  // ("remind me tmrw morning": tomorrow's day of the month, the day after's.)
  const ahead = m ? undefined : DAYS_AHEAD.exec(u.normalized);
  const day = m ? Number(m[1] ?? m[2]) : ahead ? addDays(u.today, ahead[1] ? 2 : 1).day : undefined;
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
}
const DAYS_AHEAD =
  /(明後日|あさって|(?<![a-z])the day after tomorrow(?![a-z]))|明日|あした|(?<![a-z])(?:tomorrow|tmrw|tmr)(?![a-z])/;

// 「やっぱ戻して」「元に戻して」 "undo that", "put them back": what was just done, taken back.
// (So is the request itself, taken back at once: "actually no, don't", 「やっぱなしで！登録しないで」;
// not 「やっぱいいや」, which may as well be "fine as it is": asked back.)
const UNDOES =
  /(?:元に|もとに)?(?:戻し|もどし)て|取り消し(?:て|たい)|とりけし(?:て|たい)|(?<!利用)再開|やっぱ(?:り)?(?:なしで|なし[!！。\s]*$|いらない|やめとく|やめて)|(?:登録|設定)(?:は)?しないで|(?<![a-z])(?:undo|put (?:them|it) back|turn (?:them|it) back on|bring (?:them|it) back|restore|resume|unpause|(?:actually|wait),? no,? don'?t|(?:actually|wait),? (?:cancel|undo) (?:that|it)|scratch that)(?![a-z])/;

export function undoes(u: Understanding): boolean {
  return UNDOES.test(u.normalized);
}

// A lead time as said: 「前日」「当日」「3日前」「1週間前」, "the day before", "the day of", "3 days".
const JA_LEAD = '(前日|当日|(\\d{1,2})日前|(\\d)週間前)';
const EN_LEAD =
  '(the day before|day before|the day of|on the day|the day itself|the due date|(\\d{1,2})[- ]days?(?: before)?|(\\d|a|one)[- ]weeks?(?: before)?)';
// 「前日のは当日に変えて」 "change the day-before one to the day itself": one lead time for another.
// (Or one set aside for another: 「1週間前じゃなくて5日前にして」, "replace the 2 days with 3 days".)
const MOVES_ONE_LEAD_TIME = new RegExp(
  `${JA_LEAD}(?:の(?:やつ|通知|お知らせ|分)?)?(?:は|を)\\s*${JA_LEAD}に(?:変え|かえ|変更|し|ずらし|移し)|(?<![a-z])(?:change|move|make|switch|turn) (?:the |my )?${EN_LEAD}(?: one| reminder| alert)? (?:to|into) ${EN_LEAD}(?![a-z])|${JA_LEAD}(?:の(?:やつ|通知|お知らせ))?(?:じゃなくて|ではなくて?|やなくて|でねくて|でなくて)\\s*${JA_LEAD}(?:に|で)|(?<![a-z])replace (?:the |my )?${EN_LEAD}(?: one| reminder)? with ${EN_LEAD}(?![a-z])`,
);

function leadSaid(
  whole: string | undefined,
  days: string | undefined,
  weeks: string | undefined,
): number | undefined {
  if (whole === undefined) return undefined;
  if (days !== undefined) return Number(days);
  if (weeks !== undefined) return 7 * (/^\d$/.test(weeks) ? Number(weeks) : 1);
  return /前日|before/.test(whole) ? 1 : 0;
}

/** 「前日のは当日に変えて」: the lead time set aside and the one put in its place. */
export function movesOneLeadTime(u: Understanding): { from: number; to: number } | undefined {
  const m = MOVES_ONE_LEAD_TIME.exec(u.normalized);
  if (!m) return undefined;
  const from =
    leadSaid(m[1], m[2], m[3]) ??
    leadSaid(m[7], m[8], m[9]) ??
    leadSaid(m[13], m[14], m[15]) ??
    leadSaid(m[19], m[20], m[21]);
  const to =
    leadSaid(m[4], m[5], m[6]) ??
    leadSaid(m[10], m[11], m[12]) ??
    leadSaid(m[16], m[17], m[18]) ??
    leadSaid(m[22], m[23], m[24]);
  return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}

// "if not, set one", 「なかったら設定しといて」: a condition on there being none.
const IF_NONE =
  /(?<![a-z])if (?:not|none|there(?:'s| is) none|there (?:isn't|is not|are no|aren't)|i (?:don't|do not|dont) have|nothing(?:'s| is) set)(?![a-z])|(?:な|無)(?:ければ|かったら|いなら|いんなら|けりゃ)/;

// 「なければはがきでお願い」: the condition, then a request without a word of setting.
const IF_NONE_THEN_ASKED = new RegExp(
  `(?:${IF_NONE.source})[^。？?]{0,20}(?:お願い|おねがい|頼|たの[むみ]|よろしく|しといて|しておいて|作って|つくって)`,
);

/**
 * "do I have a reminder? if not, set one for the postcard": reminders asked for on the condition
 * that none is on (not 「払わなければどうなる？」, which names no reminders and asks none set).
 */
export function setsIfNone(u: Understanding): boolean {
  return (
    mentionsReminders(u) &&
    (IF_NONE_THEN_ASKED.test(u.normalized) ||
      (IF_NONE.test(u.normalized) && (asksToSet(u) || REMIND_ME.test(u.normalized))))
  );
}

/** Whether the message asks for reminders stopped before, again as they were (RESUMES). */
export function resumes(u: Understanding): boolean {
  return RESUMES.test(u.normalized) && !u.slots.otherService;
}

// "Maybe a reminder would help?", "wish someone reminded me", 「リマインドしてくれたら助かるかも」
// 「通知とかあったら助かるんやけど…」: a wish, not yet a request.
const HEDGED =
  /(?:ほう|方)が(?:いい|ええ|良い)(?:ん|の)?(?:かな|やろか|でしょうか|のか)|(?:いる|要る|必要|いります)(?:か|かな|かなぁ|かなあ|やろか|やろうか)(?![ぁ-ん])|(?<![a-z])do i (?:even |really )?need (?:a |one|reminders?)(?![a-z])|(?:おう|よう|ろう|おっ|よっ|ろっ)かな|(?<![a-z])(?:maybe|perhaps|might|i guess|not sure|would (?:help|be (?:nice|good|great|helpful))|(?:i )?wish|if only|it'?d be nice)(?![a-z])|たらいいのに|てくれたらなあ?|かも(?:しれ\S*|です|なぁ?|なあ|ねぇ?|ねえ|やな|やわ)?(?=[。.!?\s…、,]|$)|どうしよ|助かるかも|たらいいな|たらうれしい|(?:あったら|あれば|(?:し|教え|おしえ|知らせ|連絡し)てくれたら|(?:し|教え|おしえ|知らせ|連絡し)てもらえたら)(?:助かる|嬉しい|うれしい|ありがたい)(?:ん|の)?(?:やけど|だけど|ですが|けど)/;

// "should I turn them off? what would you do", 「解除したほうがいい？」: advice asked, nothing to do yet.
const ASKS_ADVICE =
  /(?<![a-z])(?:should i|shall i|do you think i should|what would you do|would you (?:turn|stop|keep|set)|is it (?:better|wise|a good idea) to)(?![a-z])|(?:した|する|止めた|やめた|解除した)(?:ほう|方)が(?:いい|良い|ええ)(?:かな|ですか|の|ん)?[?？]|すべき(?:かな|ですか|なの)?[?？]/;

export function asksAdvice(u: Understanding): boolean {
  return ASKS_ADVICE.test(u.normalized);
}

// "can i pause reminders while im on holiday?", 「通知って一時停止できる？」: whether it can be done,
// asked, not asked for.
const ASKS_IF_POSSIBLE =
  /(?<![a-z])(?:(?:can|could|may) (?:i|we)|is (?:it|there a way) (?:possible|to)|is there a way|am i able to)(?![a-z])|(?:でき|出来)(?:る|ます|ません)(?:か|の|ん)?\s*[?？]|でき(?:る|ます)(?:か|の)$|可能(?:です|でしょう)?か/;

/** Whether a stop is only asked to be possible (then it is asked back, never carried out at once). */
export function asksIfPossible(u: Understanding): boolean {
  return isQuestion(u) && ASKS_IF_POSSIBLE.test(u.normalized);
}

// 「口座振替の引き落とし、忘れそうなんだよね」 "I always forget the due date": a worry told, which a
// reminder would help with, not one asked for (「忘れそうだから登録しといて」 asks).
const WORRIES =
  /忘れそう|忘れがち|忘れっぽ|忘れちゃいそう|忘れてしまいそう|(?<![a-z])(?:i(?:'ll| will) (?:probably |definitely |totally )?forget|i (?:always|often|usually|keep) forget(?:ting)?|i tend to forget|i'?m (?:so |very |really )?forgetful)(?![a-z])/;

/** A worry about forgetting told, with nothing asked for: a reminder offered, not set. */
export function onlyWorries(u: Understanding): boolean {
  return (
    WORRIES.test(u.normalized) && !asksToSet(u) && !asksPolitely(u) && !ASKS_TO_BE_TOLD.test(u.normalized)
  );
}

// 「…知らせてください」「連絡もらえたら嬉しい」 "remind me", "let me know": being told asked for.
const ASKS_TO_BE_TOLD =
  /(?:知らせ|教え|連絡|通知|りまいんど)(?:て|し|を?もら|を?いただ|を?くだ|を?ちょうだい|を?お願い)|頼む|頼みます|たのむ|お願い|おねがい|(?<![a-z])(?:remind|notify|ping|tell|text|message|let) me(?![a-z])/;

/** A request put as a wish ("maybe a reminder would help?"): asked back before anything is set. */
export function hedges(u: Understanding): boolean {
  return HEDGED.test(u.normalized) || SUPPOSES_A_WAY.test(u.normalized);
}

// "would you remind me before the 27th if I use direct debit?", 「口座振替にしたら教えてくれる？」:
// reminders supposed for a way the user may take, asked, not yet asked for.
const SUPPOSES_A_WAY =
  /(?<![a-z])if i (?:use|pay (?:by|with|at)|switch to|go with|choose|pick)(?![a-z])[^.!]*\?\s*$|(?:に|へ)(?:したら|変えたら|切り替えたら)[^。!！]*(?:くれる|もらえる|できる)[?？]\s*$/;

/** "Don't remind me…", 「通知しないで」: reminding, negated (quiet hours are read as slots before this). */
export function negatesReminding(u: Understanding): boolean {
  return NEGATED_REMINDING.test(u.normalized);
}

/** "…anymore", 「もう通知しないで」: a negated reminding meant for good, which is a stop. */
export function saysForGood(u: Understanding): boolean {
  return FOR_GOOD.test(u.normalized);
}

/** "Don't stop my reminders", 「リマインダー止めないで」: leave them as they are. */
export function negatesStopping(u: Understanding): boolean {
  return NEGATED_STOPPING.test(u.normalized);
}

// "If I set a reminder, when would it come?", 「リマインダーを設定したらいつ届くの？」: a supposition,
// which asks what would happen and asks for nothing.
const HYPOTHETICAL =
  /(?<![a-z])(?:if|suppose|supposing|what if|in case) (?:i|we) (?:\w+ ){0,2}?(?:set|turn|sign|subscribe|register|enable|activate|ask|wanted|want|stop|cancel|unsubscribe|disable|delete|remove)(?![a-z])|(?<![a-z])(?:when|what time|how often|how many times) would (?:it|they|the reminders?|the notifications?|i get)(?![a-z])|(?:設定|登録|お願い|申し込|申込|りまいんど|りまいんだー)(?:し|を?し|を?お願いし)?たら|(?:解除|停止)(?:し)?たら|(?:止め|とめ|やめ)たら|(?:設定|登録)(?:すると|する場合|した場合|すれば)|(?:って|と)\s*(?:言|い)ったら|(?<![a-z])(?:if i (?:said|say|told you)|what (?:happens|would happen) if i (?:said|say|asked))(?![a-z])/;

export function isHypothetical(u: Understanding): boolean {
  return HYPOTHETICAL.test(u.normalized);
}

// "How about 8pm?", "what about the day before?", 「前日はどう？」: a setting proposed, not a question about how.
// "how about 8pm?", 「夜8時はどう？」, "evenings are better", 「夜がいい」: a setting put forward.
const PROPOSAL =
  /(?:お知らせ|通知|連絡)(?:を)?(?:いただけ|ください|下さい|願え|お願い)|(?:知らせ|教え)て(?:いただけ|ください|下さい)|^(?:how|what) about\b|(?:はどう|でどう|とかどう)(?:かな|ですか)?\??$|(?<![a-z])(?:(?:is|are|would be|works?) (?:better|fine|ok|okay|good|perfect)|works(?: for me)?[\s.!]*$|i(?:'d| would)? (?:prefer|rather))(?![a-z])|(?:が|の方が|のほうが)(?:いい|良い|ええ|よか(?!っ)|助かる)/;

export function proposes(u: Understanding): boolean {
  return PROPOSAL.test(u.normalized);
}

// 「無料の方法ある？」 "which one is cheapest?", "any other way?", 「手数料ってどれも同じ？」: a
// question across the ways to pay, so the method talked about before is not carried into it.
const ACROSS_METHODS =
  /(?:無料|ただ|安い|安め|お得|得な|ほか|他|別)(?:に(?:なる|できる))?の?(?:方法|払い方|支払い?方法?|やり方)|(?:無料|ただ)(?:に(?:なる|できる))?の(?:やつ|もの|ほう|方)|どれ(?:が|を|なら)|(?:の|のは|なのは)どれ|(?:一番|いちばん)(?:手数料)?(?:が|の)?(?:安|お得|得|遅|早)|最安|どれも|どれでも|どっちも|どちらも|両方|全部|ぜんぶ|すべて|全て|それぞれ|(?<![a-z])(?:all (?:the )?(?:same|methods|ways|options)|either way|both ways|for both|(?:same|different) for (?:both|each)|(?:each|every) (?:method|way|option)|same for (?:all|every)|cheap(?:er|est)?|(?:free|fee-?free|other|another|different|alternative) (?:way|option|method)s?|which (?:one|method|way|option)|(?:any|a) (?:way|option|method)s? (?:without|with no|for free)|without (?:a |any )?fees?)(?![a-z])/;

export function asksAcrossMethods(u: Understanding): boolean {
  return ACROSS_METHODS.test(u.normalized);
}

// 「無料の方法ある？」「一番安いのは？」 "which one is cheapest?", "any way without the fee?": the free
// way to pay asked for, which is bank debit alone.
const FREE_ONE =
  /無料|ただ(?:の|で|に)|安い|安く|安め|お得|得な|最安|手数料(?:が|の)?(?:かからな|かからん|無料|ぜろ|0円|なし|ない)|(?<![a-z])(?:cheap(?:er|est)?|free|fee-?free|no fees?|without (?:a |any |the )?fees?|least expensive)(?![a-z])/;

/** Whether the message asks for the free (cheapest) way to pay. */
export function asksForTheFreeOne(u: Understanding): boolean {
  return FREE_ONE.test(u.normalized);
}

// 「それの期限いつ？」「そっちに変えたい」 "when is that one due?", "switch to it": one way to pay
// pointed back to. (Not any "this" or 「あれば」: "what's this 209 yen fee?" points to no one way.)
const POINTS_TO_ONE_WAY =
  /それ(?:に|の|で|は|って|が|を|なら)|そっち|そちら|その(?:方法|やり方|払い方|支払い?方法?)|(?<![a-z])(?:(?:that|this|the free|the cheapest) (?:one|method|option|way)|(?:for|to|with|use|switch to|change to|go with) (?:it|that))(?![a-z])/;

/** Whether the message points back to one way to pay. */
export function pointsToOneWay(u: Understanding): boolean {
  return POINTS_TO_ONE_WAY.test(u.normalized);
}

// atone named: normalisation writes アトネ and あとね as "atone".
const NAMES_ATONE = /(?<![a-z])atone(?![a-z])/;

/** Whether the message names atone (「じゃあアトネは？」 after a question about another service). */
export function namesAtone(u: Understanding): boolean {
  return NAMES_ATONE.test(u.normalized);
}

// 「…いや、やっぱりいいや。今のままにしといて」 "never mind, keep it as it is": the settings left as they are.
// (Not 「時間だけ12時に変えて。日にちはそのままで」: one setting kept beside another changed.)
const KEEPS_AS_IS =
  /(?<!(?:日にち|日付|日|時間|時刻|方法|曜日|ほか|他)(?:は|も)\s*)(?:今の|いまの|この|その)まま(?:で|に|が)|変え(?:ない|んといて|なくていい)|変更(?:しない|しなくていい|なし)|(?<![a-z])(?:keep (?:it|them|everything|my reminders?) (?:as (?:it is|they are|is)|the same|unchanged)|leave (?:it|them) (?:as (?:it is|they are|is)|alone|be)|leave (?:it|them)(?: on)?[\s.!]*$|no changes?|don'?t change (?:it|them|anything))(?![a-z])/;

/** Whether the message asks to leave the settings as they are. */
export function keepsAsIs(u: Understanding): boolean {
  return KEEPS_AS_IS.test(u.normalized);
}

// 「もうちょい早めにして」「23時は遅すぎ」 "push it back a bit", "a bit earlier": the hour moved, not named.
// (The English words only where they move the hour: "a bit later", "make it earlier", "later
// please"; not "I'll set it up myself later" nor "as I said earlier".)
const MOVED_BY =
  '(?:(?:a (?:bit|little|tad)|an hour|\\d{1,2} hours?|(?:one|two|three) hours?|slightly|much|way|even) )';
const MOVE_IT = '(?:(?:make|set|move|send|do|have|change) (?:it|them|that|the reminders?|the time) )';
const EARLIER = new RegExp(
  `早めに|早くして|早くで|早めて|早らせ|前倒し|もう(?:ちょい|少し|ちょっと)早|遅すぎ|おそすぎ|(?<![a-z])(?:${MOVE_IT}?${MOVED_BY}(?:earlier|sooner)|${MOVE_IT}(?:earlier|sooner)|(?:earlier|sooner) (?:please|pls|in the day)|^(?:earlier|sooner)[.!?\\s]*$|too late)(?![a-z])`,
);
const LATER = new RegExp(
  `遅めに|遅くして|遅くで|遅らせ|遅めて|後ろ倒し|もう(?:ちょい|少し|ちょっと)遅|早すぎ|はやすぎ|(?<![a-z])(?:${MOVE_IT}?${MOVED_BY}later|${MOVE_IT}later|later (?:please|pls|in the day)|^later[.!?\\s]*$|push (?:it|them) back|too early)(?![a-z])`,
);
// 「1時間遅らせて」 "make it 2 hours earlier", "an hour later": by how many hours.
const HOURS_MOVED = /(\d{1,2}|[一二三])\s*時間|(?<![a-z])(\d{1,2}|an?|one|two|three) hours?(?![a-z])/;

// 「23時は遅すぎ」 "6am is too early": the hour named is the one set aside.
const NAMED_HOUR_TOO =
  /\d\s*時\s*(?:は|じゃ|だと|やと)?\s*(?:早|遅|はや|おそ)すぎ|\d\s*(?:am|pm|o'?clock)?\s+(?:is\s+)?(?:too|a bit too|way too)\s+(?:early|late)(?![a-z])/;

/**
 * How many hours the message moves the reminders' hour (-1 earlier, 1 later), when it names none
 * but the one it sets aside.
 */
export function shiftsHour(u: Understanding): number | undefined {
  // 「1日早めて」 "a day earlier": the days move, not the hour; so do "7 days is too early, make it 2".
  if (u.slots.leadShift !== undefined || u.slots.leadDays !== undefined) return undefined;
  if (
    u.slots.hour !== undefined &&
    (u.slots.otherHours || u.slots.hourSetAside !== undefined || !NAMED_HOUR_TOO.test(u.normalized))
  )
    return undefined;
  const earlier = EARLIER.test(u.normalized);
  const later = LATER.test(u.normalized);
  if (earlier === later) return undefined;
  const moved = HOURS_MOVED.exec(u.normalized);
  const hours = moved ? (readCount(moved[1] ?? moved[2]) ?? 1) : 1;
  return (earlier ? -1 : 1) * Math.min(hours, MAX_SHIFT);
}

/** The most a shift said in words moves the hour (as the stored request allows). */
const MAX_SHIFT = 3;

// 「夜10時以降は通知しないで」「朝8時前は送らないで」 "no reminders after 10pm": a bound on the hour
// they come at, not a stop.
const NOT_NOTIFIED =
  /(?:通知|連絡|りまいんど|お知らせ)?(?:は|を|も|が)?(?:しないで|しなくて|来ないで|こないで|送らないで|やめて|いらない|いらん|ほしくない|欲しくない|(?:来|こ|送ら|鳴ら|届か|し)ないように)|(?<![a-z])(?:don'?t|do not|no|never)(?: \w+){0,3} (?:remind|notify|message|ping|text|send|reminders?|notifications?|messages?|pings?)(?![a-z])/;
const AFTER_AN_HOUR = /時(?:以降|過ぎ|すぎ|より(?:後|あと)|から後)|(?<![a-z])(?:after|past|later than)\s+\d/;
const BEFORE_AN_HOUR = /時(?:前|より前|まで)(?:は|に)?|(?<![a-z])(?:before|earlier than)\s+\d/;

/** The hour reminders must not come after, or before, when the message sets one bound. */
export function boundsTheHour(u: Understanding): { notAfter?: number; notBefore?: number } | undefined {
  const hour = u.slots.hour;
  if (hour === undefined || u.slots.quietHours || !NOT_NOTIFIED.test(u.normalized)) return undefined;
  if (AFTER_AN_HOUR.test(u.normalized)) return { notAfter: clampHour(hour - 1) };
  if (BEFORE_AN_HOUR.test(u.normalized)) return { notBefore: hour };
  return undefined;
}
