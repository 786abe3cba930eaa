// The corrections of the matcher's reading, in order: each rule names a case the trained matcher
// reads wrong (or too surely), says why, and gives the reading it should have. `read` in bot.ts
// applies them after the matcher, the first that applies wins. Pure: the clock and the bot's own
// lookups come in with the reading.
//
// Every pattern here tests normalised text (src/nlu/normalize.ts): katakana is hiragana, full-width
// is ASCII, letters are lower case. A pattern written otherwise never matches
// (test/reading-rules.test.ts checks).

import { CASH_ON_DELIVERY } from '../intents/amazon-payment-methods.js';
import { namesAmazonPay } from '../intents/amazon-wallets.js';
import {
  asksHowTold,
  billStillToCome,
  namesBillNotice,
  namesClosingDay,
  saysNotArrived,
} from '../intents/billing-notice.js';
import {
  ASKS_FROM_WHEN_IT_APPLIES,
  ASKS_HOW_TO_CHANGE,
  ASKS_WHICH_BILL,
  asksIfRemindersChangeIt,
  supposesSwitchPutsOff,
  TOLD_DONE,
} from '../intents/change-method.js';
import { asksDayBeforeDue, asksForMoreTime, asksTimeOfDay, FEE_NAMED } from '../intents/deadline.js';
import { isLongPaste, thanksThenOwnPlan } from '../intents/fallback.js';
import { ASKS_IF_CHARGED, ASKS_PER_PURCHASE } from '../intents/fees.js';
import { supposesPayingLate, TELLS_A_MISS } from '../intents/late-payment.js';
import {
  asksToBeToldBeforehand,
  asksToShiftReminders,
  LEAD_TIME_TOLD,
  RESUMES,
} from '../intents/reminder-subscribe.js';
import type { Reading } from './bot.js';
import type { PlainDate } from './domain/calendar.js';
import { compareDates } from './domain/dates.js';
import type { Classification } from './nlu/classifier.js';
import { NEGATED_STOPPING } from './nlu/declined.js';
import { MARKS_PAID } from './nlu/marks-paid.js';
import { asksIfAHolidayChangesTheDate, asksIfDateMoves, asksIfItsDateChanges } from './nlu/moves.js';
import { asksNextPeriod } from './nlu/next-period.js';
import { ATONE_TOKEN } from './nlu/normalize.js';
import { asksAboutAnOrder } from './nlu/order-problem.js';
import { FAMILY_EN, FAMILY_JA, NAMES_FAMILY, PROXY_USE } from './nlu/proxy-use.js';
import { afterCorrection } from './nlu/put-right.js';
import { questionParts } from './nlu/question-parts.js';
import { recallsSetting } from './nlu/recalls-setting.js';
import { namesShop } from './nlu/shops.js';
import { type Slots, saysPurchase } from './nlu/slots.js';
import { asksIfThereIsASnooze } from './nlu/snooze-asked.js';
import { saysItFails } from './nlu/still-stuck.js';
import { asksTheWayToStop } from './nlu/way-to-stop.js';
import { asksWhatItIs } from './nlu/what-is.js';
import { RECEIPT } from './topics/handoff-subject.js';
import { type AnswerIntent, isFaqTopic } from './types.js';

/** What a rule reads: the matcher's reading of a message, the message, and the bot's lookups. */
export interface ReadingInput {
  /** The matcher's reading. */
  intent: AnswerIntent;
  confidence: number;
  alternative?: AnswerIntent | undefined;
  /** What the message asks: normalised, spell-corrected, declined offers and language requests out. */
  normalized: string;
  slots: Slots;
  now: Date;
  today: PlainDate;
  /** Whether the bot has this intent (a rule never leads to one it lacks). */
  has(intent: AnswerIntent): boolean;
  /** The days a deadline answer for `slots` gives as due, as of `now` (Understanding.dueDates). */
  dueDates(slots: Slots, now: Date): PlainDate[];
  /** The matcher's reading of the message without its dates and methods (read once, when first asked). */
  readWithoutFacts(): Classification;
  /** The matcher's reading of the last sentence that asks, in a message of three or more (else none). */
  readLastAsk(): Classification | undefined;
}

// 「いまいくら残ってる？」 "how much of my limit is left?": the user's own figure.
const OWN_LIMIT_LEFT =
  /(?:上限|限度|利用可能額|枠)[^。?]{0,12}(?:いくら|何円|なんぼ)[^。?]{0,6}(?:残|のこ|使え|あ(?:る|と))|(?:あと|残り)(?:いくら|何円|なんぼ)[^。?]{0,6}(?:使え|残)|(?<![a-z])how much (?:of my limit|limit|credit) (?:is |do i have )?(?:left|remaining)(?![a-z])/;

// 「金額ってどこで見れる？」 "where can I see how much I owe?".
const WHERE_THE_AMOUNT_IS =
  /(?:金額|請求額|利用額|いくら)(?:って|は|が|を)?(?:どこ|どうやって|どうすれば)(?:で|から)?(?:見|確認|わか|分か|調べ)|(?<![a-z])where (?:can|do|should) i (?:see|check|find)(?: out)? (?:the amount|how much i owe|my (?:bill|amount|balance))(?![a-z])/;

const ONLINE_SHOP =
  /ねっと(?:しょっぷ|通販|で買|で購入)|通販|おんらいん|(?<![a-z])(?:online|website|web ?shop|e-?commerce)(?![a-z])/;
const IN_A_SHOP = /実店舗|店頭|(?<![a-z])(?:in[- ]store|at the till|physical (?:shop|store))(?![a-z])/;
const DEBIT_FAILED =
  /(?:引き?落と(?:し|せ)|口座振替|振替)[^。?]{0,8}(?:失敗|できなかった|できてなかった|でけへんかった|されてなかった|されなかった|されてない)|(?<![a-z])(?:(?:direct |bank |auto )?debit (?:failed|bounced|didn'?t go through|was declined)|insufficient funds)(?![a-z])/;
/** A debit card named (「デビットカード」), not atone's bank debit. */
export const DEBIT_CARD = /でびっと|(?<![a-z])debit card(?![a-z])/;

/** Below this, an FAQ topic's reading is unsure enough for the facts said to decide. */
const UNSURE_TOPIC = 0.6;
// How faintly a topic reads when its words are only brushed ("i bought headphone with atone").
const FAINT_TOPIC = 0.35;
// A question asked or a turn of the story ("…but it never came").
const ASKED_OR_TURNED = /[?？]|(?<![a-z])(?:but|not|never|no)(?![a-z])|けど|のに|が、|ない|ません/;
// "same … but postcard?", 「じゃあ…なら？」: another case of the question before.
const ANOTHER_CASE =
  /(?<![a-z])(?:same|but|instead|what about|how about)(?![a-z])|じゃあ|なら|だったら|やったら|だと|の場合/;

// 「ポイントは何％つくん？」「ポイントどれくらい貯まる？」 "how many points do I get?".
const POINTS_EARNED =
  /ぽいんと(?:は|って|が|も)?[^。?]{0,8}(?:何(?:%|ぱーせんと)|何ぽいんと|どれ(?:くらい|ぐらい)|いくら)[^。?]{0,6}(?:つく|付く|貯ま|たま|もらえ|還元|入る)|(?<![a-z])how many (?:np )?points|(?:np )?points? (?:rate|percentage)(?![a-z])/;

// 「口座振替の日は？」「はがきの日っていつ？」: the day of a way, alone.
const A_WAYS_DAY =
  /(?:払い|振替|はがき|ばーこーど|こんびに|ぺいじー)の日(?:は|って|が|も)?(?:いつ|何日)?\s*[?？]?$/;

// "I pay that ten times?", 「それを10回払うの？」: the fee just told, paid so many times.
const PAYS_IT_AGAIN =
  /(?<![a-z])(?:pay|paying|charged?|charging) (?:for )?(?:that|it|this)(?: fee| charge)? (?:\w+ )?(?:times|every|each|again|twice)(?![a-z])|(?:それ|これ)(?:を|も)?\s*(?:\d+|何)回/;

// 「アトネ以外に何がある」「ほかに何で払える」 "what else can I pay with", "besides atone".
const WHAT_ELSE_THERE =
  /(?:以外|ほか|他)(?:に|だと|で|では|には)?(?:は|も)?(?:何|なに|どう|どんな)|(?<![a-z])(?:what else|besides atone|other than atone|instead of atone)(?![a-z])/;
// A pay-later asked for by name (「後払い」 "pay later", BNPL): amazon's alternatives.
const PAY_LATER_NAMED = /後払い|あと払い|(?<![a-z])(?:pay[ -]?later|bnpl|buy now)(?![a-z])/;

/** A correction of the matcher's reading. */
export interface ReadingRule {
  /** What the rule is for, in a few words (the comment above it, where there is one, says why). */
  why: string;
  /**
   * The matcher's readings the rule corrects (default: any). `when` is asked only of those:
   * most rules correct one or two readings, and a question's reading then passes over the
   * others' tests without running them.
   */
  intents?: readonly AnswerIntent[];
  when(input: ReadingInput): boolean;
  /** The intent read instead. */
  intent: AnswerIntent | ((input: ReadingInput) => AnswerIntent);
  /** How sure the reading is (default: as sure as the matcher was). */
  confidence?: number | ((input: ReadingInput) => number);
}

// "one from December 20, did I miss that?": whether a date's deadline has passed, which its
// deadline answer says.
const ASKS_IF_MISSED =
  /(?<![a-z])(?:did i miss|have i missed|is it (?:too )?late)(?![a-z])|間に合(?:った|ってる|う)|過ぎて(?:る|た)/;
// 「今日払ったらいつからまた使える？」 "when can I use it again?": when a suspension ends.
const USE_AGAIN =
  /いつから.{0,6}使え|いつ(?:から|頃|ごろ)?(?:また)?(?:買い物|買え|使え)(?:る|でき)|いつ(?:頃|ごろ)?(?:また)?(?:使え|利用でき)(?:る|ます)よう|(?:何日|いつ)(?:頃|ごろ|くらい|ぐらい)?から(?:また)?(?:使え|利用でき|使用でき)|(?:また|再び|もう一度)(?:atoneを?)?使え(?:る|ます)|すぐ(?:に)?(?:また)?使え(?:る|ます)よう|(?<![a-z])(?:when|how soon) (?:can|will|could) i (?:use (?:it|atone)|shop|buy)|when i can use|use (?:(?:it|atone) )?again|(?:it|atone) works again|how long until (?:it|atone) works(?![a-z])/;

// 「どのようなことを教えていただけますか」「何について質問できますか」: what the bot answers (after a
// greeting too: 「はじめて利用いたします。こちらではどのようなことを質問できますでしょうか」).
const ASKS_WHAT_THE_BOT_ANSWERS =
  /(?:^|[。.!！?？]\s*)(?:こちら(?:で|に)は|ここ(?:で|に)は|このぼっと(?:で|に)は)?[、,\s]*(?:どのような|どういった|どんな|何の|なんの)(?:こと|質問|内容|相談)(?:を|が|に|について)?(?:教えて|答えて|聞け|聞い|質問|相談|お答え|回答)|^(?:(?:hi|hello|hey|yo)[,!.\s]*)?(?:can|may|could) i ask (?:you )?(?:about atone|(?:a )?questions? about atone|(?:some )?questions?|something)(?: here)?\s*[?.!]*$|^(?:こんにちは|こんばんは|はじめまして)?[、,。!！\s]*(?:ここで|こちらで)?atone(?:の|について)(?:こと|質問)?(?:を|は)?(?:聞いて|質問して)(?:も)?(?:いい|良い|大丈夫)(?:ですか|かな|\?)?/;

/** A payment told as made (「支払いました」「払ったけん」 "I paid today"). */
const SAYS_PAID =
  /(?:支払|払)(?:い)?(?:ました|った|いました|い済|済み)|払ったけん|払うてきた|(?<![a-z])(?:i (?:just |already )?paid|paid (?:it|today|already|yesterday))(?![a-z])/;

// 「今から払えば今日中に使える？」「引き落とされたらすぐ使える？」: usable again right away, asked.
// (「支払い後、利用を再開できるまでどのくらい」 too.)
const USE_RIGHT_AWAY =
  /(?:今日中に|すぐ(?:に)?)(?:また)?(?:atoneを?)?使え(?:る|ます)(?!よう)|すぐ(?:に)?(?:次の|また)?(?:買い物|購入|利用|注文)(?:は|が|を)?(?:でき|し(?:て|ても))|(?:払|支払)(?:え|っ)(?:ば|たら)(?:すぐ|今日中)?(?:に)?(?:また)?(?:戻|もど|復活|解除|使え)|(?<![a-z])(?:if i pay (?:it |now |today |it now )?(?:will|can|could) (?:i use|it (?:work|come back|be (?:back|restored|unlocked)))|will it (?:come back|be back|be restored|work again) (?:right away|immediately|at once|straight away))(?![a-z])|(?:利用|使用)(?:を|が)?再開(?:でき|する|され)|(?:利用)?停止(?:は|が|って)?(?:いつ|何日|どれくらいで)(?:頃|ごろ)?(?:に)?解除|(?:いつ|何日|どれくらいで)(?:頃|ごろ)?(?:に)?解除(?:される|されます|になる|になります)|(?<![a-z])(?:when (?:will|does|is) (?:the |my )?suspension (?:be )?(?:lifted|end|over)|unsuspend\w*)(?![a-z])/;

export function asksToUseAgain(normalized: string): boolean {
  // (Not 「いつから使えなくなるの？」: when it stops.)
  return (
    (USE_AGAIN.test(normalized) || USE_RIGHT_AWAY.test(normalized)) && !STOPS_BEING_USABLE.test(normalized)
  );
}
const STOPS_BEING_USABLE = /使えなく(?:なる|なっ|なり)/;

/** A code or password named: the SMS code, 暗証番号, a password. */
const NAMES_A_CODE = /sms|こーど|認証|暗証|ぱすわーど|(?<![a-z])(?:code|password)(?![a-z])/;
const TELL_ME_THE_DEADLINE =
  /(?<![a-z])(?:teach|tell|show|give|inform) me (?:about )?(?:the |my |your )?(?:due date|deadline|payment date|payment deadline)(?![a-z])/;
const BEFOREHAND =
  /(?<![a-z])(?:remind\w*|notif\w*|alert\w*|ping|before|ahead|advance|beforehand|each month|every month|when it'?s (?:near|close|coming))(?![a-z])/;
const ASKS_TO_GIVE_A_CODE =
  /(?<![a-z])(?:read (?:it|the code|them) out|(?:phoned|called|rang|texted|messaged)[^.?]{0,60}(?:need|want|ask(?:ed|ing)? for)[^.?]{0,20}(?:the |my )?code|give (?:them|him|her) (?:the |my )?code)(?![a-z])|(?<![a-z])(?:do|would|will) you (?:need|want) my (?:sms |verification |security )?(?:code|password)|(?:should|do|must) i (?:send|give|tell|share) (?:you )?my (?:sms |verification )?(?:code|password)(?![a-z])|(?:認証)?(?:こーど|ぱすわーど|暗証番号)(?:を|も)?\s*(?:教え|送っ|伝え)(?:た(?:ほう|方)が|る(?:必要|の)|ないと|なきゃ)|(?:こーど|ぱすわーど)(?:って|は)?\s*(?:いる|要る|必要)(?:の|ん)?(?:\?|です|か)/;
// 「子どもが知らない人に認証コードを教えてしまった」: a code given away is misuse to report.
const TOLD_SOMEONE =
  /(?:教えて|伝えて|渡して)(?:しま|しも|ちゃ)|(?:教え|伝え)た|(?<![a-z])(?:i|i'?ve|i have)(?: just| already| accidentally| stupidly)? (?:gave|told|shared|sent|forwarded)(?: \w+){0,3} (?:the |my )?(?:code|sms code|password)|(?:code|password) to (?:a |some )?(?:stranger|someone|somebody)(?![a-z])/;

const MONTH_AFTER_NEXT =
  /翌々月(?:の)?(?:払い|請求|支払|引き?落とし)|(?<![a-z])(?:billed|charged|due|pay) (?:in )?the month after next(?![a-z])/;
const ASKS_IF_IN_TIME =
  /間に合(?:う|います|いますか|うかな|う\?)|(?<![a-z])(?:in time|make it|still (?:ok|okay|fine) if i (?:go|pay))(?![a-z])/;
/** A question about when (「いつ」 "when will…"). */
const ASKS_WHEN = /いつ|何日|(?<![a-z])(?:when|what date|what day)(?![a-z])/;

const NOT_YET = /まだ|(?<![a-z])(?:yet|so far)(?![a-z])/;
const SUPPOSED = /たら|場合|(?<![a-z])(?:if|when|in case)(?![a-z])/;

function monthBefore({ year, month }: PlainDate): { year: number; month: number } {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** A reading this sure is kept by most rules (even when the message asks whether a date moves). */
const SURE_OF_ANOTHER = 0.9;

/** A reading this unsure gives way to its runner-up when the message's facts point there. */
const WEAKLY = 0.5;

/** How clearly a message read without its dates and methods must be an FAQ topic to be taken as it. */
const CLEAR_WITHOUT_FACTS = 0.8;

/** A bill in so many words: the paper bill, an invoice, 請求書. */
const NAMES_A_BILL =
  /請求書|はがき|払込票|払込用紙|振込用紙|払う(?:ための)?紙|支払い?(?:用の)?紙|請求(?:の)?(?:めーる|sms|お知らせ|通知)|(?:お?支払い?|ご請求)の(?:ご案内|お知らせ)|めーる(?:も|が|は)?[^。?]{0,12}(?:来|届)|何も(?:届|来)|(?<![a-z])(?:(?:bill|invoice|statement|postcard|hagaki|seikyu+(?:sho)?)s?|(?:what|how much) (?:to|i (?:have to|need to|must|should)) pay|what i owe|amount due|(?:got|received|had) no (?:e-?mail|sms|mail)s?|(?:mail|letter|e-?mail)s?(?: or (?:mail|letter|e-?mail))? (?:\w+ )?(?:for|about) (?:paying|payment|the bill))(?![a-z])/;
/** "What should I do?", 「どうすれば」. */
const ASKS_WHAT_TO_DO =
  /どうすれば|どうしたら|どうしよう|どうすりゃ|どないしたら|(?<![a-z])what (?:should|do|can) i do(?![a-z])|what now/;

/**
 * 「いつも払い忘れちゃう」 "I always forget to pay": forgetting as a habit, which a reminder is
 * for (a payment forgotten once, 「払い忘れた」, is about paying late).
 */
const FORGETS_HABITUALLY =
  /(?<![a-z])(?:always|keep|often|tend to|usually|constantly|sometimes) (?:forget|forgetting)(?![a-z])|(?<![a-z])(?:i(?:'m| am) (?:so |too |really )?forgetful|(?:scared|afraid|worried) (?:i'?ll|i will|that i'?ll) forget)(?![a-z])|(?:いつも|毎回|毎月|よく|すぐ|つい)(?:つい)?.{0,8}忘れ|忘れ(?:がち|っぽい|やすい)/;

// "what if I forget?", 「忘れたらどうなる？」: the consequence asked, not a habit told.
const ASKS_WHAT_HAPPENS = /[?？]|どうな|(?:たら|れば)|(?<![a-z])(?:what|if)(?![a-z])/;

/** The day money leaves or is due, asked (「いつ引き落とされる」 "when is it debited"). */
const ASKS_DEBIT_DAY =
  /引き?落とされ|引き?落とし日|(?:いつ|何日)(?:に)?(?:引き?落と|払|支払)|期限|(?<![a-z])(?:debited|debit date|due date|deadline|when (?:is|do) (?:it|i) (?:due|pay))(?![a-z])/;

// Whether something must be done at all (「しなきゃだめ？」 "do I have to…?").
const ASKS_IF_REQUIRED =
  /(?:しなきゃ|しなくちゃ|しないと|やらなきゃ|やらないと|せなあかん|せんと)(?:だめ|いけない|あかん|ならない)?|必須|必要(?:です|なの|なん)?(?:か|\?)|(?<![a-z])(?:do i (?:have|need) to|must i|is it (?:required|mandatory|necessary))(?![a-z])/;

// 「アトネ払いってできる？」「atoneで払える？」 "can I pay with atone there?": atone asked of a place.
// (「楽天市場でアトネ払いしたいんですけど」「ZOZOTOWNで…atoneが選べなかった」 too.)
const ATONE_AT_A_SHOP =
  /atone\s*(?:払い|ばらい|決済)?(?:って|は|が|で|を)?\s*(?:できる|できます|でき(?:ん|ない|へん)|使え|払え|支払え|使用でき|利用でき|したい|使いたい|選べ(?:な|ん|へん|ませ))|(?<![a-z])(?:pay|use|check ?out) (?:with |by |using )?atone(?![a-z])|atone (?:accepted|available|work)/;

const DEADLINE_CHANGES =
  /(?<![a-z])(?:deadline|due date|due day)s? (?:change|differ|move|be different)|(?:期限|支払日|引き?落とし日)(?:が|は|って|も)?(?:変わ|かわ|ちが|違|ずれ)/;
// (Not "does the deadline change if I switch to konbini?": the way to pay changed.)
const SWITCHES =
  /(?<![a-z])(?:switch|change (?:to|my|the (?:payment|method))|move to)(?![a-z])|変更(?:し|す)|変え(?:たら|る|て)|切り?替え/;
const ONE_OFF_BILLED_AGAIN =
  /(?:1回|一回|いっかい)(?:だけ|きり)の?つもり|(?:お?試し|とらいある|1回|一回)[^。?？]{0,30}毎月(?:請求|引き?落と|払)|(?<![a-z])(?:only (?:meant|wanted|planned) to (?:buy|order|pay)(?: it)? once|(?:one-?time|one-?off) (?:purchase|order)[^.?!]{0,40}(?:again|every month|next month)|(?:trial|sample|one-?time)[^.?!]{0,80}(?:billed|charged) (?:every|each) (?:single )?month|(?:billed|charged) (?:every|each) (?:single )?month[^.?!]{0,40}only wanted (?:one|it once))(?![a-z])/;
const SUPPOSES_A_PURCHASE =
  /(?:買|購入|注文)(?:っ|し)?(?:てい)?た(?:ら|場合)|(?:買う|購入する|注文する)(?:と|なら|場合)|(?<![a-z])(?:if|had) (?:i|we) (?:had )?(?:buy|bought|purchase|purchased|order|ordered)(?![a-z])/;
// (「通らねぇ」: Tohoku for 通らない.)
const ID_CHECK_FAILS =
  /通ら(?:ない|ねぇ|ねー|ね|ん|へん|なかった|ず)|通りません|失敗|しっぱい|えらー|一致しな|(?<![a-z])(?:fail(?:s|ed|ing)?|error|won'?t (?:go through|pass|accept)|(?:doesn'?t|does not|didn'?t) (?:go through|pass|match)|not accept(?:ed)?)(?![a-z])/;
// 「エラーとかは出てない」 "no error": no failure told.
const NO_ERROR = /えらー(?:とか|は|が)*出て(?:い)?な|(?<![a-z])no errors?(?![a-z])/;
// 「本人確認しないと何が使えないの？」 "what can't I use without it?": what the check is for.
const WITHOUT_THE_CHECK = /しないと|しなきゃ|せずに|しなくても|(?<![a-z])without(?![a-z])/;
const ASKS_HOW_TO_DO =
  /やり方|どうやって|どうやったら|どうすれば|手順|(?<![a-z])how (?:do|can|should) (?:i|you|we) (?:do|get|complete|finish|start|go through)|how (?:to|does) (?:do|get|complete|start|it work)(?![a-z])/;
// "what if it fails?", 「通らなかったら？」: a case put, which the check's own answer covers.
const PUTS_A_CASE_JA_EN = /(?<![a-z])(?:what if|if)(?![a-z])|場合|たら[?？]?$/;
const ID_CHECK_REJECTED =
  /承認され(?:ません|なかった|ない|ず)|否認|却下|(?<![a-z])(?:rejected|denied|declined|not approved|wasn'?t approved)(?![a-z])/;
const PAYS_WITHOUT_LOGIN =
  /ろぐいん(?:でき|出来)(?:ない|ん|へん|ません)[^。?]{0,12}(?:払え|支払え|払う|支払う|払わ)|(?<![a-z])(?:can'?t|cannot|unable to) log ?in[^.?!]{0,30}(?:can i (?:still )?pay|pay)(?![a-z])/;
const PAYING_SUPPOSED =
  /(?:払|支払)(?:えば|ったら|うと|い後|った後|ったあと)|引き?落(?:とされ|ち)たら|反映(?:され)?たら|反映後|(?<![a-z])(?:once|after|if|when) (?:i|it) (?:pay|paid|is paid|gets? (?:paid|debited))(?![a-z])/;
const ASKS_TO_LEAVE =
  /退会(?:でき|する|したい|して|は)|(?<![a-z])(?:close|delete|cancel) (?:my )?(?:atone )?(?:account|membership)(?![a-z])/;
const HOW_TO_PAY_NOW =
  /(?:今から|これから)(?:払|支払)う(?:には|の)|(?:払|支払)うには(?:どう|どこ)|(?<![a-z])how (?:do|can|should) i pay (?:it |this |that )?(?:now|late|at this point)(?![a-z])/;
const TELLS_SUSPENSION =
  /停止|止ま(?:って|った)|(?<![a-z])(?:stopped|suspended|blocked|locked|frozen)(?![a-z])/;
const ASKS_IF_SUSPENDED =
  /(?<![a-z])(?:(?:my )?(?:account|atone) (?:is |was )?(?:ok|okay|fine|active|alright)? ?(?:or )?(?:blocked|suspended|stopped|frozen|locked)|(?:blocked|suspended|stopped|frozen|locked) or (?:not|ok|okay|active)|am i (?:blocked|suspended|locked out))(?![a-z])|(?:止められ|停止され)(?:て(?:い)?(?:る|ない)|た)(?:か|の|ん)|(?:利用)?停止(?:中|になって(?:い)?る)(?:か|の|ん)/;
const MINOR =
  /高校生|中学生|未成年|(?:1[0-7]|十[一二三四五六七]?)歳|(?<![a-z])(?:minors?|under 18|high ?school(?:er|ers)?|teen(?:ager)?s?|\d{2} ?years? old|(?:he|she|they)(?:'s| is| are) 1[0-7]|(?:at|aged?) 1[0-7])(?![a-z\d])/;
const SIGNS_UP =
  /登録|使え|申し込|申込|利用でき|あかうんと|(?<![a-z])(?:register|sign up|use (?:it|atone)|(?:make|open|have|get) (?:an|his|her|their|my) (?:own )?account|allowed)(?![a-z])/;
// (So too "now my account stop. if I pay all, account come back?".)
const SUSPENSION_LIFTED =
  /(?:停止|止ま)[^。?]{0,8}(?:解除|戻|解け|なくな)|(?<![a-z])(?:lift(?:ed)?|unblock(?:ed)?|unsuspend(?:ed)?|account (?:will |would )?(?:come|comes|be) back)(?![a-z])/;
const ASKS_WHAT_ATONE_IS =
  /(?<![a-z])what(?:'s| is| even is) (?:this|atone|it)(?: thing| service| app)?\??\s*$|atone(?:って|とは)(?:何|なに|なん)|(?:これ|それ)(?:って)?(?:何|なに|なん)(?:なん|なの)?[?？]?$/;

// A deadline told as missed (not asked about: 「過ぎたらどうなる？」 is late_payment's anyway).
// (「昨日コンビニ払いの期限だった」「期限きのうだった」 "it was due yesterday": missed too.)
const SAYS_MISSED =
  /過ぎ(?:ちゃ|ちま|てしま|てもう)|過ぎた(?!ら)|(?:昨日|きのう|おととい|一昨日)(?:が|は)?[^。?]{0,12}期限(?:だった|やった|でした)|期限(?:が|は|って)?(?:昨日|きのう|おととい|一昨日)(?:だった|やった|でした|まで(?:だった|やった|でした))|(?<![a-z])(?:was due|deadline was) (?:yesterday|the day before yesterday)(?![a-z])|払い忘れ(?:た|ちゃ|て)|払うの(?:を)?忘れ|(?:期限|\d{1,2}\s*日)(?:やった|だった|でした)?の(?:を)?忘れ|(?<![a-z])(?:forgot to pay|missed (?:the|my) (?:deadline|due date|payment)|didn'?t pay|haven'?t paid)(?![a-z])/;

const OFFERS_A_SECRET =
  /(?:こーど|ぱすわーど|暗証番号)[^。?]{0,12}(?:ここ|ちゃっと|ぼっと|あなた|そっち|こちら)(?:に|で)?(?:送|教え|伝え|書|貼)|(?:ここ|ちゃっと|ぼっと|あなた|そっち|こちら)に[^。?]{0,8}(?:こーど|ぱすわーど|暗証番号)[^。?]{0,6}(?:送|教え|伝え|書|貼)|(?<![a-z])(?:send|give|tell|share|post|paste)(?: you| it)?(?: my| the)? (?:sms |verification |security |one-time )?(?:code|password|passcode|pin)(?: here| to you| in (?:the |this )?chat)(?![a-z])|(?<![a-z])(?:send|give|tell|share|forward) you (?:[^.?!]{0,30}? )?(?:my |the |this )?(?:sms |verification |security |one-time )?(?:code|password|passcode|pin)(?![a-z])/;
/** A code or password offered to the bot (never wanted: the answer says so, whatever the topic). */
export function offersASecret(normalized: string): boolean {
  return OFFERS_A_SECRET.test(normalized);
}
// 「再開するにはどうすれば？」 "how do I turn them back on?": asked how, which the explanation answers.
const ASKS_HOW_TO =
  /どうやって|どうすれば|どうしたら|方法|手順|やり方|(?<![a-z])(?:how (?:do|can|would) i|how to)(?![a-z])/;
const ASKS_WHEN_THE_BILL_COMES =
  /請求(?:書|の?はがき|の?めーる|の?お知らせ|の?通知)?(?:って|は|が)?いつ(?:頃|ごろ)?(?:届|来|く)|(?<![a-z])when (?:will|does|do|would) (?:the |my )?(?:bill|invoice|statement)s? (?:come|arrive|be sent|get sent|show up)(?![a-z])/;
/** 「請求っていつ届くの？」 "when will the bill come?": when the bill is announced, asked. */
export function asksWhenTheBillComes(normalized: string): boolean {
  return ASKS_WHEN_THE_BILL_COMES.test(normalized) && !saysNotArrived(normalized);
}
const A_WAY_POINTED_TO =
  /それ|そっち|こっち|支払い?方法|払い方|(?<![a-z])(?:it|that|that one|(?:the |my )?payment method|(?:the |my )?way (?:to|of) pay(?:ing)?)(?![a-z])/;
const ATONE_REMINDER_RECEIVED =
  /(?<![a-z])(?:got|received|get|getting|came|sent me) (?:a |an |the )?(?:reminder|payment reminder|overdue) (?:e-?mail|mail|sms|text|letter|notice)|(?<![a-z])reminder (?:e-?mail|mail|sms|letter) (?:came|arrived)|督促(?:の)?(?:めーる|はがき|sms|連絡|状)|催促(?:の)?(?:めーる|連絡)/;
const PAY_AGAIN =
  /(?<![a-z])(?:pay (?:it |this |that )?(?:again|twice)|double pay)(?![a-z])|払い直|もう一(?:度|回)払|もっかい払|また払|二重に払|再度払/;

/** "should I pay again?", 「もう一回払っといたほうがいい？」: paying twice, supposed. */
export function paysAgain(normalized: string): boolean {
  return PAY_AGAIN.test(normalized);
}
const LIMIT_RAISE_ASKED =
  /(?:上限|限度額?|利用枠|枠|\d+\s*万円?)[^。?？]{0,16}(?:足りな|足らな|上げ|あげ|増や|ふや|にして|にしたい)|(?:もっと|たくさん)(?:使いたい|使えるように|買いたい)|(?<![a-z])(?:(?:raise|increase|up|higher|bigger) (?:my |the )?(?:limit|credit line)|(?:let|allow) me (?:to )?spend more|spend more (?:than|with atone|on atone)|(?:limit|\d+k|\d+,?000(?: yen)?)(?: a month| per month)? (?:is ?n'?t|is not|not) enough|(?:make|get) (?:it|my limit|the limit) (?:bigger|higher|larger|more)|too (?:much|expensive|big|high)[^.?]{0,40}(?:bigger|higher|larger|raise|increase))(?![a-z])/;
const BACK_BUTTON_ERROR =
  /戻るぼたん|ぶらうざ(?:の)?(?:戻る|ばっく)|画面遷移|(?<![a-z])(?:back button|invalid (?:screen )?transition|(?:pressed|hit|clicked) back)(?![a-z])/;
const ID_PHOTO_REFUSED =
  /(?:免許証?|本人確認書類|身分証|まいなんばー|在留かーど|保険証|顔)(?:の)?(?:写真|撮影|撮)[^。?]{0,24}(?:(?<!な|ないと|なきゃ|なくちゃ)(?:だめ|駄目)|失敗|通らな|通らん|えらー|弾かれ|はじかれ|できな|でけへん|否認|確認でき(?:な|ません)|承認され(?:な|ません)|却下)|(?<![a-z])(?:(?:licen[cs]e|id|passport|selfie|zairyu card|residence card) (?:photo|picture|pic)s?[^.?]{0,30}(?:rejected|failed|keeps? failing|not accepted|won'?t go through))(?![a-z])|(?<![a-z])(?:keeps? (?:saying no|rejecting|failing)|rejected|not accepted|won'?t accept)[^.?]{0,50}(?:zairyu|residence card|licen[cs]e|passport|my id|id card|selfie)(?![a-z])/;
const NUMBER_CHANGED =
  /(?:電話番号|携帯番号|番号)(?:が|を|も)?[^。?]{0,8}(?:変わ|かわ|新しく|変更|変え)|(?<![a-z])(?:new (?:phone |mobile )?number|(?:phone |mobile )?number (?:has )?changed|changed my (?:phone |mobile )?number)(?![a-z])/;
// Identity verification, the last thing named before "what's that?" (no other subject after it).
const ID_CHECK_NAMED_LAST =
  /(?:本人確認|(?<![a-z])(?:identity verification|id verification|identity check|id check))[^。.?？]{0,30}[。.!！]?\s*(?:(?:それ|これ)(?:って|は))?\s*(?:(?:って|とは)?(?:何|なに|なん)|what(?:'s| is| does) (?:that|this|it))[^。.]{0,10}$/;
const HOW_TO_CHANGE_IT =
  /(?:どうやって|どうすれば|どこで|どこから|方法)[^。?]{0,12}(?:変更|変え)|変更(?:方法|したい|して|できる)|(?<![a-z])(?:how (?:do|can|should) i (?:change|update)|(?:change|update) (?:it|my number|the number))(?![a-z])/;
const POINTS_USED_BY =
  /ぽいんと[^。?]{0,30}いつまで(?:に)?(?:使|つか)|(?<![a-z])points?[^.?]{0,30}(?:until when|by when|how long)[^.?]{0,20}(?:use|spend)(?![a-z])/;
const NOT_MY_USE =
  /(?:知らない|知らん|見覚えのない|身に覚えのない)(?:お?店|店舗|さいと|ところ)[^。?]{0,20}(?:使|購入|買|利用|請求)|(?:一切|何も|なにも)?(?:操作|利用|購入)(?:して(?:い|おり)?(?:ない|ません)|していない)[^。?]{0,30}(?:決済|通知|利用|請求)|(?:私|わたし|自分|俺|僕|うち)(?:じゃ|では|ちゃう|やな)(?:ない|あらへん|ありません|い|ねえ|ねー)?[！!。]|(?<![a-z])(?:i was (?:asleep|sleeping)|while i (?:was )?(?:asleep|sleeping)|(?:reset|password)[^.?]{0,30}(?:never|didn'?t) ask(?:ed)? for|wasn'?t me|was not me|i (?:didn'?t|did not|never) (?:buy|make|order|authori[sz]e) (?:that|this|it|them|those|anything))(?![a-z])|(?<![a-z])(?:shop|store|site) i(?:'ve| have)? never (?:heard of|used|bought from)(?![a-z])|(?<![a-z])orders? (?:that )?i (?:never|didn'?t|did not|don'?t) (?:make|made|place|placed|do|did)(?![a-z])|(?<![a-z])(?:some(?:one|body) (?:\w+ )?(?:steal|stole|stolen|hack|hacked)|(?:steal|stole|stolen|hacked) my account|my account (?:was |is |got |been )*(?:stolen|hacked))(?![a-z])/;
const CHECKOUT_TEXT_NOT_COMING =
  /(?<![a-z])(?:check ?out|paying|pay (?:with atone|on a (?:website|site)|online)|trying to pay|buy|purchase)[^.?]{0,60}(?:text|sms|code|message)[^.?]{0,40}(?:never (?:shows? up|comes?|arrives?)|nothing (?:arrives|comes|shows up)|(?:isn'?t|is not|not) (?:arriving|coming)|(?:doesn'?t|does not|didn'?t|won'?t) (?:come|arrive|show up|get here))|(?<![a-z])(?:text|sms|code|message)[^.?]{0,40}(?:never (?:shows? up|comes?|arrives?))[^.?]{0,40}(?:check ?out|paying)(?![a-z])/;
const FACE_AND_ID =
  /(?<![a-z])(?:face|selfie)[^.?]{0,40}(?:licen[cs]e|passport|residence card|my number card|id(?: card)?|insurance card)(?![a-z])|顔[^。?]{0,20}(?:免許証?|在留かーど|まいなんばー|保険証|身分証|本人確認書類)/;
const WHO_RUNS_IT =
  /(?<![a-z])(?:who'?s behind (?:it|atone|this)|who (?:runs|operates|owns|makes) (?:it|atone|this)|is (?:it|atone|this) (?:legit|safe|trustworthy|real)|legit\?)(?![a-z])|運営(?:会社|元)?(?:は|って)?(?:どこ|誰|何)|怪しくない|信用(?:して|でき)(?:いい|る)/;
const LIMIT_USED_UP =
  /(?:上限|限度額?|利用枠|枠)(?:額)?(?:まで|を|いっぱい)?[^。?]{0,4}(?:使い切|使っちゃ|使ってしま|使った|いっぱい|達し)|(?<![a-z])(?:hit|reached|maxed out|used up|used all of) (?:my |the )?(?:atone )?limit(?![a-z])|(?<![a-z])used (?:up )?all (?:of )?(?:my|the) (?:money|limit|amount|balance|credit)(?: (?:in|on|with) atone)?(?![a-z])/;
const POINTS_ACCUMULATE =
  /(?:数字|数)(?:が|も)?[^。?]{0,6}(?:貯ま|たま|増え|ふえ)|(?<![a-z])(?:a |the |some |little )?(?:number|rewards?)[^.?]{0,20}(?:going up|grows?|growing|piling up|accumulat\w*|adds? up)(?![a-z])/;
const MORE_THAN_BOUGHT =
  /(?<![a-z])(?:where (?:does|did|do)? ?(?:the rest|this|that|it|the extra|the difference)? ?(?:come|came) from|only (?:bought|buy|ordered) (?:one|1) (?:thing|item))(?![a-z])|(?:残り|差額|この金額|それ以外)(?:は|って)?(?:どこ|何|なに)|(?:1|一)(?:つ|個|回)しか(?:買|頼|注文)/;
const PAID_AGAIN =
  /(?<![a-z])(?:paid (?:it |again |twice)|paid again|two receipts|same (?:bill|amount) twice|double[- ]paid|(?:pay|paid) (?:the |my )?same (?:bill|amount) (?:two|2) times?|paid (?:my |the )?[a-z ]{0,20}(?:bill|it) (?:at|with|by) [^.?!]{2,30}(?<![a-z])and (?:also )?(?:with|at|by|again)(?![a-z]))(?![a-z])|(?:二重|2回|二回|二度|2度)(?:に|で|も)?(?:お)?(?:払|支払|決済)|(?:もう一回|また)払っ(?:た(?!(?:方|ほう)が)|ちゃ|てしま)/;
const SOMEONE_ELSES_BILL =
  /(?<![a-z])(?:(?:the )?name on (?:it|the (?:slip|bill|letter|envelope)) (?:isn'?t|is not|wasn'?t) mine|not my name|(?:previous|former|last) (?:tenant|resident|occupant)|lived (?:here|in this (?:apartment|flat|house)) before|(?:bill|letter|invoice|postcard|slip)s? (?:with|for|in|under) (?:an? )?(?:other|another|someone else'?s?|different) (?:person'?s? |people'?s? )?name)(?![a-z])|宛名が(?:違|ちが)|(?:前の|以前の)(?:住人|入居者)|知らない(?:人の)?名前|(?:別の|他の|ほかの)人の名前/;
const SIGN_UP_NEEDS =
  /(?<![a-z])(?:does|do|will|would) (?:signing up|sign-?up|registration|registering|making an account)(?: for atone)? (?:need|require)s?(?![a-z])|(?:はじめる|始める|登録する|使い始める|使う)(?:の|ため|まで)に(?:は)?(?:何|なに)を?(?:用意|準備|必要)|(?<![a-z])(?:(?:make|open|create|get|sign up for) (?:an? )?(?:atone )?account|sign up)[^.]{0,60}(?:what do (?:they|you|i) need|what (?:is|are) (?:needed|required)|requirements?|need from me)(?![a-z])|(?:what do (?:they|you|i) need|requirements?)[^.?]{0,60}(?:make|open|create|sign up for) (?:an? )?(?:atone )?account/;
const PAYS_THE_BILL_THERE =
  /支払い?(?:って|は)?(?:そこ|ここ|で)?[^。?]{0,6}(?:できる|でき|払え)|端末で払|払う設定|(?<![a-z])(?:pay (?:my |the )?(?:atone )?bill|pay (?:it )?there)(?![a-z])/;
const FEES_NAMED = /手数料|(?<![a-z])fees?(?![a-z])/;
// 「Amazonで使えないなら」 "since it doesn't work on amazon", "if not amazon": Amazon's answer taken as given.
const AMAZON_GRANTED =
  /(?:amazon|あまぞん)(?:で|では|じゃ)(?:は)?(?:使え|利用でき)(?:ない|ません|へん|ん)(?:なら|んなら|んだったら|のなら|って(?:こと|事)なら|ので|から|けど)|(?<![a-z])(?:if not (?:on )?amazon|since (?:it|atone) (?:doesn'?t|does not|can'?t|cannot) (?:work|be used) (?:on|at|with) amazon|(?:it|atone) (?:doesn'?t|does not|can'?t) (?:work|be used) (?:on|at|with) amazon,? (?:so|then))(?![a-z])/;
// 「どこで使えるの？」 "where can I use it?": the shops that take atone.
const ASKS_WHERE_IT_WORKS =
  /どこ(?:で|なら)(?:は)?(?:使え|利用でき|使う)|どんな(?:お?店|しょっぷ|さいと)(?:で|なら)|(?<![a-z])(?:where (?:can|do|could) (?:i|we|you) (?:use|shop|pay with)|which (?:shops|stores|sites)|what (?:shops|stores|sites))(?![a-z])/;
// (「次いつ加算される？」: its being added, too.)
const LATE_FEE_BY_AMOUNT = /(?<![\d,])100\s*(?:円|yen)(?!\s*(?:分|の(?:買い物|商品)))|¥\s*100(?![\d,])|加算/;
const BILL_BY_CARD =
  /atone(?:の)?(?:支払い?|請求|代金)[^。?？]{0,6}(?:くれか|くれじっと(?:かーど)?)(?:で|払い)(?:は|も)?(?:でき|払え|支払え)|(?:くれか|くれじっと(?:かーど)?)(?:で|払い)(?:は|も)?[^。?？]{0,4}atone(?:の)?(?:支払い?|請求)/;
const LAST_DAY_ASKED =
  /(?<![a-z])(?:(?:what'?s|whats|what is|when'?s|when is) (?:the )?(?:last day|deadline|due date)|by when|pay (?:it )?by when)(?![a-z])|いつまで(?:に)?(?:払|支払)|(?:期限|支払い?期日)(?:は|って)(?:いつ|何日)/;
const NOT_OFFERED =
  /選べ(?:な|ん|へん|ませ)|出て(?:こ|き)(?:な|ん|ませ)|(?<![a-z])(?:not (?:an )?option|wasn'?t (?:there|listed|an option))(?![a-z])/;
const ATONE_SPLITS =
  /(?<![a-z])(?:can|does|could|will) atone (?:(?:also|too) )?(?:split|do (?:installments|instalments)|let me (?:split|pay in (?:installments|instalments|parts)))(?![a-z])|atone(?:で|も|は|って)*(?:も)?(?:分割|分けて払)/;
// "for people like me", "can I join", 「私も対象？」: asked of the user.
const FOR_ME =
  /(?<![a-z])(?:for (?:me|ppl like me|people like me|someone like me|us)|can i (?:join|get|enter)|am i|do i (?:qualify|get))(?![a-z])|(?:私|わたし|僕|俺|自分|うち)(?:も|が|は)?[^。?？]{0,6}(?:対象|参加|もらえ)/;
const POINTS_COVER_THE_SHORTFALL =
  /ぽいんと[^。?]{0,12}(?:足りない分|足らない分|不足分|超え(?:た|る)分|補|埋め)|(?:足りない分|足らない分|不足分|超え(?:た|る)分)[^。?]{0,12}ぽいんと|(?<![a-z])points? (?:to )?(?:cover|make up)(?![a-z])/;
// The barcode way named as the way one pays the bill (「バーコード払いにしとる」 "I pay by barcode").
const BARCODE_WAY_NAMED =
  /ばーこーど(?:払い|支払い|決済で(?:請求|支払))|(?<![a-z])(?:pay(?:ing)? (?:the bill |my bill )?(?:by|with) (?:the )?barcode|barcode payment)(?![a-z])/;
const WHERE_IT_SHOWS =
  /どこ(?:に|で)?(?:出|表示|見れ|見られ|ある|あん)|(?<![a-z])where (?:is|do i (?:find|see|get)|can i (?:find|see|get)|does it (?:show|appear))(?![a-z])/;
// Online shopping asked beside shops ("only online?", 「ネットだけ？」).
const ONLINE_ASKED_TOO =
  /(?:ねっと|通販|おんらいん)(?:だけ|のみ|限定|でも|以外)|(?<![a-z])(?:only online|online only|just online|online or|or online)(?![a-z])/;
// 「セブンで払える？」 "can I pay with the konbini terminal at 7-eleven?": whether a place takes the bill.
const PAYS_AT =
  /で(?:も)?(?:払え|支払え|支払いでき|払いでき)(?:る|ます)|で[^。？?]{0,12}払い(?:[（(][^)）]{0,12}[)）])?(?:って|は)?でき(?:る|ます)|払い(?:って|は)[^。？?]{0,16}で(?:も)?でき(?:る|ます)|(?<![a-z])(?:can|could|may) (?:i|we|you) pay(?: [^?.]{0,60}?)? (?:at|in|there)(?![a-z])/;
const SMS_CODE = /sms|認証こーど|認証番号|(?<![a-z])(?:code|verification code|otp)(?![a-z])/;
const NOT_ARRIVING =
  /届か|来ない|こない|来ません|届きません|とどか|とどきません|とどいてない|(?<![a-z])(?:not (?:getting|receiving|coming|arriving|receive|get)|(?:didn'?t|doesn'?t|don'?t|never) (?:get|receive|come|arrive)|no (?:sms|code))(?![a-z])/;
// 「払ってない」 "haven't paid": not paid, with or without "yet" (NOT_PAID_YET below asks for まだ / yet:
// a bill still to pay, not one missed).
const HAVENT_PAID =
  /払って(?:ない|へん|ません|いない)|(?<![a-z])(?:haven'?t|have not|didn'?t|did not) paid?(?![a-z])/;
// "did i set a reminder for the jan 10 deadline?", 「設定してあったっけ？」: whether one is set.
const ASKS_IF_ONE_IS_SET =
  /(?<![a-z])(?:did i|have i|do i have|is there|are there)(?![a-z])|(?:設定|登録)(?:して|し|され)(?:た|てある|てる|ている)(?:っけ|か|の)/;
const BILL_PAID_WITH =
  /(?:で|を使って)(?:は|も)?(?:atoneの)?(?:請求|支払い?分|利用分)(?:を|は)?(?:払|支払)|(?<![a-z])pay (?:my |the )?atone (?:bill )?(?:with|using|via)(?![a-z])|(?<![a-z])pay (?:my |the )?(?:atone )?bill (?:with|using|via) amazon(?![a-z])/;
const PAID_WITH_ANOTHER =
  /(?<![a-z])(?:with|using|via|through|by) (?:paidy|paypay|merpay|rakuten pay|line pay|apple pay|au pay|d払い)(?![a-z])|(?:ぺいでぃ|paidy|paypay|ぺいぺい|めるぺい|merpay)(?:の)?(?:あと払い|後払い)?(?:で|を使って)(?:買|購入|注文|払)/;
export const APP_CARD_NAMED = /あぷり専用かーど|(?<![a-z])(?:app[- ]only card|app card|atone card)(?![a-z])/;
const PAYDAY_TOLD = /給料|給与|(?<![a-z])(?:got paid|get paid|getting paid|payday|pay day|salary)(?![a-z])/;
const CAN_I_PAY =
  /払え|払っても|(?<![a-z])(?:can i (?:still )?pay|could i (?:still )?pay|is it (?:ok|okay|fine) (?:to|if i) pay)(?![a-z])/;
const DEADLINE_AND_FEE =
  /(?:期限|締め?切り?|支払日|引き?落とし日)\s*(?:と|も|、|,)\s*手数料|手数料\s*(?:と|も|、|,)\s*(?:期限|締め?切り?|支払日|引き?落とし日)|(?<![a-z])(?:deadline|due date)s? (?:and|&|\+) fees?|fees? (?:and|&|\+) (?:deadline|due date)(?![a-z])/;
// 「ファミマで払う予定」 "I'll pay at FamilyMart": the chain told, not asked about.
const CHAIN_TOLD =
  /(?:で|に)(?:払う|支払う|行く)(?:予定|つもり)|で(?:払い|支払い)ます|で払うよ|(?<![a-z])i(?:'ll| will| am going to|'m going to) pay (?:at|in)(?![a-z])/;
const REMIND_ME_TO_DO =
  /(?:買う|する|行く|飲む|電話する|出す|返す|予約する)(?:の|こと)(?:を)?(?:りまいんど|教えて|知らせて|通知)|(?<![a-z])remind me to (?!pay|settle)[a-z]+/;
const DEADLINE_NAMED = /(?<![a-z])(?:deadline|due date)(?![a-z])|期限|締め?切り?/;
const LIMIT_NAMED = /上限|限度|枠|(?<![a-z])limit(?![a-z])/;
const PER_MONTH =
  /月ごと|毎月|ひと月|1か月|一か月|りせっと|(?<![a-z])(?:per month|monthly|each month|every month|a month|resets?)(?![a-z])/;
const FEE_ASKED_FIRST =
  /^(?:(?:so|and|also|hi|hey|ok|okay)[,!]? )?(?:is there|are there|do i (?:pay|get charged)|will i (?:pay|be charged)|any) (?:a |an |any )?(?:extra |additional |separate )?(?:fees?|charges?)(?![a-z])|^[^。？?]{0,12}手数料(?:は|って|も)?(?:かか|いくら|ある|取られ|とられ)/;
const WHEN_ASKED =
  /(?<![a-z])(?:(?<!even |only |except |unless )when (?:is|are|do|does|will|should|must|can|would)|by when|what day|which day|deadline|due date)(?![a-z])|いつ|何日|期限/;
const BY_WHEN_TO_PAY =
  /(?<![a-z])(?:by when|until when|till when) (?:(?:do|should|must) )?(?:i|we) (?:must |should |need to |have to )?pay(?![a-z])|(?<![a-z])when (?:do|should|must) (?:i|we) (?:need to |have to )pay(?: it| the bill)?(?: by)?\??$|いつまでに(?:払|支払)/;
const CAN_BE_SET = /(?:設定|登録)(?:って|は|も)?(?:でき(?:る|ます)|可能)(?:の|ん)?(?:ですか|か)?\s*[?？]/;
// (In dialect and learners' English too: 「払うん完全に忘れてもうた」「期限ば過ぎてしもうた」, "i forget pay".)
const PAYMENT_MISSED =
  /(?<![a-z])(?:missed|forgot(?: to pay)?|forget (?:to )?pay|didn'?t pay|did not pay|couldn'?t pay)(?![a-z])|払い忘れ|払えなかった|払ってなかった|払わなかった|(?:払う|支払う|払うの|払うん)(?:を)?(?:完全に|すっかり)?忘れ|(?:期限|締め?切り?)(?:を|ば|が)?(?:もう)?過ぎ(?:てしまっ|てしもう|てしもた|てもう|てもた|ちゃっ|てた|た)/;
const WHAT_FOLLOWS =
  /(?<![a-z])(?:what happens|what happen(?:ed)?(?: now)?|what now|what should i do|what do i do)(?![a-z])|どうなる|どうしたら|どうすれば|どないなる|どないしたら|どげんなる|どげんしたら|どうなると|どがんなる/;
const LEAD_DAYS_CHOSEN =
  /何日前(?:とか|か|に|って|を|は|も)?(?:は|を)?(?:選べ|選択でき|指定でき|変えられ|決められ|設定でき)|(?<![a-z])(?:can|could) (?:i|we|you) (?:choose|pick|set|change|decide) (?:how many days (?:before|ahead|early)|the number of days)(?![a-z])/;
const SWITCH_SUPPOSED =
  /(?:に|へ)(?:変え|変更し|切り?替え)(?:たら|ると|れば)|(?<![a-z])(?:if|when) (?:i|we) (?:switch|change|move)(?: over)? to(?![a-z])/;
// "I just want to see them", 「確認したいだけ」: the reminders looked at, nothing more.
const ONLY_TO_SEE =
  /(?<![a-z])(?:see|check|look at|view) (?:them|it|my reminders?|what i have)(?![a-z])|見たい|確認したい|見せて/;
const CHANGE_ASKED = /変え|変更|ずらし|(?<![a-z])(?:change|move|switch|shift)(?![a-z])/;
const ITEM_RETURNED =
  /返品|(?<![a-z])(?:return(?:ed)? (?:of |the |an? |my )*(?:item|order|product|goods)|returned (?:it|them)|(?:order|item) (?:was )?(?:cancel(?:l?ed)?|returned)|cancel done)(?![a-z])/;
const HOW_MUCH_LONGER =
  /(?<![a-z])(?:how much (?:longer|more time)|how many (?:more |extra )?days (?:more |longer )?(?:do i (?:get|have)|to pay))(?![a-z])|何日(?:延び|伸び|長く|多く)|どれくらい(?:延び|伸び|長く)/;
const ALARM_CLOCK = /目覚まし|起こして|あらーむ|(?<![a-z])(?:alarm|wake me(?: up)?)(?![a-z])/;
const ATONE_DAY = /期限|支払|払|引き?落|請求|(?<![a-z])(?:deadline|due|pay|bill|debit)(?![a-z])/;
const STOP_SET_ASIDE_FOR_SETTING =
  /(?:止め|とめ|解除|やめ)(?:る|たい)?(?:ん|の)?(?:や|じゃ|では)なくて[^?？]{0,24}(?:登録|設定|りまいんど|お願い)|(?<![a-z])(?:not|don'?t) (?:stop|cancel)(?: (?:it|them))?,? (?:i )?(?:want(?:ed)? to )?(?:set|subscribe|add|start)(?![a-z])/;
const ALL_TURNED_DOWN =
  /(?:全部|ぜんぶ|すべて|全て|どっちも|両方)(?:とも)?(?:なし|無し|いらない|いらん|要らない|止め|とめ|やめ|消し|解除)|(?<![a-z])(?:no|none|stop|cancel|delete|remove) (?:of )?(?:them |my reminders |the reminders )?(?:at all|all of them|them all|altogether)(?![a-z])/;
const SNOOZE_ASKED_FOR = /すぬーず|(?<![a-z])snooze(?![a-z])/;
const SHOPPING_THERE =
  /(?:買い物|かいもの|買う|購入)(?:に|で|を|する|したい)|(?<![a-z])(?:for shopping|to shop|buy(?:ing)? (?:stuff|things|something|snacks|food)|not (?:for )?pay(?:ing)? (?:a |the |my )?bill)(?![a-z])/;

const PAYMENT_WAYS_ASKED =
  /(?<![a-z])(?:(?:what|which|wat) (?:kind of |kinds of )?payment ways?|payment ways? (?:does |do )?(?:atone|it|there)|ways? of paying (?:atone|the bill|my bill))(?![a-z])/;

// Chosen when the user signed up ("set up X when I registered", 「登録時に…にした」).
const CHOSEN_AT_SIGN_UP =
  /(?:登録|入会|申し?込み?)(?:の)?(?:時|とき|際)(?:に|から)|最初から|(?<![a-z])(?:when i (?:registered|signed up|joined|started|made (?:my|the) account)|at (?:sign[- ]?up|registration)|from the (?:start|beginning))(?![a-z])/;

// When or how a bill arrives, asked ("when will I get the May bill?", 「5月の請求はいつ届く？」).
const ARRIVAL_ASKED =
  /届|来る|くる|発行|通知|めーる|(?<![a-z])(?:when (?:will|do|does|is) (?:i|it|the bill|my bill) (?:get|arrive|come|be sent|sent)|arriv\w*|e-?mail|notif\w*|sent|issued)(?![a-z])/;
const CARDS_ONLY_SHOP =
  /(?:くれか|くれじっとかーど)(?:払い)?しか(?:選べ|使え|払え|ない|対応)|(?<![a-z])(?:(?:shop|store|site)s? (?:that )?(?:only )?(?:takes?|accepts?) (?:only )?credit cards?|credit cards? only)(?![a-z])/;
const ID_DOCUMENT_OK =
  /(?:在留かーど|まいなんばーかーど|まいなんばー|運転免許証?|免許証|保険証|健康保険証|ぱすぽーと|学生証)(?:で|でも|は|って)[^。?]{0,8}(?:いける|使える|大丈夫|いい|ok|おk|できる|可能)|(?<![a-z])(?:residence card|zairyu card|my number card|driver'?s licen[cs]e|passport|health insurance card|student id)[^.?]{0,20}(?:ok|okay|fine|accepted|work|do|count)(?![a-z])/;
const EMAIL_TO_CHANGE =
  /(?<![a-z])(?:(?:work|old|company|school) e-?mail|e-?mail (?:address )?(?:changed|is changing|will stop|i (?:can'?t|won'?t) (?:use|access))|linked to my [a-z ]{0,12}e-?mail|change (?:my|the) e-?mail|lose access to (?:my|the) e-?mail)(?![a-z])|(?:めーるあどれす|めあど)(?:を|が)?[^。?]{0,10}(?:変え|変更|変わ|使えなくな)/;
const FAMILY_USED_MINE = new RegExp(
  `(?:${FAMILY_JA})(?:が|も)[^。?]{0,24}(?:勝手に|無断で|黙って|私の(?:atone|あかうんと)|(?:私|わたし|おら|うち)の(?:atone|あかうんと))|(?:${FAMILY_JA})(?:が|も)[^。?]{0,12}(?:使(?:って|て|う|こ)?た|買(?:って|う)?た|利用し(?:て)?た|注文し(?:て)?た)(?:みたい|らしい|っぽい|かも|ん|わ|やん)|(?<![a-z])my (?:little |younger |older |big |\\w+ )?(?:${FAMILY_EN}) (?:\\w+ )?(?:used|bought|ordered|spent|shopped)[^.?]{0,30}(?:my (?:atone|account)|without (?:asking|telling|permission))`,
);
// 「家族ちゃうかった」 "it wasn't my family": the cause ruled out.
const FAMILY_RULED_OUT =
  /(?:家族|子供|子ども)(?:じゃ|では|ちゃう|と違|やな)|(?<![a-z])(?:not|wasn'?t|isn'?t) (?:my )?(?:family|kids?|son|daughter)(?![a-z])/;
const CLOSES_THE_ACCOUNT =
  /退会|あかうんと(?:を|ごと)?(?:削除|消し|けし|消す|けす)|(?<![a-z])(?:(?:get rid of|delete|deleting|close|closing|cancel|cancell?ing|terminate|terminating|deactivate|deactivating|remove|removing) (?:my |the |this )?(?:atone )?(?:account|membership)|(?:i'?m|im|i am) done with atone|(?:quit|leave|get rid of|delete|close) atone)(?![a-z])/;
const REFUND_WHEN =
  /返金(?:は|って|が)?(?:いつ|何日)|いつ(?:頃|ごろ)?返金|(?<![a-z])(?:when (?:will|do|does|would|can) (?:i|my|the) (?:get (?:my |the |a )?)?refund|refund (?:come|arrive)s?)(?![a-z])/;
// (「コンビニと口座振替、どっちの方が得？」: which of two is cheaper, too.)
const CHEAPER_THAT_WAY =
  /(?:にしたら|に変えたら|に変更したら|だと|なら)[^。?？]{0,6}(?:安[くぐい]|お得|得に?なる)|(?:どっち|どちら|どれ)(?:の(?:方|ほう))?が(?:一番|いちばん)?(?:お?得|安い)|(?<![a-z])(?:cheaper|less expensive|save (?:money|on (?:the )?fees?))(?![a-z])/;
const SWITCH_THEN_WHEN =
  /(?:に|へ)(?:変え|変更し|切り?替え|し)たら[^。?]{0,10}(?:期限|締め?切|支払日|いつ|何日)|(?<![a-z])if i (?:switch|change|pay) (?:to|by|with) [a-z ]{3,30}(?:when|what(?:'s| is) the (?:deadline|due date))(?![a-z])/;
// (「変更したらいつから反映？」「いつの請求から口座振替になる？」: from when a change applies, the
// change's own question.)
const SPEAKS_OF_HOW = new RegExp(
  `${ASKS_HOW_TO.source}|どこで|いつから|いつの(?:請求|分|支払い?)から|何月(?:の(?:請求|分))?から|反映|適用|切り?替わ|(?<![a-z])(?:from when|from which (?:bill|month)|take effect|appl(?:y|ies))(?![a-z])`,
);
const REMINDERS_METHOD_CHANGED =
  /(?:りまいんだー|りまいんど|通知|お知らせ)の(?:お?支払い?方法|方法|払い方)(?:を|は)?.{0,14}(?:切り?替え|変え|変更|にして)|(?<![a-z])(?:switch|change|move|set) (?:my |the )?(?:reminders?|notifications?) (?:over )?(?:to|from)(?![a-z])/;
const NEXT_DEADLINE_ALONE =
  /^(?:じゃあ|じゃ|で|ほな|それで)?[、,\s]*(?:[^\s、。?？]{1,14}の)?次(?:回)?の(?:期限|引き?落とし日?|お?支払い?日?|払い|振替日?|締め?切り?)(?:は|って)?[\s?？。]*$|^(?:and |so |ok )?(?:when(?:'s| is) )?(?:the |my )?next (?:debit|payment|deadline|due date|bill)(?: date)?[\s?.!]*$/;
const SAYS_UNPAID =
  /(?<![a-z])(?:i have|i'?ve got|i got|there'?s|there is|still have) (?:an? |one |some )?(?:unpaid|outstanding|overdue) (?:bills?|balance|payments?|amount|invoices?)(?![a-z])|未払い(?:の請求|の分|分)?(?:が|も)?(?:ある|あります|残って)/;

// 「10日の支払いができなかった」 "couldn't make the payment on the 10th": a due day's payment not made
// (a payment declined at a checkout has no due day).
// ("my direct debit on the 28th failed", 「28日の引き落とし失敗した」: so too a debit that failed.)
const MISSED_A_DUE_DAY =
  /\d{1,2}\s*日の(?:支払い?|払い|引き?落とし)(?:が|は|も)?(?:でき(?:な|ん|へん)|間に合わ|払え(?:な|ん)|失敗|されな|落ちな)|(?<![a-z])(?:couldn'?t|could not|didn'?t|did not|wasn'?t able to) (?:make|pay) (?:the |my )?(?:payment )?(?:on|by|due on) the \d{1,2}(?:st|nd|rd|th)?(?![a-z\d])|(?<![a-z])(?:debit|payment|withdrawal) on the \d{1,2}(?:st|nd|rd|th)? (?:failed|bounced|didn'?t go through|did not go through|was declined|was rejected)(?![a-z])/;

// Lateness on record: credit information, a blacklist, a loan or mortgage application later.
const ON_RECORD =
  /信用情報|ぶらっく|(?<![a-z])(?:cic|jicc)(?![a-z])|(?:記録|履歴)(?:に|が|は)?(?:残|される|載)|どっか(?:に|で)?記録|(?<![a-z])(?:credit (?:score|record|history|report|file|bureaus?)|blacklist(?:ed)?|mortgage|(?:home|car|house|student) loan|(?:apply|application|applying) for (?:a |an )?(?:\w+ )?(?:loan|card|credit card|mortgage)|banks? (?:gonna|going to|will|can|could) see)(?![a-z])|住宅ろーん|ろーん(?:の)?審査/;

// An order sent back or cancelled (「返品した」「送り返した」 "returned it", "cancelled the order").
const SENT_BACK =
  /返品|返送|送り返|きゃんせる(?:した|して|された)|(?<![a-z])(?:returned|sent (?:it |them |\w+ )?back|cancell?ed (?:the |my )?order|refunded)(?![a-z])/;

// A purchase denied, and a demand to pay received (a bill, an email, a charge).
const DID_NOT_BUY =
  /(?:買って|使って|利用して|注文して|頼んで)(?:い)?(?:ない|ません|へん|ねー|ねえ|なかった)|身に覚え|(?:買|使|頼|注文し|購入し|利用し|買い物し)(?:っ|う|ん)?た覚え(?:が|は|も)?(?:全然|まったく|全く|ぜんぜん|一切)?(?:ない|ありません|あらへん|ねえ)|心当たり(?:が|の)?(?:ない|ありません)|(?<![a-z])(?:didn'?t|did not|never|haven'?t|have not|don'?t|do not)(?: even| ever)? (?:buy|bought|use|used|order|ordered|purchase|purchased)(?![a-z])|(?<![a-z])(?:don'?t|do not|can'?t|cannot|can not)(?: really| even)? (?:remember|recall) (?:buying|ordering|purchasing|using|making)(?![a-z])/;
const GOT_A_DEMAND =
  /請求(?:が|されて|され|きた|来た|めーる)|支払(?:って|い)?(?:ください|下さい)|払えって|払ってって|(?:めーる|sms|はがき|通知)(?:が)?(?:来|き|届)|(?<![a-z])(?:got|get|gets|received|receive|getting|receiving) (?:a |an |this |some )?(?:atone )?(?:bill|charge|invoice|e-?mail|sms|text|message|notice)|(?<![a-z])(?:saying|says|said) (?:that )?i (?:owe|must pay|have to pay|need to pay)(?![a-z])|(?<![a-z])(?:charged|billed)(?![a-z])/;
const BILL_ARRIVED =
  /(?<![a-z])(?:(?:got|received|getting) (?:an? |the |my )?(?:atone )?(?:email|e-mail|sms|text|message|notice|notification)(?: \w+){0,3} (?:saying|that) (?:my |the )?(?:atone )?(?:bill|invoice|statement)(?: \w+){0,2} (?:is|was) (?:ready|out|here|issued|confirmed)|my (?:atone )?(?:bill|invoice|statement) (?:is|was|just) (?:ready|out|here|issued|in|came|arrived)|(?:bill|invoice|statement) (?:just )?(?:came|arrived)(?: in)?)(?![a-z])|請求(?:書|額)?(?:の)?(?:めーる|お知らせ|通知|sms)?(?:が|も)?(?:きた|来た|届いた|来ました|届きました|確定した)(?:って|との|という|よ|けど|ので|から|。|$)/;
// 「知らない請求が来た」「請求きたけど何買ったか記憶にない」: a bill doubted, not a bill told as come.
const DOUBTS_A_BILL =
  /知らない|覚え(?:の|が)?(?:ない|ありません)|記憶に(?:ない|ありません)|謎の|不明な|おかしい|二重|間違|身に覚え|心当たり/;
const CHECKOUT_CODE_ASKED =
  /(?<![a-z])(?:check ?out|paying|payment|pay)(?![a-z])[^.?!]{0,40}(?<![a-z])(?:sms|code|text)(?![a-z])|(?:決済|支払|購入|お会計)[^。?？]{0,20}(?:sms|認証こーど|認証番号|こーど)/;
const ASKS_IF_NORMAL =
  /(?<![a-z])(?:is (?:this|it|that) (?:normal|legit|real|ok|okay|safe|supposed to)|normal\?)(?![a-z])|(?:普通|正常|本物|大丈夫)(?:なの|なん|です|だよね)?(?:か|の|ん)?[?？]|(?:怪し|あやし)/;
const DEADLINE_AND_FEE_ASKED =
  /期限(?:と|や|、|・)手数料|手数料(?:と|や|、|・)期限|(?<![a-z])(?:deadline|due date) and (?:the )?fees?|fees? and (?:the )?(?:deadline|due date)(?![a-z])/;
const CHANGE_IF_CHEAPER =
  /(?:安い|安く|お得|無料)(?:なら|んなら|んやったら|だったら)[^。?？]{0,8}(?:変え|変更|切り?替え)|(?<![a-z])(?:switch|change)(?: \w+){0,3} if (?:it'?s|it is|that'?s) cheaper(?![a-z])/;
const EVERY_MONTH_ON_A_DAY =
  /毎月\s*\d{1,2}\s*日|(?<![a-z])(?:on )?the \d{1,2}(?:st|nd|rd|th) (?:of )?every month|every month on the \d{1,2}(?:st|nd|rd|th)?(?![a-z])/;
const TOLD_ASKED_FOR =
  /(?:お知らせ|通知|りまいんど|連絡)(?:を|が)?(?:ちょうだい|して|ほしい|欲しい|お願い|ください|下さい|くれ)|(?:教えて|知らせて)(?:ちょうだい|ほしい|欲しい|ください|下さい|くれ|ね|な)?[。!！\s]*$|(?<![a-z])(?:remind|notify|ping|message|text) me(?![a-z])/;
const SUPPOSES_A_REMINDER =
  /(?<![a-z])(?:if|once|when) i (?:set|make|get|turn on|add)(?: up)? (?:a |the |my )?(?:reminders?|notifications?|alerts?)(?![a-z])|(?:りまいんだー|りまいんど|通知)(?:を)?(?:設定|登録|お願い)し(?:たら|た場合|ておけば|とけば)/;
const ASKS_WHAT_IT_WOULD_DO =
  /(?<![a-z])(?:will|would|does|do|can) (?:it|they|the (?:reminders?|bot)|you) (?:know|follow|account for|handle|adjust|tell|notice|move|change|take)(?![a-z])|(?:合わせて|対応して|ずらして|気づいて|考慮して)(?:くれ|もらえ)|(?:ずれ|延び)(?:た|る)(?:日|分|とき)?(?:に|も)[^。?？]{0,10}(?:来る|届く|知らせ|教え)/;
const ANY_REMINDERS_ASKED =
  /(?<![a-z])(?:any|do i have(?: any)?|are there(?: any)?|have i got(?: any)?) (?:active |current )?(?:reminders?|notifications?|alerts?)(?: (?:set|on|active|left|running))?(?: (?:on|for|in) (?:my account|me))?(?: (?:right )?now)?[\s?!.]*$/;
const NO_JAPANESE_NUMBER =
  /(?<![a-z])(?:no|without|don'?t have an?|do not have an?|haven'?t got an?) (?:japanese |japan |local |domestic )?(?:phone|mobile|cell)(?: phone)? number(?![a-z])|日本の(?:電話番号|携帯(?:番号|電話)?)(?:が|を|は)?(?:ない|無い|持って(?:い)?(?:ない|ません)|ありません)/;
const GOT_WITH_ATONE =
  /(?<![a-z])(?:got|bought|ordered|purchased|paid for)(?![a-z])[^.?!]{0,60}(?<![a-z])(?:w\/?|with|using|via|on|through) atone(?![a-z])/;
const BILLING_FEE_AMOUNT = /(?<![\d,])209\s*(?:円|yen|jpy)|¥\s*209(?![\d,])/;
const ASKS_WHAT_CHARGE =
  /(?:何|なに|なん)の(?:料金|お金|手数料|請求|費用|209)|(?:これ|それ|この|その)[^。?？]{0,8}(?:何|なに|なん)(?:ですか|なの|なん|\?)|(?<![a-z])(?:what(?:'s| is) (?:this|that|the)|what (?:is|are) (?:these|those)|why (?:is|was) there)(?![a-z])/;
/** 「209円って何の料金？」 "what's this 209 yen?": the billing fee, seen on a bill and asked about. */
export function asksWhatTheFeeIs(normalized: string): boolean {
  return BILLING_FEE_AMOUNT.test(normalized) && ASKS_WHAT_CHARGE.test(normalized);
}
const ASKS_FOR_REMINDERS_AT_THE_END =
  /(?:りまいんだー|りまいんど|通知)(?:を|も)?(?:設定|登録|お願い)?(?:して|し)?(?:ほしい|欲しい|ください|下さい|もらえ(?:ます|る)?か?|いただけ(?:ます)?か?|お願いします|おねがい)(?:です)?[。.!！\s]*$|(?<![a-z])(?:(?:please |pls |can you |could you )(?:set (?:up )?(?:a |some )?reminders?|remind me)[^.?!]*|(?:set (?:up )?(?:a |some )?reminders? for me|i want (?:a )?reminders?)[^.?!]*)[.!\s]*$/;
// "is this scam or my account is hacked?", 「詐欺られてるん？」: misuse wondered about, not told.
const ASKS_IF_FRAUD =
  /(?<![a-z])(?:is (?:this|it|that) (?:a )?(?:scam|fraud|phishing)|(?:am i|i am|i'?m) (?:being )?(?:scammed|hacked)|(?:is )?my account (?:is |been |was )?hacked)[^.]{0,20}\?|詐欺(?:られ(?:てる|た)|され(?:てる|た)|です|なの|なん|やろ|じゃ)?(?:か|ん|の|な)?(?:かな)?[?？]|乗っ取られ(?:てる|た)?(?:ん|の|か)(?:かな)?[?？]/;
// "someone used my account", 「勝手に使われた」: misuse told as so.
const MISUSE_TOLD =
  /勝手に(?:使|買)われ|(?:誰か|だれか|他人)(?:が|に)[^。?？]{0,12}(?:使われ|使って|買われ)|(?<![a-z])(?:someone|somebody) (?:has |is |else )?(?:used|using|bought|logged)(?![a-z])/;
const DOUBTED_CHARGE_INTENTS: readonly AnswerIntent[] = [
  'unrecognized_charge',
  'fraud_report',
  'subscription_still_billed',
  'family_or_shared_use',
  'overpaid_or_double_paid',
  'cancel_return_refund',
];

const PAYS_LATER =
  /遅くまで|おそくまで|長く|ゆっくり|余裕|後で払え|あとで払え|(?<![a-z])(?:later|longer|more time|latest)(?![a-z])/;
const PAYS_FOR_WHAT_WAS_BOUGHT =
  /(?<![a-z])(?:pay (?:for|off) (?:the |my |all )?(?:stuff|things|items?|what|everything|purchases?) (?:that )?i(?:'ve| have)? (?:already )?(?:bought|purchased|ordered|got)|pay (?:it|them|this|that|atone|the bill|my bill) (?:back|off)|pay back)(?![a-z])|買った(?:もの|物|分)(?:の(?:お金|代金))?(?:は|って|を)?(?:どうやって|どこで|どう)(?:払|支払)/;
const ASKS_IF_IT_WENT_THROUGH =
  /(?:ちゃんと)?払えて(?:ます|る|い(?:ます|る))(?:か|かね|かな|よね)|(?<![a-z])(?:did|has) my payment (?:go|gone) through(?![a-z])|(?:引き?落とされた|引かれた|落ちた|払えた|払った|支払った|支払われた|入金された)(?:か|かどうか)(?:を)?\s*(?:確認|確かめ|調べ|わか|分か|見れ|見られ)|(?<![a-z])(?:can|could) you (?:check|see|confirm|tell)(?: me)? (?:if|whether) (?:it|my (?:payment|bill)|the (?:payment|debit)|i)(?: was| has been| have| got| went)? ?(?:paid|debited|charged|taken|gone through|went through|received)(?![a-z])/;
const RAISES = /上げ|あげ|増や|ふや|増え|(?<![a-z])(?:higher|raise|increase|more)(?![a-z])/;
const LIMIT_WORD = /上限|限度額|利用可能額|(?<![a-z])(?:limit|spending cap)(?![a-z])/;
const RESETS_MONTHLY =
  /毎月|月ごと|月初|月が変わ|りせっと|(?<![a-z])(?:reset\w*|every month|each month|monthly|per month|new month|start of the month)(?![a-z])/;
const PAID_DOUBTED =
  /(?:払っ|支払っ|払い込ん|振り込ん)(?:た|てる|ている|ています|てます|とる)(?:はず|のに)|(?<![a-z])(?:i (?:already )?paid (?:it|that|the bill|for \w+ )?(?:already )?but|should have been paid|it says unpaid)(?![a-z])/;
// (「ファミマで払ってんけど」 in Kansai words too.)
const PAID_TOLD =
  /(?:支払|払)(?:った|いした|いました|いしました|ってきた|いしてきた|って(?:る|ます|います)|ってん(?:けど|で|やけど))|払うた|払ろた|(?<![a-z])(?:i (?:already |just )?paid|paid (?:it|at|by|with|yesterday|today|already))(?![a-z])/;
// 「使える金額が0円のまま」 "it says i can use 0 yen": the limit still used up.
const LIMIT_STILL_EMPTY =
  /(?:使える(?:金額|額|お金)|利用可能(?:金?額)|利用枠|残りの?枠|上限|限度額?)[^。?]{0,12}(?:0円|ぜろ|戻らな|戻って(?:い)?な|増えな|回復しな|のまま)|0円のまま|(?<![a-z])(?:can (?:only )?use (?:0|zero)|(?:limit|available amount|available balance)[^.?!]{0,20}(?:is |at |still )(?:0|zero|empty)|(?:limit|available amount)[^.?!]{0,12}(?:hasn'?t|has not|didn'?t|did not) (?:come back|reset|gone up|recovered))(?![a-z])/;
const ADDRESS_TYPED =
  /住所(?:を|は|も)?[^。?]{0,8}(?:入れ|入力|打)|(?<![a-z])(?:typed|entered|put in|filled in) (?:my |the )?address(?![a-z])/;
// The identity check named: its documents, its photo, the check itself.
const ID_CHECK_NAMED =
  /本人確認|免許証|運転免許|まいなんばー|在留かーど|身分証|顔(?:の)?写真|顔認証|せるふぃー|(?<![a-z])(?:id check|identity|verification|verify|selfie|driver'?s licen[cs]e|my id|ekyc)(?![a-z])/;
// Refused now ("now cannot use it", 「決済できませんって出る」) and a payment missed before.
const CANNOT_USE_NOW =
  /決済(?:が)?でき(?:ない|ません|なかった|へん)|使え(?:ない|ません|なく|へん)|利用でき(?:ない|ません)|(?<![a-z])(?:can'?t|cannot|can not|unable to) (?:use|pay with|buy)|(?:payment|card|atone) (?:was |is |got |keeps getting )?(?:declined|rejected|refused)|(?:doesn'?t|does not|won'?t) work (?:anymore|now)(?![a-z])/;
const A_PAYMENT_MISSED =
  /払い忘れ|払うの(?:を)?忘れ|支払い(?:を)?忘れ|払い?そびれ|滞納|延滞|(?<![a-z])(?:forgot(?: to)? pay|forget(?: to)? pay|didn'?t pay|did not pay|missed (?:the |my |a )?(?:payment|deadline|bill)|overdue|unpaid|(?:bill|payment)(?: [a-z]+){0,3} (?:is |was )?(?:still )?not (?:been )?paid)(?![a-z])/;
const ASKS_HOW_TO_START =
  /始め方|はじめかた|使い始め(?:る|たい|方)|(?:はじめる|始める)には|(?<![a-z])(?:how (?:do|can|would|should) (?:i|we) (?:start|begin|get started)(?: using| with)?|how to (?:start|begin|get started)(?: using| with)?|get started with)(?: atone| it| this)?(?![a-z])/;
const IN_A_PHYSICAL_SHOP =
  /実店舗|実際の(?:お)?店|店頭|れじで|(?:街|まち)の(?:お)?店|(?<!ねっと|通販の)(?:お)?店でも(?:使え|払え|利用でき)|(?<![a-z])(?:in (?:a |the )?(?:physical |real |actual |brick and mortar )(?:stores?|shops?)|physical (?:stores?|shops?)|brick and mortar|in person at (?:a |the )?(?:store|shop)|(?:stores?|shops?) in person)(?![a-z])/;
// 「今年もやってる？」 "is it still on?": whether something runs now, which of atone's only the
// campaigns do.
const STILL_RUNNING =
  /(?:今年|今|いま)も(?:やって|開催|実施)|まだ(?:やって|開催|実施)(?:る|て)|(?<![a-z])(?:still (?:on|running|going on|happening)|(?:on|running|happening) (?:again )?this year)(?![a-z])/;
const FEE_FOR_PAYING_A_WAY =
  /(?<![a-z])(?:is there|are there|any|what'?s the|what is the|how much is the) (?:a |an |any )?(?:fee|charge)s? (?:for|to|when) (?:paying|pay) (?:at|by|with|via|through|in)(?![a-z])/;
// "so I can plan my reminder myself", 「自分でカレンダーに入れたい」: the user reminds themselves.
const OWN_REMINDER_PLANNED =
  /(?<![a-z])(?:myself|on my own|so (?:that )?i can (?:set|plan|make|put)[^.?!]{0,20}(?:reminder|alarm|calendar))(?![a-z])|自分で(?:りまいんど|りまいんだー|通知|あらーむ|かれんだー|設定|管理|覚え)|(?:かれんだー|手帳|すけじゅーる)に(?:入れ|書|登録|めも)/;
const BY_CARD = /くれじっと|くれか|(?<![a-z])credit ?card/;
const BILL_PAID_BY =
  /支払い?(?:を|は)[^。?]{0,16}(?:で|を使って)(?:したい|できる|できます|可能|払|支払|済ませ)|(?:で|を使って)(?:支払|払)(?:う|える|いたい|えます|えない|えん)|(?<![a-z])(?:pay|settle|settling|paying)(?: off)? (?:the |my |an? )?(?:atone )?(?:bills?|invoices?|balance|atone)(?![a-z])/;
const A_SHOP = /お?店|さいと|(?<![a-z])(?:shops?|stores?|sites?|checkout)(?![a-z])/;
const CARD_NEEDED =
  /必要|いる[?？]|要る|持って(?:い)?な|なくても|無しで|なしで|(?<![a-z])(?:need|needed|require[sd]?|without|don'?t have)(?![a-z])/;
const BILLED_BY_ATONE =
  /atone(?:から|の)(?:請求|引き?落とし)(?:が)?(?:来|届|あ)|(?<![a-z])(?:atone (?:billed|charged) me|(?:billed|charged) by atone|a bill from atone)(?![a-z])/;
const ASKS_WHY = /なんで(?!す|しょ)|なぜ|どうして|(?<![a-z])(?:why|how come)(?![a-z])/;
const MONEY_TAKEN =
  /引き?落と(?:され|さ|し|ち)|落ちる|(?<![a-z])(?:taken out|taken from|withdrawn|debited|pulled|come out|comes out|charged to my (?:bank|account))(?![a-z])/;
const OTHER_SHOPS =
  /楽天|普通の|ほかの|他の|ねっと(?:の)?(?:お)?店|通販|(?<![a-z])(?:rakuten|other|regular|normal|usual) (?:shops?|stores?|sites?)(?![a-z])|(?<![a-z])rakuten(?![a-z])/;
/** The message up to its first question mark (the whole of it when it has none). */
const firstAsk = (normalized: string): string => normalized.split(/[?？]/, 1)[0] ?? normalized;

// ("u didnt sign me up for anything right?": whether the bot set something, asked.)
const SOMETHING_SET_ASKED =
  /(?:設定|登録)(?:して|され(?:て)?)(?:ある|る|いる)(?:の|もの|やつ)?(?:って|は)?(?:ある|ない|あります)(?:の|か|かな)?[?？]?$|(?<![a-z])(?:(?:did|didn'?t|didnt|have|haven'?t|havent) (?:you|u)|(?:you|u) (?:didn'?t|didnt|haven'?t|havent|did not|have not)) (?:sign(?:ed)? me up|set (?:me )?up|subscribe(?:d)? me)(?: (?:for|to) (?:anything|something|any reminders?|reminders?))?(?![a-z])(?=[^.!]*\?)/;
const ASKS_TO_BE_REMINDED =
  /(?:りまいんだー|りまいんど|通知)(?:を|も)?(?:頼め|たのめ|お願いでき|設定でき|設定してもらえ|してもらえ)|(?<![a-z])(?:(?:can|could|would|will) you (?:please )?remind me|(?:please |pls )remind me|remind me (?:\d|the day|on the|a day|one day|two days|three days))(?![a-z])/;
const LIST_WORDS =
  /一覧|(?<![a-z])(?:list|show|what(?:'s| is| are)? (?:set|my reminders)|which reminders|my reminders)(?![a-z])/;
const WITHOUT_A_CARD =
  /(?:くれじっと)?かーど(?:が|を)?(?:なくても|無くても|持って(?:い)?なくても|なしで|なし)|(?<![a-z])(?:without (?:a |any )?(?:[a-z]+ )?credit card|(?:no|don'?t have a) credit card)(?![a-z])/;
// "what's my deadline?", 「期限いつ？」: the deadline asked outright; and reminding asked for.
const DEADLINE_ASKED =
  /期限(?:は|って)?(?:いつ|何日)|いつまで|(?<![a-z])(?:what(?:'s| is) (?:my|the) (?:deadline|due date)|when (?:is|'s) (?:it|my|the) (?:\w+ )?(?:due|deadline|bill due))(?![a-z])/;
const ASKS_FOR_REMINDING =
  /通知|りまいんど|りまいんだー|お知らせ|知らせて|教えて(?:ほしい|欲しい|くれ|ください)|(?<![a-z])(?:remind|notify|alert|ping|message me|tell me before)(?![a-z])/;
// (Not 解約, which after an order asks for the order cancelled: 「atoneのほうで解約してくれへん？」.)
export const LEAVES_ATONE =
  /退会|あかうんと(?:を)?(?:削除|消)|(?<![a-z])(?:clos(?:e|ing) my account|delet(?:e|ing) my account|leav(?:e|ing) atone|quit(?:ting)? atone|cancel(?:l?ing)? my (?:atone )?(?:account|membership))(?![a-z])/;
const DELETES =
  /(?:消して|けして|削除して|解除して|止めて|とめて|やめて|取り消して)(?:ください|もらえ|いただけ|くれ|ほしい|欲しい)?|(?<![a-z])(?:delete|remove|cancel|turn off|stop)(?![a-z])/;
const KEEPS_THEM =
  /(?:止め|とめ|やめ|解除し|消さ)(?:ないで|ません)|(?<![a-z])(?:don'?t|do not|dont) (?:stop|cancel|turn off|delete|remove)(?![a-z])/;
const SET_ASKED =
  /何が(?:設定|登録)|(?:設定|登録)(?:内容|されて(?:い)?る(?:もの|の|やつ)?)(?:を|が)?(?:確認|見|知り|教え)|(?<![a-z])(?:what(?:'s| is)? (?:set|on)|what i have|show me what)(?![a-z])/;
const WHATS_SET =
  /^(?:ok|pls|please|just)?[,\s]*(?:list|show) (?:em|'em|them)(?: (?:pls|please|again))?[\s.!?]*$/;
const NOT_ENOUGH_IN_THE_ACCOUNT =
  /残高(?:が)?(?:足り(?:ない|なかった|ん|へん|ず|て(?:い)?な(?:い|かった))|不足|ない|なかった|ぜろ)|口座に(?:お金|残高)(?:が)?(?:ない|足りない|入って(?:い)?ない)|(?<![a-z])(?:(?:account|bank|i) (?:does not|doesn'?t|won'?t|will not|didn'?t|did not|don'?t|do not) have enough(?: money| funds| balance| in it)?|not enough (?:money|funds|balance)|insufficient (?:funds|balance)|(?:money|funds)(?: is|'s| was)? (?:not|isn'?t|wasn'?t) in (?:my|the) (?:bank|account)|(?:money|funds) (?:isn'?t|is not|aren'?t) (?:there|in (?:my|the) (?:bank|account))|(?:account|bank) is empty)(?![a-z])/;
const OF_PAYING = /払|支払|期限|請求|(?<![a-z])(?:pay|paid|payment|bill|deadline|due|extension)(?![a-z])/;
const ASKS_MORE_TIME =
  /(?:払う|支払い?|払い|引き?落とし)の?(?:を)?(?:少し|ちょっと|しばらく|[\d一二三]+(?:日|週間))?(?:待って|遅らせ|延ば|のば|先(?:に|延ば))|(?:お金|金)(?:が)?(?:きつ|厳し|ぴんち|足りな|たりな)[^。?？]{0,20}(?:待って|遅らせ|延ば|のば|後で|あとで)|(?<![a-z])(?:push (?:back )?(?:my |the )?(?:payment|bill|due date|deadline)|push (?:it|my payment|the payment|the bill) back|delay (?:my |the )?(?:payment|bill)|pay (?:it )?(?:a (?:bit|week|few days) )?later than (?:the )?(?:deadline|due date)|postpone (?:my |the )?(?:payment|bill))(?![a-z])/;
// "switched from barcode to bank debit", 「口座振替に変えた」: a way to pay changed, told.
const SWITCHED_WAY =
  /(?<![a-z])(?:switched|changed|moved|switching|changing)(?: (?:it|my payment|my method|payment method))?(?: from [a-z -]{2,24})? to (?:bank|direct|auto|automatic|konbini|convenience|barcode|postcard|paper|furikae)(?![a-z])|(?:に|へ)(?:変え|変更し|切り?替え)(?:た|ました)(?:けど|んだけど|んですが|ので|から|[、,。])/;
const CHANGE_APPLIES =
  /(?<![a-z])(?:switch(?:ing)?|chang(?:e|ing))(?: it| the method| my method| payment method)? (?:apply|applies|take effect|takes effect|count|counts|start|starts|work|works) (?:from|for|on|with)(?![a-z])|(?:変え|変更し|切り?替え)(?:たら|て|た)[^。？?]{0,12}(?:今月|この|今回|次)(?:の)?(?:請求|分)から/;
// "which bill does it pay", 「どの請求から」: which month's bill.
const WHICH_BILL =
  /(?<![a-z])(?:which|what) (?:bill|month|statement|payment)|(?:from|starting) (?:which|what|when)|どの(?:請求|月|分)|いつ(?:の(?:請求|分)|から)|何月(?:分|の請求)?から/;
const DAYS_LEFT_ASKED =
  /あと何日|残り何日|何日(?:残って|ある)|(?<![a-z])(?:how many days (?:do i have |are |have i got |i have )?(?:left|remaining)|how (?:long|much time) do i (?:have|got) (?:left )?(?:to pay|until))(?![a-z])/;
const CANCELLED = /中止|取り?消|きゃんせる|返品|(?<![a-z])(?:cancel(?:l?ed)?|returned|refund)(?![a-z])/;
const STILL_TO_PAY =
  /(?<![a-z])(?:must i (?:still )?pay|do i (?:still )?(?:have|need) to pay|should i (?:still )?pay|(?:still )?(?:have|need) to pay (?:it|this|that|anyway))(?![a-z])|(?:まだ|それでも)?払わな(?:きゃ|いと|あかん|いかん)|払う必要(?:が|は)?(?:ある|あり)/;
const STEPS_ASKED =
  /手続き|何か(?:する|やる)(?:必要|こと)|(?<![a-z])(?:do i (?:need|have) to do (?:anything|something)|what do i (?:need|have) to do)(?![a-z])/;
const COMES_BACK = /返って|戻って|戻る|返金|(?<![a-z])(?:refund(?:ed)?|back)(?![a-z])/;
const HOW_TO_USE_IT =
  /使い方(?:を|が)?(?:教えて|知りたい|わから|分から)|(?:どうやって|どのように)使(?:う|え|い)/;
const THE_BOT = /ぼっと|ちゃっとぼっと|(?<![a-z])(?:this|the) (?:bot|chatbot|chat)(?![a-z])/;
const LATEST_DEADLINE =
  /(?:一番|いちばん|最も|もっとも)(?:遅く|おそく|遅い|おそい)|(?<![a-z])(?:(?:the )?latest (?:deadline|due date|due)|pay (?:the )?latest|most time to pay|(?:longest|most) time (?:before|until))(?![a-z])/;
const SOMEONE_ELSE_USED =
  /知らないうちに|身に覚えのない|勝手に(?:使|買)|(?<![a-z])(?:someone(?:'s| has| is)? (?:been )?(?:using|used) my|without (?:me|my) (?:knowing|permission|knowledge))(?![a-z])/;
const RETURNED = /返品|返送|(?<![a-z])(?:returned|sent (?:it|them) back)(?![a-z])/;
const STILL_PAY =
  /(?:まだ|それでも)?(?:払|支払)(?:う|わな)(?:必要|きゃ|ないと|いけない)|(?<![a-z])(?:still (?:have to|need to|got to) pay|do i (?:still )?(?:have|need) to pay)(?![a-z])/;
/** Chat between people ("anyone up for ramen tonight lol"), not a question to the bot; follow-ups.ts too. */
export const CHATTER =
  /(?<![a-z])(?:lol|lmao|rofl|haha+|hehe|anyone see|anyone up for|anyone wanna|who wants|who'?s up for|did you guys)(?![a-z])|笑$|ww+$/;
const ATONE_THINGS =
  /atone|支払|払|請求|期限|引き?落|手数料|りまいんだー|りまいんど|通知|ぽいんと|あまぞん|amazon|(?<![a-z])(?:pay|paid|bill|due|deadline|fee|debit|remind|reminders?|points?|campaign)(?![a-z])/;
const NEXT_TIME =
  /^(?:(?:so|and|ok|okay|then)[,\s]+)?when(?:'s| is| will be| do i pay)? (?:the )?next (?:time|one|payment|debit)(?: then)?[?\s]*$|^(?:じゃあ|で)?[、,\s]*次(?:は|って)?いつ[?？]?$/;
const SHOWN_UNPAID =
  /(?:まだ)?未払い(?:に|の|って|と)|未入金|支払われて(?:い)?ない|反映されて(?:い)?ない|(?<![a-z])(?:(?:says|shows?|showing|marked|still) (?:as )?(?:unpaid|not paid|outstanding)|not (?:reflected|showing as paid))(?![a-z])/;
const FORGOT_THEN_PUT_RIGHT =
  /^(?:oh|ah|wait|sorry)?[,\s]*(?:i )?forgot[,.!…\s]+(?:(?:the|my) \w+ )?(?:was|it was|it's|is) actually(?![a-z])|^(?:あ、?)?忘れてた[、,。\s]+[^。]{0,12}(?:だった|でした|やった)/;
/**
 * Two things compared: with another method (「口座振替と同じ？」「バーコードと端末ってどう違うの？」,
 * "same as direct debit?") or product (「翌月払いとの違いは？」); the follow-ups' test too.
 */
export const COMPARES =
  /と(?:は|も)?(?:どう|何が|なにが)?(?:同じ|一緒|違う|ちがう)|(?:どう|何が|なにが)(?:違|ちが)|違い|ちがい|比べ|比較|(?<![a-z])(?:same (?:thing )?as|compared? (?:to|with)|compare|comparison|vs\.?|versus|different from|differ|diff|difference|differences)(?![a-z])/;
const NAMES_A_FEE_OR_PRICE =
  /手数料|料金|安い|高い|(?<![a-z])(?:fees?|cost|cheap\w*|expensive|price)(?![a-z])/;
const SPEAKS_OF_CHANGING = /変更|変え|変わ|切り?替|(?<![a-z])(?:chang|switch|mov)/;

const PAYMENT_OF_A_PURCHASE =
  /(?:購入|買っ|買い物|注文|利用|使っ)[^。]{0,16}支払|(?<![a-z])pay(?:ing|ment)? for(?![a-z])/;
// (「請求金額を教えていただけますか」 "tell me my bill amount", 「なんぼ払ったらええの」: the amount itself
// asked for, not when or where it is told.)
const ASKS_OWN_BALANCE =
  /(?:私|わたし|僕|ぼく|俺|おれ|自分|うち)(?:の|って|は|に)?(?:まだ|今|いま)?(?:未払い|残高|請求額|滞納)(?:が|は|って)?(?:ある|あります|残って|いくら)|^(?:(?!いつ|どこ|どう|方法|確認).)*請求(?:金)?額(?:を|が)?(?:教えて|おしえて|知りたい)(?:(?!いつ|どこ|どう|方法|確認).)*$|^(?:(?!いつ|どこ|どう|方法|確認|わか|分か).)*(?:今の|いまの|今月の|今回の)請求(?:金)?額(?:って|は)?(?:いくら|なんぼ)(?:(?!いつ|どこ|どう|方法|確認|わか|分か).)*$|^(?:(?:今月|今回|で|じゃあ|ほな)[、,\s]*)?(?:いくら|なんぼ)(?:払ったら|払えば|払う)(?:いい|ええ|良い)|(?<![a-z])(?:do i (?:still )?(?:owe|have (?:an? |any )?(?:unpaid|outstanding))|how much do i (?:still )?owe|(?:tell me|what'?s|what is) my (?:bill|billing|invoice|statement) amount)(?![a-z])/;
const DEADLINE_PASSING =
  /(?:期限|締め?切り?|支払日)(?:が|を)?(?:過ぎ|すぎ)たら|(?<![a-z])(?:miss (?:the |my )?(?:deadline|due date|payment)|(?:deadline|due date) (?:passes|is missed))(?![a-z])/;
// (「口座振替に変えたらタダなん？」: whether it is free, asked.)
const ASKS_THE_FEE =
  /手数料(?:は|って|が|も)?(?:まだ|も)?(?:[?？]|いくら|かか|どう|無料|ある|あり|なくな|無くな|消え|$)|(?:無料|ただ)(?:なん|なの|になる|ですか|かな|\?)|(?<![a-z])(?:what(?:'s| is) the fee|how much is the fee|any fees?|is there a fee|fees?\?|is it free|free\?|costs? (?:nothing|anything|extra)|free of charge)(?![a-z])/;
// 「口座振替に変えたらいくら？」 "if I switch to bank debit how much is it?": what the way switched to
// costs, asked without the word fee.
const SWITCH_THEN_HOW_MUCH =
  /(?:に|へ)(?:変え|変更し|切り?替え|し)たら[^。?]{0,6}(?:(?:いくら|なんぼ|何円)(?:に(?:なる|なり)|かかる|です|やろ|なの|なん)?(?:か|の)?\s*(?:\?|$)|安く|高く)|(?<![a-z])if i (?:switch|change|go) (?:to|over to) [a-z ]{3,30}how much(?: is it| would it be| will it be| does it cost| would it cost| will it cost)?\s*\??$|how much (?:is it|would it be|will it be|does it cost|would it cost) if i (?:switch|change) to(?![a-z])/;
const USABLE_WITHOUT_A_BANK =
  /(?<![a-z])(?:can|could) (?:i|you|we) (?:use|sign up for|register for|join) (?:atone|it)? ?without (?:a |any |my )?bank(?: account)?(?![a-z])|銀行口座(?:が|を)?(?:なくても|無くても|持って(?:い)?なくても)(?:使え|登録でき|利用でき)/;
const NEEDS_NO_CARD =
  /(?<![a-z])(?:(?:don'?t|do not|no) (?:need|have)|without|need|require[sd]?) (?:a |any |my )?(?:credit )?card(?![a-z])|かーど(?:が|は|を)?(?:いらない|要らない|不要|なくても|無くても|なしで|無しで|持って(?:ない|いない|なくても|いなくても|へん)|持っとらん|必要)/;
const ASKS_DEADLINE_AND_FEE =
  /(?:期限|支払日|引き?落とし日)(?:と|や|、)(?:請求)?手数料|手数料(?:と|や|、)(?:期限|支払日|引き?落とし日)|(?<![a-z])(?:deadline|due date) and (?:the )?fees?|fees? and (?:the )?(?:deadline|due date)(?![a-z])/;
// (「引き落とし失敗してたか確認してくれへん？」: whether it failed, checked on the account; 「うちの
// アカウント止まってへん？」: whether it is stopped.)
const ASKS_OWN_STATUS =
  /(?<![a-z])(?:(?:the )?remaining balance|balance (?:on|of) my (?:atone )?account|how much (?:do )?i (?:still )?owe)(?![a-z])|入金(?:確認)?(?:さ|され)(?:て(?:ます|る|い|おります)|た)か|(?<![a-z])(?:the )?(?:exact |real |actual )?reason (?:for|of|on) my (?:account|payment|decline|card)(?![a-z])|(?:私|わたし|僕|ぼく|俺|おれ|うち|自分)の(?:あかうんと|口座|利用)(?:が|は|って)?\s*(?:止ま|停止|凍結|ろっく|使え|大丈夫|どうな)|(?:失敗|引き?落とされ|落ち|入金|反映)(?:して|されて|て)?(?:た|る|い)?か(?:どうか)?(?:を)?(?:確認|調べ|見て|みて)(?:して)?(?:くれ|もら|ほし|ください|いただけ|したい|させて)|(?<![a-z])(?:check|see|look|confirm) (?:if|whether) (?:it|my payment|the payment|that) (?:went through|was received|got through|is paid|was paid)|(?:check|look at|look up) my account|on my account(?![a-z])|(?<![a-z])(?:did|has|have) my (?:\w+ )?payments?(?: \w+){0,4} (?:go|gone|went|come|been) (?:through|received|processed|confirmed|reflected)(?![a-z])|(?:反映|入金)(?:されてるか|されたか|済みか)(?:確認|見て|調べて)/;
const NAMES_A_CAMPAIGN =
  /ぽいんと祭|大抽選|きゃんぺーん|(?<![a-z])(?:spring points?|points? festival|lottery|campaign)(?![a-z])/;
const ASKS_HOW_TO_REACH =
  /(?<![a-z])(?:how (?:do|can|could) i (?:contact|reach|call|email|get in touch with)|contact (?:you|atone|support|customer)|(?:call|phone|speak to|talk to) (?:someone|somebody|a person|a human|an operator|support))(?![a-z])|(?:問い合わせ|連絡)(?:先|する方法|したい|はどこ)|お電話番号|(?:atone|そちら|御社|貴社|さぽーと)の電話番号|電話(?:の方|のほう)(?:が|で|は)|(?:atone|そちら)?に?電話(?:したい|をかけたい|かけたい)|(?<!(?:私|自分|わたし|僕|俺)の)電話番号(?:は|って)?(?:ない|あります|ある)(?:の|ん)?[?？]|電話で(?:直接)?(?:ご)?(?:相談|問い合わせ|お問い合わせ|話|聞)|電話窓口|(?<![a-z])(?:call (?:you|atone)|(?:atone'?s|your|support'?s?|customer service) phone number|phone number (?:for|of) (?:atone|you|support)|by phone)(?![a-z])/;
const ASKS_WHEN_TO_PAY =
  /いつ(?:まで)?に?(?:払|はら|支払)|(?<![a-z])when (?:do |will |should |must )?i (?:need to |have to |must |should |gotta |got to )?pay(?![a-z])|(?<![a-z])when(?: is|'s) (?:the |my |it |that )?(?:bill |payment )?due(?![a-z])/;
const MISUSED =
  /勝手|無断|知らない(?:うち|間)|(?<![a-z])(?:without (?:my )?(?:permission|asking)|didn'?t ask|behind my back)(?![a-z])/;
// 「アカウント消して」 "delete my account": leaving atone, not the reminders.
const NAMES_ACCOUNT = /あかうんと|退会|会員|(?<![a-z])(?:account|membership)(?![a-z])/;
// "can I have a paper bill sent instead?", 「はがきにしたい」: a way to pay wished for.
const LOST_A_BILL =
  /(?:請求書|はがき|払込(?:用紙|票)|払い込み用紙)(?:を|が)?(?:なくし|無くし|失くし|紛失|捨て)|(?<![a-z])(?:lost|misplaced|threw away|thrown away) (?:the |my |our )?(?:paper |postcard )?(?:bill|invoice|postcard|payment slip|slip|statement)s?(?![a-z])/;
const WISHES_A_METHOD =
  /(?<![a-z])(?:instead|can i (?:have|get|switch|change|use)|i(?:'d| would) (?:like|prefer))(?![a-z])|に(?:変え|かえ|し)たい|に(?:変え|かえ)(?:られ|れ)/;
// 「口座振替にしたい」「に変えたい」 "I want to switch to bank debit": a change wanted, said so
// (narrower than WISHES_A_METHOD, whose "can I use…" over a deadline reading asks the deadline).
const WANTS_ANOTHER_METHOD =
  /に(?:変え|かえ|し|変更し|切り?替え)たい|(?<![a-z])(?:i (?:want|wanna|would like|'d like) to (?:switch|change|move)|switch(?:ing)? (?:to|over to)|i'?d rather (?:have|pay|use|do)|i would rather (?:have|pay|use|do))(?![a-z])/;
const FEE_AFTER_A_CHANGE =
  /(?:変え|かえ|切り?替え|変更し|にし)(?:たら|ると|れば)[^。?]{0,12}(?:手数料|安く|高く|無料|ただに|お得)|(?<![a-z])if (?:i|we) (?:switch|change|move)\w*[^.?]{0,40}(?:cheaper|fees?|free|cost|save|pricier|more expensive)(?![a-z])/;
// "…from now on. When does that start?", 「口座振替にしたい。いつから変わる？」: from when a change applies.
const WHEN_A_CHANGE_STARTS =
  /(?<![a-z])(?:when (?:does|will|would|do) (?:that|it|this|the change|the switch) (?:start|begin|kick in|take effect|apply)|from (?:when|which month))(?![a-z])|いつから(?:変わ|適用|反映|切り?替|になる|そう)|何月(?:分)?から/;
// "why was my payment declined?", 「決済が通らない」: a payment refused at a checkout.
const SAYS_DECLINED = /(?<![a-z])(?:declined|rejected|refused)(?![a-z])|通らな|通らへん|弾かれ|はじかれ/;
// "my card got declined at the register thing", 「レジで払おうとしたら通らなかった」: refused at a
// till or a checkout. (Not a sign-up or an ID check turned down: those topics answer that.)
const DECLINED_AT_A_TILL =
  /(?:れじ|お店|店頭|店で|会計|払おう|決済|買おう|買い物)[^。?]{0,24}(?:通らな|通らへん|通らん|弾かれ|はじかれ|断られ)|(?<![a-z])(?:declined|rejected|refused|didn'?t go through|did not go through|wouldn'?t go through)(?![a-z])/;
const A_SIGN_UP_TURNED_DOWN =
  /登録|審査|申し?込|本人確認|入会|(?<![a-z])(?:sign(?:ing)? ?up|registration|registered|registering|application|identity|id|verif\w*|membership)(?![a-z])/;
// 「なんでアトネ使えんと？」 "why can't I use atone?": atone refused, asked why (not where it works).
const WHY_NOT_USABLE =
  /(?:なんで|なぜ|何で|どうして)[^。?？]{0,12}使え(?:な|ん|へん|ませ)|(?<![a-z])why (?:can'?t|cannot|won'?t|doesn'?t|isn'?t) (?:i |it |atone )?(?:use|work|let me|go through|usable)/;
// 「限度額っていくら？」 "what's my limit?": what it is and where to see one's own (limit_increase's
// answer). (Not 「利用可能額」, what is left to use now: the user's account, the route's.)
const ASKS_THE_LIMIT =
  /(?:限度額|上限額?|利用枠)(?:って|は|が)?(?:いくら|何円|なんえん|どれ(?:くらい|ぐらい)|どのくらい|どんくらい)|(?<![a-z])(?:(?:how much is|what(?:'s| is)) (?:my |the |our )?(?:atone )?(?:current )?(?:credit |spending |usage )?limit|(?:my |the )(?:atone )?(?:credit |spending |usage )?limit(?: is)? how (?:much|high|big)|what (?:my |the |our )(?:atone )?(?:current )?(?:credit |spending |usage )?limit (?:is|would be)|how (?:much|big|high) (?:my |the )(?:atone )?(?:current )?(?:credit |spending |usage )?limit is)(?![a-z])|(?:限度額|上限額?|利用枠|利用可能額)(?:が|は)?(?:いくら|何円)(?:か|なのか)?(?:知りたい|教えて)/;
// 「ショップが売上確定するのが遅れたら？」: the shop late, not the user: billed a month later.
const SHOP_CONFIRMS_LATE =
  /売上(?:を|が|の)?確定.{0,12}(?:遅|おそ|間に合わ(?:な|ん|へん)|ずれ)|(?<![a-z])(?:shop|store|merchant|seller)s?.{0,30}(?:confirm\w*|finali[sz]\w*|process\w*).{0,20}late|late.{0,20}(?:confirm\w*|finali[sz]\w*) the (?:sale|order)(?![a-z])/;
// 「払わずに放置しても大丈夫？」 "can I just ignore the bill?": what not paying leads to.
const LEAVES_IT_UNPAID =
  /払わ(?:ず(?:に)?|ないで|んと|へんで)(?:放置|そのまま|ほっと|無視)|放置(?:して|しても|したら)|無視(?:して|しても|したら)(?:いい|大丈夫|ok|どうな)|(?<![a-z])(?:ignore (?:it|the bill|the charge)|leave it unpaid|just not pay)(?![a-z])/;

/** 「利用上限っていくら？」 "what's my limit?": the limit's amount asked. */
export function asksTheLimit(normalized: string): boolean {
  return ASKS_THE_LIMIT.test(normalized);
}

export function shopConfirmsLate(normalized: string): boolean {
  return SHOP_CONFIRMS_LATE.test(normalized);
}

// 「あとでどうやってはらうの？」 "how do I pay for it afterwards?": the ways to pay the bill.
/** 「家族ちゃうかった」 "it wasn't my wife": the family ruled out of a charge. */
export function notTheFamily(normalized: string): boolean {
  return NOT_THE_FAMILY.test(normalized);
}
const NOT_THE_FAMILY =
  /(?:家族|妻|夫|旦那|嫁|子ども|子供|息子|娘|親|母|父|兄|姉|弟|妹)(?:ちゃう|ちゃいま|じゃな|ではな|でもな|やな)|(?:家族|妻|夫|子ども|子供|息子|娘|親|母|父)(?:も|に)?(?:聞いたら|聞いても|確認したら|確認しても)?(?:使って(?:ない|なかった|へん)|知らない|知らん)|(?<![a-z])(?:wasn'?t|was not|isn'?t|is not|not) (?:(?:me|us) (?:or|nor) )?(?:my |our )?(?:family|wife|husband|kids?|son|daughter|mom|mum|dad|parents?|brother|sister)(?![a-z])|(?:family|wife|husband|kids?|son|daughter|mom|mum|dad|parents?) (?:didn'?t|did not|say they didn'?t|says? (?:it wasn'?t|they didn'?t))(?![a-z])/;
const POINTS_FOR_AN_AMOUNT =
  /(?:\d[\d,]*|[一二三四五六七八九十百千]+)\s*(?:万|千)?\s*(?:円|yen).{0,20}(?:ぽいんと|points?)|(?:ぽいんと|points?).{0,20}(?:\d[\d,]*|[一二三四五六七八九十百千]+)\s*(?:万|千)?\s*(?:円|yen)|[¥￥]\s*\d/;
// ("when is limit?" too, as a learner asks the deadline; not "when is my limit reset?".)
const LIMIT_DAY =
  /(?<![a-z])(?:payment |pay |paying )?limit (?:day|date)s?(?![a-z])|(?<![a-z])(?:day|date) limit(?![a-z])|(?<![a-z])when(?: is|'s) (?:the |my )?(?:payment |pay )?limit(?:\s*\?|$| for (?:the |my )?(?:bill|payment|konbini|postcard|barcode))/;
const MISSED_IT =
  /失念|忘れて(?:た|いた|おりました|ました|しまった|しもた|もうた)|過ぎて(?:た|いた|しまった|しもた|もうた|ました)|(?<![a-z])(?:forgot|missed|passed)(?![a-z])/;
// "…was dec 10 and i forget. what happen now?" (a learner's present tense): a miss told, and what
// follows asked.
const I_FORGOT = /(?<![a-z])i (?:forget|forgot|missed)(?![a-z])/;
const WHAT_NOW = /(?<![a-z])what (?:happen|happens|will happen|now|should i do)(?![a-z])/;
const PAYING_NOW =
  /(?:今から|今すぐ|今日|いま)(?:に)?(?:払|支払|はら)(?:え|っ|う|い)|(?<![a-z])(?:pay|paying) (?:it |now|today|right away)(?:now|today)?(?![a-z])/;
const SPLITS_A_BILL =
  /(?<![a-z])(?:split|divide|break|spread)(?: \S+){0,8} (?:into|over|across|in) (?:\d+|two|three|four|five|six|several|multiple|a few) (?:payments|parts|months|installments|instalments|pieces|times)(?![a-z])|(?:\d+|二|三|何)回(?:に分けて|に分割して|払いに(?:でき|して|したい))|(?:\d+|二|三|六|十二|何)回払い(?:とか|って|は|で|が|も)?(?:でき|可能|使え|選べ|ある|ない)|何回か(?:に)?分け|分けたい|分割したい|分けて(?:払|支払)|分割(?:で|して)?(?:払|支払)|一括(?:は|で|が)?(?:きつい|厳しい|無理|払えな)|(?<![a-z])(?:paying (?:it )?all (?:at once|next month|in one go) is too much|can'?t pay (?:it )?all (?:at once|next month|in one go)|pay (?:it )?(?:in|over) (?:parts|installments|instalments|several months)|split (?:it|the|my|this|that|\d)[^.?]{0,30} in (?:some|several|a few|\d+|two|three) (?:parts|payments|installments|instalments|pieces))(?![a-z])/;
const AT_THE_OLD_ADDRESS =
  /(?:前の|元の|昔の|以前の)(?:家|住所|うち|部屋|あぱーと|まんしょん)|旧住所|引っ越(?:し|す)前|(?<![a-z])(?:old|previous|former) (?:address|place|house|apartment|flat)(?![a-z])/;
const RETAKEN_AND_REFUSED =
  /(?:撮り直|とりなお|撮っても|撮影し直|撮影しても)[^。?]{0,12}(?:はじかれ|弾かれ|だめ|通らな|失敗|えらー|できな)/;
const PAY_EACH_TIME_SHORT = /[『「"']つど[』」"']|つど(?:って|の)(?:やつ|方|ほう)|(?<![a-z])tsudo(?![a-z])/;
const CHANGES_A_DETAIL =
  /(?:めあど|めーるあどれす|めーるあど|電話番号|住所)[^。?]{0,12}(?:にしたい|に変えたい|に変更したい|変えたい|変更したい|を変え)|(?<![a-z])(?:change|update) my (?:e-?mail(?: address)?|phone number|address)(?![a-z])/;
const ACCOUNT_SHORT =
  /(?<![a-z])(?:(?:account|balance) (?:is |was |will be )?(?:empty|short|not enough|too low|insufficient)|(?:not enough|no|insufficient) (?:money|funds|balance) (?:in|on) (?:my|the) (?:account|bank))(?![a-z])|残高(?:が)?(?:足りな|足らな|不足|ない|無い|ぜろ)|口座(?:に|の)?お金(?:が)?(?:ない|無い|足りな|足らな|入って(?:い)?な)/;
const CHILD_OWN_USE =
  /(?<![a-z])(?:my )?(?:son|daughter|kid|child|teen(?:ager)?)(?: is \d{1,2})?[^.?]{0,30}(?:wants? (?:to use|to get|his own|her own|atone|one)|can (?:he|she|they) (?:use|get|sign up|register)|(?:his|her|their) own (?:atone|account))(?![a-z])|(?:息子|娘|子供|子ども|高校生|中学生)[^。?]{0,16}(?:使いたい|使わせ|自分の(?:あかうんと|atone)|登録したい|登録できる)/;
const USED_MY_ACCOUNT =
  /(?<![a-z])(?:my account|on my atone|bought|used my|purchased)(?![a-z])|勝手に|私の(?:あかうんと|atone)|買った|使った/;
// Reminding named: 「お知らせ」「通知」「リマインド」 "reminder", "notify".
export const NAMES_REMINDING =
  /りまいんど|りまいんだー|通知|お知らせ|(?<![a-z])(?:remind\w*|notif\w*|alert\w*)(?![a-z])/;
const SOMEONE_ELSE_BUYS =
  /(?<![a-z])(?:someone|somebody)(?: else)? (?:is |has been |was |keeps )?(?:buying|bought|using|used|shopping|ordering|ordered|making purchases|log(?:s|ged)? ?in(?:to)?)|(?:it|that)(?:'s| is|'s not| isn'?t| wasn'?t) (?:not )?me(?![a-z])|誰か(?:が|に)[^。?]{0,12}(?:勝手に|使われ|使って|買い物|購入)|勝手に(?:使われ|買い物され|購入され)/;
const ASKS_EXTRA_COST =
  /余計に|追加で|上乗せ|別途|(?<![a-z])(?:(?:pay|cost|charge)s? (?:anything |something )?(?:extra|more)|extra (?:fee|charge|cost)|additional (?:fee|charge|cost))(?![a-z])/;
const WHAT_TO_ENTER =
  /(?:機械|端末|ろっぴー|ふぁみぽーと|loppi|famiport)[^。?]{0,12}(?:何を?(?:入れ|入力|打)|何番)|(?<![a-z])(?:what (?:do i|should i|to) (?:enter|type|put in|input)|which number)(?![a-z])/;
const NEVER_DELIVERED =
  /(?:注文|商品|荷物|品物|買った(?:もの|物))[^。?]{0,12}(?:届か|届いて(?:い)?な|来(?:な|て(?:い)?な)|こな|届きません)[^。?]{0,20}(?:請求|引き?落|払|支払)|(?<![a-z])(?:order|package|parcel|item|stuff)s? (?:never|didn'?t|did not|hasn'?t|has not|still hasn'?t) (?:come|came|arrive[ds]?|show(?:ed)? up|been delivered)[^.?!]{0,30}(?:charged|billed|bill|pay)(?![a-z])/;
const THINGS_SET = /今ある|あるやつ|設定した|登録した|(?<![a-z])(?:them|these|those|the ones)(?![a-z])/;
const DELETES_EVERYTHING =
  /(?:全部|すべて|全て|ぜんぶ)(?:を)?(?:消し|消去|削除|けし)|(?:あかうんと|登録)(?:を|も)?(?:全部)?(?:消し|消去|削除)|(?<![a-z])(?:delete|erase|remove|wipe|close) (?:everything|it all|all of it|my (?:atone )?account)(?![a-z])/;
/** 「リマインダーの時間って選べる？」 "Do the reminders cost anything?": how they work, asked (the conversation's too). */
export function asksHowRemindersWork(normalized: string): boolean {
  return ASKS_HOW_REMINDERS_WORK.test(normalized);
}
// (「リマインダーって何日前に届くの？」 "how many days before do they come?": when, asked.)
const ASKS_HOW_REMINDERS_WORK =
  /(?:時間|時刻|何時|日にち|何日前)(?:って|は|を|も)?(?:選べ|変えられ|決められ|指定でき|自分で)|(?:何日前|なんにち前)(?:に|ごろ|頃|くらい)?(?:届|とど|来|く)(?:く|る|きます|ます)(?:の|ん|か)|(?<![a-z])(?:how many days before|how early|when) (?:do|does|will|would) (?:the )?(?:reminders?|they) (?:come|arrive|get sent)(?![a-z])|料金|お金(?:が)?(?:かか|いる)|無料|有料|(?<![a-z])(?:(?:can|could) (?:i|you|we) (?:choose|pick|set|change) (?:the |what )?(?:time|hour|day)|cost|free|charge|price|paid feature|automatically|do i (?:have|need) to (?:ask|set|sign up|turn (?:it|them) on)|(?:what time|how early) (?:do|does|will|would) (?:the )?reminders? (?:usually |normally )?(?:arrive|come|get sent|go out|be sent)|if i (?:set|make|turn on)(?: up)? (?:a |the )?reminders?[^.?!]{0,12}(?:what time|when|how early))(?![a-z])/;
// The user's own, said: 「私のリマインダー」 "my reminders", 「設定してる」.
export const OWN_REMINDERS =
  /私の|わたしの|自分の|(?:設定|登録)(?:した|して|中|済)|(?<![a-z])(?:my|i have(?! to)|(?<!if )i set|i've set)(?![a-z])/;
const WHEN_THE_BILL_COMES =
  /(?<![a-z])(?:when|what day)(?: will| do| does| can)? (?:i|we) (?:get|receive|see)(?: the| my| a)? (?:bill|invoice|statement)(?![a-z])|請求(?:書|の?(?:めーる|お知らせ|通知))(?:って|は|が)?いつ(?:頃|ごろ)?(?:届|来|く)/;
const CANNOT_GET_IN =
  /(?<![a-z])(?:can'?t|cannot|cant|unable to|couldn'?t|won'?t let me) (?:get|log|sign) ?(?:in|into)(?: (?:to )?(?:the |my )?(?:atone )?(?:app|account))?(?![a-z])|(?<![a-z])locked out(?![a-z])|あぷりに(?:入れ|はいれ)(?:ない|へん|ん|ません)/;
const SHOP_TAKES_IT =
  /(?<![a-z])(?:does|do|will|can|would) (?!you |i |atone |it )[a-z0-9'.&-]+(?: [a-z0-9'.&-]+){0,3} (?:take|accept|support|allow) (?:it|atone)(?![a-z])/;
const TWO_ATONE_BUTTONS =
  /(?<![a-z])(?:two|2) (?:different )?(?:atone )?(?:buttons|options|choices|kinds of atone)(?![a-z])|atone[^。?]{0,12}(?:ぼたん|選択肢)が?(?:2|二|ふた)つ|(?:2|二|ふた)つのatone/;
const NAMES_A_CHECKOUT =
  /れじ|決済画面|会計|お店で|店頭|通販|(?<![a-z])(?:checkout|check out|register|till|at the (?:shop|store))(?![a-z])/;
const CHANGING = /変更|変え|切り?替|(?<![a-z])(?:chang\w*|switch\w*)(?![a-z])/;
const WISHES_REMINDERS =
  /(?<![a-z])(?:i )?(?:should|might|may|could|ought to) (?:i )?(?:get|have|set up|turn on|use|start) (?:some |a |the )?(?:reminders?|notifications?|alerts?)(?![a-z])|(?:りまいんだー|りまいんど|通知)(?:を|も)?(?:入れ|設定し|登録し|使っ|もらっ)(?:た|と)?(?:方|ほう)が(?:いい|良い|ええ)/;
const WISHES_A_WORD_BEFORE =
  /(?:前に|前もって|事前に|ぎりぎりになる前に)[^。?]{0,6}(?:言って|教えて|知らせて|連絡して|通知して)(?:くれ|もらえ)(?:たら|れば|ると)(?:助かる|嬉しい|うれしい|いい|ええ|ありがたい)|(?<![a-z])(?:would be (?:nice|great|helpful)|i'?d (?:love|like) it) if (?:you|it|someone) (?:told|reminded|warned|pinged) me before(?![a-z])/;
const IN_ANOTHERS_NAME =
  /(?:おばあちゃん|おじいちゃん|祖母|祖父|母|父|親|子供|子ども|息子|娘|妻|夫|家族|友達|友人)(?:の)?(?:すまほ|携帯|電話|番号|名前|名義)[^。?]{0,12}(?:登録|使|申し?込)|(?:私|自分|僕)の(?:名前|名義)で(?:登録|使)|(?:おばあちゃん|おじいちゃん|祖母|祖父|母|父|親|家族)の(?:名前|名義)で(?:私|自分|僕)?(?:が)?(?:使|登録)/;
const MERCHANT_ASKS =
  /加盟店(?:の(?:手数料|契約|申し?込|登録|審査)|に(?:なり|なる|なれ|登録|申し?込)|として|登録|手数料|契約|申し?込)|(?:うちの|私の|自分の)?(?:店|お店|しょっぷ|さいと)(?:で|に)(?:も)?(?:atone)?(?:を)?(?:導入|使えるように|入れ)|(?<![a-z])(?:merchant (?:fee|fees|account|sign ?up|rate)|as a (?:merchant|shop owner|store owner)|(?:my|our) (?:shop|store|site|business) (?:to )?(?:accept|offer|add|use) atone|become a merchant)(?![a-z])/;
// A deadline said to be gone, in any words (「過ぎた」「忘れてた」「失念」, "missed", "forgot", "late").
const SAID_LATE =
  /過ぎ|すぎ|遅れ|おくれ|延滞|忘れ|失念|(?<![a-z])(?:late|overdue|missed|passed|forgot)(?![a-z])/;
// (「10日過ぎてもうた」: a due day said by its date is the deadline too.)
const WENT_BY =
  /(?:期限|締め?切り?|支払日|期日|(?<![\d月/])(?:10|20|27)日)(?:が|を|は)?\s*(?:もう|既に|すでに)?\s*(?:すぎ|過ぎ)(?:て(?:た|いた|しまった|しもた|もうた|ました|います(?=ね|よ|が|けど))|とった|ちゃ(?:った|って(?:た|ました|いました))|てもうた)(?!\s*(?:[?？]|か|かな|っけ))/;
// 「まだお支払いしておりません」「まだ払ってない」 "still haven't paid": a bill not paid yet, told.
const NOT_PAID_YET =
  /まだ[^。?]{0,4}(?:お?支払|払)(?:って|い|いし|いをして|いして|えて)?(?:い|お)?(?:ない|ません|りません|ておりません|へん|てない|ていない)|(?<![a-z])(?:still )?(?:haven'?t|have not|not|didn'?t|did not) (?:yet )?(?:paid|pay)(?: (?:it|that|for it))? yet(?![a-z])|(?<![a-z])still (?:haven'?t|have not|didn'?t|not) (?:paid|pay)(?![a-z])/;
const ASKS_WHICH_KONBINI =
  /(?<![a-z])(?:which|what) (?:convenience stores?|konbinis?|conbinis?|stores?|chains?)(?![a-z])|(?:どの|どこの)(?:こんびに|店舗|ちぇーん)|こんびに(?:は|って)?(?:どこ|どれ)/;
const FORGOT_TO_PAY =
  /(?:払う|払い|支払う|支払い|入金)(?:の)?(?:を)?\s*忘れ(?:て(?:た|いた|しまった|しもた|もうた|ました)|た|とった|ちゃった)|(?<![a-z])(?:i |i totally |i completely )?forgot (?:to pay|(?:about )?(?:the|my) (?:[a-z0-9/]+ ){0,3}(?:payment|bill))(?![a-z])/;
const LAST_USE =
  /最後に?(?:使|利用)|最終利用|前回(?:の)?利用|(?<![a-z])last (?:used|use|time i used)(?![a-z])|ぽいんと|points?(?![a-z])/;
// "what is amazon pay exactly? is it the same thing as atone?": asked first, whatever follows.
const WHAT_AMAZON_PAY_IS =
  /(?<![a-z])what(?:'s| is) (?:this |that )?amazon ?pay(?: exactly| actually| even)?\s*[?？]/;
// "where's the payment number for famima? can't find it": the number looked for, not a chain refusing it.
const NUMBER_LOOKED_FOR =
  /(?:(?<![a-z])(?:payment|reception|reference) number(?![a-z])|受付番号|払込番号)(?=.*(?:(?<![a-z])(?:where|find)(?![a-z])|どこ|見つから|見当たら))|(?:(?<![a-z])(?:where|find)(?![a-z])|どこ)[^.?。？]{0,30}(?:(?<![a-z])(?:payment|reception|reference) number(?![a-z])|受付番号|払込番号)/;
const NUMBER_TO_PAY_WITH =
  /(?<![a-z])(?:the |a |my )?(?:number|code) (?:(?:i|you|we) (?:need|have|must|got) to (?:pay|enter|type|put in)|(?:needed |required )?(?:to|for) (?:pay|paying|enter|entering|type|typing))(?![a-z])|払う(?:ため|とき|時)?の?番号|払(?:う|い)用の番号/;
const CAMPAIGN_HELD_ASKED =
  /(?<![a-z])(?:happening|held|running|taking place|coming back|on again|will there be|is there (?:a|one|another)|going to be)(?![a-z])|開催|実施|(?:も|は)(?:やる|ある|あり|やり)(?:ます)?(?:の|ん|か|かな)?[?？]|やって(?:る|ます)(?:の|ん|か)?[?？]/;
const LAST_USE_TOLD =
  /最後|最終|前回|使った|使いました|利用した|利用しました|(?<![a-z])(?:last|used)(?![a-z])/;
const FAMILY_HOLIDAY_SOURCE =
  "(?:こども|子供|子ども|母|父|敬老)の日|(?<![a-z])(?:children'?s|mother'?s|father'?s|mothers|fathers) day(?![a-z])";
const FAMILY_HOLIDAY = new RegExp(FAMILY_HOLIDAY_SOURCE);
const FAMILY_HOLIDAY_ALL = new RegExp(FAMILY_HOLIDAY_SOURCE, 'g');
// (「いつから手数料かかる？」 "when does the fee start?" asks when paying late costs, not the day.)
const ASKS_THE_DAY =
  /いつ(?!から)|何日|なんにち|(?<![a-z])(?:when|what day|which day|what date)(?![a-z])(?! (?:does|do|will) (?:the )?(?:late )?fees?)/;
// The last day to pay asked: 「いつまで」「期限」 "what's the last day?", "when is it due?".
const ASKS_THE_LAST_DAY =
  /いつまで|期限|締め?切り|支払い?期?日|(?<![a-z])(?:last day|deadline|due|by when|pay (?:it|them) by|when (?:is it|is that|do i have to pay|must i pay))(?![a-z])/;
// (「いつお金ひかれますか？」 too.)
const WHEN_IT_FALLS =
  /(?:いつ|何日)(?:に)?\s*(?:(?:お金|代金)(?:が|は)?)?(?:(?:引き)?落ち(?:る|ます|ん|とる)|(?:引|ひ)かれ(?:る|ます))/;
const ASKS_WHICH_DAY_IT_WAS =
  /(?<![a-z])(?:when|what) (?:was|is) (?:the |my |it )?(?:deadline|due(?: date)?)(?![a-z])|(?<![a-z])when was it due(?![a-z])|期限(?:は|って)?\s*(?:いつ|何日)(?:だった|でした)/;
const HOW_LONG_CHECK =
  /(?<![a-z])how long (?:does|will|would|do) (?:the |an? )?(?:id|identity|identification|verification) ?(?:check|verification)?(?: take)?(?![a-z])|本人確認(?:って|は|に|の)?(?:どれくらい|どのくらい|何分|何日|時間)/;
const HOW_TO_PAY_LATER =
  /(?:あとで|後で|後から|あとから)(?:どうやって|どう|どこで)(?:払|はら|支払)|(?<![a-z])how do i pay (?:for it |it )?(?:afterwards|later|after)(?![a-z])/;
const NAMES_APP_CARD = /あぷり専用|app-only|app card|virtual card|ばーちゃる/;
const ASKS_WHICH_MONTH =
  /何月分|何月の(?:請求|支払)|いつの(?:請求|分)|(?<![a-z])(?:which|what) month(?:'s)? (?:bill|statement|invoice)|billed in which month|which bill(?![a-z])/;
const ASKS_WHICH_METHOD =
  /(?:どの|どっちの|どちらの)(?:支払い?)?方法|どれ(?:が|なら)|(?<![a-z])which (?:method|way|option|payment method)(?![a-z])/;
const ASKS_WHEN_LATEST = /遅く|おそく|遅い|(?<![a-z])(?:latest|last|most time|longest)(?![a-z])/;

// 「1月に使った分ね」 "what I used in January": a month's purchases, whose bill is the question,
// not the last use a campaign asks about (no campaign, point or last use named).
const USED_IN_A_MONTH = /使った分|使ったぶん|利用した分|利用分|(?<![a-z])(?:what i used|used in)(?![a-z])/;
const SPEAKS_OF_CAMPAIGNS =
  /きゃんぺーん|ぽいんと|祭|抽選|対象|特典|最後|最終|久しぶり|(?<![a-z])(?:campaign|points?|lottery|eligible|last (?:used|time))(?![a-z])/;

// 「口座振替にしてるんやけど」「うちははがきです」 "I pay by bank debit.": the user's own way to pay
// told, and nothing asked yet (no question mark, no question word).
const TELLS_OWN_METHOD =
  /(?:支払い?方法|払い方)(?:は|が)[^?？]{1,24}(?:です|だよ|だ|やで|でございます)[。.!！]*$|(?:に|で)(?:して(?:る|いる|います|ます)|払って(?:る|いる|います|ます)|登録して(?:る|いる|います|ます))(?:ん|の)?(?:やけど|だけど|ですけど|けど|が|。|$)|^うちは|(?<![a-z])(?:i (?:always |usually )?(?:pay|use) (?:by |with |via )?|i(?:'m| am) (?:on|using) |my (?:payment )?method is )/;
const ASKS_SOMETHING =
  /[?？]|いつ|何|なに|なん(?:で|か)|どう|どこ|いくら|教えて|(?:か|かな|の)[。\s]*$|(?<![a-z])(?:when|what|how|which|where|can|could|should|is it|do i)(?![a-z])/;

// Reminders named as such: a message with these may ask for one whatever else it says.
// 「リマインダーって何ができるの？」 "what can reminders do?".
// 「コンビニで買い物するときにatoneで払える？」 "can I use atone when shopping at a konbini?": paying
// in a shop (code payment), not the bill paid at a convenience store.
const SHOPS_IN_A_STORE =
  /(?:こんびに|お店|店舗|実店舗|れじ|ど(?:ら|らっぐ)すとあ|すーぱー)で(?:の)?(?:買い物|かいもの|買う|購入|支払|払う|払え|使)[^。?]{0,16}atone|atone[^。?]{0,12}(?:こんびに|お店|店舗|実店舗|れじ)で(?:買い物|払え|使え)|(?<![a-z])(?:shopping|buy(?:ing)? (?:something|stuff|things)) (?:at|in) (?:a |the )?(?:konbini|convenience store|shop|store)s?[^.?]{0,20}(?:with|use|pay with) atone/;
// "how do I return the headphones if they break?", 「交換してほしい」: an order sent back, whatever
// else the message says (no other subject read clearly).
const RETURNS_AN_ORDER =
  /返品|返送|交換して|(?<![a-z])(?:return(?:ing)? (?:it|them|this|that|the|my|an?)|send (?:it |them )?back|exchange (?:it|them|the|my))(?![a-z])/;
const THIRD_BUSINESS_DAY = /第\s*(?:3|三)\s*営業日|(?<![a-z])(?:3rd|third) business day(?![a-z])/;
// 「いつの請求から変わるの？」「変更はどの分から反映される？」 "from which bill does the new method apply?".
const FROM_WHICH_BILL_IT_CHANGES =
  /(?:いつ|どの|何月)の?(?:請求|支払い?|分|月)から(?:の)?(?:変わ|かわ|反映|適用|切り?替わ|新しい)|(?:変更|切り?替え)(?:は|って|が)?(?:いつ|どの|何月)の?(?:請求|分|月)から|(?<![a-z])from (?:which|what) (?:bill|month|invoice)(?:'s| does| will| is)?[^.?]{0,30}(?:change|switch|apply|appl(?:ies|y)|take effect|start)(?![a-z])|(?<![a-z])(?:change|switch)[^.?]{0,20}(?:apply|take effect|start) from (?:which|what) (?:bill|month)(?![a-z])/;

// The points named: 「NPポイント」「ポイント」 "points".
const NAMES_POINTS = /ぽいんと|(?<![a-z])points?(?![a-z])/;
// 「有効期限」 "do they expire?": an expiry is the points' (a bill has a deadline, no expiry).
const ASKS_EXPIRY = /有効期限|失効|(?<![a-z])(?:expir\w*|valid until)(?![a-z])/;
// 「認証コードが来えへん」 "the SMS code never comes": the code's trouble, not how checkout works.
// (The code, not the bill's SMS: 「請求SMSが来ない」 is the bill not come. 「届かない」 the matcher
// reads well; the dialect's negations it does not.)
const CHECKOUT_CODE_NOT_COMING =
  /\d桁の(?:やつ|番号|こーど|数字)[^。?]{0,16}(?:来な|届かな|こな|来ない|来ません|届きません|来ーへん)|(?:決済|支払い?手続き|購入手続き|買い物|注文)(?:を)?(?:しよう|する|中|の途中|の時|のとき|したら)[^。]{0,20}(?:番号|こーど|sms)[^。]{0,12}(?:届かな|届いてな|届きませ|来な|こな|来ませ)|(?:認証|確認)(?:の|用の)?(?:番号|こーど)[^。]{0,12}(?:届かな|届いてな|届きませ|来な|こな|来ませ)|(?<![a-z])(?:(?:verification|confirmation|checkout|security) (?:code|number)|code (?:at|for) checkout)[^.?]{0,20}(?:never|not|doesn'?t|didn'?t|won'?t) (?:come|arrive|get here|show up)/;
const CODE_NOT_COMING =
  /(?<![a-z])(?:can'?t|cannot|can not|don'?t|didn'?t|not|never) (?:get|receive|getting|receiving|got|received) (?:the |my |an? |any )?(?:sms |text |verification |confirmation |security )?(?:code|text|sms)(?![a-z])|(?:認証|こーど).{0,10}(?:来えへん|来ーへん|こーへん|けーへん|来てへん|届いてへん|届かへん|来ん(?!で))|(?<![a-z])(?:sms )?codes? (?:never|doesn'?t|does not|didn'?t|did not|won'?t|isn'?t) (?:come|arrive|get through|show up)|(?<![a-z])(?:\d|four|six)[- ]digits?(?: thing| code| number| one)?[^.?]{0,20}(?:never (?:arrives?|comes?|shows? up)|(?:doesn'?t|does not|didn'?t|isn'?t|is not) (?:come|arrive|coming|arriving|show up))/;
// 「リマインダーいらんわ」 "don't need the reminders" in Kansai: a stop, as 「いらない」 is.
const REMINDERS_NOT_WANTED =
  /(?:りまいんだー|りまいんど|通知|お知らせ)(?:は|とか|も)?(?:もう)?(?:いらん|要らん|いらへん|要らへん|いりまへん)(?!の|かった|かな)/;
// "which number do I use at the konbini?", 「コンビニで払う番号は？」: the payment number, not which chains.
const ASKS_THE_NUMBER =
  /(?:何|どの|どこ|なに)の?(?:番号|ばんごう)|(?:番号|ばんごう)\s*(?:は|って|が)?\s*(?:何|どこ|どれ|わか[らり]|分か[らり])|受付番号|払込票|(?<![a-z])(?:which|what) (?:number|code)|(?:payment|reference|receipt) (?:number|code)(?![a-z])/;
const NUMBER_NOT_KNOWN = /(?:番号|ばんごう)\s*(?:が|は)?\s*(?:わか[らり]|分か[らり]|見つか[らり]|ない|どこ)/;
const PAID_TOO_MUCH =
  /多め?に(?:払|支払|振り?込)|払いすぎ|払い過ぎ|余分に(?:払|支払)|(?<![a-z])(?:overpaid|over-paid|paid too much|paid (?:more|extra) than|paid extra)(?![a-z])/;
const BUYS_AT_A_CHAIN =
  /(?:せぶん|せぶいれ|ろーそん|ふぁみま|ふぁみりーまーと|みにすとっぷ)で[^。?]{0,12}?(?:買い物|かいもの|買う|買い|買え|購入)[^。?]{0,16}atone|atone[^。?]{0,6}(?:で|を使って)[^。?]{0,4}(?:せぶん|ろーそん|ふぁみま|ふぁみりーまーと)で[^。?]{0,12}?(?:買え|買う|買い物|購入)|(?<![a-z])(?:buy|get|shop for|purchase)(?:ing)? [^.?]{0,24}(?:at|in) (?:a |the )?(?:7-?(?:11|eleven)|seven|lawson|family ?mart|famima|ministop)[^.?]{0,24}(?:with|using|use|pay with) atone/;
const NAMES_THE_BILL =
  /請求|はがき|ばーこーど|受付番号|番号|期限|(?<![a-z])(?:bill|invoice|barcode|postcard|reference number)(?![a-z])/;
export const NAMES_A_CHAIN =
  /せぶん|せぶいれ|ろーそん|ふぁみま|ふぁみりーまーと|みにすとっぷ|でいりーやまざき|せいこーまーと|(?<![a-z])(?:7-?(?:11|eleven)|seven|lawson|family ?mart|famima|ministop|daily yamazaki|seicomart)(?![a-z])/;
const UNSUB =
  /(?<![a-z])unsub(?:scribe)? me(?![a-z])|(?<![a-z])(?:stop|mute|kill|turn off|no more)(?: all| the| my| these| those)* (?:\w+ )?(?:pings?|dms?|notifs?)(?![a-z])/;
const WANTS_TO_SWITCH =
  /(?:に|へ)(?:したい|変えたい|変更したい|切り?替えたい)|(?<![a-z])(?:want|like|going|plan) to (?:switch|change|move) (?:over )?to(?![a-z])/;
const FAILED_THERE =
  /(?:でき|払え|使え)(?:なかった|へんかった|んかった|ません(?:でした)?)|断られ|(?<![a-z])(?:couldn'?t|could not|can'?t|cannot|wouldn'?t|didn'?t work|doesn'?t work|refused|rejected)(?![a-z])/;
const UNTIL_WHEN = /まで[?？]|いつまで|期限|締め?切|(?<![a-z])(?:until when|due|deadline)(?![a-z])/;
const FEE_GROWS =
  /増え|ふえ|また|追加|加算|(?<![a-z])(?:extra|more|again|added|accru\w*|keep (?:growing|going up))(?![a-z])/;
// 「使えんようになるん？」 "will it get suspended?": a suspension to come, asked, not one that is.
const WILL_BE_SUSPENDED =
  /使え(?:ない|なく|ん|へん)ように(?:なる|なっちゃう|なります)|使えなくなる(?:の|ん|か|\?)|(?<![a-z])will (?:i|it|my account|atone) (?:be|get) (?:suspended|blocked|frozen|stopped)(?![a-z])/;
const LATE_FEE_NAMED = /延滞(?:事務)?手数料|(?<![a-z])late (?:fee|charge)s?(?![a-z])/;
const CHANGES_THEM =
  /変えて|変更して|にして|(?<![a-z])(?:change|make|move|switch|set) (?:them|it|the reminders?)(?![a-z])/;
const PURCHASE_SUPPOSED =
  /(?:買|購入|注文)(?:っ|し)?て(?:い)?たら|(?<![a-z])if i (?:had|'d) (?:bought|ordered|purchased)(?![a-z])/;
const WHAT_IT_DOES_ROMAJI = /(?<![a-z])nani (?:ga |wo |o )?(?:dekiru|dekimasu)(?![a-z])/;
const REMINDING_ASKED_FOR =
  /(?:りまいんど|りまいんだー|通知|お知らせ)(?:を)?(?:して|し)(?:もらえ|くれ|ほしい|欲しい|ください|下さい|いただけ)|(?<![a-z])(?:can|could|would|will) you (?:please )?remind me(?![a-z])/;
const TOLD_WHETHER =
  /(?<![a-z])(?:let me know|tell me|inform me|advise)(?: (?:please|kindly))? (?:whether|if)(?![a-z])|かどうか(?:を)?(?:教え|おしえ|知りた|伺|お知らせ|確認)/;
const NAMES_A_DEADLINE =
  /期限|締め?切|支払日|引き?落とし日|(?<![a-z])(?:deadline|due date|due|debit date)(?![a-z])/;
// "date of withdrawal", "debit date?", "which day is the payment taken": the day, asked by name.
const DAY_OF_PAYING_ASKED =
  /(?<![a-z])(?:(?:date|day) of (?:the )?(?:withdrawal|debit|payment)|(?:withdrawal|debit) (?:date|day)|which day (?:is|will) (?:it|the (?:money|payment)) (?:taken|debited|withdrawn))(?![a-z])|引き?落とし日(?:は|って|を|いつ)|振替日(?:は|って|を|いつ)/;
// 「何通りか」「何種類ある」「選択肢は」 "how many ways", "what options": ways counted or listed.
const WAYS_COUNTED =
  /何通り|何種類|いくつか(?:の)?(?:方法|やり方|払い方)|選択肢(?:は|って|が)|(?<![a-z])(?:how many (?:ways|options)|several ways|what (?:are (?:my|the) )?options)(?![a-z])/;
const PAID_WITH_WHAT =
  /(?:なにで|何を使って|なにを使って|どれで)(?:支)?払(?:え|う|える|っ)|(?:支払い|支払|請求)(?:は|って)(?:なにで|どれで)/;
// "please turn them off", "stop sending me reminders": a stop asked for.
const TURNS_THEM_OFF =
  /(?<![a-z])(?:please |pls |just )?(?:turn (?:them|those|these|the reminders?|the notifications?|the messages?) off|turn off (?:the |my |all |all the |all my )?(?:reminders?|notifications?|reminder messages?)|stop (?:sending (?:me )?)?(?:the |my |all )?(?:reminders?|notifications?|reminder messages?))(?![a-z])/;
const REMINDERS_ALONE =
  /^(?:\/atone\s+)?(?:my |the )?(?:reminders?|notifications?|alerts?|りまいんだー|りまいんど|通知)(?:\s*(?:list|一覧))?[\s?!.。]*$/;
const ASKS_WHAT_REMINDERS_DO =
  /(?:りまいんど|りまいんだー|通知)(?:機能)?(?:って|は|で)(?:何|なに)が(?:でき|出来)|(?<![a-z])what (?:can|do|does|will) (?:the |your |these )?(?:reminders?|notifications?|alerts?) do(?![a-z])/;

const NAMES_REMINDERS =
  /りまいんど|りまいんだー|通知|お知らせ|知らせて|教えて|(?<![a-z])(?:remind\w*|notif\w*|alert\w*|ping)(?![a-z])/;

// (At a shop that offers both, paying "without becoming a member" is つど後払い.)
const PER_PURCHASE =
  /つど後払い|都度後払い|つど払い|都度払い|tsudo ?atobarai|会員(?:に|登録)?(?:ならず|ならないで|せずに|しないで|なしで)|(?<![a-z])(?:without (?:an? )?(?:account|membership|signing up|registering)|pay[- ](?:each|per)[- ](?:time|purchase|order))(?![a-z])/;
// 「つど後払いじゃなくて翌月払いのほう」 "not the pay-per-purchase one, the monthly": set aside.
const DEADLINE_WORD = /期限|締め?切|支払日|引き?落とし日|(?<![a-z])(?:deadline|due)(?![a-z])/;
const PER_PURCHASE_SET_ASIDE =
  /(?:つど後払い|都度後払い|つど払い)(?:の(?:ほう|方))?(?:じゃなく|ではなく|やなく|でなく|ちゃう|じゃない)|(?<![a-z])not (?:the )?(?:tsudo|pay[- ](?:per|each)[- ](?:purchase|time|order))/;
/** The topic that answers つど後払い's deadlines and fees (the help centre's route). */
const PER_PURCHASE_TOPIC = 'use_without_membership';

// 「来月またお願いするかも」 "maybe again later": a resume only supposed.
const AGAIN_ONLY_MAYBE = /かも|かもしれ|(?<![a-z])(?:maybe|might|later)(?![a-z])/;
const PAUSES =
  /(?<![a-z])(?:pause|put on hold|hold off|mute|silence)(?![a-z])|一旦(?:止め|停止|お休み)|一時(?:的に)?(?:停止|止め)|お休み(?:に)?して/;

// Readings an order question keeps (a return, a refund, a charge or a bill of atone's: topics of
// their own; reminders).
const NOT_AN_ORDER_QUESTION: ReadonlySet<AnswerIntent> = new Set<AnswerIntent>([
  'cancel_return_refund',
  'unrecognized_charge',
  'overpaid_or_double_paid',
  'bill_not_received',
  'billing_notice',
  'reminder_subscribe',
  'reminder_unsubscribe',
  'reminder_list',
]);

/** The corrections, in the order they are tried: the first whose `when` holds gives the reading. */
export const READING_RULES: readonly ReadingRule[] = [
  // "my order never came, who do I contact?", 「違う色が届いた、アトネに言えばいい？」: the order
  // itself, the shop's (the fallback's answer says so and gives the shop as the route), whatever
  // else the words brush (contacting atone, checkout, paying late). (Not a return or a refund, a
  // charge not recognised or a bill of atone's: NOT_AN_ORDER_QUESTION.)
  {
    why: "the order itself, which is the shop's",
    when: ({ intent, normalized }) => !NOT_AN_ORDER_QUESTION.has(intent) && asksAboutAnOrder(normalized),
    intent: 'fallback',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「ありがと、あとでアプリで変えとく」 "thanks, I'll change it in the app later": thanks, and what
  // the user will do themselves; the words of the plan (changing the method) ask nothing.
  {
    why: 'thanks, and what the user will do',
    when: ({ normalized }) => thanksThenOwnPlan(normalized),
    intent: 'fallback',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「うちの利用上限っていまいくら残ってる？」 "how much of my limit is left?": the user's own figure,
  // which only the app shows (how the limit works is asked otherwise).
  {
    why: "the user's own limit left, asked",
    intents: ['limit_increase', 'limit_recovery', 'fallback'],
    when: ({ normalized, has }) => OWN_LIMIT_LEFT.test(normalized) && has('handoff'),
    intent: 'handoff',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「リマインダー再開して」 "turn my reminders back on", "start them again": set again as they were.
  {
    why: 'reminders asked for again',
    intents: ['reminder_list', 'reminder_unsubscribe', 'fallback', 'help', 'deadline'],
    // (Not 「一旦リマインダー止めたい。来月またお願いするかも」: stopped now, again only maybe.)
    when: ({ intent, normalized }) =>
      RESUMES.test(normalized) &&
      NAMES_REMINDERS.test(normalized) &&
      !ASKS_HOW_TO.test(normalized) &&
      !(intent === 'reminder_unsubscribe' && AGAIN_ONLY_MAYBE.test(normalized)),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // "can u pause reminders for now", 「一旦お休みにして」: paused is stopped (none are paused for a
  // set time; the stop's answer says so and offers them back).
  {
    why: 'reminders paused',
    intents: ['reminder_subscribe', 'reminder_list', 'fallback', 'help'],
    when: ({ normalized }) =>
      PAUSES.test(normalized) && NAMES_REMINDERS.test(normalized) && !RESUMES.test(normalized),
    intent: 'reminder_unsubscribe',
  },
  // 「認証コードここに送ったほうがいい？」 "should I send you my code?": a code or password offered to
  // the bot is never wanted (the SMS topic says so first), whatever else the message reads as.
  {
    why: 'a code or password offered to the bot',
    // (Fraud and login answers say so themselves, with their own no.)
    when: ({ intent, normalized, has }) =>
      intent !== 'fraud_report' &&
      intent !== 'login_password' &&
      offersASecret(normalized) &&
      has('sms_code_trouble'),
    intent: 'sms_code_trouble',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「はがきに変えたら20日まで延びる？」 "if I switch to the postcard do I get more time?": what a
  // change of method does to the bill at hand (nothing), not paying late.
  {
    why: 'a switch of method supposed to put off the bill',
    intents: ['late_payment', 'deadline', 'payment_methods', 'fees', 'change_method'],
    when: ({ normalized, slots }) => slots.method !== undefined && supposesSwitchPutsOff(normalized),
    intent: 'change_method',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // A newsletter or a long mail pasted whole, naming nothing of atone's: no question for the bot,
  // whatever its dates make the matcher guess.
  {
    why: 'a long text pasted, naming nothing of atone’s',
    when: ({ intent, normalized }) => intent !== 'fallback' && isLongPaste(normalized),
    intent: 'fallback',
    confidence: 0.9,
  },
  // 「コンビニ払いの手数料って買い物ごとにかかるん？」 "is the fee per purchase?": the fee asked of each
  // purchase (which the fees' answer says), not the month's deadline.
  {
    why: 'the fee asked per purchase',
    intents: ['deadline'],
    when: ({ normalized, has }) =>
      (/手数料|(?<![a-z])(?:fees?|charges?)(?![a-z])/.test(normalized) || PAYS_IT_AGAIN.test(normalized)) &&
      ASKS_PER_PURCHASE.test(normalized) &&
      !/いつ|期限|(?<![a-z])(?:when|deadline|due)(?![a-z])/.test(normalized) &&
      has('fees'),
    intent: 'fees',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「12月の第3営業日って何日？」 "what's the 3rd business day of December?": when the bill is announced.
  {
    why: 'the 3rd business day asked',
    intents: ['deadline', 'fallback'],
    when: ({ normalized }) => THIRD_BUSINESS_DAY.test(normalized),
    intent: 'billing_notice',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「いつの請求から変わるの？」 "from which bill does it change?": when a change of method applies.
  {
    why: 'from which bill a change applies',
    intents: ['billing_notice', 'deadline', 'payment_methods'],
    when: ({ normalized }) => FROM_WHICH_BILL_IT_CHANGES.test(normalized),
    intent: 'change_method',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // Whether a date moves is the deadline's question, unless the matcher is sure of another.
  // "i pay at the konbini. is it ok if i pay tomorrow?", 「12日に払っても大丈夫？」: whether a day to
  // pay on is in time, which the deadline answers (not the method's page).
  {
    why: 'a day to pay on, asked',
    // (「まだ払ってない。明日の朝払えば間に合う？」 too: whether it is still in time is the deadline's
    // to say, late or not.)
    intents: [
      'payment_methods',
      'fees',
      'about',
      'how_to_use',
      'fallback',
      'late_payment',
      'bill_not_received',
      'convenience_store_chains',
    ],
    // (Not once the deadline is said to be gone: 「期限過ぎた。今日払ったらどうなる？」 is paying late.)
    // (Nor "if I pay today when can I use it again?": when a suspension ends.)
    when: ({ intent, slots, normalized }) =>
      slots.proposedDue?.paying === true &&
      (intent !== 'late_payment' || !SAID_LATE.test(normalized)) &&
      !USE_AGAIN.test(normalized),
    intent: 'deadline',
  },
  // "Is there a fee for auto debit, even when the debit date moves to the 28th?": the fee asked
  // first, the date only its case (the deadline is asked with "when", 「いつ」).
  {
    why: 'a fee asked first, a date its case',
    intents: ['deadline'],
    when: ({ normalized }) => FEE_ASKED_FIRST.test(normalized) && !WHEN_ASKED.test(normalized),
    intent: 'fees',
  },
  // "what's the usage limit on atone, is it per month?", 「上限って毎月リセット？」: whether it is a
  // monthly allowance, which the limit's recovery answers (cumulative, not monthly).
  {
    why: 'whether the limit is monthly',
    intents: ['limit_increase', 'about'],
    when: ({ normalized, has }) =>
      LIMIT_NAMED.test(normalized) && PER_MONTH.test(normalized) && has('limit_recovery'),
    intent: 'limit_recovery',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "first time using atone. by when do i need to pay?": the deadline, whatever else brushes checkout.
  {
    why: 'by when to pay, asked',
    // ("how much is the barcode fee and until when I must pay?": the deadline's answer gives the fee too.)
    intents: ['how_to_use', 'payment_methods', 'about', 'fees'],
    when: ({ normalized }) => BY_WHEN_TO_PAY.test(normalized),
    intent: 'deadline',
    confidence: 0.9,
  },
  // "If I set a reminder for auto debit, will it know when the 27th moves?", 「リマインダー設定したら、
  // ずれた日に合わせてくれる？」: how a reminder would behave, asked (its explanation says it follows
  // the moved day), not the date alone; nothing is set.
  {
    why: 'how a reminder would behave, supposed',
    intents: ['deadline'],
    when: ({ normalized }) => SUPPOSES_A_REMINDER.test(normalized) && ASKS_WHAT_IT_WOULD_DO.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(Math.max(confidence, 0.6), 0.7),
  },
  // 「リマインダーって設定できる？」 "can I set a reminder?": whether reminders can be had, explained.
  {
    why: 'whether a reminder can be set, asked',
    intents: ['reminder_list'],
    when: ({ normalized }) => CAN_BE_SET.test(normalized),
    intent: 'reminder_subscribe',
  },
  // "I missed last month's payment, what happens now?": what a missed payment means.
  {
    why: 'a missed payment, what follows asked',
    intents: ['deadline', 'how_to_use'],
    when: ({ normalized }) => PAYMENT_MISSED.test(normalized) && WHAT_FOLLOWS.test(normalized),
    intent: 'late_payment',
    confidence: 0.9,
  },
  // 「何日前とか選べるん？」 "can I choose how many days before?": the reminders' days, asked about.
  {
    why: 'how many days before a reminder comes, asked about',
    intents: ['deadline', 'fallback', 'change_method'],
    when: ({ normalized }) => LEAD_DAYS_CHOSEN.test(normalized),
    intent: 'reminder_subscribe',
    confidence: 0.9,
  },
  // 「はがきに変えたら、いつの請求から変わる？」 "if I switch, from which bill does it apply?": when a
  // change of way takes effect.
  {
    why: 'from which bill a change of way applies',
    intents: ['change_method', 'deadline', 'billing_notice'],
    when: ({ normalized }) => SWITCH_SUPPOSED.test(normalized) && ASKS_FROM_WHEN_IT_APPLIES.test(normalized),
    intent: 'change_method',
    confidence: 0.96,
  },
  {
    why: 'whether a date moves',
    when: ({ intent, confidence, normalized }) =>
      intent !== 'deadline' &&
      ((confidence < SURE_OF_ANOTHER && asksIfDateMoves(normalized)) ||
        asksIfAHolidayChangesTheDate(normalized) ||
        asksIfItsDateChanges(normalized)),
    intent: 'deadline',
  },
  // "I'm paying my December bill at 7-Eleven with the barcode. What's the last day?": the day asked,
  // the chain only where it is paid.
  {
    why: 'the deadline asked of a bill paid at a chain',
    intents: ['convenience_store_chains'],
    when: ({ normalized, slots }) =>
      (slots.method !== undefined || slots.date !== undefined) &&
      ASKS_THE_LAST_DAY.test(afterCorrection(normalized)) &&
      // ("can i pay at 7-eleven with the konbini number? deadline soon": whether it can, asked; so
      // too 「セブンで…できなかった。期限10日なのに」, the chain that would not take it.)
      !PAYS_AT.test(normalized) &&
      !(NAMES_A_CHAIN.test(normalized) && FAILED_THERE.test(normalized)),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "when does the money leave my account for…": the debit described, whose "leave" is no leaving atone.
  {
    why: 'the debit described',
    intents: ['withdrawal', 'deadline'],
    when: ({ slots, normalized }) =>
      slots.methodDescribed === true &&
      slots.method === 'auto_debit' &&
      (slots.date !== undefined || ASKS_WHEN.test(normalized)) &&
      !/退会|(?<![a-z])(?:close|delete|quit|cancel)(?![a-z])/.test(normalized),
    intent: 'deadline',
  },
  // "postcard payment - was it due yesterday? I haven't paid": a day put forward, not paid yet (no
  // payment shown wrongly): when it was due, and what being late means.
  {
    why: 'a day put forward, not paid yet',
    intents: ['deadline', 'paid_but_shown_unpaid'],
    when: ({ slots, normalized }) =>
      slots.proposedDue?.asked === true && (NOT_PAID_YET.test(normalized) || HAVENT_PAID.test(normalized)),
    intent: 'deadline',
  },
  // "can i split the bill for my january purchases into installments?", "I moved in March, will
  // the bill go to my old address?": dates and methods said in passing pull toward the deadline;
  // read without them, a question surely about an FAQ topic is that topic.
  {
    why: 'an FAQ topic, read without its dates and methods',
    intents: ['deadline'],
    // (Not "when is limit day?": the deadline in other words, whatever "limit" reads as alone.)
    when: ({ confidence, slots, normalized, readWithoutFacts }) =>
      confidence < SURE_OF_ANOTHER &&
      (slots.date !== undefined || slots.proposedDue !== undefined) &&
      !LIMIT_DAY.test(normalized) &&
      !(
        readWithoutFacts().intent === 'convenience_store_chains' &&
        ASKS_THE_LAST_DAY.test(afterCorrection(normalized))
      ) &&
      isFaqTopic(readWithoutFacts().intent) &&
      readWithoutFacts().confidence >= CLEAR_WITHOUT_FACTS,
    intent: ({ readWithoutFacts }) => readWithoutFacts().intent,
    confidence: ({ readWithoutFacts }) => readWithoutFacts().confidence,
  },
  // "by the way does this work on amazon?": "this" is atone, asked of Amazon (not Amazon's ways).
  {
    why: 'atone itself asked of Amazon',
    intents: ['amazon_payment_methods'],
    when: ({ slots, normalized }) =>
      slots.amazon === true && !slots.otherService && !slots.method && THIS_WORKS_THERE.test(normalized),
    intent: 'amazon',
  },
  // "yo does amzn take atone": whether that shop takes atone, the shop Amazon: no.
  {
    why: 'Amazon as the shop asked of',
    intents: ['where_to_use'],
    when: ({ slots, normalized }) =>
      slots.amazon === true && !slots.otherService && !AMAZON_GRANTED.test(normalized),
    intent: 'amazon',
  },
  // 「Amazonじゃなくて楽天で使いたいんだけど」 "not on amazon, on rakuten": Amazon set aside, the
  // other shop asked of (the slots leave Amazon out).
  {
    why: 'Amazon set aside for another shop',
    intents: ['amazon', 'amazon_payment_methods', 'fallback'],
    when: ({ slots, normalized }) =>
      slots.amazonSetAside === true && (namesShop(normalized) || OTHER_SHOPS.test(normalized)),
    intent: 'where_to_use',
  },
  // 「Amazonのことじゃなくて、atone自体の手数料」 "not amazon, atone's own fees": Amazon set aside,
  // the fees asked.
  {
    why: 'Amazon set aside for the fees',
    intents: ['amazon', 'amazon_payment_methods', 'about', 'fallback'],
    when: ({ slots, normalized }) => slots.amazonSetAside === true && FEES_NAMED.test(normalized),
    intent: 'fees',
  },
  // 「Amazonで使えないなら、atoneってどこで使えるの？」 "if not amazon, where can I use it?": Amazon
  // taken as said, where else asked.
  {
    why: 'where atone works asked after Amazon',
    intents: ['amazon', 'amazon_payment_methods', 'where_to_use'],
    // ("what shops can i use atone at besides amazon?": Amazon set aside, the slots leave it out.)
    when: ({ normalized, slots, has }) =>
      (AMAZON_GRANTED.test(normalized) || slots.amazonSetAside === true) &&
      ASKS_WHERE_IT_WORKS.test(normalized) &&
      has('where_to_use'),
    intent: 'where_to_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "…which day? Also can you remind me the day before?": a reminder asked for, not the list.
  {
    why: 'reminding asked for, read as the list',
    intents: ['reminder_list'],
    when: ({ normalized, confidence }) =>
      confidence < SURE_OF_ANOTHER && ASKS_TO_BE_REMINDED.test(normalized) && !LIST_WORDS.test(normalized),
    intent: 'reminder_subscribe',
  },
  // 「通知は止めないでください。いま何が設定されているか確認したいだけです」 "don't cancel anything, just
  // show me what I have": the list.
  {
    why: 'no stop, the list asked',
    intents: ['reminder_unsubscribe'],
    when: ({ normalized }) => KEEPS_THEM.test(normalized) && SET_ASKED.test(normalized),
    intent: 'reminder_list',
  },
  // "I'm an exchange student… can I use atone without a Japanese credit card?": no card needed,
  // which atone's own description says (being a student is no age question).
  {
    why: 'use without a credit card asked',
    intents: ['minors_age', 'fallback'],
    when: ({ normalized }) => WITHOUT_A_CARD.test(normalized),
    intent: 'about',
  },
  // "Does closing my account cancel any bill that's left?": leaving atone, and the bills it leaves.
  {
    why: 'the bills left when leaving',
    intents: ['cancel_return_refund', 'fallback', 'handoff'],
    when: ({ normalized, has }) => LEAVES_ATONE.test(normalized) && has('withdrawal'),
    intent: 'withdrawal',
  },
  // 「はがき払いのリマインドだけ消してもらえますか」 "can you delete the postcard reminder?": a stop,
  // whatever the way named makes the matcher think of setting one.
  {
    why: 'a reminder deleted, read as one set',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) =>
      NAMES_REMINDERS.test(normalized) && DELETES.test(normalized) && !KEEPS_THEM.test(normalized),
    intent: 'reminder_unsubscribe',
  },
  // "list em": the list.
  {
    why: 'the list, asked in chat words',
    intents: ['fallback', 'reminder_unsubscribe', 'reminder_subscribe'],
    when: ({ normalized }) => WHATS_SET.test(normalized),
    intent: 'reminder_list',
    confidence: 0.8,
  },
  // 「もう設定してあるのある？」 "is there one set already?": the list.
  {
    why: 'something set, asked',
    intents: ['fallback', 'help'],
    when: ({ normalized }) => SOMETHING_SET_ASKED.test(normalized),
    intent: 'reminder_list',
    confidence: 0.8,
  },
  // 「Amazonでペイディ使える？」 "Can I pay on Amazon with Paidy?": another way to pay on Amazon,
  // not atone there; a "no" about atone would answer what was not asked.
  {
    why: 'another way to pay on Amazon',
    intents: ['amazon'],
    when: ({ slots, normalized }) => !!slots.otherService && !normalized.includes(ATONE_TOKEN),
    intent: 'amazon_payment_methods',
  },
  // 「Amazonの支払いってアトネ以外に何があるの？」 "what else can I pay with on amazon besides
  // atone?": what Amazon takes (not a pay-later asked for: 「アトネ以外の後払い」 is amazon's).
  {
    why: 'what else Amazon takes',
    intents: ['amazon'],
    when: ({ slots, normalized }) =>
      slots.amazon === true && WHAT_ELSE_THERE.test(normalized) && !PAY_LATER_NAMED.test(normalized),
    intent: 'amazon_payment_methods',
  },
  // "amazon still has cash on delivery right? i'll use that since atone doesn't work there": cash on
  // delivery asked of Amazon (ended in 2024), whatever is said of atone beside it.
  {
    why: 'cash on delivery on Amazon',
    // (And alone, "cash on delivery still ok? my grandma wants to order…": Amazon's, the one fact of it.)
    intents: ['amazon', 'handoff', 'fallback'],
    when: ({ normalized }) => CASH_ON_DELIVERY.test(normalized),
    intent: 'amazon_payment_methods',
  },
  // "What is 口座振替?", 「はがき請求書って何？」: what a way to pay is, whatever else the words suggest.
  // (Not "my direct debit bounced, what does that mean for me": what failing means.)
  {
    why: 'what a way to pay is',
    when: ({ normalized, slots }) =>
      asksWhatItIs(normalized) &&
      slots.method !== undefined &&
      !slots.methods &&
      !slots.date &&
      !DEBIT_FAILED.test(normalized),
    intent: 'payment_methods',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "I want to use the app-only card, the app says I need identity verification first. what's
  // that?", 「…先に本人確認が必要って出た。それって何？」: what the step named last is.
  {
    why: 'what identity verification is, asked of it named last',
    intents: ['app_card', 'code_payment_in_store', 'how_to_use'],
    when: ({ normalized, has }) =>
      asksWhatItIs(normalized) && ID_CHECK_NAMED_LAST.test(normalized) && has('identity_verification'),
    intent: 'identity_verification',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "I pay today at Lawson. when I can use again?": the suspension asked about, whatever shop is named.
  // 「本日コンビニで支払いました。何日頃から利用できますか。」 "I paid today, when can I use it
  // again?": the suspension lifting, not the deadline (paying again would pay twice).
  {
    why: 'paid, usable again when',
    intents: ['deadline', 'late_payment', 'paid_but_shown_unpaid'],
    when: ({ normalized, has }) =>
      asksToUseAgain(normalized) && SAYS_PAID.test(normalized) && has('suspended_after_overdue'),
    intent: 'suspended_after_overdue',
  },
  // 「今から払えば今日中に使える？」「引き落とされたらすぐ使える？」: when the limit comes back once paid.
  {
    why: 'usable again once paid',
    intents: ['deadline', 'late_payment', 'fallback', 'payment_methods'],
    // (A suspension told, "my account is stopped. if I pay today…": when it ends, its own topic.)
    when: ({ normalized, has }) =>
      asksToUseAgain(normalized) &&
      PAYING_SUPPOSED.test(normalized) &&
      !TELLS_SUSPENSION.test(normalized) &&
      has('limit_recovery'),
    intent: 'limit_recovery',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  {
    why: 'usable again, at a shop',
    intents: ['convenience_store_chains'],
    when: ({ normalized, has }) => asksToUseAgain(normalized) && has('suspended_after_overdue'),
    intent: 'suspended_after_overdue',
  },
  // "do you need my SMS code to check?", 「認証コード教えたほうがいい？」: never, not even here, which
  // the misuse answer says.
  // "Please teach me the due date of postcard payment.": the date asked for now, no reminder
  // (which would say before, remind or notify).
  {
    why: 'the deadline asked to be told',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) => TELL_ME_THE_DEADLINE.test(normalized) && !BEFOREHAND.test(normalized),
    intent: 'deadline',
  },
  {
    why: 'a code asked for',
    intents: ['how_to_use', 'sms_code_trouble', 'fallback', 'login_password', 'contact_atone'],
    when: ({ normalized, has }) => ASKS_TO_GIVE_A_CODE.test(normalized) && has('fraud_report'),
    intent: 'fraud_report',
    // (Sure: a follow-up of an unrecognised charge asks this, and it is answered as itself.)
    confidence: 0.95,
  },
  {
    why: 'a code given away',
    intents: ['how_to_use', 'sms_code_trouble', 'fallback'],
    when: ({ normalized, has }) =>
      NAMES_A_CODE.test(normalized) && TOLD_SOMEONE.test(normalized) && has('fraud_report'),
    intent: 'fraud_report',
  },
  // 「月末ギリギリに買ったら翌々月払いになることある？」 "can it be billed the month after next?":
  // the billing rule (the month the shop confirms the sale), which the bill notice's answer gives.
  {
    why: 'billed the month after next',
    when: ({ intent, confidence, normalized, has }) =>
      intent !== 'billing_notice' &&
      confidence < SURE_OF_ANOTHER &&
      MONTH_AFTER_NEXT.test(normalized) &&
      has('billing_notice'),
    intent: 'billing_notice',
  },
  // 「今からローソンに行けば間に合いますか？」: whether there is still time, whatever shop is named
  // (the chains answer where, not by when).
  {
    why: 'in time at a shop',
    intents: ['convenience_store_chains'],
    when: ({ normalized }) => ASKS_IF_IN_TIME.test(normalized),
    intent: 'deadline',
  },
  // 「請求書がまだ届いておりません…期限を過ぎてしまうのでは…どうすれば」: the bill that has not
  // come is what to act on (whom to ask); the worry about the deadline, the follow-up.
  {
    why: 'a bill that has not come',
    intents: [
      'late_payment',
      'deadline',
      'fees',
      'billing_notice',
      'reminder_subscribe',
      'how_to_use',
      'fallback',
      'handoff',
      // ("No email no SMS nothing… I dont know how much to pay": no SMS code is meant.)
      'sms_code_trouble',
    ],
    when: ({ intent, confidence, normalized, slots, today }) =>
      // (However sure of the deadline: "my hagaki hasn't come, i bought stuff in january".)
      // ("I never got anything telling me what I owe": not the amount, which the app has; the bill.)
      ((intent !== 'fees' && intent !== 'handoff' && intent !== 'sms_code_trouble') ||
        confidence < SURE_OF_ANOTHER) &&
      // ("what happens if I don't get the postcard before the deadline?" names no reminder.)
      (intent !== 'reminder_subscribe' ||
        (confidence < SURE_OF_ANOTHER && !NAMES_REMINDERS.test(normalized))) &&
      // (「請求のメール来てへん」: when the notice comes is not the question; a month's bill
      // asked early is, below.)
      // ("the bill never showed up this month" on the 9th: a month's bill past its day, missing.)
      (intent !== 'billing_notice' ||
        (confidence < SURE_OF_ANOTHER && (!slots.date || !billStillToCome(slots.date, today)))) &&
      saysNotArrived(normalized) &&
      NAMES_A_BILL.test(normalized) &&
      // Unless only its deadline is asked (「はがきが来ないけど期限はいつ？」), or what happens once it
      // has gone by (「請求書が届かないまま期限を過ぎてしまったら、どうなりますか」).
      (ASKS_WHAT_TO_DO.test(normalized) || !ASKS_WHEN.test(normalized)) &&
      !(intent === 'late_payment' && supposesPayingLate(normalized)),
    intent: 'bill_not_received',
  },
  // A purchase's date with "when?", "did I miss it?" or with its deadline past (「12月3日に買った分、
  // もう過ぎた？」 "When will May's charges be pulled?"): the deadline answer, which says whether it
  // has passed and, once it has, what being late means.
  // (Not a supposition: "what if i cant pay by the deadline this month" asks what lateness means.)
  {
    why: "a purchase's deadline asked, or past",
    intents: ['late_payment'],
    when: ({ slots, normalized, now, today, dueDates }) =>
      slots.date !== undefined &&
      !supposesPayingLate(normalized) &&
      // ("…when can I use it again?": when a suspension ends.)
      !USE_AGAIN.test(normalized) &&
      // ("I missed last month's payment, what happens now?": told missed, what follows asked.)
      !(
        PAYMENT_MISSED.test(normalized) &&
        WHAT_FOLLOWS.test(normalized) &&
        !ASKS_WHEN.test(normalized) &&
        !DEADLINE_NAMED.test(normalized)
      ) &&
      (slots.date.kind === 'month' || saysPurchase(normalized) || ASKS_IF_MISSED.test(normalized)) &&
      (ASKS_WHEN.test(normalized) ||
        ASKS_IF_MISSED.test(normalized) ||
        // (「もし今日ではなく明日購入していた場合はどうなりますか」: a purchase supposed, its deadline.)
        SUPPOSES_A_PURCHASE.test(normalized) ||
        dueDates(slots, now).every((due) => compareDates(due, today) < 0)),
    intent: 'deadline',
  },
  // 「先月分をまだお支払いしておりません」 "I still haven't paid last month's bill, what now?": that
  // month's deadlines, which say whether they have passed and, once they have, what being late means.
  {
    why: "a month's bill not paid yet, told",
    intents: ['fallback', 'handoff', 'payment_methods', 'paid_but_shown_unpaid', 'billing_notice'],
    // (Not "it say cannot use. my bill from last month not paid yet... is this why?": a refusal.)
    when: ({ slots, normalized }) =>
      slots.date !== undefined && NOT_PAID_YET.test(normalized) && !CANNOT_USE_NOW.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.6),
  },
  // A named month's bill that has not come before its announcement day (「12月分の請求がまだ来ない」
  // on 2 January) is not missing, only early: billing_notice answers with the day it comes by.
  // Once that day has passed, it is missing: bill_not_received's answer, whom to ask.
  {
    why: "a month's bill not come yet, but not due to",
    intents: ['bill_not_received'],
    when: ({ slots, normalized, today }) =>
      slots.date?.kind === 'month' && saysNotArrived(normalized) && billStillToCome(slots.date, today),
    intent: 'billing_notice',
  },
  // "it's december 1st and no bill yet": last month's bill, not due before the 3rd business day.
  {
    why: "last month's bill not come yet, but not due to",
    intents: ['bill_not_received'],
    when: ({ slots, normalized, today }) =>
      slots.date === undefined &&
      saysNotArrived(normalized) &&
      // (Only told, "not yet": "what do I do if it never comes?" asks whom to ask, any day.)
      NOT_YET.test(normalized) &&
      !ASKS_WHAT_TO_DO.test(normalized) &&
      !SUPPOSED.test(normalized) &&
      billStillToCome({ kind: 'month', month: monthBefore(today), source: '' }, today),
    intent: 'billing_notice',
  },
  // 「期限近なったら教えて」 "let me know when it's close": telling beforehand is a reminder.
  {
    why: 'told beforehand',
    intents: ['deadline'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && asksToBeToldBeforehand(normalized),
    intent: 'reminder_subscribe',
  },
  // "I always forget to pay my barcode bill": a reminder, offered (the reading is not sure, so
  // the chat asks before setting one); what being late means ("what if I forget?") is its own question.
  {
    why: 'forgets habitually',
    when: ({ intent, confidence, normalized, slots }) =>
      confidence < SURE_OF_ANOTHER &&
      !(intent === 'late_payment' && ASKS_WHAT_HAPPENS.test(normalized)) &&
      !intent.startsWith('reminder_') &&
      FORGETS_HABITUALLY.test(normalized) &&
      // ("What's my deadline? I keep forgetting": the deadline asked, whose answer offers a reminder.)
      !(DEADLINE_ASKED.test(normalized) && !ASKS_FOR_REMINDING.test(normalized)) &&
      // (「毎回忘れる。口座振替に変えたい」: a change of method is what is asked for.)
      !(slots.method !== undefined && WISHES_A_METHOD.test(normalized)),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(confidence, 0.4),
  },
  // 「今月の請求って口座振替だといつ引き落とされる？」 asks the debit's day; 「GWで請求メールが遅れたり
  // しない？」 "when does the bill email come?" asks about the notice.
  {
    why: "the debit's day, not the notice",
    intents: ['billing_notice'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && ASKS_DEBIT_DAY.test(normalized),
    intent: 'deadline',
  },
  // 「支払い方法は自動振替に登録しておりますが、引き落とし日を教えて」: the method told as the
  // user's own, and its day asked; nothing said of changing it.
  // So too the day and the fee asked of a purchase (「10月28日に購入…引き落とし日と手数料を」):
  // the deadline's answer gives the fee too.
  {
    why: "the debit's day of one's own method, or of a purchase",
    intents: ['change_method', 'fees'],
    when: ({ intent, confidence, normalized, slots }) =>
      ((intent === 'change_method' && !SPEAKS_OF_CHANGING.test(normalized)) ||
        (intent === 'fees' && slots.date !== undefined)) &&
      confidence < SURE_OF_ANOTHER &&
      ASKS_DEBIT_DAY.test(normalized),
    intent: 'deadline',
  },
  // 「1月に使った分ね」: a month's purchases, not the last use (see USED_IN_A_MONTH).
  {
    why: "a month's purchases",
    intents: ['campaign_eligibility'],
    when: ({ slots, normalized }) =>
      slots.date?.kind === 'month' &&
      USED_IN_A_MONTH.test(normalized) &&
      !SPEAKS_OF_CAMPAIGNS.test(normalized),
    intent: 'deadline',
  },
  // 「11/30に注文したけど発送は12/3らしい。これって何月分の請求になる？」: which month's bill a
  // purchase falls in, which the billing rule (the month the shop confirms the sale) answers.
  {
    why: "which month's bill a purchase falls in",
    intents: ['handoff'],
    when: ({ confidence, slots, normalized }) =>
      confidence < SURE_OF_ANOTHER && slots.date !== undefined && ASKS_WHICH_MONTH.test(normalized),
    intent: 'billing_notice',
  },
  // "I returned a dress but do I still owe money on it?": what a return does to the bill, which the
  // return's answer says (not the amount owed, which only the app shows). Its deadline, asked, stays one.
  {
    why: 'owing after a return',
    intents: ['cancel_return_refund', 'handoff', 'billing_notice', 'paid_but_shown_unpaid'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      SENT_BACK.test(normalized) &&
      ASKS_OWN_BALANCE.test(normalized) &&
      !/いつ(?:まで)?|(?<![a-z])(?:when|by when|deadline|due)(?![a-z])/.test(normalized) &&
      has('cancel_return_refund'),
    intent: 'cancel_return_refund',
  },
  // 「退会前に確認したいんだけど、私まだ未払いある？」 "do I still owe anything?": the user's own
  // account, whatever else the message names.
  {
    why: "the user's own balance",
    // (Not "When do I owe payment for things I bought in January?": a purchase's deadline, asked.)
    when: ({ intent, normalized, slots, has }) =>
      intent !== 'handoff' &&
      !(slots.date !== undefined && ASKS_WHEN.test(normalized) && !/いくら|how much/.test(normalized)) &&
      // (Nor "I never got anything telling me what I owe": a bill that has not come.)
      !saysNotArrived(normalized) &&
      (isFaqTopic(intent) || ['deadline', 'billing_notice', 'fallback'].includes(intent)) &&
      ASKS_OWN_BALANCE.test(normalized) &&
      has('handoff'),
    intent: 'handoff',
  },
  // 「ログインできないうちに支払い期限過ぎたらやばい？」: what a deadline passing means is asked.
  // (With a purchase's date, the deadline's answer says whether it passed and what that means.)
  {
    why: 'a deadline passing',
    when: ({ alternative, confidence, slots, normalized }) =>
      alternative === 'late_payment' &&
      confidence < SURE_OF_ANOTHER &&
      !slots.date &&
      DEADLINE_PASSING.test(normalized),
    intent: 'late_payment',
  },
  // "so i don't need a card?", 「孫に勧められて…クレジットカードが無くても大丈夫？」: no credit card is
  // needed (what atone is), whoever else the message names; not the app-only card, named as such.
  {
    why: 'no card needed',
    intents: ['app_card', 'family_or_shared_use', 'registration_requirements'],
    when: ({ confidence, normalized }) =>
      confidence < SURE_OF_ANOTHER && NEEDS_NO_CARD.test(normalized) && !NAMES_APP_CARD.test(normalized),
    intent: 'about',
  },
  // "can i use atone without a bank account?", 「銀行口座なくても使える？」: what atone needs (neither a
  // card nor a bank account), not the one-off payment without membership.
  {
    why: 'no bank account needed',
    intents: ['use_without_membership', 'payment_methods', 'about', 'fallback'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      USABLE_WITHOUT_A_BANK.test(normalized) &&
      has('registration_requirements'),
    intent: 'registration_requirements',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「アカウント消して」: leaving atone, never stopping the reminders.
  {
    why: 'leaving atone',
    intents: ['reminder_unsubscribe'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      NAMES_ACCOUNT.test(normalized) &&
      !NAMES_REMINDERS.test(normalized) &&
      has('withdrawal'),
    intent: 'withdrawal',
  },
  // "can I have a paper bill sent instead?": a change of method wished for, no bill missing.
  {
    why: 'another method wished for',
    intents: ['bill_not_received'],
    when: ({ confidence, slots, normalized }) =>
      confidence < SURE_OF_ANOTHER && slots.method !== undefined && WISHES_A_METHOD.test(normalized),
    intent: 'change_method',
  },
  // 「はがきから口座振替に変えたら手数料は安くなる？」 "if I switch to bank debit, is it cheaper?": the
  // fee after a change, asked (how to change is the follow-up).
  {
    why: 'the fee after a change',
    intents: ['change_method'],
    when: ({ slots, normalized }) => slots.method !== undefined && FEE_AFTER_A_CHANGE.test(normalized),
    intent: 'fees',
  },
  // 「次からは口座振替にしたい」: a change of method wished for, no date asked.
  {
    why: 'another method wished for, no date asked',
    intents: ['deadline', 'payment_methods'],
    when: ({ slots, normalized }) =>
      slots.method !== undefined &&
      slots.date === undefined &&
      WANTS_ANOTHER_METHOD.test(normalized) &&
      (!ASKS_WHEN.test(normalized) || WHEN_A_CHANGE_STARTS.test(normalized)),
    intent: 'change_method',
  },
  // "stuff I buy tomorrow, also postcard?": a purchase still to come has no bill to miss; when
  // its bill is due is asked.
  {
    why: 'a purchase to come',
    intents: ['bill_not_received'],
    when: ({ slots, normalized }) =>
      slots.tense === 'future' && slots.date !== undefined && !saysNotArrived(normalized),
    intent: 'deadline',
  },
  // 「はがきの請求書なくしちゃった。どうやって払えばいい？」 "lost the postcard, how do I pay?": the
  // bill lost is what to act on (where the amount is, whom to ask), however the ways to pay read.
  {
    why: 'a bill lost',
    intents: ['payment_methods', 'deadline', 'how_to_use'],
    when: ({ normalized, has }) => LOST_A_BILL.test(normalized) && has('bill_not_received'),
    intent: 'bill_not_received',
  },
  // "why was my payment declined?? i have money in the bank": the bank is no method asked about.
  {
    why: 'a payment declined',
    intents: ['deadline', 'payment_methods'],
    when: ({ confidence, normalized, has }) =>
      confidence < 0.6 && SAYS_DECLINED.test(normalized) && has('payment_declined'),
    intent: 'payment_declined',
  },
  // "it just says I'm suspended", 「利用停止って出てる」: the suspension told, not a payment refused.
  {
    why: 'a suspension told',
    intents: ['payment_declined', 'about', 'how_to_use', 'fallback', 'login_password'],
    when: ({ confidence, normalized, has }) =>
      confidence < 0.7 &&
      /利用停止|停止(?:され|中|して(?:い|ま|る))|(?<![a-z])(?:suspended|suspension|blocked|frozen)(?![a-z])/.test(
        normalized,
      ) &&
      has('suspended_after_overdue'),
    intent: 'suspended_after_overdue',
  },
  {
    why: 'refused at a till',
    intents: [
      'registration_requirements',
      'code_payment_in_store',
      'how_to_use',
      'where_to_use',
      'app_card',
      'about',
    ],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      DECLINED_AT_A_TILL.test(normalized) &&
      !A_SIGN_UP_TURNED_DOWN.test(normalized) &&
      has('payment_declined'),
    intent: 'payment_declined',
  },
  {
    why: 'atone refused, asked why',
    intents: ['where_to_use', 'how_to_use', 'about'],
    when: ({ confidence, normalized, slots, has }) =>
      confidence < SURE_OF_ANOTHER &&
      !slots.amazon &&
      !slots.shops &&
      WHY_NOT_USABLE.test(normalized) &&
      has('payment_declined'),
    intent: 'payment_declined',
  },
  {
    why: 'the amount of the limit asked',
    // (Asked of one's own, "what's my limit?", too: its answer says where to see it, the app.)
    intents: ['about', 'limit_recovery', 'handoff'],
    when: ({ normalized, has }) => asksTheLimit(normalized) && has('limit_increase'),
    intent: 'limit_increase',
  },
  {
    why: 'a bill left unpaid',
    when: ({ intent, confidence, normalized }) =>
      intent !== 'late_payment' &&
      intent !== 'deadline' &&
      confidence < 0.8 &&
      LEAVES_IT_UNPAID.test(normalized) &&
      // (Not a charge denied: 「使ってないのに請求…無視していい？」 is the charge's question.)
      !DID_NOT_BUY.test(normalized),
    intent: 'late_payment',
  },
  {
    why: 'a sale the shop confirms late',
    intents: ['late_payment'],
    when: ({ normalized }) => shopConfirmsLate(normalized),
    intent: 'billing_notice',
  },
  // "got a new phone and now when I check out, the text I'm supposed to type in never shows up":
  // the SMS code, in other words.
  {
    why: 'the checkout text not coming, in other words',
    intents: [
      'fallback',
      'how_to_use',
      'checkout_error',
      'payment_declined',
      'billing_notice',
      'fraud_report',
    ],
    when: ({ normalized, has }) => CHECKOUT_TEXT_NOT_COMING.test(normalized) && has('sms_code_trouble'),
    intent: 'sms_code_trouble',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "app ask me take picture of my face and my residence card, why?": the identity check.
  {
    why: 'a face and an ID photographed',
    intents: ['app_card', 'fallback', 'how_to_use', 'about', 'code_payment_in_store'],
    when: ({ normalized, has }) =>
      FACE_AND_ID.test(normalized) && !ID_PHOTO_REFUSED.test(normalized) && has('identity_verification'),
    intent: 'identity_verification',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "who's behind it? is it legit", 「運営ってどこ？怪しくない？」: who runs atone and whether it is safe.
  {
    why: 'who runs atone, and is it safe',
    intents: ['registration_requirements', 'fallback', 'help', 'how_to_use', 'fraud_report'],
    when: ({ normalized }) => WHO_RUNS_IT.test(normalized),
    intent: 'about',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「アプリに780という数字が貯まっておりました」 "the number keeps going up": the NP points.
  {
    why: 'a number that accumulates',
    intents: ['fallback', 'about', 'how_to_use', 'deadline', 'payment_methods'],
    when: ({ normalized, has }) => POINTS_ACCUMULATE.test(normalized) && has('np_points'),
    intent: 'np_points',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "mail say I must pay 6,540 yen but I only bought one thing, where come from the rest??": a
  // charge not recognised.
  {
    why: 'more billed than bought',
    intents: ['deadline', 'fallback', 'handoff', 'fees', 'billing_notice'],
    // (Not with the fee named: "is that extra 209 yen a fee?" asks the fee.)
    when: ({ normalized, has }) =>
      MORE_THAN_BOUGHT.test(normalized) &&
      !/209|手数料|(?<![a-z])fees?(?![a-z])/.test(normalized) &&
      has('unrecognized_charge'),
    intent: 'unrecognized_charge',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「先週払ったのに、まだ使える金額が0円のまま」 "i paid everything but it says i can use 0 yen": the
  // limit not back yet (2–3 business days), not a payment shown unpaid.
  {
    why: 'paid, the limit not back yet',
    intents: ['paid_but_shown_unpaid', 'deadline', 'handoff', 'fallback'],
    when: ({ normalized, has }) =>
      PAID_TOLD.test(normalized) &&
      LIMIT_STILL_EMPTY.test(normalized) &&
      !SHOWN_UNPAID.test(normalized) &&
      has('limit_recovery'),
    intent: 'limit_recovery',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「引っ越したばかりで免許証の住所が前のまま…顔写真撮るやつが通りません」: the identity check
  // failing, whose answer covers the address; not the bill sent to the old one.
  {
    why: 'an identity check failing after a move',
    intents: ['moved_or_wrong_member_bill'],
    // (「住所ちゃんと入れてるのに何回やっても通らない」: the address typed in, the check refusing it.)
    when: ({ normalized, has }) =>
      (ID_CHECK_NAMED.test(normalized) || ADDRESS_TYPED.test(normalized)) &&
      ID_CHECK_FAILS.test(normalized) &&
      has('identity_verification_failed'),
    intent: 'identity_verification_failed',
  },
  // 「決済できませんって出る。先月の払い忘れてたからかな？」 "I was forget pay atone last month, now
  // cannot use it": refused because of a missed payment, the suspension.
  {
    why: 'refused after a missed payment',
    intents: ['late_payment', 'about', 'fallback', 'payment_declined', 'deadline', 'how_to_use', 'handoff'],
    when: ({ normalized, has }) =>
      CANNOT_USE_NOW.test(normalized) &&
      A_PAYMENT_MISSED.test(normalized) &&
      !WILL_BE_SUSPENDED.test(normalized) &&
      has('suspended_after_overdue'),
    intent: 'suspended_after_overdue',
    confidence: ({ confidence }) => Math.max(confidence, 0.7),
  },
  // "how do i start using atone? just moved to japan", 「アトネの始め方」: signing up.
  {
    why: 'how to start',
    intents: ['how_to_use', 'about', 'moved_or_wrong_member_bill', 'deadline', 'fallback'],
    when: ({ normalized, has }) => ASKS_HOW_TO_START.test(normalized) && has('registration_requirements'),
    intent: 'registration_requirements',
  },
  // 「ネットじゃなくて、実際のお店でも使えますか」 "can I use it in a physical store?": the code payment.
  {
    why: 'atone in a physical shop',
    intents: ['where_to_use', 'how_to_use', 'fallback', 'about'],
    when: ({ normalized, slots, has }) =>
      IN_A_PHYSICAL_SHOP.test(normalized) &&
      slots.method === undefined &&
      !NAMES_A_BILL.test(normalized) &&
      // (Not 「ネットショップで…レジでの手順」: an online shop's checkout.)
      !(ONLINE_SHOP.test(normalized) && !IN_A_SHOP.test(normalized)) &&
      has('code_payment_in_store'),
    intent: 'code_payment_in_store',
  },
  // "is there a fee for paying at the convenience store? …on top of the late one": that way's fee.
  {
    why: "a way to pay's fee, asked",
    intents: ['late_payment'],
    when: ({ normalized, slots }) => slots.method !== undefined && FEE_FOR_PAYING_A_WAY.test(normalized),
    intent: 'fees',
  },
  // 「今年もやってる？」 with no reminder named: the campaigns, running or not.
  {
    why: 'still running, asked',
    intents: ['reminder_list', 'fallback', 'about'],
    when: ({ normalized }) => STILL_RUNNING.test(normalized) && !NAMES_REMINDERS.test(normalized),
    intent: 'campaigns',
  },
  // 「アトネの支払いをクレジットカードでしたい」 "settle atone invoice using credit card": the bill
  // paid by card, which is none of the four ways (the answer says so), not whether a card is needed.
  {
    why: 'the bill paid by card',
    intents: ['about', 'registration_requirements', 'fallback', 'how_to_use'],
    // (Not 「クレカしか選べんネットのお店でもアトネで払える？」: a shop's card-only checkout, the app card.)
    when: ({ normalized }) =>
      BY_CARD.test(normalized) &&
      BILL_PAID_BY.test(normalized) &&
      !CARD_NEEDED.test(normalized) &&
      !A_SHOP.test(normalized),
    intent: 'payment_methods',
  },
  // 「アマゾンで買い物しただけなのにatoneから請求来てるんだけどなんで？」: a charge from atone not
  // expected, whatever Amazon says of atone: the usage details, then the forms.
  {
    why: 'billed by atone for a shop that does not take it',
    intents: ['amazon'],
    when: ({ normalized, has }) =>
      BILLED_BY_ATONE.test(normalized) && ASKS_WHY.test(normalized) && has('unrecognized_charge'),
    intent: 'unrecognized_charge',
  },
  // "ok and when's that one taken out?": when the money is debited, the deadline.
  {
    why: 'when the money is taken, asked',
    intents: ['fallback', 'fees', 'withdrawal'],
    // (Not "is there a fee when it's auto debited": whether it costs, its "when" a condition.)
    when: ({ normalized, intent }) =>
      ASKS_WHEN.test(normalized) &&
      MONEY_TAKEN.test(normalized) &&
      !(intent === 'fees' && ASKS_IF_CHARGED.test(normalized)),
    intent: 'deadline',
  },
  // "and if the money isn't in my account that day?", 「残高足りんかったら？」: a debit that fails,
  // what being late means.
  {
    why: 'not enough in the account',
    intents: ['deadline', 'fees', 'fallback'],
    // (Not 「引き落とし日はいつでしょうか。残高が足りるか心配で」: the day asked.)
    when: ({ normalized }) => NOT_ENOUGH_IN_THE_ACCOUNT.test(normalized) && !ASKS_WHEN.test(normalized),
    intent: 'late_payment',
  },
  // 「今月お金きついんやけど、払うの少し待ってもらえたり…」 "money's tight, can I push my payment
  // back a week?": more time asked, which is paying late (no source promises an extension).
  {
    why: 'more time to pay asked',
    intents: [
      'campaign_eligibility',
      'fallback',
      'handoff',
      'about',
      'payment_methods',
      'overpaid_or_double_paid',
    ],
    // (Not 「1日遅らせてくれへん？」 of reminders: no paying named.)
    when: ({ normalized }) =>
      ASKS_MORE_TIME.test(normalized) || (asksForMoreTime(normalized) && OF_PAYING.test(normalized)),
    intent: 'late_payment',
  },
  // "I used atone on dec 31 night, which month bill is it, Jan or Feb?": a purchase's bill, which
  // its deadline answer names.
  {
    why: "a purchase's bill asked",
    intents: ['unrecognized_charge', 'fallback', 'about'],
    when: ({ normalized, slots }) => slots.date?.kind === 'day' && WHICH_BILL.test(normalized),
    intent: 'deadline',
  },
  // "does switching apply from this bill already?", 「変えたら今月の請求から？」: from which bill a
  // change applies.
  {
    why: 'from which bill a change applies',
    intents: ['unrecognized_charge', 'fallback', 'billing_notice', 'deadline'],
    when: ({ normalized }) => CHANGE_APPLIES.test(normalized),
    intent: 'change_method',
  },
  // "I switched from barcode to bank debit today, which bill does the bank pay?": from when a
  // change of the way to pay applies.
  {
    why: 'which bill a way switched to pays',
    intents: ['payment_methods', 'fallback', 'deadline'],
    when: ({ normalized }) => SWITCHED_WAY.test(normalized) && WHICH_BILL.test(normalized),
    intent: 'change_method',
  },
  // "anyone up for ramen tonight lol 🍜": people chatting in the channel, read unsurely as
  // something of atone's only by a word ("tonight"): not understood, nothing done.
  {
    why: 'chat between people',
    when: ({ normalized, confidence }) =>
      confidence < 0.7 && CHATTER.test(normalized) && !ATONE_THINGS.test(normalized),
    intent: 'fallback',
  },
  // 「今日が期限の日！コンビニ払いって何時まで払える？」: the time of day the deadline ends, asked.
  // 「あと口座振替の日は？」 "and the bank debit's day?": that way's day, surely (after a fee, too).
  {
    why: "a way's day asked",
    intents: ['deadline', 'fees'],
    when: ({ normalized, slots }) => slots.method !== undefined && A_WAYS_DAY.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // "changed to hagaki today. dec bill already hagaki?": which bill a change made applies to.
  {
    why: 'which bill a change told done applies to',
    intents: [
      'change_method',
      'bill_not_received',
      'deadline',
      'billing_notice',
      'payment_methods',
      'fallback',
    ],
    when: ({ normalized, slots }) =>
      slots.method !== undefined && TOLD_DONE.test(normalized) && ASKS_WHICH_BILL.test(normalized),
    intent: 'change_method',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "just bought a tablet, like right now": a purchase told, its day, read unsurely as a topic its
  // words brush (a tablet, of identity checks): the deadline the matcher had second.
  {
    why: 'a purchase told, read unsurely as a topic',
    // (Not a return or a cancel told with the purchase: that is the topic.)
    when: ({ intent, confidence, alternative, slots, normalized }) =>
      isFaqTopic(intent) &&
      confidence < UNSURE_TOPIC &&
      alternative === 'deadline' &&
      slots.date?.kind === 'day' &&
      saysPurchase(normalized) &&
      !CANCELLED.test(normalized),
    intent: 'deadline',
  },
  // "i bought headphone with atone": a purchase told and nothing more, which brushes a topic's
  // words (someone's purchase) too faintly to be it: what a purchase raises is when it is due.
  {
    why: 'a purchase told and nothing more',
    // (Nothing asked, nothing turned against it: "…but it never came" is a topic.)
    when: ({ intent, confidence, slots, normalized }) =>
      isFaqTopic(intent) &&
      confidence < FAINT_TOPIC &&
      slots.tense === 'past' &&
      normalized.length <= 60 &&
      saysPurchase(normalized) &&
      !CANCELLED.test(normalized) &&
      !ASKED_OR_TURNED.test(normalized),
    intent: 'deadline',
  },
  // "I set up bank account debit when I registered", 「登録のときに口座振替にした」: the way the user
  // pays, told (chosen at sign-up), no change asked: what it tells is when they pay.
  {
    why: 'the way chosen at sign-up, told',
    intents: ['change_method'],
    when: ({ slots, normalized }) =>
      slots.method !== undefined &&
      !slots.methods &&
      CHOSEN_AT_SIGN_UP.test(normalized) &&
      !/[?？]/.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.min(confidence, 0.7),
  },
  // "what payment way atone have?": the ways to pay asked in a learner's words, whatever else the
  // message tells ("i dont have bank account in japan yet").
  {
    why: 'the ways to pay asked in other words',
    intents: ['fallback', 'about', 'how_to_use'],
    when: ({ slots, normalized }) => !slots.otherService && PAYMENT_WAYS_ASKED.test(normalized),
    intent: 'payment_methods',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「止めるんやなくて口座振替で登録したかったと」 "not stop them, set them": the stop set aside for
  // the request.
  {
    why: 'a stop set aside for a request',
    intents: ['reminder_list', 'reminder_unsubscribe', 'fallback', 'change_method'],
    when: ({ normalized }) => STOP_SET_ASIDE_FOR_SETTING.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「Amazon Payでアトネの請求払える？」 "can I pay my atone bill with Amazon Pay?": atone's bill
  // paid with something else, which only its four ways do.
  {
    why: "atone's bill paid with Amazon's wallet",
    intents: ['amazon', 'amazon_payment_methods'],
    when: ({ normalized }) => BILL_PAID_WITH.test(normalized),
    intent: 'payment_methods',
    confidence: ({ confidence }) => Math.min(confidence, 0.85),
  },
  // "I bought something on Amazon with Paidy on Jan 5, when is it due?": a purchase paid with
  // another service, whose deadline is that service's to say.
  {
    why: 'a purchase paid with another service',
    intents: ['deadline', 'late_payment', 'fees'],
    when: ({ slots, normalized }) => slots.otherService !== undefined && PAID_WITH_ANOTHER.test(normalized),
    intent: 'fallback',
    confidence: 0.9,
  },
  // 「アプリ専用カードをApple Payに登録できる？」: atone's app card asked about, whatever service it names.
  {
    why: "atone's app card, beside another service",
    intents: ['fallback'],
    when: ({ normalized, has }) => APP_CARD_NAMED.test(normalized) && has('app_card'),
    intent: 'app_card',
    confidence: 0.8,
  },
  // "got paid yesterday (25th) finally. can i still pay my october barcode bill today?": payday
  // told (no payment made), a day to pay on asked.
  {
    why: 'payday told, paying asked',
    intents: ['handoff', 'paid_but_shown_unpaid', 'overpaid_or_double_paid', 'fallback'],
    when: ({ normalized }) => PAYDAY_TOLD.test(normalized) && CAN_I_PAY.test(normalized),
    intent: 'deadline',
  },
  // 「はがきの期限と手数料おしえて」: both asked; the deadline's answer gives the fee beside it.
  {
    why: 'a deadline and a fee asked together',
    intents: ['fees'],
    when: ({ normalized, slots }) => slots.method !== undefined && DEADLINE_AND_FEE.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「コンビニ払いの手数料っていくら？ファミマで払う予定」: the fee asked, the chain only told.
  {
    why: 'a fee asked, the chain told',
    intents: ['convenience_store_chains'],
    when: ({ normalized }) => FEE_NAMED.test(normalized) && CHAIN_TOLD.test(normalized),
    intent: 'fees',
  },
  // 「明日牛乳買うのリマインドして」 "remind me to buy milk": a to-do, no atone deadline.
  {
    why: 'a to-do to be reminded of',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) => REMIND_ME_TO_DO.test(normalized) && !ATONE_DAY.test(normalized),
    intent: 'fallback',
    confidence: 0.9,
  },
  // 「リマインダーは解除しないで！時間だけ変えたい」 "don't stop them, just move the time": a change.
  {
    why: 'a stop turned down for a change',
    intents: ['reminder_unsubscribe'],
    when: ({ normalized }) => NEGATED_STOPPING.test(normalized) && CHANGE_ASKED.test(normalized),
    intent: 'reminder_subscribe',
  },
  // 「いや、解除はせんでええです」 "no, don't stop them": no stop; what is set, shown.
  {
    why: 'a stop turned down, nothing else asked',
    intents: ['reminder_unsubscribe'],
    // (Not 「解除ってどうやるの？まだ解除はしないでね」: the way to stop asked, none asked for.)
    when: ({ normalized }) =>
      NEGATED_STOPPING.test(normalized) && !CHANGE_ASKED.test(normalized) && !asksTheWayToStop(normalized),
    intent: 'reminder_list',
  },
  // "please DON'T cancel my reminders, I just want to see them": the list.
  {
    why: 'a stop turned down, the reminders only looked at',
    intents: ['reminder_unsubscribe'],
    when: ({ normalized }) => NEGATED_STOPPING.test(normalized) && ONLY_TO_SEE.test(normalized),
    intent: 'reminder_list',
  },
  // "I do return of item, shop say cancel done. but atone mail say pay": a return, not leaving atone.
  {
    why: 'a return or a cancelled order, not leaving atone',
    intents: ['withdrawal'],
    when: ({ normalized, has }) => ITEM_RETURNED.test(normalized) && has('cancel_return_refund'),
    intent: 'cancel_return_refund',
  },
  // "if I buy tomorrow instead of today, how much longer do I get?": time to pay, asked.
  {
    why: 'how much longer to pay, asked',
    intents: ['fees', 'payment_methods', 'fallback'],
    when: ({ normalized }) => HOW_MUCH_LONGER.test(normalized),
    intent: 'deadline',
  },
  // "can you set an alarm to wake me up at 7am?": an alarm, no atone reminder.
  {
    why: 'an alarm clock asked for',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) => ALARM_CLOCK.test(normalized) && !ATONE_DAY.test(normalized),
    intent: 'fallback',
    confidence: 0.9,
  },
  // 「やっぱリマインダー全部なしで」: every reminder turned down, a stop.
  {
    why: 'every reminder turned down',
    when: ({ normalized }) => NAMES_REMINDERS.test(normalized) && ALL_TURNED_DOWN.test(normalized),
    intent: 'reminder_unsubscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // "paid already, mark as paid": what a reminder's Paid button does, asked for in words.
  {
    why: 'a deadline marked paid, asked for',
    when: ({ normalized }) => MARKS_PAID.test(normalized),
    intent: 'reminder_list',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "snooze til tmrw", 「スヌーズして」: a reminder snoozed, asked for (the reminder conversation
  // carries it out).
  {
    why: 'a snooze asked for',
    intents: ['fallback', 'about', 'help'],
    when: ({ normalized }) => SNOOZE_ASKED_FOR.test(normalized) && !asksIfThereIsASnooze(normalized),
    intent: 'reminder_list',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "Can I use atone at 7-Eleven for shopping? not paying a bill": atone at the till, not the bill
  // paid there.
  {
    why: 'shopping at a convenience store with atone',
    intents: ['convenience_store_chains'],
    when: ({ normalized, has }) => SHOPPING_THERE.test(normalized) && has('code_payment_in_store'),
    intent: 'code_payment_in_store',
  },
  // 「スヌーズってできるの？」 "is there a snooze?": how reminders work, asked of them as a
  // question (the request, 「スヌーズして」, is the reminder conversation's).
  {
    why: 'a snooze asked about',
    when: ({ normalized }) => asksIfThereIsASnooze(normalized),
    intent: 'reminder_subscribe',
    confidence: 0.6,
  },
  // "is it tomorrow?", 「今日だっけ？」: a day put forward as the deadline, and nothing else said.
  {
    why: 'a day put forward alone',
    // ("is my auto debit today?", 「口座振替ってきょう引き落とし？」: a way's day put forward, read as the way.)
    intents: ['fallback', 'about', 'help', 'payment_methods', 'handoff'],
    // ("is the auto debit today? need to move money to my account lol": the question, then what it
    // is for.)
    when: ({ slots, normalized }) =>
      slots.proposedDue?.asked === true && firstAsk(normalized).length <= (slots.method ? 48 : 24),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.min(confidence, 0.7),
  },
  // "I set a reminder before but just to double check, is 口座振替 due on the 27th?": a day put
  // forward and asked, whatever reminders the story names.
  {
    why: 'a due day asked beside reminders told',
    intents: ['reminder_subscribe', 'reminder_list'],
    when: ({ slots, normalized }) =>
      slots.proposedDue?.asked === true &&
      /[?？]\s*$/.test(normalized) &&
      !ASKS_TO_BE_REMINDED.test(normalized) &&
      !ASKS_IF_ONE_IS_SET.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.min(confidence, 0.8),
  },
  // "what about the bill I get in May, if I pay by postcard?": a bill named by its month and a way
  // to pay it, read as its arrival: when that bill is due is what a way beside it asks.
  {
    why: "a month's bill and a way to pay it",
    intents: ['bill_not_received', 'billing_notice'],
    when: ({ slots, normalized }) =>
      slots.date?.kind === 'month' &&
      slots.date.bill === true &&
      slots.method !== undefined &&
      !slots.methods &&
      !NOT_ARRIVING.test(normalized) &&
      !ARRIVAL_ASKED.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.min(confidence, 0.8),
  },
  // "same Feb 3 one but postcard?": a date and a way, put as another case of the question before.
  {
    why: 'a date and a way, another case put',
    when: ({ intent, confidence, slots, normalized }) =>
      isFaqTopic(intent) &&
      confidence < UNSURE_TOPIC &&
      slots.date !== undefined &&
      slots.method !== undefined &&
      normalized.length <= 48 &&
      ANOTHER_CASE.test(normalized),
    intent: 'deadline',
  },
  // 「口座振替の引き落とし、失敗してたみたい…」 "my direct debit failed - insufficient funds": a debit
  // that did not go through, which is paying late.
  {
    why: 'a debit that failed, told',
    intents: ['change_method', 'payment_methods', 'deadline', 'fallback', 'fees'],
    when: ({ normalized }) => DEBIT_FAILED.test(normalized),
    intent: 'late_payment',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「Amazonでデビットカードだと、いつ引き落とされるんだっけ」: when Amazon charges a debit card (at
  // shipping), not atone's bank debit.
  {
    why: "Amazon's debit card charge, asked",
    intents: ['amazon_payment_methods', 'deadline', 'amazon'],
    when: ({ slots, normalized }) => slots.amazon === true && DEBIT_CARD.test(normalized),
    intent: 'amazon_payment_methods',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「ポイントは何％つくん？」 "what % do points give?": the points' rate, NP points.
  {
    why: 'the points earned, asked',
    intents: ['about', 'fallback', 'installments_atone_plus'],
    when: ({ normalized, has }) => POINTS_EARNED.test(normalized) && has('np_points'),
    intent: 'np_points',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // "what date is 2 days before the postcard deadline?": a date asked, not a reminder.
  {
    why: 'a day before the deadline asked as a date',
    intents: ['reminder_subscribe', 'reminder_list', 'fallback'],
    when: ({ normalized }) => asksDayBeforeDue(normalized),
    intent: 'deadline',
  },
  {
    why: 'the hour a deadline ends',
    intents: ['payment_methods', 'how_to_use', 'fees'],
    when: ({ normalized }) => asksTimeOfDay(normalized),
    intent: 'deadline',
  },
  // "Bill came on the 1st and I haven't paid. How many days do I have left?", 「あと何日ある？」:
  // the time left before the deadline.
  {
    why: 'the days left asked',
    intents: ['paid_but_shown_unpaid', 'late_payment', 'billing_notice', 'fallback'],
    when: ({ normalized }) => DAYS_LEFT_ASKED.test(normalized),
    intent: 'deadline',
  },
  // 「…購入した商品をキャンセルした場合、期限の1月20日までに何か手続きは必要でしょうか」 "I cancelled
  // the order, do I need to do anything before the deadline?": what a cancellation means for the bill.
  {
    why: 'what to do about the bill after a cancellation',
    intents: ['deadline'],
    when: ({ normalized, has }) =>
      CANCELLED.test(normalized) && STEPS_ASKED.test(normalized) && has('cancel_return_refund'),
    intent: 'cancel_return_refund',
  },
  // After a cancellation, what comes back, the fee too (「公演中止になったけど、手数料も返ってくる？」;
  // 「もう払ったとよ。…「キャンセルになりました」ってメール来て…お金ってちゃんと戻ってくると？」), or whether
  // the bill must still be paid ("shop cancel because no stock. But atone email say I need pay… must
  // I pay?"): the cancellation's answer, whatever date or fee the words read as. A reading that is
  // sure of something else stands, unless it is only a fee, atone itself or nothing
  // (「atoneの手数料も戻ってくるの？」 reads as what atone is).
  {
    why: 'what comes back after a cancellation, or whether it is still paid',
    intents: [
      'fees',
      'about',
      'fallback',
      'handoff',
      'deadline',
      'billing_notice',
      'campaign_eligibility',
      'late_payment',
    ],
    when: ({ intent, confidence, normalized, has }) =>
      (['fees', 'about', 'fallback'].includes(intent) || confidence < SURE_OF_ANOTHER) &&
      CANCELLED.test(normalized) &&
      (COMES_BACK.test(normalized) || STILL_TO_PAY.test(normalized)) &&
      has('cancel_return_refund'),
    intent: 'cancel_return_refund',
    confidence: ({ confidence }) => Math.max(confidence, 0.7),
  },
  // 「アマゾンではなくて、普通の通販で使いたいのですが、使い方を教えてください」: how to pay with atone,
  // asked in so many words (whatever else the message sets aside).
  {
    why: 'how to use atone, asked outright',
    intents: ['help', 'fallback', 'amazon'],
    when: ({ normalized }) => HOW_TO_USE_IT.test(normalized) && !THE_BOT.test(normalized),
    intent: 'how_to_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.7),
  },
  // 「このボットの使い方を教えて」 "how do I use this bot?": what the bot does.
  {
    why: "the bot's own use, asked",
    intents: ['how_to_use'],
    when: ({ normalized }) => THE_BOT.test(normalized),
    intent: 'help',
  },
  // "which method gives me the latest deadline?", 「一番遅くまで待てるのは？」: the deadlines compared
  // (not paying late).
  {
    why: 'the latest deadline asked',
    intents: ['late_payment', 'payment_methods', 'fallback'],
    when: ({ normalized }) => LATEST_DEADLINE.test(normalized),
    intent: 'deadline',
  },
  // "someone's been using my atone without me knowing. will i get my money back?": misuse told,
  // which the misuse form is for (not a return's refund).
  {
    why: 'misuse told, money back asked',
    intents: ['cancel_return_refund', 'overpaid_or_double_paid'],
    when: ({ normalized, has }) => SOMEONE_ELSE_USED.test(normalized) && has('fraud_report'),
    intent: 'fraud_report',
  },
  // "i returned the oct 2 one, do i still have to pay for it?": a return, and the bill after it.
  {
    why: 'still owing after a return',
    intents: ['deadline', 'late_payment'],
    when: ({ normalized, has }) =>
      RETURNED.test(normalized) && STILL_PAY.test(normalized) && has('cancel_return_refund'),
    intent: 'cancel_return_refund',
  },
  // "when is next time?": the next payment, not understood alone.
  {
    why: 'the next time asked',
    intents: ['fallback'],
    when: ({ normalized }) => NEXT_TIME.test(normalized),
    intent: 'deadline',
    confidence: 0.6,
  },
  // "When exactly is the postcard bill due? I want to know so I can plan my reminder myself": the
  // deadline; the reminder is the user's own.
  {
    why: 'a deadline asked for a reminder of their own',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) => ASKS_WHEN.test(normalized) && OWN_REMINDER_PLANNED.test(normalized),
    intent: 'deadline',
  },
  // 「上限額まで使っちゃった。どうしたらいい？」 "I've maxed out my limit": when it comes back, not more of it.
  {
    why: 'the limit used up',
    intents: ['limit_increase', 'about', 'fallback', 'payment_declined', 'deadline'],
    when: ({ normalized, has }) =>
      LIMIT_USED_UP.test(normalized) && !LIMIT_RAISE_ASKED.test(normalized) && has('limit_recovery'),
    intent: 'limit_recovery',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "paid at the Lawson terminal, then paid again at 7-Eleven. Two receipts": paid twice.
  {
    why: 'paid twice',
    intents: [
      'convenience_store_chains',
      'paid_but_shown_unpaid',
      'deadline',
      'payment_methods',
      'fallback',
      'bill_not_received',
    ],
    // (Not 「払ったのにまだ未払い…もう一回払った方がいい？」: shown unpaid, paying again supposed.)
    when: ({ normalized, has }) =>
      PAID_AGAIN.test(normalized) && !SHOWN_UNPAID.test(normalized) && has('overpaid_or_double_paid'),
    intent: 'overpaid_or_double_paid',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "a payment slip came but the name on it isn't mine, a previous tenant's": another member's bill.
  {
    why: 'a bill for someone else at this address',
    intents: [
      'how_to_use',
      'fallback',
      'bill_not_received',
      'unrecognized_charge',
      'about',
      'family_or_shared_use',
    ],
    when: ({ normalized, has }) => SOMEONE_ELSES_BILL.test(normalized) && has('moved_or_wrong_member_bill'),
    intent: 'moved_or_wrong_member_bill',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "I don't have a credit card and my bank is a tiny credit union, can I make an account? what do
  // they need?": what signing up asks for.
  {
    why: 'what signing up needs',
    // ("does signing up need SMS verification? my sim is data only": the check sign-up has, not a
    // code that does not come.)
    intents: ['about', 'fallback', 'how_to_use', 'payment_methods', 'sms_code_trouble'],
    when: ({ intent, confidence, normalized, has }) =>
      (intent !== 'sms_code_trouble' || confidence < SURE_OF_ANOTHER) &&
      SIGN_UP_NEEDS.test(normalized) &&
      has('registration_requirements'),
    intent: 'registration_requirements',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「近くにセブンしかないんやけど…店頭の端末で払う設定」: which chains take the way the user pays.
  {
    why: 'a chain asked of the way one pays',
    intents: ['code_payment_in_store'],
    when: ({ normalized, has }) =>
      NAMES_A_CHAIN.test(normalized) &&
      PAYS_THE_BILL_THERE.test(normalized) &&
      has('convenience_store_chains'),
    intent: 'convenience_store_chains',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "can i pay with the konbini terminal at 7-eleven? deadline is today", 「セブンイレブンでコンビニ端末
  // 払いってできますか？期限今日なので」: whether that chain takes it (the deadline beside it aside).
  {
    why: 'paying at a chain asked beside the deadline',
    intents: ['deadline'],
    when: ({ normalized, has }) =>
      NAMES_A_CHAIN.test(normalized) && PAYS_AT.test(normalized) && has('convenience_store_chains'),
    intent: 'convenience_store_chains',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「セブンでコンビニ端末払いしようとしたらできなかった」: the chain that would not take the way.
  {
    why: 'paying at a chain failed',
    intents: ['deadline', 'payment_methods', 'fallback', 'late_payment', 'payment_number_lookup'],
    // (Not "where do i find the number i need to pay at lawson? cant find it": the number lost.)
    when: ({ normalized, has }) =>
      NAMES_A_CHAIN.test(normalized) &&
      FAILED_THERE.test(normalized) &&
      !NUMBER_TO_PAY_WITH.test(normalized) &&
      !NUMBER_LOOKED_FOR.test(normalized) &&
      has('convenience_store_chains'),
    intent: 'convenience_store_chains',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「バーコード払いにしとるっちゃけど、レジで見せるバーコードってどこに出ると？」: the bill's barcode,
  // where the app shows it (the way the user pays the bill named), not paying in shops with a code.
  {
    why: "the barcode way's barcode, where it is shown",
    intents: ['code_payment_in_store'],
    when: ({ normalized, slots, has }) =>
      slots.method === 'barcode' &&
      BARCODE_WAY_NAMED.test(normalized) &&
      WHERE_IT_SHOWS.test(normalized) &&
      has('payment_number_lookup'),
    intent: 'payment_number_lookup',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「atoneってどげな店で使えると？ネットだけ？普通のお店でも使えると？」: shops online and off, both
  // asked: where atone works, not only paying in shops with a code.
  {
    why: 'where atone works, online and in shops',
    intents: ['code_payment_in_store'],
    when: ({ normalized, has }) => ONLINE_ASKED_TOO.test(normalized) && has('where_to_use'),
    intent: 'where_to_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「ポイントで足りない分を補うことはできますでしょうか」 "can my points cover what's over the limit?":
  // points beside the limit, which the limit's answer says (they cannot), not what points are.
  {
    why: 'points to cover what is over the limit',
    intents: ['about', 'np_points', 'fallback', 'how_to_use'],
    when: ({ normalized, has }) => POINTS_COVER_THE_SHORTFALL.test(normalized) && has('limit_recovery'),
    intent: 'limit_recovery',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "when do they add the 100 yen", 「100円っていつ加算されるの？」: the late fee, by its amount.
  {
    why: 'the late fee named by its amount',
    intents: ['billing_notice', 'fees', 'fallback', 'credit_information', 'deadline'],
    when: ({ confidence, normalized }) =>
      (confidence < SURE_OF_ANOTHER || normalized.includes('加算')) && LATE_FEE_BY_AMOUNT.test(normalized),
    intent: 'late_payment',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「バーコード払い 今日まで？」: the app barcode's deadline, not paying in shops with a code.
  {
    why: 'the barcode way, its deadline asked',
    intents: ['code_payment_in_store'],
    when: ({ normalized, slots }) => slots.method === 'barcode' && UNTIL_WHEN.test(normalized),
    intent: 'deadline',
  },
  // "I still haven't paid my December bill… late fee?", 「まだ払えてない…手数料増える？」: the late fee
  // (read as the bill's notice too: "forgot to pay the postcard bill lol. how much is the late
  // charge and when do they add it").
  {
    why: 'a fee asked of a bill unpaid',
    intents: ['fees', 'billing_notice'],
    // (Not "I haven't paid yet: what's the konbini fee?", the billing fee of a bill not yet due.)
    when: ({ normalized }) =>
      LATE_FEE_NAMED.test(normalized) || (NOT_PAID_YET.test(normalized) && FEE_GROWS.test(normalized)),
    intent: 'late_payment',
  },
  // "Stop the reminders — actually no, don't stop them, just change them to 2 days before": a change.
  {
    why: 'a stop taken back for a change',
    intents: ['reminder_unsubscribe'],
    when: ({ normalized }) => KEEPS_THEM.test(normalized) && CHANGES_THEM.test(normalized),
    intent: 'reminder_subscribe',
  },
  // 「次から忘れないように口座振替にしたい」 "I want to switch to direct debit": changing the way.
  {
    why: 'a switch of way wanted',
    intents: ['deadline', 'payment_methods', 'reminder_subscribe'],
    when: ({ normalized, slots }) =>
      slots.method !== undefined &&
      WANTS_TO_SWITCH.test(normalized) &&
      !ASKS_THE_DAY.test(normalized) &&
      !NAMES_REMINDING.test(normalized),
    intent: 'change_method',
  },
  // 「口座振替で、今日引き落とされるのは何月分？」 "which month's bill is debited today?": the deadline,
  // which says the month it is for.
  {
    why: 'which month a bill is for, asked',
    intents: ['payment_methods', 'fallback'],
    when: ({ normalized }) => ASKS_WHICH_MONTH.test(normalized),
    intent: 'deadline',
  },
  // "/atone" alone: what the bot does.
  {
    why: 'the command alone',
    intents: ['about', 'fallback'],
    when: ({ normalized }) => /^\/atone\s*$/.test(normalized),
    intent: 'help',
  },
  // "Not getting the SMS code when I try to check out": the code that does not come.
  {
    why: 'the SMS code not arriving',
    // (Read as a deadline too: "I am not receive the SMS code when I pay, what I should do".)
    intents: ['how_to_use', 'identity_verification', 'fallback', 'deadline'],
    when: ({ normalized, has }) =>
      SMS_CODE.test(normalized) && NOT_ARRIVING.test(normalized) && has('sms_code_trouble'),
    intent: 'sms_code_trouble',
  },
  // "which convenience store i can pay atone bill?", 「どのコンビニで払える？」: which chains take it.
  {
    why: 'which convenience stores, asked',
    intents: ['payment_methods', 'deadline', 'how_to_use', 'code_payment_in_store', 'fees'],
    when: ({ normalized, has }) => ASKS_WHICH_KONBINI.test(normalized) && has('convenience_store_chains'),
    intent: 'convenience_store_chains',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「クレカしか選べんネットのお店でもアトネで払える方法」: a shop that takes cards only (the app card).
  {
    why: 'a shop that takes cards only',
    intents: ['about', 'fallback', 'payment_methods', 'how_to_use', 'where_to_use'],
    when: ({ normalized, has }) => CARDS_ONLY_SHOP.test(normalized) && has('app_card'),
    intent: 'app_card',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「在留カードでもいける？」 "is a residence card OK?": a document for the identity check, not the
  // app's card.
  {
    why: 'an ID document asked about',
    intents: ['app_card', 'fallback', 'about', 'registration_requirements'],
    when: ({ normalized, has }) => ID_DOCUMENT_OK.test(normalized) && has('identity_verification'),
    intent: 'identity_verification',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "my atone is linked to my work email, what do I do before I lose access?": the registered email.
  {
    why: 'the registered email to change',
    intents: ['withdrawal', 'about', 'fallback', 'change_method', 'login_password'],
    when: ({ normalized, has }) => EMAIL_TO_CHANGE.test(normalized) && has('change_registered_info'),
    intent: 'change_registered_info',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「戻るボタン押したら「不正な…」って出て進めへん」 "the screen said something about an invalid
  // transition": the checkout's back-button error, not fraud.
  {
    why: 'the checkout’s back-button error',
    intents: ['fraud_report', 'fallback', 'how_to_use', 'payment_declined', 'unrecognized_charge'],
    when: ({ normalized, has }) => BACK_BUTTON_ERROR.test(normalized) && has('checkout_error'),
    intent: 'checkout_error',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「運転免許証の写真もう3回撮ったのに、毎回ダメ」: the identity check failing, whatever address it names.
  {
    why: 'the ID photo refused',
    intents: [
      'moved_or_wrong_member_bill',
      'identity_verification',
      'app_card',
      'change_registered_info',
      'fallback',
      'reminder_unsubscribe',
      'reminder_list',
    ],
    when: ({ normalized, has }) => ID_PHOTO_REFUSED.test(normalized) && has('identity_verification_failed'),
    intent: 'identity_verification_failed',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「携帯会社を乗り換えて電話番号が新しくなりました。登録しているものは？」: the registered number to change.
  {
    why: 'a new phone number',
    intents: ['about', 'fallback', 'how_to_use', 'login_password', 'sms_code_trouble'],
    // (Read as the SMS code's trouble, only when how to change it is asked: "I got a new phone
    // number, how do I change it in atone? I'm scared I won't get the SMS codes".)
    when: ({ intent, normalized, has }) =>
      NUMBER_CHANGED.test(normalized) &&
      (intent !== 'sms_code_trouble' || HOW_TO_CHANGE_IT.test(normalized)) &&
      has('change_registered_info'),
    intent: 'change_registered_info',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「ポイントみたいなのが増えとるけど、いつまでに使わんといけんの？」: the points' expiry, not a bill's.
  {
    why: 'by when the points must be used',
    intents: ['deadline'],
    when: ({ normalized, has }) => POINTS_USED_BY.test(normalized) && has('np_points'),
    intent: 'np_points',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「知らないお店で3万円使いましたって通知が来てた。私じゃない！！」: a charge the user did not make.
  {
    why: 'a use the user did not make',
    intents: [
      'campaign_eligibility',
      'reminder_list',
      'reminder_subscribe',
      'reminder_unsubscribe',
      'fallback',
      'how_to_use',
      'where_to_use',
      'change_registered_info',
      'login_password',
      'handoff',
    ],
    when: ({ normalized, has }) => NOT_MY_USE.test(normalized) && has('fraud_report'),
    intent: 'fraud_report',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "my little bro used my atone without asking, can u cancel his order", 「うちの子が勝手に買い物
  // した」: someone close used the user's account, which is theirs to settle (not a return, nor fraud).
  {
    why: 'someone close used the account',
    intents: [
      'cancel_return_refund',
      'fraud_report',
      'unrecognized_charge',
      'how_to_use',
      'checkout_error',
      'fallback',
      'billing_notice',
      'minors_age',
    ],
    when: ({ normalized, has }) =>
      FAMILY_USED_MINE.test(normalized) && !FAMILY_RULED_OUT.test(normalized) && has('family_or_shared_use'),
    intent: 'family_or_shared_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「妹の代わりに私の名前で登録してもいい？」: someone else's use, however young they are.
  {
    why: 'registered or used for someone else',
    intents: ['minors_age', 'registration_requirements'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && PROXY_USE.test(normalized) && has('family_or_shared_use'),
    intent: 'family_or_shared_use',
  },
  // 「5月5日のこどもの日に買い物してん」 "bought it on Mother's Day": a day named after family, no
  // family's use; a purchase on that day, whose deadline is asked.
  {
    why: 'a holiday named after family',
    intents: ['family_or_shared_use'],
    when: ({ normalized, slots }) =>
      slots.date !== undefined &&
      saysPurchase(normalized) &&
      FAMILY_HOLIDAY.test(normalized) &&
      !NAMES_FAMILY.test(normalized.replace(FAMILY_HOLIDAY_ALL, ' ')),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「家族ちゃうかった。どこに相談したらええ？」 "turns out it wasn't my family": a charge nobody
  // known made, which is reported as suspected fraud.
  {
    why: 'not the family after all',
    intents: ['family_or_shared_use'],
    when: ({ normalized, has }) => notTheFamily(normalized) && has('fraud_report'),
    intent: 'fraud_report',
  },
  // 「前の家に紙が届いてるっぽい」 "the bill went to my old place": a bill at the address before.
  {
    why: 'a bill at the address before',
    intents: ['fallback', 'about', 'bill_not_received', 'billing_notice', 'payment_methods'],
    when: ({ normalized, has }) => AT_THE_OLD_ADDRESS.test(normalized) && has('moved_or_wrong_member_bill'),
    intent: 'moved_or_wrong_member_bill',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「何回撮り直してもはじかれる」: the identity check's photos refused, told without the check.
  {
    why: 'photos taken again and refused',
    intents: ['fallback', 'about', 'payment_declined', 'checkout_error'],
    when: ({ normalized, has }) =>
      RETAKEN_AND_REFUSED.test(normalized) && has('identity_verification_failed'),
    intent: 'identity_verification_failed',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「無印で『つど』ってやつ選んだ」 "tsudo": pay each time, named short.
  {
    why: 'pay each time, named short',
    intents: ['deadline', 'fallback', 'about', 'payment_methods', 'how_to_use'],
    when: ({ normalized, has }) => PAY_EACH_TIME_SHORT.test(normalized) && has('use_without_membership'),
    intent: 'use_without_membership',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「メアド仕事用のにしたい」 "change my email": a registered detail changed.
  {
    why: 'a registered detail to change',
    intents: ['fallback', 'about', 'change_method', 'billing_notice'],
    when: ({ normalized, has }) => CHANGES_A_DETAIL.test(normalized) && has('change_registered_info'),
    intent: 'change_registered_info',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "what if my account is empty that day?", 「口座のお金が足りなかったら？」: a debit that fails.
  {
    why: 'not enough money on the debit day',
    intents: ['fallback', 'about', 'deadline', 'payment_methods', 'handoff'],
    // (Only as the message's one question: beside a deadline's, it is answered as a part of its own.)
    when: ({ normalized, has }) =>
      ACCOUNT_SHORT.test(normalized) && has('late_payment') && questionParts(normalized).length < 2,
    intent: 'late_payment',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「はがき払いの期限と手数料を教えてください。…口座振替の方が安いなら変えたいです」: the deadline and
  // fee asked, a change only wished for if another way is cheaper (which the fee line answers).
  {
    why: 'the deadline and fee asked, a change wished for on a condition',
    intents: ['change_method'],
    when: ({ normalized }) => DEADLINE_AND_FEE_ASKED.test(normalized) && CHANGE_IF_CHEAPER.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「毎月25日に口座振替のお知らせちょうだい」 "remind me on the 25th every month": reminders asked for on
  // a day of the month (the conversation turns it into days before the deadline).
  {
    why: 'reminders asked for on a day of the month',
    intents: ['deadline', 'fallback', 'billing_notice'],
    when: ({ normalized }) => EVERY_MONTH_ON_A_DAY.test(normalized) && TOLD_ASKED_FOR.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "cool. any reminders on my account right now?": the user's reminders asked after, not the account.
  {
    why: 'whether any reminders are set, asked',
    intents: ['fallback', 'handoff'],
    when: ({ normalized }) => ANY_REMINDERS_ASKED.test(normalized),
    intent: 'reminder_list',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "I am a tourist… Can I use atone? I have no Japanese phone number": who can sign up (a phone
  // number the user uses is one of the things registered).
  {
    why: 'a visitor without a Japanese number, asking whether they can use it',
    intents: ['fallback', 'about', 'how_to_use', 'where_to_use', 'contact_atone'],
    when: ({ normalized, has }) => NO_JAPANESE_NUMBER.test(normalized) && has('registration_requirements'),
    intent: 'registration_requirements',
    confidence: ({ confidence }) => Math.max(confidence, 0.7),
  },
  // "got a valentines gift on feb 3 w atone 💝": a purchase told with its day, and nothing asked:
  // its deadline (the method, if not said, asked for by the answer).
  {
    why: 'a purchase with atone told on a day',
    intents: ['about', 'amazon', 'fallback', 'how_to_use'],
    when: ({ confidence, slots, normalized }) =>
      confidence < 0.6 && slots.date?.kind === 'day' && GOT_WITH_ATONE.test(normalized),
    intent: 'deadline',
    confidence: 0.7,
  },
  // 「請求に買った覚えのない209円が乗ってて…何の料金ですか？」: the billing fee's own amount, asked what it is.
  {
    why: "the billing fee's amount, asked what it is",
    intents: ['deadline', 'unrecognized_charge', 'billing_notice', 'fraud_report', 'fallback'],
    when: ({ normalized }) => asksWhatTheFeeIs(normalized),
    intent: 'fees',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「先月期限を過ぎて停止に…もう忘れたくないので、リマインダーを設定してほしいです」: the story told, then
  // reminders asked for in so many words, last: the request is what the message asks.
  {
    why: 'reminders asked for after a story',
    intents: ['late_payment', 'suspended_after_overdue', 'deadline', 'fallback'],
    when: ({ normalized }) => ASKS_FOR_REMINDERS_AT_THE_END.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "can this bot remind me about deadlines?": the reminders asked about, not everything the bot does.
  {
    why: 'reminders asked of the bot',
    intents: ['help'],
    when: ({ normalized }) => NAMES_REMINDING.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(confidence, 0.7),
  },
  // "do I pay anything extra if I pay with the barcode?": that way's fee, asked in other words.
  {
    why: 'anything extra to pay, asked of a way',
    intents: ['payment_methods', 'convenience_store_chains', 'how_to_use'],
    when: ({ confidence, slots, normalized }) =>
      confidence < SURE_OF_ANOTHER && slots.method !== undefined && ASKS_EXTRA_COST.test(normalized),
    intent: 'fees',
  },
  // 「ローソンの機械で何を入れればいいの？」: what to type at the konbini terminal, the payment number.
  {
    why: 'what to enter at a konbini terminal',
    intents: ['convenience_store_chains', 'payment_methods', 'how_to_use', 'code_payment_in_store'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      WHAT_TO_ENTER.test(normalized) &&
      // (Not 「セブンで受付番号使って端末払いしようとしたけどできへんかった」: the chain that would not take it.)
      !(NAMES_A_CHAIN.test(normalized) && FAILED_THERE.test(normalized)) &&
      has('payment_number_lookup'),
    intent: 'payment_number_lookup',
  },
  // "where do i find the number i need to pay at lawson?": the payment number, named by its use,
  // whatever chain is named beside it.
  {
    why: 'the number to pay with, looked for',
    intents: ['convenience_store_chains', 'payment_methods', 'fallback'],
    when: ({ normalized, has }) => NUMBER_TO_PAY_WITH.test(normalized) && has('payment_number_lookup'),
    intent: 'payment_number_lookup',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "Someone is buying things with my atone and it isn't me": a misuse told, the fraud form's.
  {
    why: 'someone else buying, told',
    // (Also "Somebody log in my atone and buy things": not a login of the user's own; and
    // 「身に覚えのない決済の通知…誰かにアカウント使われてる？」, whose 通知 is the payment's.)
    intents: [
      'about',
      'fallback',
      'how_to_use',
      'handoff',
      'where_to_use',
      'login_password',
      'reminder_list',
    ],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && SOMEONE_ELSE_BUYS.test(normalized) && has('fraud_report'),
    intent: 'fraud_report',
  },
  // "my order never came but I got charged", 「注文した物が届かないのに請求された」: what the shop
  // does (cancel, re-bill) and whom to ask, which the return's answer says.
  {
    why: 'an order never delivered, yet billed',
    intents: ['handoff', 'unrecognized_charge', 'billing_notice', 'fallback', 'bill_not_received'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && NEVER_DELIVERED.test(normalized) && has('cancel_return_refund'),
    intent: 'cancel_return_refund',
    confidence: ({ confidence }) => Math.max(confidence, 0.6),
  },
  // 「全部消したい。もう使わない」 "I want to delete everything": leaving atone, no reminder named
  // (a stop of reminders needs them named; the bot's own data, "delete my data", is forget-me's).
  {
    why: 'everything deleted, no reminder named',
    intents: ['reminder_unsubscribe', 'fallback', 'help'],
    // (Not 「今あるやつを全部消して」 "delete the ones I have": things set, the reminders beside it.)
    when: ({ normalized }) =>
      DELETES_EVERYTHING.test(normalized) &&
      !NAMES_REMINDING.test(normalized) &&
      !THINGS_SET.test(normalized),
    intent: 'withdrawal',
    confidence: ({ confidence }) => Math.min(confidence, 0.8),
  },
  // 「リマインダーの時間って選べる？」 "Do the reminders cost anything?": how the reminders work,
  // asked (their explanation), not the user's own listed or stopped.
  {
    why: 'how the reminders work, asked',
    intents: ['reminder_list', 'reminder_unsubscribe', 'fees', 'fallback'],
    when: ({ normalized }) =>
      NAMES_REMINDING.test(normalized) &&
      ASKS_HOW_REMINDERS_WORK.test(normalized) &&
      !OWN_REMINDERS.test(normalized) &&
      // ("I pay automatically, so please turn them off": a stop, whatever words it has.)
      !TURNS_THEM_OFF.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(confidence, 0.6),
  },
  // "my son is 15 and wants his own atone", "my daughter wants to use atone, can she?": a child's
  // own use, which the age rule answers (not a family member using the user's account).
  {
    why: 'a child wanting atone of their own',
    intents: ['family_or_shared_use', 'fallback', 'about', 'registration_requirements'],
    when: ({ normalized, has }) =>
      CHILD_OWN_USE.test(normalized) && !USED_MY_ACCOUNT.test(normalized) && has('minors_age'),
    intent: 'minors_age',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "when do i get the bill for december purchases?": when that bill comes, not when it is due.
  {
    why: 'when the bill for a month comes',
    intents: ['deadline'],
    when: ({ normalized }) => WHEN_THE_BILL_COMES.test(normalized) && !ASKS_THE_LAST_DAY.test(normalized),
    intent: 'billing_notice',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "i cant get in the app, it keep saying wrong": logging in, told without its word.
  {
    why: 'cannot get into the app',
    intents: ['fallback', 'about', 'how_to_use', 'app_card', 'checkout_error'],
    when: ({ normalized, has }) => CANNOT_GET_IN.test(normalized) && has('login_password'),
    intent: 'login_password',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "does uniqlo online take it?": whether a shop takes atone, asked of the shop by name.
  {
    why: 'a shop asked whether it takes atone',
    intents: ['fallback', 'about', 'how_to_use'],
    when: ({ normalized, has }) => SHOP_TAKES_IT.test(normalized) && has('where_to_use'),
    intent: 'where_to_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "muji site shows two atone buttons, which one is which": つど後払い beside 翌月払い at checkout.
  {
    why: 'two atone buttons at a checkout',
    intents: ['fallback', 'about', 'how_to_use', 'payment_methods', 'checkout_error'],
    when: ({ normalized, has }) => TWO_ATONE_BUTTONS.test(normalized) && has('use_without_membership'),
    intent: 'use_without_membership',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "can I split the 60,000 yen bill into 3 payments?": installments, in other words (not on Amazon,
  // whose own pay-later splits).
  {
    why: 'a bill split into payments',
    intents: ['fallback', 'about', 'deadline', 'payment_methods', 'fees', 'overpaid_or_double_paid'],
    when: ({ normalized, slots, has }) =>
      SPLITS_A_BILL.test(normalized) && !slots.amazon && has('installments_atone_plus'),
    intent: 'installments_atone_plus',
  },
  // 「じゃあアトネの締め日は？」: the month-end close named, which the bill's answer explains (with a
  // method named, the deadline's does).
  {
    why: 'the closing day named',
    intents: ['about', 'fallback', 'how_to_use', 'help'],
    // ("Is there a cutoff for changing?": the change's own cutoff.)
    when: ({ normalized }) => namesClosingDay(normalized) && !CHANGING.test(normalized),
    intent: ({ slots }) => (slots.method ? 'deadline' : 'billing_notice'),
  },
  // "maybe I should get reminders or something?", 「リマインダー入れた方がいいかな」: a wish to have
  // them, not what is set (asked back, since it is only a wish).
  {
    why: 'reminders wished for',
    intents: ['reminder_list'],
    when: ({ normalized }) => WISHES_REMINDERS.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(confidence, 0.45),
  },
  // 「毎月ギリギリになる前に言ってくれたら助かるんだけどなー」: told before the deadline, wished
  // for in other words (asked back, since it is only a wish).
  {
    why: 'a word before the deadline wished for',
    intents: ['fallback', 'about', 'deadline', 'help'],
    when: ({ normalized }) => WISHES_A_WORD_BEFORE.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(Math.max(confidence, 0.4), 0.45),
  },
  // 「おばあちゃんのスマホに私の名前で登録してあげたい」: an account in another's name or phone.
  {
    why: "signing up in a family member's name or phone",
    intents: ['fallback', 'handoff', 'about', 'registration_requirements'],
    when: ({ normalized, has }) => IN_ANOTHERS_NAME.test(normalized) && has('family_or_shared_use'),
    intent: 'family_or_shared_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「うちの店でもatone導入したいんやけど、加盟店の手数料ってなんぼ？」: a shop's own question, for
  // atone to answer (this bot knows what users pay, not what shops do).
  {
    why: 'a merchant asking',
    intents: ['fees', 'about', 'fallback', 'where_to_use', 'how_to_use'],
    when: ({ normalized, has }) => MERCHANT_ASKS.test(normalized) && has('contact_atone'),
    intent: 'contact_atone',
  },
  // 「やば、支払い期限すぎてた」「払うの忘れてしもた…どないなるん？」, and 「支払期日を失念しておりました。
  // 今から支払えば問題ないのでしょうか。」: a deadline gone by, told: what paying late means.
  {
    why: 'a deadline gone by, told',
    // (Read as paying late already, but unsurely: said surely, with no "did you mean".)
    intents: ['deadline', 'payment_methods', 'fees', 'about', 'late_payment'],
    // (「払い忘れてた！期限っていつまでだっけ」 "forgot to pay… what was the deadline" asks the day:
    // the deadline, which says it passed.)
    when: ({ normalized }) =>
      (WENT_BY.test(normalized) ||
        FORGOT_TO_PAY.test(normalized) ||
        (MISSED_IT.test(normalized) && PAYING_NOW.test(normalized)) ||
        (I_FORGOT.test(normalized) && WHAT_NOW.test(normalized))) &&
      !ASKS_THE_DAY.test(normalized) &&
      !ASKS_WHICH_DAY_IT_WAS.test(normalized),
    intent: 'late_payment',
  },
  // 「今月はいつ落ちるん？」: the day the money is taken, asked in Kansai words.
  {
    why: 'the debit asked as when it falls',
    intents: ['billing_notice', 'about', 'fallback'],
    when: ({ normalized }) => WHEN_IT_FALLS.test(normalized),
    intent: 'deadline',
  },
  // "forgot to pay… when was the deadline?": the day itself is asked (its answer says it passed).
  {
    why: 'the day of a missed deadline asked',
    intents: ['late_payment'],
    when: ({ normalized }) => ASKS_WHICH_DAY_IT_WAS.test(normalized),
    intent: 'deadline',
  },
  // 「10日って土日じゃないよね？」「1月27日って平日だよね？」 "is the 10th a weekday?": a due day put
  // forward, its day of the week asked: the deadline's answer says it.
  {
    why: 'the weekday of a due day asked',
    when: ({ slots, intent }) => slots.proposedDue?.weekday === true && !isFaqTopic(intent),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「本人確認なんべんやっても通らねぇんだけど」 "the ID check keeps failing": the check failing, told.
  {
    why: 'the identity check failing, told',
    intents: ['identity_verification'],
    // ("how long does the ID check take? i did it one hour ago and still nothing": slow, not failed.)
    when: ({ normalized, has }) =>
      (ID_CHECK_FAILS.test(normalized) || (saysItFails(normalized) && !HOW_LONG_CHECK.test(normalized))) &&
      !PUTS_A_CASE_JA_EN.test(normalized) &&
      !WITHOUT_THE_CHECK.test(normalized) &&
      !NO_ERROR.test(normalized) &&
      has('identity_verification_failed'),
    intent: 'identity_verification_failed',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "how do i do this identity verification thing? the app keeps asking", 「本人確認しないと何が
  // できないの？」: how to do it, or what it is for, with no failure told (the app asking again is none).
  {
    why: 'how to do the identity check, no failure told',
    intents: ['identity_verification_failed'],
    when: ({ normalized, has }) =>
      ((ASKS_HOW_TO_DO.test(normalized) &&
        (NO_ERROR.test(normalized) || (!saysItFails(normalized) && !ID_CHECK_FAILS.test(normalized)))) ||
        (WITHOUT_THE_CHECK.test(normalized) && !ID_CHECK_FAILS.test(normalized))) &&
      !ID_CHECK_REJECTED.test(normalized) &&
      !ID_PHOTO_REFUSED.test(normalized) &&
      has('identity_verification'),
    intent: 'identity_verification',
  },
  // "how long does the ID check take? I need the in-store code payment": the check's time is asked.
  {
    why: 'how long the identity check takes',
    intents: ['code_payment_in_store', 'app_card'],
    when: ({ normalized, has }) => HOW_LONG_CHECK.test(normalized) && has('identity_verification'),
    intent: 'identity_verification',
  },
  // 「atoneの支払い、クレカでできないの？」 "can't I pay atone by card?": a card as the means to pay the
  // bill, which is not one of the ways (not whether atone needs a card).
  {
    why: 'the bill paid by card, asked',
    intents: ['about', 'fallback', 'registration_requirements'],
    when: ({ normalized }) => BILL_BY_CARD.test(normalized),
    intent: 'payment_methods',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "amazon has paidy with 3 installments, can atone split payments too?": atone's own paying in
  // parts asked, Amazon only the comparison.
  {
    why: "atone's paying in parts, beside Amazon's",
    intents: ['amazon', 'amazon_payment_methods'],
    when: ({ normalized, has }) => ATONE_SPLITS.test(normalized) && has('installments_atone_plus'),
    intent: 'installments_atone_plus',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "haven't touched atone since 2022 lol. any campaign for ppl like me?": the campaigns asked of
  // the user's own last use, which says which they qualify for.
  {
    why: 'campaigns asked of the last use told',
    intents: ['campaigns'],
    when: ({ normalized, slots }) =>
      slots.date !== undefined && !saysPurchase(normalized) && FOR_ME.test(normalized),
    intent: 'campaign_eligibility',
  },
  // "what if i buy something on jan 2?": a purchase on a day, whose deadline is asked; a campaign
  // is read from when atone was last used, which a purchase to come is not.
  {
    why: 'a purchase on a day, no campaign named',
    intents: ['campaign_eligibility', 'campaigns'],
    // (However sure, when the purchase is to come: "and if I buy in january 2027?".)
    when: ({ confidence, normalized, slots }) =>
      (confidence < SURE_OF_ANOTHER || slots.tense === 'future') &&
      slots.date !== undefined &&
      // (Or told with a weak reading: "I buy shoes 3 january", as a learner tells a purchase.)
      (slots.tense === 'future' || confidence < WEAKLY) &&
      saysPurchase(normalized) &&
      !NAMES_A_CAMPAIGN.test(normalized) &&
      !LAST_USE.test(normalized),
    intent: 'deadline',
  },
  // "how do I actually pay for stuff I bought with atone?": paying what was bought, afterwards (the
  // bill), not paying with atone at a checkout.
  {
    why: 'paying for what was bought',
    intents: ['how_to_use'],
    when: ({ normalized }) => PAYS_FOR_WHAT_WAS_BOUGHT.test(normalized),
    intent: 'payment_methods',
  },
  // 「もし届かへんかったら？」 "what if it never arrives?": something not arriving is the bill, not a
  // payment made late.
  {
    why: 'what if the bill does not arrive',
    intents: ['late_payment'],
    when: ({ normalized, has }) =>
      NOT_ARRIVING.test(normalized) &&
      !/払|(?<![a-z])pa(?:y|id)(?![a-z])/.test(normalized) &&
      has('bill_not_received'),
    intent: 'bill_not_received',
  },
  // 「金額ってどこで見れる？」「請求額どこで確認できる？」 "where can I see how much I owe?": the user's
  // own amount, which the app's usage details show (not when the bill is announced).
  {
    why: 'where the amount owed is seen',
    // (Read as the bill's notice, 「今月の請求金額はどうやって確認できますか」, its answer says where the
    // bill comes: that stands.)
    intents: ['fallback', 'payment_number_lookup', 'bill_not_received'],
    when: ({ normalized, has }) => WHERE_THE_AMOUNT_IS.test(normalized) && has('handoff'),
    intent: 'handoff',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「引き落とされたか確認できる？」 "can you check if it was paid?": the user's own account, which
  // only the app and atone show.
  {
    why: 'whether a payment went through, asked of the bot',
    intents: ['deadline', 'late_payment', 'fallback', 'help', 'fees', 'overpaid_or_double_paid'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && ASKS_IF_IT_WENT_THROUGH.test(normalized) && has('handoff'),
    intent: 'handoff',
  },
  // "Is my usage limit reset every month?", 「上限って毎月リセットされる？」: how the limit works (it
  // is cumulative), not the user's own figure.
  {
    why: 'whether the limit resets monthly',
    intents: ['handoff', 'limit_increase', 'about', 'fallback'],
    when: ({ normalized, has }) =>
      LIMIT_WORD.test(normalized) &&
      RESETS_MONTHLY.test(normalized) &&
      !RAISES.test(normalized) &&
      has('limit_recovery'),
    intent: 'limit_recovery',
  },
  // 「11月分はもう払ってるはずなんやけど」 "I should have paid November already": a payment made but
  // doubted, which only the app and atone can confirm.
  {
    why: 'a payment made, doubted',
    intents: ['deadline', 'late_payment', 'fallback'],
    when: ({ normalized, has }) => PAID_DOUBTED.test(normalized) && has('paid_but_shown_unpaid'),
    intent: 'paid_but_shown_unpaid',
  },
  // 「昨日セブンでバーコード払いしたけど、アプリ見たらまだ未払いになってる」 "paid at 7-Eleven but the
  // app says unpaid": a payment told and the status that denies it, whatever shop or way it names.
  {
    why: 'paid, yet shown unpaid',
    intents: [
      'convenience_store_chains',
      'deadline',
      'late_payment',
      'payment_methods',
      'code_payment_in_store',
      'fallback',
      // (「リマインダー来たけどもう払ってる」: the reminder is how the story starts.)
      'reminder_subscribe',
      'reminder_list',
    ],
    when: ({ normalized, has }) =>
      PAID_TOLD.test(normalized) && SHOWN_UNPAID.test(normalized) && has('paid_but_shown_unpaid'),
    intent: 'paid_but_shown_unpaid',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "forgot, the drone was actually march 30", 「忘れてた、あれは3月30日だった」: a date put right after
  // "forgot", not a payment forgotten.
  {
    why: 'a date put right after "forgot"',
    intents: ['late_payment'],
    when: ({ normalized, slots }) =>
      slots.date?.kind === 'day' &&
      FORGOT_THEN_PUT_RIGHT.test(normalized) &&
      !/過ぎ|延滞|払|(?<![a-z])(?:late|overdue|missed|passed|to pay)(?![a-z])/.test(normalized),
    intent: 'deadline',
  },
  // "did my end-of-year shopping on Dec 27 with atone": a purchase on a day, told, that the matcher
  // reads only weakly as anything else, with its deadline next: that deadline.
  {
    why: 'a purchase on a day, told',
    intents: ['handoff', 'fallback', 'help', 'about'],
    when: ({ confidence, alternative, normalized, slots }) =>
      confidence < WEAKLY &&
      alternative === 'deadline' &&
      slots.date?.kind === 'day' &&
      saysPurchase(normalized) &&
      // (「昨日買った注文、ちゃんと反映されてる？」 asks about the user's account.)
      !normalized.includes('?'),
    intent: 'deadline',
  },
  // "does changing the reminder change how atone charges me?": the payment method, which reminders
  // never change (its answer says so first).
  {
    why: 'whether reminders change the payment',
    intents: ['reminder_list', 'reminder_subscribe', 'reminder_unsubscribe', 'fees', 'deadline', 'help'],
    when: ({ normalized, has }) => asksIfRemindersChangeIt(normalized) && has('change_method'),
    intent: 'change_method',
  },
  // "when is the payment limit day": a deadline in other words (期限 is "time limit"), not the usage limit.
  {
    why: 'the limit day',
    intents: ['limit_recovery', 'limit_increase', 'about'],
    when: ({ normalized }) => LIMIT_DAY.test(normalized),
    intent: 'deadline',
  },
  // 「あとでどうやってはらうの？」: paying the bill, not paying at a checkout.
  {
    why: 'paying the bill afterwards',
    intents: ['how_to_use'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && HOW_TO_PAY_LATER.test(normalized),
    intent: 'payment_methods',
  },
  // "ok how do I contact you guys", "can I just call someone?": how to reach atone.
  {
    why: 'how to reach atone',
    when: ({ intent, confidence, normalized, has }) =>
      intent !== 'contact_atone' &&
      (intent === 'fallback' || confidence < SURE_OF_ANOTHER) &&
      ASKS_HOW_TO_REACH.test(normalized) &&
      has('contact_atone'),
    intent: 'contact_atone',
  },
  // "Is the spring points festival happening this spring 2027?", 「今年の春もやる？」: a season the
  // campaign runs in, asked about, not the user's last use.
  {
    why: 'a season the campaign runs in, asked',
    intents: ['campaign_eligibility'],
    when: ({ normalized, slots }) =>
      slots.date?.kind === 'month' &&
      slots.date.season !== undefined &&
      CAMPAIGN_HELD_ASKED.test(normalized) &&
      !LAST_USE_TOLD.test(normalized),
    intent: 'campaigns',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "is that spring point thing still running? want to sign up": a campaign named is the campaigns'.
  {
    why: 'a campaign named',
    intents: ['registration_requirements', 'np_points'],
    when: ({ normalized }) => NAMES_A_CAMPAIGN.test(normalized),
    intent: 'campaigns',
  },
  // 「はがきで払う場合の期限と手数料を教えて」: a method's deadline asked beside its fee is the deadline,
  // whose answer gives the fee (the two nouns alone, 「期限と手数料」, are a close call offered both
  // ways). Clearly so: the answer covers both, however torn the matcher was between them.
  {
    why: "a method's deadline and fee",
    intents: ['fees', 'deadline'],
    when: ({ slots, normalized }) => slots.method !== undefined && ASKS_DEADLINE_AND_FEE.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "I paid at Lawson, can you check if it went through on my account?": the user's own account.
  {
    why: "the user's own payment",
    // (Not "any reminders on my account right now?": the reminders, which the bot does know.)
    when: ({ intent, confidence, normalized, has }) =>
      intent !== 'handoff' &&
      confidence < SURE_OF_ANOTHER &&
      ASKS_OWN_STATUS.test(normalized) &&
      !ANY_REMINDERS_ASKED.test(normalized) &&
      has('handoff'),
    intent: 'handoff',
  },
  // 「お金はいつはらうの」: when to pay is asked, however little else the message says.
  // "yo when do i gotta pay atone by": paying the bill asked when, not paying at a checkout.
  {
    why: 'when to pay, read as checkout',
    intents: ['how_to_use'],
    // (「あの後払いのやつってさ、いつ払うの？」: no checkout named, so the bill's day.)
    when: ({ confidence, alternative, normalized }) =>
      ASKS_WHEN_TO_PAY.test(normalized) &&
      ((confidence < 0.6 && alternative === 'deadline') ||
        (confidence < SURE_OF_ANOTHER && !NAMES_A_CHECKOUT.test(normalized))),
    intent: 'deadline',
  },
  {
    why: 'when to pay, barely said',
    intents: ['fallback'],
    when: ({ normalized, slots }) => ASKS_WHEN_TO_PAY.test(normalized) && !slots.otherService,
    intent: 'deadline',
    confidence: ({ confidence }) => Math.min(confidence, 0.6),
  },
  // "a question about when I need to pay for my kids stuff": when to pay, whoever the purchase was for.
  {
    why: 'when to pay for a purchase for others',
    intents: ['family_or_shared_use'],
    // (However sure the family reads: "my daughter used atone… when is the bill due?" asks when.)
    when: ({ normalized }) => ASKS_WHEN_TO_PAY.test(normalized) && !MISUSED.test(normalized),
    intent: 'deadline',
  },
  // 「アプリ専用カードってなに？クレカと違うの？」: the app-only card, named, is what is asked about.
  {
    why: 'the app-only card named',
    intents: ['about'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && NAMES_APP_CARD.test(normalized) && has('app_card'),
    intent: 'app_card',
  },
  // 「口座振替に変えたら手数料は？」「…変えたらいくら？」: the fee of the method changed to is asked.
  {
    why: 'the fee of the method changed to',
    intents: ['change_method'],
    when: ({ slots, normalized }) =>
      slots.method !== undefined && (ASKS_THE_FEE.test(normalized) || SWITCH_THEN_HOW_MUCH.test(normalized)),
    intent: 'fees',
  },
  // 「いちばん遅くまで待てるのはどの方法？」: which way to pay is asked, never the user's own account.
  {
    why: 'which way to pay',
    intents: ['handoff'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && ASKS_WHICH_METHOD.test(normalized),
    intent: ({ normalized }) => (ASKS_WHEN_LATEST.test(normalized) ? 'deadline' : 'payment_methods'),
  },
  // 「先月アトネで購入した商品の支払いについてお伺いしたいのですが」: a purchase's payment named,
  // the question still to come: when it is due is the answer that helps (it asks for the method).
  {
    why: "a purchase's payment named",
    intents: ['about'],
    when: ({ confidence, slots, normalized }) =>
      confidence < SURE_OF_ANOTHER && slots.date !== undefined && PAYMENT_OF_A_PURCHASE.test(normalized),
    intent: 'deadline',
  },
  // The user's way to pay told, nothing asked: its deadline is what they want to know first
  // (and the conversation keeps the method for what they ask next).
  {
    why: "the user's way to pay told",
    intents: ['change_method', 'payment_methods'],
    when: ({ confidence, slots, normalized }) =>
      confidence < SURE_OF_ANOTHER &&
      slots.method !== undefined &&
      !slots.methods &&
      TELLS_OWN_METHOD.test(normalized) &&
      !SPEAKS_OF_CHANGING.test(normalized) &&
      !ASKS_SOMETHING.test(normalized),
    intent: 'deadline',
  },
  {
    why: 'the bill notice named',
    intents: ['deadline'],
    // (Not "got a bill email this morning… whats the last day?": the day to pay by, asked.)
    when: ({ confidence, normalized }) =>
      confidence < SURE_OF_ANOTHER && namesBillNotice(normalized) && !LAST_DAY_ASKED.test(normalized),
    intent: 'billing_notice',
  },
  {
    why: 'how the bill is told',
    intents: ['handoff'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && asksHowTold(normalized),
    intent: 'billing_notice',
  },
  // "if i pay late will it show up when i apply for a mortgage?", 「遅れたのってどっかに記録される？」:
  // what lateness leaves on record is the credit information's question, not the late fee's.
  {
    why: 'lateness on record',
    intents: ['late_payment', 'deadline'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && ON_RECORD.test(normalized),
    intent: 'credit_information',
  },
  // 「コンビニ払いの期限過ぎちゃった」 "oh no I forgot to pay my konbini bill": a deadline told as
  // missed, with no purchase to date, is what being late means (the next deadline is no answer).
  {
    why: 'a deadline told as missed',
    intents: ['deadline'],
    when: ({ slots, normalized }) =>
      !slots.date && !slots.proposedDue?.asked && SAYS_MISSED.test(normalized) && !ASKS_WHEN.test(normalized),
    intent: 'late_payment',
  },
  // "I have an unpaid bill from sept", 「未払いの請求があるかも」: a bill left unpaid, told: what being
  // late means (not a payment made and still shown unpaid, nor the ways to pay).
  {
    why: 'a bill told as unpaid',
    intents: ['paid_but_shown_unpaid', 'payment_methods', 'fallback'],
    when: ({ normalized }) => SAYS_UNPAID.test(normalized) && !SAYS_PAID.test(normalized),
    intent: 'late_payment',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  {
    why: "a due day's payment not made",
    intents: ['payment_declined', 'deadline'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && MISSED_A_DUE_DAY.test(normalized),
    intent: 'late_payment',
  },
  // "what if i cant pay by the deadline this month": what being late means, supposed.
  {
    why: 'paying late supposed',
    intents: ['deadline'],
    when: ({ confidence, normalized }) =>
      confidence < 1 && supposesPayingLate(normalized) && !saysPurchase(normalized),
    intent: 'late_payment',
  },
  // 「本人確認の審査が承認されませんでした」 "my ID check was rejected": it failed.
  {
    why: 'the identity check not approved',
    intents: ['identity_verification'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER + 0.05 &&
      ID_CHECK_REJECTED.test(normalized) &&
      has('identity_verification_failed'),
    intent: 'identity_verification_failed',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「引き落としの後ならすぐ退会できる？」: leaving atone asked (its 引き落とし asks no deadline).
  {
    why: 'leaving asked, with a debit named',
    intents: ['deadline', 'late_payment', 'billing_notice', 'payment_methods'],
    when: ({ confidence, normalized, has }) =>
      confidence < 1 && ASKS_TO_LEAVE.test(normalized) && has('withdrawal'),
    intent: 'withdrawal',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「今から払うにはどうすればいい？コンビニで」 "how do I pay it now?": how a way to pay works (the number
  // to pay with), not the next deadline.
  {
    why: 'how to pay now',
    intents: ['deadline', 'late_payment', 'payment_methods'],
    when: ({ normalized }) => HOW_TO_PAY_NOW.test(normalized),
    intent: 'payment_methods',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // "hey so I just bought sneakers with atone 👟 what is this thing?": what atone is, asked beside a
  // purchase told (no deadline asked).
  {
    why: 'what atone is, beside a purchase',
    intents: ['deadline'],
    when: ({ normalized }) => ASKS_WHAT_ATONE_IS.test(normalized) && !ASKS_WHEN.test(normalized),
    intent: 'about',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「子どもは高校生なんだけど、自分で登録できる？」: a minor signing up, whatever else was talked about.
  {
    why: 'a minor signing up',
    intents: ['minors_age', 'registration_requirements', 'family_or_shared_use', 'about', 'fallback'],
    when: ({ normalized, has }) => MINOR.test(normalized) && SIGNS_UP.test(normalized) && has('minors_age'),
    intent: 'minors_age',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // "can u check my account is ok or blocked? … i pay late last month", 「止められてないか確認して」:
  // whether a suspension came, which its answer says how to see (the bot cannot look).
  {
    why: 'whether the account is suspended, asked',
    intents: ['late_payment', 'handoff', 'fallback'],
    when: ({ normalized, has }) => ASKS_IF_SUSPENDED.test(normalized) && has('suspended_after_overdue'),
    intent: 'suspended_after_overdue',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「支払えば、すぐに利用停止は解除されますか」: when a suspension ends once paid.
  {
    why: 'a suspension lifted once paid',
    intents: ['suspended_after_overdue', 'late_payment', 'payment_methods', 'deadline'],
    when: ({ normalized, has }) =>
      PAYING_SUPPOSED.test(normalized) &&
      SUSPENSION_LIFTED.test(normalized) &&
      has('suspended_after_overdue'),
    intent: 'suspended_after_overdue',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「口座振替の期限、前の日に教えてな」: a lead time asked to be told of is a reminder asked for.
  {
    why: 'a lead time asked to be told of',
    intents: ['deadline', 'fallback', 'payment_methods'],
    when: ({ normalized, slots }) =>
      slots.leadDays !== undefined && LEAD_TIME_TOLD.test(normalized) && !ASKS_WHEN.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「口座振替にしたら安ぐなるべか？」 "would it be cheaper by bank debit?": the fees compared, not how
  // to switch.
  {
    why: 'cheaper by another way, asked',
    intents: ['change_method', 'deadline', 'payment_methods'],
    when: ({ normalized, slots }) => slots.method !== undefined && CHEAPER_THAT_WAY.test(normalized),
    intent: 'fees',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「衣装の分、はがきに変えたら期限はいつ？」 "if I switch to the postcard, when is it due?": that
  // way's deadline asked, not how to switch.
  {
    why: 'a switch supposed, its deadline asked',
    intents: ['change_method'],
    when: ({ normalized, slots }) =>
      slots.method !== undefined &&
      SWITCH_THEN_WHEN.test(normalized) &&
      !supposesSwitchPutsOff(normalized) &&
      !SPEAKS_OF_HOW.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「請求っていつ届くの？正月だし」 "when will the bill come?": when it is announced, whatever holiday
  // is named beside it (not whether a deadline moves).
  {
    why: 'when the bill comes',
    intents: ['deadline', 'bill_not_received', 'payment_methods'],
    // (Not 「いつ来る…っていうか、まだ来てない」: not arrived, told.)
    when: ({ normalized, has }) => asksWhenTheBillComes(normalized) && has('billing_notice'),
    intent: 'billing_notice',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「それに変えるにはどうすれば？」 "how do I switch to it?": how to change the way to pay (not the
  // reminders' settings, 「3日前に変えるには？」).
  {
    why: 'how to switch, asked',
    intents: ['fallback', 'help', 'about', 'change_method', 'payment_methods'],
    when: ({ normalized, slots }) =>
      ASKS_HOW_TO_CHANGE.test(normalized) &&
      // (Of a way to pay, named or pointed to: not "how do I change my Netflix plan?".)
      (slots.method !== undefined || A_WAY_POINTED_TO.test(normalized)) &&
      !NAMES_REMINDERS.test(normalized) &&
      slots.leadDays === undefined &&
      slots.hour === undefined,
    intent: 'change_method',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "I got a reminder email too. do I need to pay again?" 「督促メールが来た。また払うの？」: atone's own
  // reminder after a payment, not the bot's reminders: paid but not shown yet.
  {
    why: "atone's reminder after paying",
    intents: ['reminder_subscribe', 'reminder_list', 'fallback', 'deadline', 'late_payment'],
    when: ({ normalized, has }) =>
      ATONE_REMINDER_RECEIVED.test(normalized) && PAY_AGAIN.test(normalized) && has('paid_but_shown_unpaid'),
    intent: 'paid_but_shown_unpaid',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // "how do I get rid of my account completely? and would that wipe what I still owe?": leaving
  // atone, with what is owed asked of it (which the topic's answer says), not the user's amount.
  {
    why: 'leaving atone',
    intents: ['fallback', 'handoff', 'about', 'help', 'billing_notice', 'how_to_use', 'fraud_report'],
    when: ({ normalized, has }) => CLOSES_THE_ACCOUNT.test(normalized) && has('withdrawal'),
    intent: 'withdrawal',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「5万じゃ全然足りんのやけど、10万にして」 "raise my limit": more limit asked for.
  {
    why: 'a higher limit asked for',
    // (「3万円のやつは弾かれる…もっと使えるようにしてもらえんと？」: declined, and more asked for.)
    intents: ['fallback', 'about', 'help', 'payment_declined', 'how_to_use'],
    when: ({ normalized, has }) => LIMIT_RAISE_ASKED.test(normalized) && has('limit_increase'),
    intent: 'limit_increase',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「返金はいつ振り込まれますか？」 "when will I get my refund?": a refund's time, not a debit's.
  {
    why: 'when a refund comes',
    // (Not 「私の返金いつ…注文番号は」: the user's own refund, the route's.)
    intents: ['deadline', 'fallback', 'payment_methods'],
    when: ({ normalized, has }) => REFUND_WHEN.test(normalized) && has('cancel_return_refund'),
    intent: 'cancel_return_refund',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「リマインダーの支払い方法を口座振替に切り替えたい」 "switch my reminders to the barcode": the
  // reminders' method changed, not atone's.
  {
    why: "the reminders' method changed",
    intents: ['change_method', 'payment_methods'],
    when: ({ normalized, slots }) => slots.method !== undefined && REMINDERS_METHOD_CHANGED.test(normalized),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「口座振替の次の引き落としは？」 "my next payment?": when, though no question word says so.
  {
    why: 'the next deadline, asked in a noun',
    intents: ['payment_methods', 'deadline', 'fallback', 'fees', 'change_method', 'handoff'],
    when: ({ normalized }) => NEXT_DEADLINE_ALONE.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「やっぱり1日早めて」 "make it a day later": reminders moved by days, whatever came before
  // (not 「支払いを1日遅らせたい」, a payment put off, nor 「1日早くしたらどうなる？」, a question).
  {
    why: 'reminders moved by days',
    when: ({ normalized, slots }) => asksToShiftReminders(normalized, slots),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「ログインできないままだと払えない？」: paying needs no login (the number comes by email or SMS).
  {
    why: 'paying without logging in',
    intents: ['late_payment', 'login_password', 'deadline', 'payment_methods'],
    when: ({ normalized, has }) => PAYS_WITHOUT_LOGIN.test(normalized) && has('payment_number_lookup'),
    intent: 'payment_number_lookup',
    confidence: ({ confidence }) => Math.max(confidence, 0.9),
  },
  // 「本人確認ってしなきゃだめ？」: whether the check is needed at all (its だめ is no failure).
  {
    why: 'whether the identity check is needed',
    intents: ['identity_verification_failed'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      ASKS_IF_REQUIRED.test(normalized) &&
      !saysItFails(normalized) &&
      has('identity_verification'),
    intent: 'identity_verification',
  },
  // "i returned a jacket but still got charged": a charge after a return is the return's.
  {
    why: 'a charge after a return',
    intents: ['unrecognized_charge'],
    when: ({ confidence, normalized }) => confidence < SURE_OF_ANOTHER && SENT_BACK.test(normalized),
    intent: 'cancel_return_refund',
  },
  // "At checkout it asks me for an SMS code. is this normal or a scam?": the checkout's own step,
  // which how atone is used says (the code is confirmed there; it is never sent to anyone else).
  {
    why: 'the checkout code, asked whether normal',
    intents: ['fraud_report', 'sms_code_trouble', 'fallback'],
    when: ({ normalized }) => CHECKOUT_CODE_ASKED.test(normalized) && ASKS_IF_NORMAL.test(normalized),
    intent: 'how_to_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "never buy anything… is this scam or my account is hacked?", 「買うた覚えないし詐欺られてるん？」:
  // a charge not recognised, misuse only wondered about: the usual causes come before the fraud form.
  {
    why: 'billed for nothing bought, fraud wondered about',
    intents: ['fraud_report'],
    when: ({ normalized, has }) =>
      DID_NOT_BUY.test(normalized) &&
      GOT_A_DEMAND.test(normalized) &&
      ASKS_IF_FRAUD.test(normalized) &&
      !MISUSE_TOLD.test(normalized) &&
      has('unrecognized_charge'),
    intent: 'unrecognized_charge',
  },
  // 「なんも買ってないのに支払ってくださいってメール来た」 "never ordered anything but got a bill":
  // a charge not recognised, however its words about paying read.
  {
    why: 'billed for nothing bought',
    // (Read as a bill not received, only when nothing says it did not come: 「請求のメール来てて…買うた
    // 覚え全然ない」 is a bill that came.)
    when: ({ intent, confidence, normalized, has }) =>
      !DOUBTED_CHARGE_INTENTS.includes(intent) &&
      (intent !== 'bill_not_received' || !saysNotArrived(normalized)) &&
      confidence < SURE_OF_ANOTHER &&
      DID_NOT_BUY.test(normalized) &&
      GOT_A_DEMAND.test(normalized) &&
      has('unrecognized_charge'),
    intent: 'unrecognized_charge',
  },
  // 「バーコードと口座振替どっちが遅くまで払える？」 "which one gives me more time?": two ways to pay
  // weighed by their deadlines.
  {
    why: 'two ways to pay weighed by their deadlines',
    intents: ['payment_methods', 'change_method', 'fees', 'fallback'],
    when: ({ slots, normalized }) => (slots.methods?.length ?? 0) >= 2 && PAYS_LATER.test(normalized),
    intent: 'deadline',
  },
  // "whats the diff between konbini and barcode payment?", 「コンビニ払いとバーコード払いの違いは？」: two
  // ways to pay compared, each described (their fees, when a fee is named); not a change of method.
  {
    why: 'two ways to pay compared',
    intents: ['change_method', 'fallback', 'help', 'about', 'deadline', 'handoff'],
    when: ({ slots, normalized }) =>
      (slots.methods?.length ?? 0) >= 2 &&
      COMPARES.test(normalized) &&
      !SPEAKS_OF_CHANGING.test(normalized) &&
      !ASKS_WHEN.test(normalized) &&
      !DEADLINE_WORD.test(normalized),
    intent: ({ normalized }) => (NAMES_A_FEE_OR_PRICE.test(normalized) ? 'fees' : 'payment_methods'),
  },
  // "got an email saying my atone bill is ready", "my bill came today", 「請求きたってメールきた」: the
  // bill is here, told; what
  // comes next is paying it, by the deadline of the way the user pays.
  {
    why: 'the bill arrived, told',
    intents: ['fallback', 'unrecognized_charge', 'about', 'how_to_use'],
    when: ({ confidence, normalized }) =>
      confidence < SURE_OF_ANOTHER &&
      BILL_ARRIVED.test(normalized) &&
      !DID_NOT_BUY.test(normalized) &&
      !DOUBTS_A_BILL.test(normalized),
    intent: 'deadline',
  },
  // Quiet hours (「夜10時から朝7時は通知しないで」) are a reminder setting, not a request to stop them.
  {
    why: 'quiet hours',
    intents: ['reminder_unsubscribe'],
    when: ({ slots }) => slots.quietHours !== undefined,
    intent: 'reminder_subscribe',
  },
  // つど後払い (pay per purchase) has its own deadlines and fees: its questions never get the
  // 翌月払い answer (domain.md), whatever the matcher's reading.
  // 「つど後払いじゃなくて翌月払いのほう。コンビニ払いの期限は？」: the monthly product's deadline.
  {
    why: 'pay per purchase set aside',
    intents: ['use_without_membership'],
    when: ({ normalized }) =>
      PER_PURCHASE_SET_ASIDE.test(normalized) &&
      (ASKS_WHEN.test(normalized) || DEADLINE_WORD.test(normalized)),
    intent: 'deadline',
  },
  {
    why: 'pay per purchase',
    // (Its late fee too: 「つど後払いの延滞手数料は？」 is not 翌月払い's.)
    intents: ['deadline', 'fees', 'late_payment'],
    when: ({ normalized, has }) =>
      PER_PURCHASE.test(normalized) && !PER_PURCHASE_SET_ASIDE.test(normalized) && has(PER_PURCHASE_TOPIC),
    intent: PER_PURCHASE_TOPIC,
  },
  // A purchase and its date, with nothing else asked ("I bought a jacket on November 20"), is
  // the start of a question about when to pay for it.
  // And a purchase with its date, with no reminder named and no reminder setting, is a question
  // about when to pay: 「3日前にコンビニで買った。期限は？」, whatever 「日前」 suggests.
  {
    why: 'a purchase and its date',
    intents: ['reminder_subscribe'],
    when: ({ slots, normalized }) =>
      slots.date !== undefined &&
      slots.tense !== undefined &&
      !slots.leadDays &&
      slots.hour === undefined &&
      !slots.quietHours &&
      !NAMES_REMINDERS.test(normalized),
    intent: 'deadline',
  },
  // 「こちらではどのようなことを教えていただけるのでしょうか」: what the bot answers, asked politely.
  {
    why: 'what the bot answers, in keigo',
    intents: [
      'fallback',
      'reminder_unsubscribe',
      'reminder_subscribe',
      'reminder_list',
      'about',
      'how_to_use',
    ],
    when: ({ intent, confidence, normalized }) =>
      (intent === 'fallback' || confidence < 0.8) && ASKS_WHAT_THE_BOT_ANSWERS.test(normalized),
    intent: 'help',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「リマインダーって何ができるの？」: what the reminders can do, not the bot (the request logic
  // explains them, sets nothing).
  {
    why: 'what reminders can do',
    intents: ['help', 'reminder_list'],
    when: ({ normalized, has }) => ASKS_WHAT_REMINDERS_DO.test(normalized) && has('reminder_subscribe'),
    intent: 'reminder_subscribe',
    confidence: ({ confidence }) => Math.min(confidence, 0.5),
  },
  {
    why: 'the SMS code not coming',
    intents: ['how_to_use', 'checkout_error', 'payment_declined', 'deadline'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER + 0.05 && CODE_NOT_COMING.test(normalized) && has('sms_code_trouble'),
    intent: 'sms_code_trouble',
  },
  // 「決済しようとしたら確認の番号がスマホに届かない」: the number checkout sends, not the bill's.
  {
    why: 'the checkout code not coming',
    intents: [
      'payment_number_lookup',
      'bill_not_received',
      'how_to_use',
      'checkout_error',
      'fallback',
      'deadline',
    ],
    when: ({ normalized, has }) => CHECKOUT_CODE_NOT_COMING.test(normalized) && has('sms_code_trouble'),
    intent: 'sms_code_trouble',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「1万円使ったらポイントいくら？」 "how many points for 5000 yen?": the points an amount earns, no campaign.
  {
    why: 'points for an amount spent',
    intents: ['campaign_eligibility', 'campaigns'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER &&
      POINTS_FOR_AN_AMOUNT.test(normalized) &&
      !NAMES_A_CAMPAIGN.test(normalized) &&
      has('np_points'),
    intent: 'np_points',
  },
  {
    why: 'an expiry asked',
    intents: ['deadline'],
    when: ({ normalized, slots, has }) =>
      ASKS_EXPIRY.test(normalized) &&
      !slots.method &&
      !slots.date &&
      !NAMES_A_CODE.test(normalized) &&
      has('np_points'),
    intent: 'np_points',
  },
  {
    // 「NPポイントって有効期限あるん？」: the points named, their expiry asked: no "did you mean the
    // deadline?" (the word 期限 in it).
    why: 'the points’ expiry asked',
    intents: ['np_points'],
    when: ({ confidence, normalized }) =>
      confidence < 0.8 && ASKS_EXPIRY.test(normalized) && NAMES_POINTS.test(normalized),
    intent: 'np_points',
    confidence: 0.8,
  },
  {
    why: 'an order sent back',
    intents: ['fallback'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && RETURNS_AN_ORDER.test(normalized) && has('cancel_return_refund'),
    intent: 'cancel_return_refund',
    confidence: 0.8,
  },
  {
    why: 'paying in a shop with atone',
    intents: ['payment_methods', 'deadline', 'how_to_use', 'amazon', 'convenience_store_chains'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && SHOPS_IN_A_STORE.test(normalized) && has('code_payment_in_store'),
    intent: 'code_payment_in_store',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「多めに払っちゃった分、次の請求から引いてもらえる？」 "I paid too much": more paid than billed.
  {
    why: 'more paid than billed',
    intents: ['fallback', 'late_payment', 'deadline', 'fees', 'handoff', 'cancel_return_refund'],
    when: ({ confidence, normalized, has }) =>
      confidence < SURE_OF_ANOTHER && PAID_TOO_MUCH.test(normalized) && has('overpaid_or_double_paid'),
    intent: 'overpaid_or_double_paid',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「ローソンでお菓子買うのにatone使える？」 "can I buy snacks at Lawson with atone?": shopping at a
  // convenience store with atone (the app's code payment), however surely the chain pulls toward
  // paying the bill there (not 「ローソンではがき払える？」, which names a bill).
  {
    why: 'shopping at a convenience store with atone',
    intents: ['convenience_store_chains', 'payment_methods', 'deadline'],
    when: ({ normalized, has }) =>
      BUYS_AT_A_CHAIN.test(normalized) && !NAMES_THE_BILL.test(normalized) && has('code_payment_in_store'),
    intent: 'code_payment_in_store',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「1回だけのつもりで買ったのに、来月も請求くる」 "I only meant to buy it once but I'm billed again":
  // a one-off that keeps being billed (a shop's subscription), not when the bill is told.
  {
    why: 'a one-off billed again',
    intents: [
      'billing_notice',
      'deadline',
      'bill_not_received',
      'unrecognized_charge',
      'cancel_return_refund',
      'fallback',
    ],
    when: ({ confidence, normalized }) =>
      confidence < SURE_OF_ANOTHER && ONE_OFF_BILLED_AGAIN.test(normalized),
    intent: 'subscription_still_billed',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "If I buy today vs tomorrow, does the konbini deadline change?": the deadlines of the days
  // named, compared (their answer shows each), not a change of the way to pay.
  {
    why: "a purchase day's deadline, whether it changes",
    intents: ['change_method'],
    when: ({ slots, normalized }) =>
      slots.date !== undefined && DEADLINE_CHANGES.test(normalized) && !SWITCHES.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「楽天市場でアトネ払いってできる？」 "can I pay with atone on Mercari?": a shop named, and atone
  // asked of it (whose checkout or atone's shop search says), not paying in parts.
  {
    why: 'atone asked of a shop named',
    // (Read as a refused payment, when atone was not even offered there: 「atoneが選べなかった」.)
    intents: [
      'installments_atone_plus',
      'how_to_use',
      'about',
      'payment_methods',
      'fallback',
      'payment_declined',
    ],
    when: ({ intent, confidence, normalized }) =>
      (confidence < SURE_OF_ANOTHER || intent === 'payment_declined') &&
      namesShop(normalized) &&
      ATONE_AT_A_SHOP.test(normalized) &&
      (intent !== 'payment_declined' || NOT_OFFERED.test(normalized)),
    intent: 'where_to_use',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "reminders", 「リマインダー」, "/atone reminders": the word alone, what is set is shown (nothing
  // is set or stopped on one word; the list says how to set one).
  {
    why: 'the number to pay with asked',
    intents: ['convenience_store_chains', 'code_payment_in_store', 'payment_methods', 'how_to_use'],
    when: ({ confidence, normalized, slots, has }) =>
      confidence < SURE_OF_ANOTHER + 0.05 &&
      ASKS_THE_NUMBER.test(normalized) &&
      // (「セブンの端末で受付番号を…」 names a chain: which chain takes what is the question; unless
      // the number itself is not known, 「ろーそんで払いたいけど番号がわかりません」.)
      (NUMBER_NOT_KNOWN.test(normalized) ||
        (!NAMES_A_CHAIN.test(normalized) && !namesShop(normalized) && slots.shops === undefined)) &&
      // (「SMSで届いた番号」 is the checkout's code.)
      !NAMES_A_CODE.test(normalized) &&
      has('payment_number_lookup'),
    intent: 'payment_number_lookup',
  },
  {
    why: 'reminders not wanted, in dialect',
    intents: ['reminder_subscribe', 'reminder_list', 'fallback', 'help'],
    when: ({ normalized }) => REMINDERS_NOT_WANTED.test(normalized),
    intent: 'reminder_unsubscribe',
    confidence: 0.9,
  },
  // "unsub me from all deadline pings": a stop in chat slang.
  {
    why: 'unsubscribed in slang',
    intents: ['deadline', 'help', 'fallback', 'reminder_list', 'reminder_subscribe'],
    when: ({ normalized }) => UNSUB.test(normalized),
    intent: 'reminder_unsubscribe',
    confidence: 0.9,
  },
  // "Could you let me know whether the September 20 deadline has been extended?", 「期限が延びたかどうか
  //教えて」: told whether, a question about the deadline, no reminder asked for.
  {
    why: 'told whether, of a deadline',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) =>
      TOLD_WHETHER.test(normalized) && NAMES_A_DEADLINE.test(normalized) && !NAMES_REMINDING.test(normalized),
    intent: 'deadline',
  },
  // 「10月と11月に買った分、両方ともリマインドしてもらえる？」: reminding asked for, of purchases named
  // (no day asked).
  {
    why: 'reminding asked for, of purchases',
    intents: ['deadline'],
    when: ({ normalized }) => REMINDING_ASKED_FOR.test(normalized) && !ASKS_THE_DAY.test(normalized),
    intent: 'reminder_subscribe',
  },
  // 「1月10日のコンビニ払いの期限、過ぎちゃった」「1月10日が期限でしたが失念しておりました」 "I forgot
  // pay. deadline was 10 december": a deadline told gone by, no purchase; paying late.
  {
    why: 'a deadline named, told missed',
    intents: ['deadline', 'fallback', 'fees', 'payment_methods'],
    when: ({ normalized, slots }) =>
      slots.proposedDue?.month !== undefined && !slots.proposedDue.asked && TELLS_A_MISS.test(normalized),
    intent: 'late_payment',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「…の支払いを失念しておりました。延滞となった場合、どのような扱いに？」: a miss told, and what it
  // means asked: paying late, whatever date it names.
  {
    why: 'a miss told, what then asked',
    intents: ['deadline', 'fallback', 'fees', 'payment_methods'],
    when: ({ normalized }) => TELLS_A_MISS.test(normalized) && supposesPayingLate(normalized),
    intent: 'late_payment',
    confidence: ({ confidence }) => Math.max(confidence, 0.85),
  },
  // 「今日買ってたらどうなってた？」 "what if I had bought it today?": a purchase supposed, its deadline
  // (what would have happened is when it would be due), not paying late.
  {
    why: 'a purchase supposed on a day, what then',
    intents: ['late_payment'],
    when: ({ normalized, slots }) => slots.date !== undefined && PURCHASE_SUPPOSED.test(normalized),
    intent: 'deadline',
  },
  // 「経費精算で領収書が必要なんですが、発行できますか？」: a receipt, which only atone can give (the
  // route), not what atone is (「会社」 is no question about its company).
  {
    why: 'a receipt asked for',
    // ("…where can I download them?": no shop asked about either.)
    intents: ['about', 'how_to_use', 'fallback', 'where_to_use'],
    when: ({ intent, confidence, normalized }) =>
      (intent !== 'where_to_use' || confidence < SURE_OF_ANOTHER) && RECEIPT.test(normalized),
    intent: 'handoff',
  },
  // "nani ga dekiru no?": what the bot can do, in romaji.
  {
    why: 'what the bot does, in romaji',
    intents: ['fallback'],
    when: ({ normalized }) => WHAT_IT_DOES_ROMAJI.test(normalized),
    intent: 'help',
    confidence: 0.8,
  },
  // 「私ってリマインダー登録してたっけ？」 "did I already set a reminder?": what is set, asked.
  {
    why: 'whether reminders were set, asked',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) => NAMES_REMINDING.test(normalized) && recallsSetting(normalized),
    intent: 'reminder_list',
  },
  // 「Amazon Payってなに？アトネとは別もの？」 "what is Amazon Pay?": Amazon's own way to pay, asked
  // about (compared with atone or not).
  {
    why: 'Amazon Pay, asked what it is',
    intents: ['about', 'amazon', 'fallback'],
    when: ({ normalized }) =>
      namesAmazonPay(normalized) && (asksWhatItIs(normalized) || WHAT_AMAZON_PAY_IS.test(normalized)),
    intent: 'amazon_payment_methods',
  },
  // "pay is automatic from bank account. date of withdrawal pls": the day asked, the way only told.
  {
    why: 'the day of a way, asked',
    intents: ['payment_methods'],
    when: ({ normalized }) => DAY_OF_PAYING_ASKED.test(normalized),
    intent: 'deadline',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // 「どうやって払ったらいいの？何通りかあるって聞いた」 "there are several ways, I heard": the ways
  // to pay, counted.
  {
    why: 'the ways to pay, counted',
    intents: ['how_to_use', 'fallback'],
    when: ({ normalized }) => WAYS_COUNTED.test(normalized) && /払|pay/.test(normalized),
    intent: 'payment_methods',
  },
  // 「atoneってなにで払えんの？」: what one pays with (なに, not なん: "why" is 「なんで」). (Its 〜んの
  // is 〜るの here, though the dialect reading makes it 払えないの.)
  {
    why: 'what one pays with, asked',
    intents: ['about', 'how_to_use', 'fallback'],
    when: ({ normalized }) => PAID_WITH_WHAT.test(normalized),
    intent: 'payment_methods',
    confidence: ({ confidence }) => Math.max(confidence, 0.8),
  },
  // "and the year before?", "the month after?": the last question about the next period, which the
  // conversation asks again (its "before" no reminder's).
  {
    why: 'a period next to the last one, alone',
    intents: ['reminder_subscribe'],
    when: ({ normalized }) => asksNextPeriod(normalized),
    intent: 'fallback',
    confidence: 0.5,
  },
  {
    why: 'reminders named alone',
    intents: ['reminder_subscribe', 'reminder_unsubscribe', 'help', 'fallback'],
    when: ({ normalized }) => REMINDERS_ALONE.test(normalized),
    intent: 'reminder_list',
    confidence: 0.9,
  },
  // So is one whose date does not exist (「2月30日に買った」): the deadline answer says so.
  {
    why: 'a purchase on a date that does not exist',
    intents: ['fallback'],
    when: ({ slots }) => (slots.date !== undefined && slots.tense !== undefined) || !!slots.invalidDate,
    intent: 'deadline',
    confidence: 0.5,
  },
  // "hi sorry for the long message. so I just moved to Japan … what are the ways I can pay the
  // bill?": a story read as torn between two answers; the question it ends on, read clearly as
  // one of them, decides.
  {
    why: 'a story decided by the question it ends on',
    when: ({ alternative, confidence, readLastAsk }) => {
      if (alternative === undefined || confidence >= STORY_TORN) return false;
      const asked = readLastAsk();
      return asked?.intent === alternative && asked.confidence >= ASKED_CLEARLY;
    },
    intent: ({ alternative, intent }) => alternative ?? intent,
    confidence: ({ confidence }) => Math.max(confidence, STORY_TORN),
  },
];

/** Below this, a story's reading is torn enough for its last question to decide. */
const STORY_TORN = 0.7;
/** How clearly that question must read as the other answer. */
const ASKED_CLEARLY = 0.9;

// "does this work on…", "can I use it at…", 「このあとから払うものは使えますか」, 「選ぶとこになかった」:
// the thing talked about (atone), whether it works there.
const THIS_WORKS_THERE =
  /(?<![a-z])(?:(?:does|will|would|can|could) (?:this|it|this app|this thing|this service) (?:work|be used|be accepted)|(?:is|are) (?:this|it) (?:accepted|usable|available|ok|okay)|(?:can|could) (?:i|we|you) use (?:this|it)) (?:on|at|with|for|in)(?![a-z])|この(?:あぷり|さーびす|後払い|あと払い|あとばらい|あとから払う(?:もの|やつ|の)?|後から払う(?:もの|やつ|の)?)[^。?？]{0,8}(?:使え|利用でき)|(?:amazon|あまぞん)(?:で|では)(?:は)?使え(?:ない|ません|へん|ん)(?:って|の|ん)|(?:amazon|あまぞん)(?:で|って)(?:は|も)?使え(?:る|た|ます)(?:っけ|んだっけ|の|ん|か|よね)?[?？]?$|選ぶ(?:とこ|ところ)に(?:なかった|ない|出てこ)|選択肢に(?:なかった|ない|出てこ)|(?<![a-z])(?:(?:wasn'?t|isn'?t|not) (?:an |one of the )?(?:options?|choices?)|(?:doesn'?t|didn'?t|does not|did not) (?:show|appear)(?: up)?)(?![a-z])/;

// The rules that may correct each reading, in their order: found once per reading (a class name,
// of a few dozen), when first met.
const rulesByIntent = new Map<AnswerIntent, readonly ReadingRule[]>();
function rulesFor(intent: AnswerIntent): readonly ReadingRule[] {
  let rules = rulesByIntent.get(intent);
  if (rules === undefined) {
    rules = READING_RULES.filter((rule) => rule.intents === undefined || rule.intents.includes(intent));
    rulesByIntent.set(intent, rules);
  }
  return rules;
}

/** The reading after the corrections: the first rule's that applies, else the matcher's as it was. */
export function correctReading(input: ReadingInput): Reading {
  for (const rule of rulesFor(input.intent)) {
    if (!rule.when(input)) continue;
    const intent = typeof rule.intent === 'function' ? rule.intent(input) : rule.intent;
    const confidence =
      rule.confidence === undefined
        ? input.confidence
        : typeof rule.confidence === 'function'
          ? rule.confidence(input)
          : rule.confidence;
    return { intent, confidence };
  }
  // Field by field rather than with a conditional spread (a copy through the runtime), in the same order.
  const reading: Reading = { intent: input.intent, confidence: input.confidence };
  if (input.alternative) reading.alternative = input.alternative;
  return reading;
}
