// How a message reads against the conversation's last topic, pure: a follow-up (「じゃあはがきは？」,
// "and the fee?", 「どれくらいかかる？」 after identity checks) keeps the facts it leaves out and
// the question it continues; a question of its own starts afresh. decide.ts asks this of every
// message that is not about reminders.

import { namesGiftCard } from '../../intents/amazon.js';
import { namesBillNotice, saysNotArrived } from '../../intents/billing-notice.js';
import {
  ASKS_FROM_WHEN_IT_APPLIES,
  ASKS_HOW_TO_CHANGE,
  supposesSwitchPutsOff,
} from '../../intents/change-method.js';
import { asksTimeOfDay } from '../../intents/deadline.js';
import { isCourtesy } from '../../intents/fallback.js';
import { ASKS_PER_PURCHASE } from '../../intents/fees.js';
import { supposesPayingLate } from '../../intents/late-payment.js';
import type { Reading, Understanding } from '../bot.js';
import { addDays, addMonths, compareDates, sameDate, toIsoMonth } from '../domain/dates.js';
import type { MethodId } from '../domain/methods.js';
import { besideLanguageRequest, isLoneCommand } from '../nlu/language.js';
import { asksIfDateMoves } from '../nlu/moves.js';
import { MONTH_NEXT_TO_IT, YEAR_NEXT_TO_IT } from '../nlu/next-period.js';
import { ATONE_TOKEN } from '../nlu/normalize.js';
import { FAMILY_EN, FAMILY_JA, NAMES_FAMILY, PROXY_USE } from '../nlu/proxy-use.js';
import { afterCorrection } from '../nlu/put-right.js';
import { namesShop } from '../nlu/shops.js';
import {
  type DateSlot,
  type Slots,
  saysAYear,
  saysBillOrPurchase,
  saysPurchase,
  setsAmazonAside,
} from '../nlu/slots.js';
import { saysItFails } from '../nlu/still-stuck.js';
import { asksWhatItIs } from '../nlu/what-is.js';
import {
  asksTheLimit,
  asksToUseAgain,
  asksWhenTheBillComes,
  CHATTER,
  COMPARES,
  DEBIT_CARD,
  LEAVES_ATONE,
  NAMES_A_CHAIN,
  notTheFamily,
  offersASecret,
  paysAgain,
  shopConfirmsLate,
} from '../reading-rules.js';
import { ASKS_REPLY_TIME } from '../topics/focus.js';
import { asksIfOfficial } from '../topics/provenance.js';
import { type AnswerIntent, INTENT_NAMES, type IntentName, isFaqTopic } from '../types.js';
import {
  asksAcrossMethods,
  asksAlso,
  asksForChoices,
  asksForLanguage,
  asksIfDueOn,
  asksWithOtherMeans,
  corrects,
  hasFollowUpMarker,
  hasLinkWord,
  isBare,
  isBareAnswer,
  isConditional,
  isElliptic,
  isOneWord,
  isQuestion,
  isShort,
  mentionsReminders,
  namesAtone,
  ownsASlip,
  pointsBack,
  pointsToPlace,
  saysOwnMethod,
} from './reading.js';
import { type EarlierDate, REMINDER_INTENTS, type Topic } from './state.js';

// 「その次は？」「次の次は？」 "and the one after that?": the deadline after the one given.
const THE_ONE_AFTER =
  /^(?:じゃあ|で|ほな|それで|ほんで)?[、,\s]*(?:その次|次の次|そのあと|その後)(?:の(?:月|分|引き?落とし|期限|支払い?))?(?:は|って|のは|なら)?[\s?？。.!]*$|^(?:and |what about |how about |then )?(?:the (?:one|month|debit|deadline) )?after that[\s?.!]*$|^(?:and )?the (?:next )?one after(?: that)?[\s?.!]*$/;

/** How surely a question naming atone after Amazon must read as an FAQ topic to be atone's own. */
const FAIRLY_SURE_OF_ATONE_TOPIC = 0.8;

/** A reading this likely is clear: a follow-up read in the topic's light must reach it to change meaning. */
const CLEAR = 0.6;

/** How much likelier a reading with the topic's subject must be than the message's own to replace it. */
const MUCH_CLEARER = 0.2;

/** Below this, a reading says little of its own: the topic may say what the message means. */
const WEAK = 0.5;

/** A fallback this likely is out of scope ("what's the weather like?"), whatever came before it. */
const OUT_OF_SCOPE = 0.98;
/** Chat between people ("anyone see the game lol"), not a question to the bot. */
/** A short message, wallet name and all (「PayPayは使える？」 "is d払い ok there too?"). */
const SHORT_CHARS = 32;
const AMAZON_WALLET = /paypay|ぺいぺい|d払い|au ?pay|めるぺい|merpay|paidy|ぺいでぃ/;
const A_FEE = /手数料|(?<![a-z])(?:fees?|cost|charge)(?![a-z])/;
const WHEN = /いつ|何日|(?<![a-z])(?:when|what day|which day)(?![a-z])/;
const A_CHANGE = /変え|変更|切り?替|(?<![a-z])(?:change|switch)(?![a-z])/;
const PAYING_LATE = /延滞|遅れ|過ぎ|(?<![a-z])(?:late|overdue|miss)(?![a-z])/;
const WHAT_NEXT =
  /^(?:ok(?:ay)?|so|and|hmm+|um+)?[,.\s]*(?:then what|what(?:'s| is)? next|what now|now what|(?:what (?:do|should|can) i do|what i (?:should|can|must|have to) do|what to do)(?: (?:now|next|then|instead|about it))?)[?？!.\s]*$|^(?:で|それで|じゃあ)[、,\s]*(?:どうすれば(?:いい)?|どうしたら(?:いい)?|次は)(?:の|ん)?[?？\s]*$/;
// 「変わらんかったら」「戻らない」「届かへん」 "still not approved", "hasn't come back": what was
// promised has not happened (yet).
const STILL_NOT_DONE =
  /(?:変わ|戻|もど|直|届か|反映され|承認され|通)ら(?:ない|なかった|ん|へん|ず)|(?:来|こ)(?:ない|なかった|ん(?!で))|(?<![a-z])(?:still (?:not|no|nothing|hasn'?t|haven'?t|isn'?t|pending|waiting)|(?:hasn'?t|haven'?t|isn'?t|wasn'?t|not) (?:been )?(?:approved|back|changed|come back|fixed|updated|restored|verified|arrived|come))(?![a-z])/;
// 「失敗した」「通らない」 "rejected", "failed": tried and refused, not only slow.
const FAILED =
  /失敗|通ら|はじかれ|弾かれ|えらー|否認|却下|(?<![a-z])(?:fail\w*|reject\w*|denied|error)(?![a-z])/;
// 「どうしたらいい？」 "what should I do": what to do, asked.
const ASKS_WHAT_TO_DO =
  /どう(?:したら|すれば|すりゃ|しよう)|どないしたら|どげんしたら|(?<![a-z])(?:what (?:should|do|can) i do|what i (?:should|can) do|what to do|what now)(?![a-z])/;
const ATONE_ON_AMAZON_AGAIN =
  /atone(?:は|って|が|も)?.{0,6}(?:使え|つかえ|使う|いけ)|(?<![a-z])(?:can i (?:still )?use atone|does atone work|atone (?:works?|is accepted|not accepted))(?![a-z])/;
// "I use the barcode btw, so which date?", 「はがきやけど、いつ？」: the day asked, the way told.
const ASKS_THE_DAY =
  /(?<![a-z])(?:which|what) (?:date|day)(?![a-z])|(?<![a-z])(?:so )?when(?: then)?\??$|いつ(?:まで)?(?:に)?(?:なる)?(?:の|ん)?[?？]?$|何日(?:まで)?(?:に)?(?:なる)?(?:の|ん)?[?？]?$/;

/** A subject nobody asks a pay-later bot about. */
const OFF_TOPIC = /天気|天候|気温|(?<![a-z])(?:weather|forecast|temperature)(?![a-z])/;

/** Chat between people ("anyone up for ramen tonight lol"), never a request to the bot. */
export function isChitChat(u: Understanding): boolean {
  return CHATTER.test(u.normalized) && !mentionsReminders(u);
}

const ASKS_BOT_TO_CANCEL =
  /(?<![a-z])(?:can|could|will|would) you (?:just |please )?(?:cancel|undo|reverse|refund)(?![a-z])|(?:きゃんせる|取り消し|取消)(?:して|し)(?:くれ|もらえ|ください|ほしい|欲しい)/;
// 「お金はいつ戻る？」「返金は？」 "will I get my money back?": the money back, asked. (Not "forget the
// refund, … when's my next deadline?": the refund set aside.)
const ASKS_MONEY_BACK =
  /返って(?:く|こ)|戻って(?:く|こ)|返金|(?:お金|代金)(?:は|って|が)?\s*(?:いつ)?\s*(?:戻|返)|いつ(?:戻|返)(?:る|って|ります)|(?<![a-z])(?:money (?:come|comes|coming) back|(?:get|getting) (?:it|the money|my money) back|money back|(?<!forget (?:about )?(?:the |my )?)refund\w*|(?:get|be) refunded|reimburs\w*)(?![a-z])/;

// Which facts each intent's answer uses: a follow-up that only names facts continues a topic
// only when that topic's answer uses them ("口座振替は？" after fees, not after Amazon).
export const USES: Partial<Record<AnswerIntent, readonly (keyof Slots)[]>> = {
  deadline: ['method', 'methods', 'date', 'dates', 'tense'],
  fees: ['method', 'methods', 'methodsTurnedDown'],
  // "not the bank account, I don't have one" after the ways to pay: the ways left.
  payment_methods: ['methodsTurnedDown'],
  late_payment: ['method'],
  change_method: ['method'],
  billing_notice: ['date'],
  // 「11月に使った分です」 after a bill that did not come: that month's bill.
  bill_not_received: ['date'],
  campaign_eligibility: ['date', 'shops', 'campaigns'],
  campaigns: ['date', 'shops', 'campaigns'],
  amazon: ['amazon'],
  amazon_payment_methods: ['amazon'],
  // 「バーコードなら？」 after which chains take which method: the same question for that method.
  convenience_store_chains: ['method'],
};

// A date means a purchase for these intents, and the last use of atone for the campaign ones: a
// follow-up keeps the date only within the same meaning.
export const DATE_MEANING: Partial<Record<AnswerIntent, 'purchase' | 'last_use'>> = {
  deadline: 'purchase',
  billing_notice: 'purchase',
  late_payment: 'purchase',
  // 「先月買った分の請求書が届かない」: the bill for a purchase's month.
  bill_not_received: 'purchase',
  // 「5月分コンビニで払ったのに未払いになってる」 → 「期限って何日やった？」: that bill's.
  paid_but_shown_unpaid: 'purchase',
  overpaid_or_double_paid: 'purchase',
  // 「今月いくら払えばいい？」 → 「それいつわかるの？」: the bill asked about, this month's.
  handoff: 'purchase',
  // "and the fee, do I pay it twice?" after purchases in two months: once in each month's bill.
  fees: 'purchase',
  campaign_eligibility: 'last_use',
  campaigns: 'last_use',
};

// 「定期購入はしてないし、家族でもない」 "none of those apply", 「ほんまに知らん請求やったら」: the
// usual causes of a charge ruled out.
const RULES_OUT_CAUSES =
  /(?:して|使って|共有して|頼んで|申し込んで|登録して)(?:ない|いない|ません|いません|へん|おらん)|(?:し|使っ|頼ん|申し込ん|登録し)とらん|(?:心当たり|身に覚え)(?:が|は|も)?(?:ない|なかった|ありません|なけれ)|(?:ほんま|本当|ほんと|まったく|全く|全然)に?(?:知ら|身に覚え|心当たり)|でもな(?:い|かった|さそう)|当てはまらな|(?<![a-z])(?:none of (?:those|these|them|that)|neither|(?:doesn'?t|don'?t|does not|do not) apply|not (?:a |my |from (?:a |my )?)?(?:subscriptions?|family)|no (?:subscriptions?|family)|(?:family|wife|husband|kids?|children|partner|parents?)(?: \w+)? (?:doesn'?t|does not|don'?t|do not|didn'?t|did not|never) (?:use|used|touch)|(?:didn'?t|did not|never) (?:sign(?:ed)? up|subscribe[d]?)|wasn'?t (?:me|my family|family|anyone|him|her|them)|(?:it'?s|its|it is|it was|if) not (?:that|him|her|them|my \w+|family)|nobody)(?![a-z])|(?:じゃ|で)な(?:かったら|ければ|いなら)|違った(?:ら|場合)/;

const PAID_TWICE = /(?:\d|二|何)回(?:も)?(?:払|支払)|二重|重複|(?<![a-z])(?:twice|double|two times)(?![a-z])/;

// A cause denied: 「した覚えもない」「してない」 "I never signed up for one".
const DENIES_THE_CAUSE =
  /(?:覚え|記憶|心当たり)(?:も|が|は)?(?:ない|ありません|ねー|あらへん)|(?:して|し)(?:ない|ません|へん|てない|ていない)|(?<![a-z])(?:never|didn'?t|did not|haven'?t|have not|no)(?![a-z])/;

// 「払わないといけないんですか？」 "do I still have to pay?", "must I pay?": whether it must be paid at all.
// (Not "when do I have to pay it?": its day, asked.)
const MUST_STILL_PAY =
  /払わな(?:いと|きゃ|くて|あかん|いけない)|払う(?:必要|べき)|(?<![a-z])(?:(?:do i )?still (?:have|need) to pay|(?<!(?:when|by when|what day|which day) )do i (?:have|need) to pay|must i pay|should i (?:still )?pay)(?![a-z])/;

// The question that naturally comes next: after a deadline, "what happens now?" is about missing it.
// `unlessMethod`: not when the message names a method; `unlessAmazon`: not when it is about Amazon
// ("can I use atone on Amazon on Sunday?").
const MONTHLY_PRODUCT = /翌月払い|普通の|いつもの|通常の|(?<![a-z])(?:monthly|regular|normal|usual)(?![a-z])/;

// A fee asked about with another method in mind (「口座振替にしたら手数料は？」 "the fee if I switch to
// the postcard instead?"): the fees, not paying late.
const OTHER_METHODS_FEE =
  /(?:にしたら|に変えたら|に替えたら|に切り替えたら|instead|switch).*(?:手数料|料金|(?<![a-z])(?:fees?|cost)(?![a-z]))|(?:手数料|料金|(?<![a-z])(?:fees?|cost)(?![a-z])).*(?:にしたら|に変えたら|instead|if i switch)/;

// A deadline named outright (「期限」「引き落とし日」 "due date"), or the method it depends on.
const NAMES_A_DEADLINE =
  /期限|締め?切|支払日|引き?落(?:とし)?日|口座振替|はがき|ばーこーど|こんびに|(?<![a-z])(?:deadline|due(?: date)?|debit date)(?![a-z])/;

// Being told beforehand, or a deadline gone by: reminders and lateness, not the deadline itself.
const TOLD_OR_LATE =
  /連絡|知らせ|教えて|通知|りまいんど|過ぎ|遅れ|(?<![a-z])(?:remind\w*|notif\w*|let me know|tell me|passed|late|after)(?![a-z])/;

// A bill's coming named: 「とどく」「届く」 "arrive".
const SAYS_ARRIVAL = /とど[くき]|届[くき]|(?<![a-z])(?:arriv\w*|come in|show up)(?![a-z])/;

/** A fee said to be free or nothing: 「無料やったっけ」「タダだよね」 "is it free?". */
const FEE_SAID_FREE =
  /無料|ただ(?:やった|だった|だっけ|やっけ|なん|なの|じゃ|です|だよ)|0円|(?<![a-z])(?:free|no fee)(?![a-z])/;

/** A fee named: the billing fee, a late fee. */
const NAMES_A_FEE = /手数料|延滞金|(?<![a-z])(?:fees?|late charges?)(?![a-z])/;

// "what can i use here?", 「ここで何が使える？」: what works at the place talked of (not "I'm new here").
const USED_AT_THE_PLACE =
  /(?<![a-z])(?:use|pay|buy|do) (?:it )?(?:here|there)(?![a-z])|(?:ここ|そこ)(?:で|では)(?:何|なに)?(?:が|を)?(?:使|払|買)/;

/** The bot itself named: 「このボット何ができるの？」 "what can this bot do?". */
const NAMES_THE_BOT = /ぼっと|あなた|君|(?<![a-z])(?:bot|you)(?![a-z])/;

// "will they charge me extra?", "any extra fees?", 「追加でお金かかる？」「延滞金とられる？」: a charge on top.
const ASKS_EXTRA_CHARGE =
  /(?<![a-z])(?:(?:charge|cost|bill)s? (?:me |us )?(?:extra|more|anything|something)(?: on top)?|on top(?: of (?:it|that))?\??$|how much extra|extra (?:do|will|would|should) i (?:have to )?pay|pay (?:anything )?extra|(?:extra|additional|late) (?:fee|charge|cost|money)s?|penalt)|追加(?:で|の)?(?:料金|手数料|お金|費用)|余分に|お金(?:が)?(?:余計に|追加で)|(?:余計|追加)(?:に|で)?(?:かか|取られ|払)|(?:手数料|料金|お金)(?:とか|って|が|も)*(?:増え|上が|かさ)|延滞(?:金|料|手数料)/;

// 「1回しか頼んでないのにずっと請求されてる」 "ordered once, billed every month": billed again.
const BILLED_AGAIN =
  /(?:1|一)回(?:しか|だけ)|ずっと請求|毎月請求|(?<![a-z])(?:only (?:ordered|bought) (?:it )?once|every month|each month|keeps? (?:charging|billing))(?![a-z])/;

// 「家族が使ったかも」 "maybe my kid used it": someone close, told as the cause.
const FAMILY_USED_IT = new RegExp(
  `(?:${FAMILY_JA})(?:が|も)?(?:使|勝手に|買)|(?<![a-z])(?:my )?(?:${FAMILY_EN})(?: \\w+)? (?:used|bought|ordered|might have)(?![a-z])`,
);

// 「ローソンで払うなら？」 "and if I pay at Lawson?": paying there supposed, not whether one can.
const PAYS_THERE_IF =
  /(?:払う|支払う|払っ?たら|払えば)(?:なら|ん?だったら|場合|と)?[?？]?$|(?:払う|支払う)なら|(?<![a-z])(?:if|when) i (?:pay|go|do it)(?: it)?(?: at| in)(?![a-z])/;

// The usage limit named: 「上限」「限度額」「利用可能額」 "limit".
const LIMIT_NAMED = /上限|限度額|利用可能額|利用枠|(?<![a-z])limits?(?![a-z])/;

// 「じゃあその翌日に買ったら？」「次の日なら？」 "and the day after?", "what if I buy the next day?":
// the day after the one just asked about (not 翌月, a month; not 前日, a reminder's day before).
// ("what if it had been one day later?", 「1日遅かったら？」: so too, the date a day later.)
const DAY_AFTER_IT =
  /^(?:(?:(?:and|so|ok|okay|then|hmm)[,\s]+)?(?:what if|and if|if) (?:it|that|the date|my last use|i) (?:had been|was|were|is|had|did it) (?:one|a|1) day later|(?:what about |and )?(?:one|a|1) day later)\s*[?.!]*$|^(?:じゃあ|じゃ|で|それと|では)?[、,\s]*(?:1日|一日)(?:遅|後)(?:かったら|れてたら|だったら|なら)[?？]*$|^(?:じゃあ|じゃ|で|それと|では)?[、,\s]*(?:その)?(?:翌日|次の日|1日後)(?:に)?(?:買|購入|注文|使)?(?:った|う|っ?たら|うなら|うと|ったら|なら|だと|は|って)?(?:ら|なら|場合)?(?:は|どう)?\s*[?？]*$|^(?:(?:and|so|ok|okay|then)[,\s]+)?(?:what |and )?(?:if|about|how about)?\s*(?:i (?:buy|purchase|order|shop)(?: it)?\s+)?(?:on\s+)?(?:the|a) (?:day after(?: that)?|next day|following day)(?:\s+(?:then|instead))?\s*[?.!]*$/;

// The due day named as such (not "when", which any topic's timing asks with).
const DUE_NAMED = /期限|締め?切|支払日|(?<![a-z])(?:due|deadline)(?![a-z])/;
// "and the fee too": the fee asked besides what was answered (「はがきの手数料は？」 asks it alone).
const FEE_TOO = /(?<![a-z])(?:too|also|as well)(?![a-z])|(?:手数料|料金)も/;

const NEXT_QUESTION: readonly {
  after: AnswerIntent;
  /** A pattern, or a rule an intent exports (the same test, written once). */
  asks: { test(normalized: string): boolean };
  intent: AnswerIntent;
  unlessMethod?: true;
  unlessAmazon?: true;
  /** Not when the message gives a date (a last use: "i last used it in oct 2023, what can I join"). */
  unlessDate?: true;
  /** Not when the message asks what something is ("what is the lottery?"). */
  unlessWhatItIs?: true;
  /** Only once the topic's deadline has passed (an extra charge then is the late fee). */
  onlyWhenPassed?: true;
  /**
   * Not when the message names a purchase of its own whose deadline is still ahead
   * (「11月に買ったやつははがきで、まだ払ってないんやけど」 asks that deadline, not what lateness means).
   */
  unlessOwnDueAhead?: true;
  /** Even when the message reads as a question about the user's own account ("my unpaid bill"). */
  evenOfOwnAccount?: true;
  /** Even when the message reads surely as another FAQ topic alone (「家族は使ってないし…」 names family). */
  overOwnTopic?: true;
  /** The message's own reading instead, when it is a core question read at least weakly. */
  ownCoreReading?: true;
}[] = [
  // "ok and my regular monthly atone, … bought nov 2?" after つど後払い: the monthly product's deadline
  // (not "is it the same as the monthly one?", which the つど後払い answer, again, says it is not).
  {
    after: 'use_without_membership',
    asks: { test: (normalized) => MONTHLY_PRODUCT.test(normalized) && !COMPARES.test(normalized) },
    intent: 'deadline',
    // (「翌月払いの方の延滞手数料は？」 asks the monthly product's late fee.)
    ownCoreReading: true,
  },
  // 「それってどこからやるん？」 "how do I do that?" after paying in a shop or the app card, whose
  // answers say identity verification is needed: that is what is to be done.
  ...(['code_payment_in_store', 'app_card'] as const).map((after) => ({
    after,
    asks: /(?:それ|あれ|その(?:確認|手続き|撮影)).{0,8}(?:どこから|どうやって|どうやる|やり方|手順|どれくらい|何分)|(?<![a-z])(?:how|where) (?:do|can) i (?:do|start|get) (?:it|that|this)(?: done)?(?![a-z])/,
    intent: 'identity_verification' as const,
  })),
  // "will I get my money back?", 「その間も払わなきゃだめ？」 after reporting misuse: the report's
  // answer (atone decides after investigating), not a shop's cancellation rules.
  {
    after: 'fraud_report',
    // (「その請求の期限はいつまで？口座振替です」: that bill's deadline, asked outright.)
    asks: {
      test: (normalized) =>
        /返金|返して|返って|戻って|戻る|払わな|払う(?:の|ん|必要)|支払(?:う|わ)|どれくらい|何日|いつまで|(?<![a-z])(?:money back|refund|get (?:it|that|my money) back|(?:still )?(?:have|need) to pay|pay (?:it|for it|meanwhile|in the meantime)|how long|how many days)(?![a-z])/.test(
          normalized,
        ) && !NAMES_A_DEADLINE.test(normalized),
    },
    intent: 'fraud_report',
    // ("will i get the money back?" reads as a shop's refund alone: after misuse, it is not one.)
    overOwnTopic: true,
  },
  // 「いつ頃返金していただけますでしょうか」 "when do I get it back?" after paying twice: the double
  // payment's answer (no source gives a date), not a shop's cancellation.
  {
    after: 'overpaid_or_double_paid',
    asks: /返金|返して|返って|戻って|戻る|(?<![a-z])(?:money back|refund(?:ed)?|get (?:it|that|my money) back)(?![a-z])/,
    intent: 'overpaid_or_double_paid',
    overOwnTopic: true,
  },
  // 「それいつわかるの？」 "when will I know?" after asking what one owes: when the bill is announced.
  {
    after: 'handoff',
    asks: /いつ.{0,4}(?:わか|分か|確定|出る|出ま|来る|来ま|届|決ま)|(?:わか|分か|確定|出る|来る|届く)(?:の|ん)?(?:は)?いつ|(?<![a-z])when (?:will|do|can|does|would) (?:i|we|it|the (?:amount|bill|total)) (?:know|see|find out|get (?:it|the bill|told)|be (?:known|final|ready|out|announced)|come(?: out)?|show(?: up)?)(?![a-z])/,
    intent: 'billing_notice',
    evenOfOwnAccount: true,
  },
  // 「SMSでも来る？」 "by email too?" after the bill's notice: how the notice comes (not the SMS code).
  {
    after: 'billing_notice',
    asks: /^(?:(?:えっ?|あと|じゃあ|で|それ)[、,\s]*)?(?:sms|めーる|e-?mail|text|あぷり|app|はがき|郵送)(?:でも|で|にも|も)(?:来|く|届|通知|お知らせ|わか)|(?<![a-z])(?:by|via|through) (?:sms|text|e-?mail|the app|post)(?: too| as well)?\??$/,
    intent: 'billing_notice',
    overOwnTopic: true,
  },
  // 「登録したら次は？お店でアトネ選ぶだけ？」 "ok, and then how do I use it?" after signing up: paying
  // with it at a shop's checkout.
  {
    after: 'registration_requirements',
    asks: /(?:登録し(?:たら|た後|たあと)|その(?:後|あと))(?:は)?(?:次は|どう|何)|^次は|(?:お店|店|れじ|決済|会計)で(?!も).{0,12}(?:選|使|払)|(?<![a-z])(?:what(?:'s| is)? next|then what|how do i (?:use|pay with) (?:it|atone)|at (?:the|a) (?:shop|store|checkout))(?![a-z])/,
    intent: 'how_to_use',
  },
  // 「口座振替なら引き落としは？」 "and the debit day?" after the bill's notice or its close: the
  // deadline, which the notice's answer does not give.
  {
    after: 'billing_notice',
    // (Not "tell me before the due date" nor "after the due date passed": reminders, lateness.)
    asks: {
      test: (normalized) =>
        /引き?落(?:とし|ち)?(?:日|は|って|いつ)|期限(?:は|って|いつ)|いつまでに(?:払|支払)|(?<![a-z])(?:when(?:'s| is| are)? (?:the |my )?(?:debit|due date|deadline)|(?:debit|due) date\?|deadline\?)/.test(
          normalized,
        ) && !TOLD_OR_LATE.test(normalized),
    },
    intent: 'deadline',
  },
  // 「いつまで待ったらいいと？」 "how long should I wait?" after a bill not come: its answer (a week
  // after the 3rd business day, then atone).
  {
    after: 'bill_not_received',
    asks: /いつまで\s*待|(?:どれくらい|どのくらい|何日|なんにち)\s*(?:くらい|ぐらい)?\s*待|(?<![a-z])how long (?:should|do|must|will) i (?:have to )?wait(?![a-z])/,
    intent: 'bill_not_received',
  },
  // 「12月の何日ごろにとどくものなのでしょうか」 after a bill not come: when it is announced.
  {
    after: 'bill_not_received',
    asks: /(?:何日|いつ)\s*(?:ごろ|頃|くらい|ぐらい)?\s*(?:に|まで(?:に)?)?\s*(?:とど|届|来|く(?:る|ん))|(?<![a-z])when (?:should|will|does|do) (?:it|the bill|the notice|the email|i get it)(?: \w+)? (?:come|arrive|get here)(?![a-z])/,
    intent: 'billing_notice',
  },
  // 「住所ってどう書けばいいの？」 after the identity check: how to write it so it passes, which the
  // answer for a failing check gives.
  ...(['identity_verification', 'identity_verification_failed'] as const).map((after) => ({
    after,
    asks: /住所.{0,8}(?:どう(?:書|入力|入れ)|書き方|入力の仕方)|(?<![a-z])(?:how (?:do|should) i (?:write|enter|type) (?:my |the )?address|address format)(?![a-z])/,
    intent: 'identity_verification_failed' as const,
    overOwnTopic: true as const,
  })),
  // 「念のためもう一回払っといたほうがいい？」 "should I pay again to be safe?" after a payment not
  // shown or the limit not back: never pay twice, the payment's own answer.
  // (Not 「二重に払っちゃったら返ってくる？」: whether a double payment comes back, its own topic.)
  ...(['paid_but_shown_unpaid', 'limit_recovery'] as const).map((after) => ({
    after,
    asks: { test: (normalized: string) => paysAgain(normalized) && !ASKS_MONEY_BACK.test(normalized) },
    intent: 'paid_but_shown_unpaid' as const,
    overOwnTopic: true as const,
  })),
  // "when can I use atone again?" after a payment shown unpaid: the limit coming back once it is
  // confirmed (2–3 business days), not where atone is taken.
  {
    after: 'paid_but_shown_unpaid',
    asks: { test: asksToUseAgain },
    intent: 'limit_recovery',
    overOwnTopic: true,
  },
  // "what do I need then?", 「じゃあ何がいるの？」 after what atone is (no card needed): what signing up asks.
  {
    after: 'about',
    asks: /^(?:(?:so|ok|okay|then|and)[,\s]+)?what (?:do|would|will) (?:i|we) need(?: then| to (?:sign up|register|join|start))?[?!.\s]*$|^(?:じゃあ|では|なら)?[、,\s]*(?:何|なに)が(?:いる|要る|必要)(?:の|なの|ん|なん)?(?:ですか)?[?？]?$/,
    intent: 'registration_requirements',
  },
  // "do they expire?", 「ポイントって使える？」 after what atone is (whose answer says points are
  // earned): the points' own question.
  {
    after: 'about',
    asks: /ぽいんと|有効期限|失効|(?<![a-z])(?:points?|expire|expiry|redeem)(?![a-z])/,
    intent: 'np_points',
  },
  // "can I use them to pay my bill?" 「ポイントで払える？」, "how much per 1000 yen?" 「1000円で何
  // ポイント？」 after the points (or what atone is, whose answer says they are earned): still the
  // points, not the ways to pay or the fees.
  ...(['np_points', 'about'] as const).map((after) => ({
    after,
    asks: /(?:それ|これ|ぽいんと)(?:で|を)(?:払|支払|使)|(?<![a-z])(?:use|spend|redeem|pay with) (?:them|those|the points?|my points)(?![a-z])|\d+\s*円(?:で|につき|あたり|ごとに?)|(?<![a-z])(?:per|for every|for each) (?:\d+|a thousand|one thousand|hundred) ?(?:yen|円)/,
    intent: 'np_points' as const,
    overOwnTopic: true as const,
  })),
  // "where can I see it?" after a question about the user's own account: its answer (the app's
  // ご利用明細), not where atone can be used.
  {
    after: 'handoff',
    asks: /どこで(?:見|確認|わか|分か)|どこに(?:出|書|載)|(?<![a-z])(?:where (?:can|do|could) i (?:see|check|find|look)|how (?:can|do) i (?:see|check))(?![a-z])/,
    intent: 'handoff',
    evenOfOwnAccount: true,
  },
  // 「いくら？」 "how much is it?" after a deadline or the bill's notice: the amount of the user's own
  // bill, which only their bill and the app show (a fee, a late fee, named, is asked otherwise).
  ...(['deadline', 'billing_notice'] as const).map((after) => ({
    after,
    asks: /^(?:(?:で|じゃあ|それで|あと|えっと|ちなみに)[、,\s]*)?(?:(?:請求|支払い?)?(?:金額|額)(?:は|って)?(?:いくら)?|いくら(?:払う|払えば|になる|なの|なん|か)?(?:の|ん)?(?:かな|ですか|だろう)?)[?？]?$|^(?:(?:and|so|ok|okay)[,\s]*)?how much(?: is it| is that| is my bill| will it be| do i (?:owe|pay|have to pay|need to pay))?\??$/,
    intent: 'handoff' as const,
  })),
  // "what if I just pay tomorrow instead?" after a fee: whether that day is in time (the deadline).
  {
    after: 'fees',
    asks: /(?<![a-z])(?:pay|paying) (?:it |this |that )?(?:tomorrow|on (?:the )?\d{1,2}(?:st|nd|rd|th)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])|明日(?:に)?払|\d{1,2}日に払/,
    intent: 'deadline',
  },
  // 「いちばん安いのは？」 "which is cheapest?" after the ways to pay or a deadline: the fees compared.
  ...(['payment_methods', 'deadline', 'change_method'] as const).map((after) => ({
    after,
    asks: /安い|安く|最安|お得|(?<![a-z])(?:cheap\w*|least expensive|lowest fee)(?![a-z])/,
    intent: 'fees' as const,
  })),
  // So too after how atone is used, what it is, the bill's notice or paying late, asked as the
  // cheapest alone (not 「お得なキャンペーンある？」 after what atone is: the campaigns).
  ...(['how_to_use', 'about', 'billing_notice', 'late_payment'] as const).map((after) => ({
    after,
    asks: /(?:いちばん|一番|最も|もっとも)(?:安|やす)|安いのは|安い(?:方|ほう|やつ)|最安|(?<![a-z])(?:cheapest|least expensive|costs? (?:the )?least|which (?:one )?is free|the free one)(?![a-z])/,
    intent: 'fees' as const,
  })),
  // 「いつのご請求から変わりますか」 "from which bill?" after how to change the way: when it applies.
  {
    after: 'change_method',
    asks: ASKS_FROM_WHEN_IT_APPLIES,
    intent: 'change_method' as const,
    overOwnTopic: true as const,
  },
  // "and if I switch to bank debit" after a fee: that way's fee (how to switch is asked otherwise).
  {
    after: 'fees',
    asks: {
      test: (normalized: string) =>
        /^(?:(?:and|so|but|ok|then)[,\s]+)?(?:what )?if i (?:switch|change|move|go)(?: over)? to(?![a-z])|^(?:じゃあ|ほな|で)?[、,\s]*[^。?？]{1,12}(?:に|へ)(?:変え|変更し|切り?替え|し)たら[?？]?$/.test(
          normalized,
        ) &&
        // ("…from when does it apply?": when the switch takes effect, change_method's.)
        !ASKS_FROM_WHEN_IT_APPLIES.test(normalized),
    },
    intent: 'fees' as const,
    overOwnTopic: true as const,
  },
  // 「いつから使えなくなってるん？」 after paying late: when atone stops, which its answer says.
  {
    after: 'late_payment',
    // ("and can I still use atone meanwhile?": whether it stops, which the answer says.)
    // (Not 「利用停止はいつ解除されますか？」: when it ends, asked.)
    asks: {
      test: (normalized) => STOPS_OR_STOPPED.test(normalized) && !asksToUseAgain(normalized),
    },
    intent: 'late_payment',
    overOwnTopic: true,
  },
  // "ok how do i contact them then" after a question about the user's own account: how to reach atone.
  {
    after: 'handoff',
    asks: /連絡|問い合わせ|電話|(?<![a-z])(?:contact|reach|call|email|get in touch|talk to)(?![a-z])/,
    intent: 'contact_atone',
    evenOfOwnAccount: true,
  },
  // "the deadline was Dec 10, will I get a late fee?" after a payment made yet shown unpaid: whether
  // it reached atone in time is in the user's account, which only atone sees.
  {
    after: 'paid_but_shown_unpaid',
    asks: /(?:延滞|遅延)(?:金|料|手数料)?(?:が|は|って|も)?\s*(?:とられ|取られ|かか|つく|付く|発生|く(?:る|ん)|来る)|(?:追加|余計)(?:で|に)?(?:お金|料金|手数料)(?:が|を)?\s*(?:とられ|取られ|かか)|(?<![a-z])(?:(?:will|would|do|does|did) (?:i|they|atone) (?:get|be charged|charge(?: me)?|pay|add) (?:a |any |the )?(?:late fee|late charge|penalty|extra)|late fee\?|count as late)(?![a-z])/,
    intent: 'handoff',
    evenOfOwnAccount: true,
  },
  // "will there be extra fees?" after a suspension for paying late: the late fee.
  {
    after: 'suspended_after_overdue',
    // (Not 「延滞金を払ったらすぐ使えるようになる？」: when the suspension ends.)
    asks: { test: (normalized) => ASKS_EXTRA_CHARGE.test(normalized) && !asksToUseAgain(normalized) },
    intent: 'late_payment',
  },
  // 「いつ引き落とされる？」 "when is it charged?" after whether Amazon takes a debit card: when Amazon
  // charges the card (at shipping), which its answer gives, not atone's debit day.
  {
    after: 'amazon_payment_methods',
    asks: {
      test: (normalized) =>
        /引き?落と(?:され|し)|いつ(?:引か|落ち|払われ)|(?<![a-z])(?:when (?:is|will|does|do) (?:it|the money|my card|they|amazon)(?: be)? (?:charged?|debited?|taken|deducted|take)|when (?:is|are) (?:the |my )?(?:charge|payment) (?:made|taken))(?![a-z])/.test(
          normalized,
        ) && !/(?<![a-z])atone(?![a-z])/.test(normalized),
    },
    intent: 'amazon_payment_methods',
  },
  // 「6月30日に全部払ったんやけど、いつ使えるようになる？」「土日も数えるん？」 after the limit's
  // recovery: still when it comes back (2〜3 business days, weekends not counted).
  {
    after: 'limit_recovery',
    asks: {
      test: (normalized) =>
        asksToUseAgain(normalized) ||
        /土日|週末|祝日|休日|営業日|(?<![a-z])(?:weekends?|holidays?|business days?)(?![a-z])/.test(
          normalized,
        ),
    },
    intent: 'limit_recovery',
    overOwnTopic: true,
  },
  // 「なくしたらどないしよ」 "what if I lose it?" after how the bill comes: a bill one does not have.
  {
    after: 'billing_notice',
    asks: /なくし|無くし|失くし|紛失|捨て(?:ちゃ|てしま|た)|(?<![a-z])(?:lose|lost|threw (?:it )?away|misplaced)(?![a-z])/,
    intent: 'bill_not_received',
  },
  // "can't you just tell me the amount" after a question about the user's own account: still theirs.
  // (A fee named, 「手数料いくら？」, is the fee's question.)
  {
    after: 'handoff',
    asks: {
      test: (normalized) =>
        /金額|いくら|教えて|(?<![a-z])(?:amount|how much|tell me|look (?:it )?up|check (?:it|for me))(?![a-z])/.test(
          normalized,
        ) &&
        !NAMES_A_FEE.test(normalized) &&
        // (「服のほうの引き落とし日もう一回教えて」: a deadline, asked again; 「延滞したらなんぼ？」, the
        // late fee.)
        !NAMES_A_DEADLINE.test(normalized) &&
        !supposesPayingLate(normalized),
    },
    intent: 'handoff',
    evenOfOwnAccount: true,
  },
  // 「最低いくら使えばいいの？」 "what's the minimum spend?" after a campaign: its conditions, which
  // its answer gives (no source states the amount).
  ...(['campaigns', 'campaign_eligibility'] as const).map((after) => ({
    after,
    asks: /最低|いくら(?:以上)?(?:使|買|利用)|(?<![a-z])(?:minimum|min\.? spend|how much (?:do i|must i|should i|to) (?:spend|use|buy))(?![a-z])/,
    intent: after,
    overOwnTopic: true as const,
  })),
  // 「まだやってる？」 "is it still running?" after a campaign: the campaigns' answer, which says when
  // they ran.
  ...(['campaigns', 'campaign_eligibility'] as const).map((after) => ({
    after,
    asks: /まだ(?:やって|開催|実施|参加でき|間に合)|終わ(?:った|って|り)|いつまで|(?<![a-z])(?:still (?:running|on|going|active|open)|over already|ended|end date|until when)(?![a-z])/,
    intent: 'campaigns' as const,
  })),
  // "and deadlines for those?" after the chains: the deadlines of the ways to pay named.
  {
    after: 'convenience_store_chains',
    asks: /期限|いつまで|(?<![a-z])(?:deadlines?|due dates?|when (?:do|is|are) (?:i|it|they) (?:pay|due))(?![a-z])/,
    intent: 'deadline',
  },
  // "and if i switch to barcode?" (or "to 口座振替?"), 「バーコードに変えたら？」 after a deadline: that
  // way's deadline for the same purchases, not how to change (asked as such, 「どうやって変えるの」,
  // it is).
  {
    after: 'deadline',
    asks: /^(?:and |so |but )?(?:what )?if (?:i|we) (?:switch|switched|change|changed|go|went|move|moved) (?:over )?to (?:the |a )?(?:[a-z ]{3,24}|[\u3041-\u3096ー\u4e00-\u9fff]{2,8})\s*\??$|^(?:じゃあ|なら)?[、,\s]*[^。?？]{2,12}(?:に|へ)(?:変え|変更し|切り替え)たら(?:どう|どうなる|いつ)?[?？]?$/,
    intent: 'deadline',
    overOwnTopic: true,
  },
  // "and if I don't pay the Jan 10 one in time?" after a deadline: paying late, not a purchase on Jan 10.
  {
    after: 'deadline',
    // (「過ぎちゃってたらもうアトネ使えないの？」: that deadline gone by, supposed.)
    asks: /(?<![a-z])if (?:i|we) (?:don'?t|do not|can'?t|cannot|didn'?t|miss|forget to) pay[^.?!]{0,30}(?:in time|on time|by then|by the deadline|one)(?![a-z])|(?:までに|期限(?:内|まで)に)払(?:え|わ)(?:なかったら|んかったら|へんかったら)|^(?:もし|じゃあ|で)?[、,\s]*(?:それ|その期限|期限)?(?:を|が)?過ぎ(?:ちゃって|てしまって|て|ちゃっ|た)(?:たら|ら)/,
    intent: 'late_payment',
    overOwnTopic: true,
  },
  // "did i miss it??", 「もう過ぎてる？」 after a deadline: that deadline's state, which its answer says.
  {
    after: 'deadline',
    asks: /^(?:(?:so|and|wait|oh|hmm+|uh+)[,\s]+)?(?:did i miss it|have i missed it|is it (?:too )?late(?: already)?|am i (?:too )?late|is it past|was it missed)\s*[?!.]*$|^(?:じゃあ|え|えっ)?[、,\s]*(?:もう)?(?:過ぎてる|過ぎた|間に合わない|遅い)(?:の|ん|か)?[?？!！]*$/,
    intent: 'deadline',
    overOwnTopic: true,
  },
  // 「はがきが届かなかったらどうすれば？」 after a deadline: the bill that has not come (not paying late).
  // So too 「届かなかったら？」 "and if it still doesn't come?": after a deadline, what is delivered
  // is the bill.
  {
    after: 'deadline',
    asks: /(?:はがき|請求書|めーる|通知|番号)(?:が|は|も)?(?:まだ)?(?:届か|来)(?:な|ん|へん)|(?:はがき|請求書|めーる|通知|番号)(?:が|は|も)?(?:まだ)?(?:届いて|来て|きて)(?:な|へん|ません)|(?:届か|とどか)(?:な|ん|へん)(?:かったら|ければ|い(?:とき|時|場合))|(?<![a-z])(?:(?:bill|postcard|invoice|email) (?:doesn'?t|does not|never|didn'?t) (?:come|arrive)|if (?:it|that|the bill|the postcard) (?:still )?(?:doesn'?t|does not|never|didn'?t|won'?t) (?:come|arrive|show up|get here))(?![a-z])/,
    intent: 'bill_not_received',
  },
  // "how many business day exactly? i pay today" after a suspension or the limit: the business
  // days until it comes back, which that answer says (not whether today's payment is in time).
  ...(['suspended_after_overdue', 'limit_recovery'] as const).map((after) => ({
    after,
    asks: /(?<![a-z])business days?(?![a-z])|営業日/,
    intent: after,
    overOwnTopic: true as const,
  })),
  // "where i do that?", 「それどこでやるの？」 after changing the method: where to change it, which
  // that answer says.
  {
    after: 'change_method',
    asks: /^(?:(?:ok|so|and|then)[,\s]+)?(?:where|how) (?:do |can |should )?i (?:do|change|switch) (?:that|it|this)\s*[?.!]*$|^(?:それ|じゃあ|で)?[、,\s]*(?:どこ|どう)(?:で|から|やって)?(?:やる|変え|変更|切り替え|でき)(?:る|ます|ん)?(?:の|ん|か)?[?？]*$/,
    intent: 'change_method',
    overOwnTopic: true,
  },
  // 「変えたら手数料はどうなる？」 after changing the method: the fee of the method changed to.
  {
    after: 'change_method',
    asks: /手数料|(?<![a-z])(?:fees?|cost)(?![a-z])/,
    intent: 'fees',
  },
  // "how long do they take to reply?" after how to contact atone: still that (no source gives a
  // time: the route is what can be said).
  {
    after: 'contact_atone',
    asks: /返事|返信|回答(?:まで|は|って)|(?<![a-z])(?:reply|replies|respond|response|get back to|hear back)(?![a-z])/,
    intent: 'contact_atone',
    overOwnTopic: true,
  },
  // "it failed twice, what am I doing wrong?" after how the identity check works: it failed.
  {
    after: 'identity_verification',
    asks: /失敗|通らな|通らへん|弾かれ|否認|うまくいかな|(?<![a-z])(?:fail\w*|rejected|denied|didn'?t (?:work|go through|pass)|won'?t (?:work|go through|pass))(?![a-z])/,
    intent: 'identity_verification_failed',
    overOwnTopic: true,
  },
  // 「電話番号はないの？」 "is there a phone number?" after how to contact atone: still that.
  {
    after: 'contact_atone',
    asks: /電話|でんわ|ちゃっと|(?<![a-z])(?:phone|call|chat|number)(?![a-z])/,
    intent: 'contact_atone',
  },
  // 「ほな後払いでけへんの？」 "so no pay-later there?" after atone on Amazon: the pay-later way Amazon
  // has, which its answer gives.
  {
    after: 'amazon',
    asks: /後払い|あと払い|(?<![a-z])(?:pay later|buy now pay later|bnpl)(?![a-z])/,
    intent: 'amazon',
  },
  // 「メール以外でも来ますか？」 "only by email?" after when the bill is announced: how it is announced.
  {
    after: 'billing_notice',
    asks: /(?:以外|ほか|他|のみ|だけ)(?:でも|に|で|は|にも)?.{0,6}(?:来|届|知ら|通知)|(?:sms|めーる|あぷり|しょーとめーる)(?:でも|で|にも|も)?(?:来|届|通知|知ら)|(?<![a-z])(?:only|besides|other than|also|too) (?:by |via |in )?(?:e-?mail|mail|sms|text|the app)|(?:by|via) (?:sms|text|e-?mail|mail|the app)(?![a-z])/,
    intent: 'billing_notice',
  },
  // 「探しても見当たらへん」 "still can't find it" after it: the bill that has not come.
  { after: 'billing_notice', asks: { test: saysItFails }, intent: 'bill_not_received' },
  // After when the bill comes, or where the number to pay with is (in the bill's email),
  // 「もし来なかったらどうすれば…」 "and if it doesn't come at all?" is about a bill not received.
  ...(['billing_notice', 'payment_number_lookup'] as const).map((after) => ({
    after,
    asks: /(?:来|こ(?!んびに))(?:な|ん|へん)(?:かった|い|けれ)|届か(?:な|ん|へん)|(?:届い|来)て(?:おりません|いません)|(?:めーる|sms|請求|お知らせ)(?:が)?見つから|(?<![a-z])(?:can'?t|cannot|not|didn'?t|don'?t) find (?:the |my |an? |any )?(?:e-?mail|sms|text|bill|message|notice)(?![a-z])|(?:来|こ(?!んびに)|届い)(?:てない|ていない|てへん|ない|なかった|へん|ん)|(?<![a-z])(?:doesn'?t|doesnt|does not|didn'?t|didnt|did not|never|hasn'?t|hasnt|won'?t|wont) (?:come|arrive|show up|get here)|(?:don'?t|didn'?t|never) get (?:it|one|the)(?![a-z])|(?<![a-z])(?:haven'?t|have not|didn'?t|did not|not) (?:got|get|gotten|received) (?:anything|it|one|the one|the bill|a bill|an? (?:e-?mail|sms|notice|text))(?![a-z])|(?<![a-z])(?:still nothing|nothing yet|nothing (?:came|comes|has come|arrived|arrives|shows up))(?![a-z])/,
    intent: 'bill_not_received' as const,
  })),
  // "I don't have any unpaid bills though", "any way to find out why?" after a declined payment:
  // still that (its answer says the reason is not shown, and where to ask).
  {
    after: 'payment_declined',
    asks: /(?<![a-z])(?:(?:don'?t|do not) have (?:any )?unpaid|no unpaid|nothing unpaid|find out why|(?:why|reason) (?:was|is) it)(?![a-z])|未払い(?:は|も)?(?:ない|ありません|してない)|理由(?:を|は|って)?(?:知りたい|わかる|分かる|調べ)/,
    intent: 'payment_declined',
    overOwnTopic: true as const,
    // (Not 「未払いはないと思うけど…1月分っていつまでだっけ？バーコード」: a deadline of its own.)
    unlessDate: true as const,
    unlessMethod: true as const,
  },
  // "i changed phones last week, is that the problem?" 「機種変したからかな？」 after the SMS code not
  // coming: still that (its answer covers a new phone), not changing the registered details.
  {
    after: 'sms_code_trouble',
    asks: /機種変|(?:すまほ|携帯|けいたい|でんわ|電話|iphone|android)(?:を)?(?:変え|替え|かえ|買い替え|新しく)|(?<![a-z])(?:changed|switched|swapped|replaced) (?:my )?(?:phones?|devices?|iphone|android|handsets?)|(?:got|have|bought) a new (?:phone|device|iphone|android)|new (?:phone|device|handset)(?![a-z])/,
    intent: 'sms_code_trouble',
    overOwnTopic: true,
  },
  // 「ダメって来た」 "it got rejected" after how the identity check works: it failed.
  {
    after: 'identity_verification',
    asks: /だめ|駄目|通らな|はじかれ|弾かれ|否認|却下|失敗|(?<![a-z])(?:ng|rejected|failed|denied|didn'?t (?:pass|go through))(?![a-z])/,
    intent: 'identity_verification_failed',
  },
  // 「土日も入る？」 "do weekends count?" after when the limit comes back: its answer says (business days).
  ...(['limit_recovery', 'suspended_after_overdue'] as const).map((after) => ({
    after,
    asks: /土日|週末|祝日|休日|営業日|(?<![a-z])(?:weekends?|holidays?|business days?)(?![a-z])/,
    intent: after,
  })),
  // "and amazon, can split there?" 「Amazonでは分割できる？」 after paying in parts: Amazon's own ways
  // to pay later (atone is not taken there).
  {
    after: 'installments_atone_plus',
    asks: /amazon|あまぞん/,
    intent: 'amazon',
    overOwnTopic: true,
  },
  // 「それって普通のやつでもできる？」「手数料いくら？」 after paying in parts: still about atoneプラス.
  {
    after: 'installments_atone_plus',
    asks: /普通の|通常の|いつもの|手数料|金利|利息|(?<![a-z])(?:normal|regular|usual) (?:one|atone|plan)|fees?|interest(?![a-z])/,
    intent: 'installments_atone_plus',
  },
  // 「いつから止まるの？」 "when does it get suspended?" after a deadline: what being late means.
  {
    after: 'deadline',
    asks: /(?:いつから|いつ|何日から).{0,8}(?:止ま|とま|停止|使えな)|(?<![a-z])(?:suspend\w*|blocked|when (?:does|will) (?:it|atone|my account) (?:stop|get (?:stopped|blocked)))(?![a-z])/,
    intent: 'late_payment',
  },
  // "will there be extra 100 yen", 「延滞手数料とられる？」 after a suspension or a payment not shown
  // yet: the late fee (paying late's answer), not the topic again.
  ...(['suspended_after_overdue', 'paid_but_shown_unpaid'] as const).map((after) => ({
    after,
    asks: {
      // (Not 「延滞料じゃないよ、普通の請求手数料のこと」: the late fee set aside.)
      test: (normalized: string) =>
        (ASKS_EXTRA_CHARGE.test(normalized) || /100\s*(?:yen|円)|(?<![a-z])late fee/.test(normalized)) &&
        !/(?:延滞|late)[^、。,.]{0,6}(?:じゃな|ではな|ちゃう|not)|(?<![a-z])not (?:the )?late/.test(
          normalized,
        ),
    },
    intent: 'late_payment' as const,
    overOwnTopic: true as const,
  })),
  // "will they charge me extra?", 「追加でお金かかる？」 once the deadline answered has passed: the late fee.
  {
    after: 'deadline',
    asks: ASKS_EXTRA_CHARGE,
    intent: 'late_payment',
    onlyWhenPassed: true,
  },
  {
    after: 'deadline',
    asks: {
      // (「ショップが売上確定するのが遅れたら？」: the shop late, not the user.)
      test: (normalized) =>
        /(?:what )?if i (?:miss|can'?t|cannot|couldn'?t|don'?t|do not|am late|'m late|forget)(?![a-z])|(?<![a-z])(?:if|can) i pay (?:it |them )?(?:after|late|past)(?![a-z])|過ぎてから(?:払|支払)|(?:haven'?t|have not|didn'?t|did not) paid?|not paid (?:it )?yet|間に合わ(?:な|ん)|(?<!しか)払え(?:な|ん|へん)|払って(?:な|へん)|払わ(?:な|ん)かった|遅れたら|過ぎたら|過ぎ(?:て(?:る|た|しま)|とる|ちゃ)(?![^?？]*[?？])/.test(
          normalized,
        ) &&
        !shopConfirmsLate(normalized) &&
        // (「間に合わなそう。はがきに変えたら延びる？」: a switch supposed to buy time.)
        !supposesSwitchPutsOff(normalized),
    },
    intent: 'late_payment',
    unlessOwnDueAhead: true,
  },
  // 「日曜日だったので今日まで大丈夫だと思っていました」 "I thought I had until Monday" after a deadline
  // or paying late: a belief that it moved, which the deadline's rule answers (only the debit moves).
  ...(['deadline', 'late_payment'] as const).map((after) => ({
    after,
    asks: /(?:大丈夫|間に合う|いい|ええ|延びる|のびる|ずれる|平気)(?:ん)?(?:だ|や)?と(?:思って|思った|思い|思うて|おもて)|(?<![a-z])(?:i )?thought (?:it|i|the deadline|that)(?:'d| would| was| had| could|'s| is)? ?(?:be )?(?:fine|ok|okay|until|till|moved|move|shift|extended|next|monday|have)(?![a-z])/,
    intent: 'deadline' as const,
    overOwnTopic: true as const,
  })),
  // After a deadline, a weekend or holiday asks whether it moves (「日曜やけど延びたりせえへん？」,
  // "it's a sunday, can i pay on monday?", 「27日が日曜やったらどうなるん？」): the deadline
  // again, which says.
  {
    after: 'deadline',
    asks: /土曜|日曜|土日|祝日|休日|連休|gw|ごーるでんうぃーく|年末年始|正月|ずれ|延び|(?<![a-z])(?:saturday|sunday|weekend|holiday|golden week|(?<!happy )new year)s?(?![a-z])|(?<![a-z])(?:did|does|will|would) (?:it|that|they|the (?:date|deadline|debit)) (?:move|shift|get moved|change)(?![a-z])/,
    intent: 'deadline',
    unlessAmazon: true,
  },
  // (「口座振替にしたら手数料はどうなる？」: another method's fee, weighed, not paying late. The
  // dialects ask it too: 「どげんしたらよか？」「どないしたらええ？」.)
  {
    after: 'deadline',
    asks: {
      test: (normalized) =>
        /what happens?|what now|then what|what (?:should|do|can) i do|どうな(?:る|っちゃ|っ?てまう|ります)|どうすれば|どうしたら|どうしよう|どげんしたら|どがんしたら|どないしたら|どないしよ|どないなる|なじょすっぺ|どうすっぺ|どうすりゃ/.test(
          normalized,
        ) &&
        !OTHER_METHODS_FEE.test(normalized) &&
        // (「口座振替にするにはどうすればいい？」: how to change the way, below.)
        !ASKS_HOW_TO_CHANGE.test(normalized) &&
        // (「ショップの売上確定が遅れた場合はどうなりますか」: the shop late, not the user.)
        !shopConfirmsLate(normalized),
    },
    intent: 'late_payment',
  },

  // After paying late (or a deadline gone by), 「今日払ったらいつからまた使える？」 "when can I use it
  // again?": when a suspension ends (suspended_after_overdue), not the late fee again.
  ...(['late_payment', 'suspended_after_overdue'] as const).map((after) => ({
    after,
    asks: { test: asksToUseAgain },
    intent: 'suspended_after_overdue' as const,
  })),
  {
    after: 'deadline',
    asks: { test: asksToUseAgain },
    intent: 'suspended_after_overdue',
    onlyWhenPassed: true,
  },
  // 「何時まで？」 "by what time?" after a deadline or paying late: the deadline's day, whose answer
  // says that no source gives a time.
  ...(['deadline', 'late_payment'] as const).map((after) => ({
    after,
    asks: { test: asksTimeOfDay },
    intent: 'deadline' as const,
  })),
  // After a deadline or paying late, 「今から払えば大丈夫？」 "if I pay now is it ok?": what paying
  // late means (pay at once; the late fee and the limit), not a question of its own.
  ...(['deadline', 'late_payment'] as const).map((after) => ({
    after,
    asks: /(?:今から|今すぐ|今日|いま|今|すぐ)(?:に)?(?:払|支払|はら)(?:え|っ|う|い)|(?<![a-z])pay (?:it |now|today|right away|straight away|immediately)(?:now|today)?(?![a-z]).*(?:ok|okay|fine|alright|enough|in time|too late)|(?:ok|okay|fine|alright|in time) if i pay (?:it )?(?:now|today)/,
    intent: 'late_payment' as const,
  })),
  // After the usage limit, "will it go up if I verify my identity?", 「本人確認したら上がる？」: raising it.
  // So too after the identity check ("after verification my limit goes up right?"): whether it
  // raises the limit, which its answer says is not promised.
  ...(['limit_recovery', 'limit_increase'] as const).map((after) => ({
    after,
    asks: /上が|あが|増え|ふえ|引き上|(?<![a-z])(?:go up|goes up|increase[sd]?|get (?:higher|bigger|raised)|be raised|rise)(?![a-z])/,
    intent: 'limit_increase' as const,
  })),
  {
    after: 'identity_verification',
    asks: /(?:上限|限度|枠)[^。?？]{0,8}(?:上が|あが|増え|ふえ|引き上)|(?<![a-z])limit[^.?!]{0,12}(?:go up|goes up|increase[sd]?|get (?:higher|bigger|raised)|be raised|rise)(?![a-z])/,
    intent: 'limit_increase',
    evenOfOwnAccount: true,
    overOwnTopic: true,
  },
  // After a method's fee or deadline, 「いつから変わる？」 "from when does it apply?": when a change of
  // method takes effect (the user is weighing a switch), not the same answer again.
  ...(['fees', 'deadline', 'payment_methods', 'billing_notice'] as const).map((after) => ({
    after,
    asks: /いつから.{0,8}(?:変わ|かわ|反映|適用|切り?替|切りかわ)|(?:変わ|かわ|反映|適用|切り?替)(?:る|り|っ).{0,6}(?:のは)?いつから|(?<![a-z])(?:from when|starting when|when (?:does|will|would) (?:it|that|the (?:change|switch|new method)) (?:apply|take effect|start|kick in|begin))(?![a-z])/,
    intent: 'change_method' as const,
  })),
  // After the fees, "I didn't even use it this month" 「今月使ってないのに」: a fee comes only with a
  // month's bill, so a charge without use is one not recognised.
  {
    after: 'fees',
    asks: /使って(?:ない|いない|へん|ません)|使ってな|(?<![a-z])(?:didn'?t|did not|never|haven'?t|have not) (?:even )?(?:use|used|buy|bought|shop)(?![a-z])/,
    intent: 'unrecognized_charge',
  },
  // After a deadline, a fee "already" added is the late fee (「手数料ってもうついてる？」).
  {
    after: 'deadline',
    asks: /(?:もう|すでに|既に).{0,6}(?:手数料|料金)|(?:手数料|料金).{0,6}(?:もう|すでに|既に|つい|かかって|加算)|(?<![a-z])(?:already|been) (?:charged|added)|(?:fee|charge)s? (?:already|yet)(?![a-z])/,
    intent: 'late_payment',
  },
  // After hearing about paying late, "how much is the fee?", 「手数料みたいなのってかかるの？」 or
  // "when is it added?" is the late fee (a method's own fee, "the fee for the postcard itself", is
  // the billing fee: not this). So too after the suspension a late payment brings
  // (「手数料が増えたりいたしますか。」).
  ...(['late_payment', 'suspended_after_overdue'] as const).map((after) => ({
    after,
    // (Not the limit's amount, 「利用上限っていくら？」: a question of its own; nor "and the fee is
    // 209 yen per purchase right?": the billing fee, by its amount or its rule.)
    asks: {
      test: (normalized: string) =>
        /fee|charge|how much|(?<![a-z])(?:added|penalt\w*|extra)(?![a-z])|手数料|いくら|料金|加算|かかる|お金(?:が)?取られ|追加/.test(
          normalized,
        ) &&
        !asksTheLimit(normalized) &&
        !ASKS_PER_PURCHASE.test(normalized) &&
        !/209/.test(normalized) &&
        // (「手数料は無料やったっけ」: a fee recalled as free is the billing fee; no late fee is.)
        !FEE_SAID_FREE.test(normalized),
    },
    intent: 'late_payment' as const,
    unlessMethod: true as const,
  })),
  // "ok found. until when I can pay this?" after where the number is: the deadline.
  {
    after: 'payment_number_lookup',
    asks: /いつまで(?:に)?(?:払|支払)|期限|(?<![a-z])(?:until when|by when|deadline|due|when (?:do|must|should|can) i pay|when i can pay)(?![a-z])/,
    intent: 'deadline',
  },
  // "when should the email come?", 「メールっていつ来るの？」 after where the number is: the bill's notice.
  {
    after: 'payment_number_lookup',
    asks: /(?:めーる|sms|請求|お知らせ|通知)(?:って|は|が)?(?:いつ|何日)|(?<![a-z])when (?:should|will|does|do|would) (?:the |my |that |it |they )?(?:e-?mail|sms|text|bill|notice|it|they)?\s*(?:come|arrive|be sent|get sent)(?![a-z])/,
    intent: 'billing_notice',
  },
  // After the campaigns, "how do I enter?" 「エントリーは？」 is about taking part in them.
  ...(['campaigns', 'campaign_eligibility'] as const).map((after) => ({
    after,
    asks: /えんとりー|応募|参加|申し込|申込|(?<![a-z])(?:enter|entry|sign up|apply|join|take part)(?![a-z])/,
    intent: 'campaigns' as const,
    unlessDate: true as const,
  })),
  // ... and "and the points one?" 「ポイントの方は？」 is the festival (not NP points in general).
  ...(['campaigns', 'campaign_eligibility'] as const).map((after) => ({
    after,
    asks: /^(?:and|what about|how about)?\s*(?:the )?points? (?:one|campaign)\s*\??$|^(?:じゃあ|で)?[、,\s]*ぽいんと(?:の|が)?(?:方|ほう|やつ|きゃんぺーん)(?:は|って)?[?？\s]*$/,
    intent: 'campaign_eligibility' as const,
  })),
  // ... and 「いつまで開催？」 "until when?" asks when they run (not a bill's deadline).
  ...(['campaigns', 'campaign_eligibility'] as const).map((after) => ({
    after,
    asks: /いつまで|いつから|期間|開催|終わ|(?<![a-z])(?:until when|till when|how long|when (?:does|do|did|will) (?:it|they|that|the (?:campaign|festival|lottery))|still (?:on|running|going)|over already|ended)(?![a-z])/,
    intent: 'campaigns' as const,
    unlessMethod: true as const,
  })),
  // After the campaigns, a last use said (「最後に使ったのが2023年11月30日やったら？」) asks whether
  // the user qualifies.
  {
    after: 'campaigns',
    asks: /最後|最終|前回|(?<![a-z])(?:last (?:used|use|time)|used (?:it|atone) (?:last|on|in))(?![a-z])|(?:19|20)\d\d\s*年|(?<![\d/])(?:19|20)\d\d(?![\d])/,
    intent: 'campaign_eligibility',
    unlessMethod: true,
  },
  // After whether the user qualifies, one campaign named (「ポイント祭りのほうは難しいでしょうか？」
  // "and the lottery?") asks the same of that one, with the same last use.
  {
    after: 'campaign_eligibility',
    asks: /祭り|抽選|(?<![a-z])(?:festival|lottery|draw)(?![a-z])/,
    intent: 'campaign_eligibility',
    unlessWhatItIs: true,
  },
  // "what about my sister? she last used it in August 2023", 「妹は2023年8月が最後やけど？」 after
  // whether the user qualifies: the same question for another last use (not family use of atone).
  {
    after: 'campaign_eligibility',
    asks: /最後|以来|(?<![a-z])(?:last (?:used|use|shopped|bought|paid)|since|hasn'?t used|haven'?t used)(?![a-z])/,
    intent: 'campaign_eligibility',
    overOwnTopic: true,
  },
  // 「何ポイントもらえるの？」 "how many points would I get?" after the campaigns: their rewards.
  // (After whether the user qualifies: the campaign they qualify for says what it gives.)
  {
    after: 'campaign_eligibility',
    asks: /何ぽいんと|ぽいんと(?:は|って)?(?:いくつ|何ぽいんと|どれ(?:くらい|ぐらい))|(?<![a-z])(?:how many points|points (?:do|would|will|can) (?:i|we) (?:get|win|receive))(?![a-z])/,
    intent: 'campaign_eligibility',
    overOwnTopic: true,
  },
  // "can you just cancel it for me?" after a charge not recognised or a family member's use: the bot
  // cannot; cancelling a purchase is the shop's (the cancellation answer, with where to ask).
  ...(['family_or_shared_use', 'unrecognized_charge', 'subscription_still_billed'] as const).map((after) => ({
    after,
    // (Not 「家族が使ったかも…キャンセルしてもらえます？」: the family named, family use.)
    asks: {
      test: (normalized: string) => ASKS_BOT_TO_CANCEL.test(normalized) && !NAMES_FAMILY.test(normalized),
    },
    intent: 'cancel_return_refund' as const,
    overOwnTopic: true as const,
  })),
  // "and my sister bought on the same days but pays by direct debit?", 「妹も同じ日に買ったけど口座振替」
  // after a deadline: the same purchases' deadlines, that way (whoever pays them).
  {
    after: 'deadline',
    asks: /(?<![a-z])(?:on )?the same (?:days?|dates?)(?![a-z])|同じ日/,
    intent: 'deadline',
    overOwnTopic: true,
  },
  // "so no 500 points for me?", 「じゃあ500ポイントはもらえない？」 after a last use was told: whether
  // the user qualifies, for that last use.
  ...(['campaign_eligibility', 'campaigns'] as const).map((after) => ({
    after,
    asks: /\d+\s*ぽいんと(?:は|って|も)?\s*(?:もらえ|無理|むり|だめ|なし|ない|つか)|(?<![a-z])(?:no|any|not|get|getting|earn|win) (?:the )?\d+ (?:np )?points?(?![a-z])/,
    intent: 'campaign_eligibility' as const,
    overOwnTopic: true as const,
  })),
  // After the points, 「有効期限は？」 "do they expire?" asks about the points, not a bill's deadline.
  {
    after: 'np_points',
    // (「期限は？」 alone right after points: theirs, not the bill's.)
    asks: /有効期限|期限切れ|失効|^(?:その|ぽいんとの)?期限(?:は|って)?(?:ある(?:の|ん)?)?\??$|(?<![a-z])(?:expire|expires|expiry|expiration|do they expire)(?![a-z])/,
    intent: 'np_points',
  },

  // After the campaigns, 「今もやってる？」 "is it still running?": their status (their answer says it).
  ...(['campaigns', 'campaign_eligibility'] as const).map((after) => ({
    after,
    asks: /今も(?:やって|開催|実施|参加でき)|まだ(?:やって|開催|実施|参加でき)|(?<![a-z])(?:still (?:on|running|going|available|open)|is it (?:still )?(?:on|running|over)|has it ended)(?![a-z])/,
    intent: 'campaigns' as const,
    overOwnTopic: true as const,
  })),
  // After a bill that did not come, 「11月に使った分です」 "the one for November" says which bill.
  {
    after: 'bill_not_received',
    asks: /^(?:\d{1,2}月|先月|今月)(?:に(?:使った|買った|利用した)|の)?分(?:です|だよ|やで|やけど)?[。.!]*$|^(?:the )?(?:one )?(?:for )?(?:january|february|march|april|may|june|july|august|september|october|november|december|last month)(?:'s)?(?: one| purchases| bill)?[.!]*$/,
    intent: 'bill_not_received',
    overOwnTopic: true,
  },
  // After a bill that did not come, 「ふつうはいつ届くの？」 asks when bills are announced.
  {
    after: 'bill_not_received',
    asks: /いつ(?:届|来|く)|ふつう|普通|普段|通常|(?<![a-z])(?:usually|normally|when (?:does|do|will|would|should) (?:it|they|the (?:bill|postcard|email)))(?![a-z])/,
    intent: 'billing_notice',
  },
  // After a return, "I already paid it tho" 「もう払ってもうた」 is the case the answer covers.
  // So is 「でも請求来てるんやけど払わなあかん？」 "but I got the bill, do I still have to pay?", and
  // 「今日来た請求メールにその分も入ってて」 "it's still on my bill".
  {
    after: 'cancel_return_refund',
    asks: {
      // (Paid twice is the double payment's question: 「間違えて2回払っちゃった」.)
      test: (normalized) =>
        (/already paid|paid (?:it|for it|already)|払った|払っちゃ|払っ?てもう|払っ(?:て|と)(?:っ)?た(?:ら|なら)|払っとる|払ろてもう|支払い済|支払済|払わず(?:に)?(?:待|そのまま|置いて|おいて)|待って(?:い)?て(?:よい|いい|大丈夫)|(?<![a-z])(?:wait|hold off)(?: before| on| to)? pay|請求(?:が|は)?(?:来|き|届)|(?:その分|それ|返品した(?:分|もの|の))(?:も|が)\s*(?:入って|含まれ|載って|のって|請求)|(?<![a-z])(?:(?:it'?s|it is|that'?s|it was) (?:still )?(?:on|in) (?:the|my|this month'?s) (?:bill|statement|invoice)|(?:bill|statement|invoice) (?:still )?(?:has|includes|shows|included) (?:it|that))(?![a-z])/.test(
          normalized,
        ) ||
          MUST_STILL_PAY.test(normalized)) &&
        !PAID_TWICE.test(normalized) &&
        // ("when do I have to pay this anyway? I use the paper postcard": its deadline.)
        !/いつ(?:まで)?|(?<![a-z])(?:when|by when|until when|deadline|due)(?![a-z])/.test(normalized) &&
        // (「上限って…払ったらすぐ戻る？」: the limit, once paid, its own topic.)
        !LIMIT_NAMED.test(normalized),
    },
    intent: 'cancel_return_refund',
    overOwnTopic: true,
  },
  // "Does closing my account cancel any bill that's left?" after a return: leaving atone (before
  // "can't you cancel it?", which its words would also be).
  {
    after: 'cancel_return_refund',
    asks: LEAVES_ATONE,
    intent: 'withdrawal',
    overOwnTopic: true,
  },
  // "bill still come after?", 「退会しても請求来る？」 after leaving atone: the bills left, which its
  // answer says are still owed.
  {
    after: 'withdrawal',
    asks: /(?:請求|はがき|引き?落とし|支払い?)[^。?？]{0,10}(?:来る|くる|届く|ある|残る|続く|まだ)|(?:まだ|あとで|後で|その後)[^。?？]{0,8}(?:請求|払|引き?落)|(?<![a-z])(?:bills?|invoices?|debits?|payments?|charges?)[^.?!]{0,20}(?:still|after|afterwards|later|keep|continue|come)(?![a-z])/,
    intent: 'withdrawal',
    overOwnTopic: true,
  },
  // After an order or a subscription, 「atoneのほうで解約してくれへん？」 "can't you cancel it?" is
  // answered by who can (the shop).
  ...(['subscription_still_billed', 'cancel_return_refund'] as const).map((after) => ({
    after,
    asks: /解約|きゃんせる|取り消|止めて|とめて|(?<![a-z])(?:cancel|stop (?:it|them|the (?:charges?|billing|subscription)))(?![a-z])/,
    intent: after,
  })),
  // After a subscription the shop must cancel, the money already paid is a refund question.
  {
    after: 'subscription_still_billed',
    asks: /already paid|paid already|money back|払った(?:分|お金)|返金|返して|返って|(?<![a-z])refund/,
    intent: 'cancel_return_refund',
  },
  // After Amazon's own ways, 「atoneで払えたらよかったのに…無理なん？」 "can't I use atone there?": atone
  // on Amazon, whose answer is no (not a declined payment). (Not 「Amazon以外のネットショップなら
  // atone使える？」: elsewhere.)
  {
    after: 'amazon_payment_methods',
    asks: /^(?!.*(?:以外|他の|ほかの|(?<![a-z])(?:other than|besides|elsewhere|other (?:shops|sites|stores))(?![a-z])))(?:.*(?:atone[^。?]{0,12}(?:払え|使え|無理|むり|でき|だめ|あかん))|.*(?<![a-z])(?:can(?:'t| not|not)? i|could i|why can'?t i) (?:just )?(?:use|pay with|pay by) atone(?![a-z]))/,
    intent: 'amazon',
  },
  // After the fees, "three shops, three fees?" is about the fee: charged once per monthly bill.
  {
    after: 'fees',
    asks: ASKS_PER_PURCHASE,
    intent: 'fees',
  },
  // "i do have an unpaid bill, is that it?", 「未払いあるけどそれが原因？」 after a declined payment: a
  // cause put forward, which its answer speaks of.
  {
    after: 'payment_declined',
    asks: /(?:未払い?|延滞|滞納|払ってない|払い忘れ|上限).{0,30}(?:原因|せい|から(?:かな|か)?[?？]?$|それ)|(?<![a-z])(?:unpaid|overdue|late|over (?:my |the )?limit).{0,40}(?:is (?:that|it) (?:it|why|the reason)|that'?s why|because of)(?![a-z])|(?<![a-z])(?:maybe|is it|could it be|because)(?: because)?(?: of)? (?:my |the )?(?:limit|unpaid|overdue|late)\w*(?![a-z])/,
    intent: 'payment_declined',
    evenOfOwnAccount: true,
    overOwnTopic: true,
  },
  // "i have no late payments though", 「延滞なんかしてへん」 after a declined payment: a cause ruled
  // out, for the same question (whose answer says the bot cannot know why, and whom to ask).
  {
    after: 'payment_declined',
    asks: /(?:延滞|遅れ|滞納|未払い?|上限|限度).{0,12}(?:して(?:ない|へん|ません|いない)|ない|ありません|なんか)|(?<![a-z])(?:no|never|not|haven'?t|didn'?t|nothing)(?: been| any| a| paid)?.{0,12}(?:late|overdue|unpaid|over (?:my |the )?limit)|(?:late|overdue|unpaid).{0,12}(?:no|not|none|never)(?![a-z])/,
    intent: 'payment_declined',
  },
  // After an error on the payment screen, "I retried 3 times, was I charged 3 times?": its answer
  // says to check the usage details for a payment that went through; "will the extra be
  // refunded?" is the double payment's.
  {
    after: 'checkout_error',
    asks: /返金|返して|戻って|戻る|(?<![a-z])(?:refund\w*|money back|get (?:it|the extra|them) back)(?![a-z])/,
    intent: 'overpaid_or_double_paid',
  },
  {
    after: 'checkout_error',
    asks: /二重|重複|(?:\d|二|三|複数)件|(?:何|\d|二|三)回(?:も|分)?.{0,6}(?:請求|引き落と|払|決済)|(?<![a-z])(?:twice|double|multiple times|several times|\d+ times|three times|two times)(?![a-z])/,
    intent: 'checkout_error',
  },
  // "does identity verification raise it?" after the limit: the limit's question (no promise), not
  // how the check works.
  ...(['limit_increase', 'limit_recovery'] as const).map((after) => ({
    after,
    asks: /本人確認.{0,20}(?:上が|増え|上げ|高く|あが|広が)|(?:上げ|増や|上が|増え).{0,20}本人確認|(?<![a-z])(?:identity (?:verification|check)|verify(?:ing)?)(?![a-z]).{0,30}(?<![a-z])(?:raise|raises|increase|increases|higher|go up|goes up|bigger|boost)(?![a-z])|(?<![a-z])(?:raise|increase|boost)(?![a-z]).{0,30}(?<![a-z])(?:identity (?:verification|check)|verify(?:ing)?)(?![a-z])/,
    intent: 'limit_increase' as const,
    overOwnTopic: true as const,
  })),
  // 「どうやって変えるの？」 "how do I switch?" after a method's fee, deadline or the ways to pay:
  // how to change the way to pay.
  ...(['fees', 'deadline', 'payment_methods'] as const).map((after) => ({
    after,
    asks: ASKS_HOW_TO_CHANGE,
    intent: 'change_method' as const,
  })),
  // After the usual causes of an unknown charge (or the fraud form itself), ruling them out leaves
  // the fraud form.
  ...['unrecognized_charge', 'family_or_shared_use', 'subscription_still_billed', 'fraud_report'].map(
    (after) => ({
      after,
      // (「1回しか頼んでない化粧品の分がずっと請求されてる」 after the fraud form: a one-off billed
      // again, the subscription's case, not a cause ruled out.)
      asks: {
        test: (normalized: string) => RULES_OUT_CAUSES.test(normalized) && !BILLED_AGAIN.test(normalized),
      },
      intent: 'fraud_report',
      overOwnTopic: true as const,
    }),
  ),
  // After a charge not recognised, "maybe it is my wife?", 「家族かも」: family use, which the answer
  // names as a cause and its own topic answers.
  {
    after: 'unrecognized_charge',
    asks: /家族|妻|夫|嫁|旦那|子ども|子供|息子|娘|親|兄弟|姉妹|(?<![a-z])(?:wife|husband|kids?|son|daughter|family|parents?|mom|mum|dad|brother|sister|partner|girlfriend|boyfriend)(?![a-z])/,
    intent: 'family_or_shared_use',
    overOwnTopic: true,
  },
  // After family use, "can you cancel it?": what its answer says (atone does not step in).
  {
    after: 'family_or_shared_use',
    asks: /解約|きゃんせる|取り消|返金|(?<![a-z])(?:cancel\w*|refund\w*|reverse)(?![a-z])/,
    intent: 'family_or_shared_use',
    overOwnTopic: true,
  },
  // After a charge not recognised, "maybe it's a manga site I signed up for once", 「定期コースかも」:
  // a subscription still billed.
  // 「定期購入とかした覚えもない」: that cause ruled out, the others (family, a wrong address, the
  // fraud form) are still the answer.
  {
    after: 'unrecognized_charge',
    asks: {
      test: (normalized) =>
        /定期|さぶすく|(?<![a-z])subscri/.test(normalized) && DENIES_THE_CAUSE.test(normalized),
    },
    intent: 'unrecognized_charge',
    overOwnTopic: true,
  },
  {
    after: 'unrecognized_charge',
    // (「電子書籍のサイトからやった」 "it's from some ebook site": the shop the answer says keeps billing.)
    // (「毎月同じ金額の動画サービスだった」 "the same amount every month, a video service": the same.)
    asks: /定期|さぶすく|月額|毎月(?:届|同じ|おなじ)|会員登録し|電子(?:書籍|こみっく|まんが|漫画)|動画(?:さーびす|配信|の?さいと)|(?<![a-z])(?:signed up|subscri\w*|membership|monthly (?:plan|fee|box)|free trial|e-?books?|e-?comics?|manga|streaming|same amount every month|video (?:service|site|app))(?![a-z])/,
    intent: 'subscription_still_billed',
  },
  // After つど後払い, its deadline asked (「期限いつ？11月20日に買った」) is still its own: no 翌月払い
  // date answers it (domain.md), unless the monthly plan is named (the entries around this one).
  {
    after: 'use_without_membership',
    asks: {
      test: (normalized) =>
        /期限|いつ(?:まで)?に?(?:払|支払)|(?<![a-z])(?:deadline|due|when do i pay)(?![a-z])/.test(
          normalized,
        ) && !MONTHLY_PRODUCT.test(normalized),
    },
    intent: 'use_without_membership',
    // ("is my konbini bill for october due today?": a way to pay 翌月払い's, its bill.)
    unlessMethod: true,
  },
  // After つど後払い (pay per purchase, answered with where to ask), 「翌月払いだったら？」 asks the
  // same of the monthly plan: its deadline, which also gives its fee.
  {
    after: 'use_without_membership',
    asks: {
      // (「翌月払いとの違いは？」 compares the two: つど後払い's answer says they differ.)
      test: (normalized) =>
        /(?:翌月払い|よくげつばらい).{0,14}(?:だったら|やったら|なら|だと|の場合|は|って)(?:どう|いつ)?\s*\??$|(?<![a-z])(?:what|how) about (?:the )?(?:monthly (?:plan|payment|bill)|pay next month)(?![a-z])/.test(
          normalized,
        ) && !COMPARES.test(normalized),
    },
    intent: 'deadline',
  },
  // After つど後払い, 「遅れたらどうなるん？」「手数料は？」 are still its own: its late fee and its fees
  // are not 翌月払い's.
  // 「翌月払いとの違いは？」 after つど後払い: how the two differ, which its answer says (not a
  // comparison with something else: "how is atone different from a credit card?").
  {
    after: 'use_without_membership',
    asks: {
      test: (normalized) =>
        COMPARES.test(normalized) &&
        (MONTHLY_PRODUCT.test(normalized) ||
          /つど|都度|それ|(?<![a-z])(?:it|that|this)(?![a-z])/.test(normalized)),
    },
    intent: 'use_without_membership',
    overOwnTopic: true,
  },
  {
    after: 'use_without_membership',
    asks: {
      test: (normalized) =>
        /遅れ|延滞|手数料|払え(?:な|ん|へん)|払わ(?:な|ん|へん)|(?<![a-z])(?:late|fees?|miss(?:ed)?|can'?t pay|don'?t pay)(?![a-z])/.test(
          normalized,
        ) && !MONTHLY_PRODUCT.test(normalized),
    },
    intent: 'use_without_membership',
    // (「ATM払いの手数料は？」 names a way to pay 翌月払い: its fee.)
    unlessMethod: true,
  },
  // 「じゃあどこで払えると？」 "where can I pay then?" after which chains take which method: the chains.
  {
    after: 'convenience_store_chains',
    asks: /どこ(?:で|なら)(?:払|支払|使)|(?<![a-z])where (?:can|do|should|could) i (?:pay|use it)(?![a-z])/,
    intent: 'convenience_store_chains',
    overOwnTopic: true,
  },
  // 「アトネで解約してくれへん？」 "can atone cancel it?" after a charge that keeps coming: only the
  // shop can, which the subscription's answer says.
  // (Not 「家族が使ったかも…キャンセルしてもらえます？」: family use, whose answer says atone
  // cancels nothing there either.)
  ...(['unrecognized_charge', 'subscription_still_billed'] as const).map((after) => ({
    after,
    // (「atoneでは止められんと？」 too, in Hakata words.)
    asks: {
      test: (normalized: string) =>
        /解約|きゃんせる|(?:止め|とめ)(?:て(?:くれ|もら|ほし)|られ(?:ん|ない|へん|ませ))|(?<![a-z])(?:cancel|unsubscribe|stop (?:it|the (?:charges?|subscription|billing)))(?![a-z])/.test(
          normalized,
        ) && !FAMILY_USED_IT.test(normalized),
    },
    intent: 'subscription_still_billed' as const,
    overOwnTopic: true as const,
  })),
  // "when will the money come back?" after a return: the refund, which its answer speaks of.
  {
    after: 'cancel_return_refund',
    asks: ASKS_MONEY_BACK,
    intent: 'cancel_return_refund',
  },
  // "does deleting cancel what I owe?" after leaving atone: the bills that remain, which its answer says.
  {
    after: 'withdrawal',
    asks: new RegExp(
      String.raw`(?<![a-z])(?:(?:cancel|delete|clear|erase|wipe)\w* (?:what i owe|(?:my|the) (?:unpaid |outstanding |last |current )?(?:bills?|debt|balance))|what happens to (?:my |the )?(?:bills?|balance|debt|what i owe)|(?:the |my )?(?:bills?|balance|amount|money|debt) (?:that )?i (?:still )?owe|what i (?:still )?owe|(?:with|if i have|even with) (?:an? )?(?:unpaid|outstanding)\w*)(?![a-z])|${MUST_STILL_PAY.source}|残りの?(?:請求|支払)|(?:請求|支払い?|未払い(?:分)?)(?:は|も)?\s*(?:消え|なくな|どうな)|未払い[^。?]{0,8}(?:消せ|退会でき|やめられ|削除でき)`,
    ),
    intent: 'withdrawal',
    overOwnTopic: true,
    evenOfOwnAccount: true,
  },
  // After a return, 「しばらく使わへんかったら？」 (a refund after 3 months unused) and 「手数料も戻る？」
  // (a cancelled ticket's fee) are what its answer says.
  // (Not 「もうatone使わないから退会したい」: leaving atone, named.)
  {
    after: 'cancel_return_refund',
    asks: {
      test: (normalized: string) =>
        /再請求|請求し直|使わ(?:な|ん|へん)|(?:しばらく|ずっと)|手数料.{0,8}(?:戻|返)|払い?戻し|ちけっと|(?<![a-z])(?:don'?t use|not use|stop using|unused|fee.{0,12}(?:back|refund))(?![a-z])/.test(
          normalized,
        ) && !/退会|(?<![a-z])(?:close|delete|cancel) (?:my )?(?:atone )?account(?![a-z])/.test(normalized),
    },
    intent: 'cancel_return_refund',
    overOwnTopic: true,
  },
  // 「住所、マンション名省略して入れたらダメだった」 after how the identity check works: it failed,
  // over the address (not a bill sent to a wrong address).
  ...(['identity_verification', 'code_payment_in_store', 'app_card'] as const).map((after) => ({
    after,
    asks: /(?:住所|まんしょん|建物|部屋|氏名|名前|写真|(?<![a-z])(?:address|apartment|photo|name)(?![a-z])).{0,30}(?:だめ|失敗|通らな|通らへん|弾かれ|できな|でけへん|否認|不備|ng|(?<![a-z])(?:fail\w*|rejected|denied|didn'?t work)(?![a-z]))/,
    intent: 'identity_verification_failed' as const,
    overOwnTopic: true as const,
  })),
  // 「妹の代わりに私の名前で登録してもいい？」 after who may register: someone else's use, which
  // the terms do not allow.
  ...(['minors_age', 'registration_requirements'] as const).map((after) => ({
    after,
    asks: PROXY_USE,
    intent: 'family_or_shared_use' as const,
    overOwnTopic: true as const,
  })),
  // 「アトネは結局使えないんだよね？」 after Amazon's ways to pay: atone on Amazon, again (not
  // 「Amazon以外のネットショップならatone使える？」, elsewhere).
  {
    after: 'amazon_payment_methods',
    asks: {
      test: (normalized) => ATONE_ON_AMAZON_AGAIN.test(normalized) && !setsAmazonAside(normalized),
    },
    intent: 'amazon',
  },
  // 「娘じゃなかった場合は？」 "what if it wasn't her?" after family use: someone else used it, which
  // is the misuse form's.
  ...(['family_or_shared_use', 'unrecognized_charge'] as const).map((after) => ({
    after,
    asks: /(?:じゃ|では|で)な(?:かった|い)(?:ら|場合|時|とき)|(?<![a-z])(?:if it (?:wasn'?t|isn'?t|was not|is not)|what if it'?s not|if not)(?: (?:her|him|them|my \w+|family))?(?![a-z])/,
    intent: 'fraud_report' as const,
    overOwnTopic: true as const,
  })),
  // 「じゃあ払わないといけないんですか？」 after family use: who pays (the member), which its answer says.
  // (Not "when do i have to pay it, bought it june 2": when, asked of a purchase.)
  {
    after: 'family_or_shared_use',
    asks: {
      test: (normalized) =>
        MUST_STILL_PAY.test(normalized) &&
        !/いつ|何日|(?<![a-z])(?:when|by what date)(?![a-z])/.test(normalized),
    },
    intent: 'family_or_shared_use',
    overOwnTopic: true,
  },
  // 「キャンセルしたら返金はいつ？」 after Amazon's ways to pay (a debit card charged at shipping):
  // Amazon's refund, which its answer speaks of; atone is not used there.
  // (Not 「atoneで買ったものをキャンセルしたら請求はどうなる？」: atone's own, named.)
  {
    after: 'amazon_payment_methods',
    asks: {
      test: (normalized) =>
        /返金|返ってく|戻ってく|きゃんせる|(?<![a-z])(?:refund\w*|cancel\w*|money back)(?![a-z])/.test(
          normalized,
        ) && !/(?<![a-z])atone(?![a-z])/.test(normalized),
    },
    intent: 'amazon_payment_methods',
    overOwnTopic: true,
  },
  // "ok where is the form" after a charge whose answer names the misuse form: that form.
  ...(
    ['unrecognized_charge', 'family_or_shared_use', 'subscription_still_billed', 'fraud_report'] as const
  ).map((after) => ({
    after,
    asks: /ふぉーむ|(?<![a-z])(?:form|link|url)(?![a-z])/,
    intent: 'fraud_report' as const,
    overOwnTopic: true as const,
  })),
  // 「補償される？」 "will I get my money back?" after misuse reported (or a code sent to someone):
  // what the misuse report's answer says (atone investigates; nothing promised).
  ...(['fraud_report', 'sms_code_trouble', 'unrecognized_charge'] as const).map((after) => ({
    after,
    asks: /補償|弁償|保証され|(?<![a-z])(?:compensat\w*|reimburs\w*|covered)(?![a-z])/,
    intent: 'fraud_report' as const,
    overOwnTopic: true as const,
  })),
  // 「手数料は何%？」 after installments: the installment fee, which no source gives.
  {
    after: 'installments_atone_plus',
    asks: /手数料|金利|利息|%|ぱーせんと|(?<![a-z])(?:fees?|interest|apr|rate|percent)(?![a-z])/,
    intent: 'installments_atone_plus',
    overOwnTopic: true,
    // (「はがきの手数料は？」 names a way to pay: its billing fee.)
    unlessMethod: true,
  },
  // 「アプリの設定画面から変えられますか？」 after changing the phone number or address: that change.
  {
    after: 'change_registered_info',
    asks: /変え|変更|かえ|(?<![a-z])(?:change|update|edit)(?![a-z])/,
    intent: 'change_registered_info',
    overOwnTopic: true,
    unlessMethod: true,
  },
  // 「SMSの認証コードを送ればいい？」 after misuse: never, which the report's answer says.
  ...(['fraud_report', 'unrecognized_charge'] as const).map((after) => ({
    after,
    asks: /(?:認証|こーど|sms|ぱすわーど|(?<![a-z])(?:code|password)(?![a-z])).{0,12}(?:送|教え|伝え|渡|(?<![a-z])(?:send|give|share|tell)(?![a-z]))|(?<![a-z])(?:send|give|share|tell) (?:you |u )?(?:the |my )?(?:sms )?(?:code|password)(?![a-z])/,
    intent: 'fraud_report' as const,
    overOwnTopic: true as const,
  })),
  // 「ポイントで払えば超えても大丈夫？」 after the limit: points do not go beyond it.
  ...(['limit_recovery', 'limit_increase'] as const).map((after) => ({
    after,
    asks: /ぽいんと.{0,12}(?:超え|越え|こえ)|(?<![a-z])points?.{0,30}(?:over|beyond|exceed|above)(?![a-z])/,
    intent: 'limit_recovery' as const,
    overOwnTopic: true as const,
  })),
  // "does doing the identity verification help?", 「本人確認したら上がる？」 after a higher limit: not
  // promised, as its answer says.
  {
    after: 'limit_increase',
    asks: /(?:本人確認|口座振替|口座).{0,16}(?:上が|増え|効果|意味)|(?<![a-z])(?:identity|verification|verify|verifying|bank debit|direct debit).{0,30}(?:help|raise|increase|higher|more)(?![a-z])/,
    intent: 'limit_increase',
    overOwnTopic: true,
  },
  // "I still owe for january, does deleting cancel it?" after leaving atone: the bills still due,
  // as its answer says.
  {
    after: 'withdrawal',
    asks: /(?:未払い|残って|払って(?:い)?ない|請求).{0,20}(?:消え|なくな|帳消し|どうな)|(?<![a-z])(?:still owe|unpaid|(?:does|will|would) (?:deleting|leaving|closing|quitting)(?: it| my account)? (?:cancel|clear|wipe)|cancel (?:the|my) (?:bill|debt))(?![a-z])/,
    intent: 'withdrawal',
    overOwnTopic: true,
  },
  // "what happens to the money I paid?", 「払ったお金はどうなる？」 after a return: offset or refunded,
  // as its answer says (no double payment).
  {
    after: 'cancel_return_refund',
    asks: /払った(?:お金|分|金額)|払(?:ってた|った)(?:ぶん|もの)|(?<![a-z])(?:(?:the )?money (?:i|i've|i have|i already) paid|(?:the )?(?:amount|money) already paid|get (?:my |the )?money back)(?![a-z])/,
    intent: 'cancel_return_refund',
    overOwnTopic: true,
  },
  // "where can I pay the postcard one?" after a deadline: where that way is paid (its own page).
  {
    after: 'deadline',
    asks: /どこで(?:払|支払)|(?<![a-z])where (?:can|do|could|should) i pay(?![a-z])/,
    intent: 'payment_methods',
    overOwnTopic: true,
  },
  // "what's the fee for paying there?" after the chains that take a way: that way's fee.
  // (Not 「延滞したら手数料かかる？」: the late fee, which paying late's answer gives.)
  {
    after: 'convenience_store_chains',
    asks: { test: (normalized) => A_FEE.test(normalized) && !PAYING_LATE.test(normalized) },
    intent: 'fees',
    overOwnTopic: true,
  },
  // "and when is that taken?", 「それっていつ引き落とし？」 after a way's fee: its deadline (not
  // 「支払い方法っていつから変えられる？」, changing it).
  {
    after: 'fees',
    asks: { test: (normalized) => WHEN.test(normalized) && !A_CHANGE.test(normalized) },
    intent: 'deadline',
  },
  // 「上限のせい？」 "is it the limit?" after credit records: the limit, not the record again.
  {
    after: 'credit_information',
    asks: /上限|利用可能額|限度額|(?<![a-z])limit(?![a-z])/,
    intent: 'limit_recovery',
    overOwnTopic: true,
  },
  // "not paidy, something else?", 「ペイディ以外で何かある？」 after Amazon: Amazon's other ways to pay.
  ...(['amazon', 'amazon_payment_methods'] as const).map((after) => ({
    after,
    asks: /(?:ぺいでぃ|paidy|あと払い)(?:は)?(?:以外|じゃなくて|じゃない|ではなく|やなくて|いや|嫌)|(?:ほか|他|別)(?:に|の)(?:方法|払い方|支払い?方法?|手段)?(?:は|って)?(?:ある|ない|何)|(?<![a-z])(?:not (?:with )?paidy|besides paidy|other than paidy|no paidy|without paidy|something else|anything else|other (?:options?|ways?|methods?)|what else)(?![a-z])/,
    intent: 'amazon_payment_methods' as const,
  })),
  // 「代引き」 in the middle of an Amazon thread: Amazon's cash on delivery (ended).
  ...(['amazon', 'amazon_payment_methods', 'amazon_wallets'] as const).map((after) => ({
    after,
    asks: /代引|代金引換|(?<![a-z])(?:cash on delivery|cod)(?![a-z])/,
    intent: 'amazon_payment_methods' as const,
  })),
  // 「もう一回払ったほうがいい？」 "should I pay again?" after a payment shown unpaid: not before
  // asking, which its answer says (paying again is how a double payment happens).
  {
    after: 'paid_but_shown_unpaid',
    asks: /もう一(?:回|度)(?:払|支払)|払い直|(?<![a-z])(?:pay (?:it )?again|pay twice|re-?pay)(?![a-z])/,
    intent: 'paid_but_shown_unpaid',
    overOwnTopic: true,
  },
  // "how long it take?" after a failing identity check: the review's time, which the check's own
  // answer gives.
  // (「時間は？」 "how long?" alone after the check itself: its time, which its answer gives.)
  {
    after: 'identity_verification',
    asks: /^(?:で|じゃあ)?[、,\s]*(?:時間|所要時間|何分|何日)(?:は|って)?(?:どれ(?:くらい|ぐらい))?[?？]?$|^(?:and |so )?(?:how long|time)\??$/,
    intent: 'identity_verification',
    overOwnTopic: true,
  },
  {
    after: 'identity_verification_failed',
    asks: /どれ(?:くらい|ぐらい)|何日|何分|時間(?:が)?かか|いつ(?:まで|終わ|結果)|(?<![a-z])(?:how long|how many days|how soon)(?![a-z])/,
    intent: 'identity_verification',
    overOwnTopic: true,
  },
  // 「使える書類は？」 after a failing identity check: which documents, which the check's own answer
  // sends to the help centre for.
  {
    after: 'identity_verification_failed',
    asks: /(?:使える|必要な|どの|どんな)書類|書類(?:は|って)(?:何|なに|どれ|\?|$)|(?<![a-z])(?:which|what) (?:documents?|ids?)(?![a-z])/,
    intent: 'identity_verification',
    overOwnTopic: true,
  },
  // 「アプリで支払い方法の項目が見当たりません」 after how to change the method: the app's trouble,
  // which its answer says (update the app).
  {
    after: 'change_method',
    asks: /見当たら|見当たり(?:ません|まへん)|見つから|見つかり(?:ません|まへん)|出てこな|出てこーへん|落ちる|落ちて|固まる|開かな|(?<![a-z])(?:can'?t find|cannot find|not there|missing|doesn'?t show|isn'?t there|crash\w*|freez\w*|won'?t open)(?![a-z])/,
    intent: 'change_method',
    overOwnTopic: true,
    evenOfOwnAccount: true,
  },
  // 「督促きた😭」 after a payment made but shown unpaid: still that case (whom to ask), not lateness.
  {
    after: 'paid_but_shown_unpaid',
    asks: /督促|催促|請求(?:が|また)?(?:来|き|届)|(?<![a-z])(?:reminder letter|demand|dunning|another (?:bill|notice)|still (?:billed|charged|says? unpaid))(?![a-z])/,
    intent: 'paid_but_shown_unpaid',
    overOwnTopic: true,
  },
  // "if i do identity check?", "what is max?" after how to raise the limit: still the limit, whose
  // answer says what the check does for it, and that no maximum is published.
  {
    after: 'limit_increase',
    // (Not 「本人確認のやり方は？」: how to do the check, its own topic.)
    asks: /(?:本人確認)[^。?]{0,12}(?:すれば|したら|すると|で上が|で増え|上が|増え)|最大|最高|いくらまで|(?<![a-z])(?:if i (?:do|did|complete|pass|finish)[^.?]{0,16}(?:identity|id|verif\w*)|(?:identity|id check|verif\w*)[^.?]{0,20}(?:raise|increase|higher|more|go up)|max|maximum|highest|how high)(?![a-z])/,
    intent: 'limit_increase',
    overOwnTopic: true,
  },
  // "does it reset every month?", 「使い切ったら払ってからどれくらいで戻る？」 after what the limit is:
  // a running total, freed 2–3 business days after a bill is paid.
  {
    after: 'limit_increase',
    asks: /りせっと|毎月(?:戻|増え|回復|元に)|月ごと|(?:払って|支払って|払った)[^。?]{0,12}(?:戻る|戻り|回復|復活)|(?<![a-z])(?:reset\w*|every month|each month|monthly|(?:come|comes) back)(?![a-z])/,
    intent: 'limit_recovery',
    overOwnTopic: true,
  },
  // After how to change the method, "from when does it apply?" is still about the change.
  {
    after: 'change_method',
    asks: /from when|(?<![a-z])(?:apply|applies|applied|take effect|kick in|count for)(?![a-z])|いつから|反映|適用|(?:今月|来月|次|この)(?:の)?(?:分|請求)?から(?:変わ|かわ)/,
    intent: 'change_method',
    // (「今月の分から変わる？」 reads as the user's own bill alone.)
    evenOfOwnAccount: true,
  },
];

// What a message that names one method reads as on its own, when it asks nothing else.
const METHOD_PAGES: readonly AnswerIntent[] = [
  'payment_number_lookup',
  'change_method',
  'code_payment_in_store',
  'convenience_store_chains',
];
/** A reading this likely is what the message asks, whatever the conversation before it. */
export const SURE_ALONE = 0.9;

/**
 * Below this, a short question may be the topic's though it reads as another (「いつ返ってくる？」
 * after returns, billing_notice at 0.58); "do the bills come by email?" after a fee (billing_notice
 * at 0.61) is not.
 */
const FAIRLY_SURE = CLEAR;

// The words that ask a topic's own question: said again with new facts, they ask it for them.
// ("when" asks when at the start or before its verb: "how many do I earn when I pay" does not.)
// 「間に合う？」「大丈夫？」 "is that ok?", "in time?": whether a day is in time.
const ASKS_IF_IN_TIME =
  /間に合|大丈夫|せーふ|いい(?:の|ん|です)?(?:か|よね)?\?|(?<![a-z])(?:ok|okay|fine|in time|too late|alright|still count)(?![a-z])/;

// 「…たらどうなる？」 "what happens if…": the consequences asked.
const ASKS_WHAT_HAPPENS =
  /どうなる|どうなり|どないなる|どうなん|(?<![a-z])what (?:happens|will happen|would happen)(?![a-z])/;

const TOPIC_QUESTION: Partial<Record<AnswerIntent, RegExp>> = {
  deadline:
    /いつ|何日|日にち|日付|期限|期日|締め?切|支払日|引き落とし日|(?:払い|振替|はがき|ばーこーど|こんびに)の日(?![本曜])|(?<![a-z])(?:what date|due|deadline)(?![a-z])|(?:^|[^a-z ] ?)when(?![a-z])|(?<![a-z])when(?= (?:is|are|do|does|did|will|would|should|can|must|'s)(?![a-z]))/,
  fees: /いくら|手数料|料金|安[くぐ]|お得|節約|(?<![a-z])(?:how much|fees?|cost|save|saving|cheaper)(?![a-z])/,
  // 「コンビニ払いとバーコード払いの違いは？」: the ways to pay compared.
  payment_methods: COMPARES,
  // 「どこのコンビニでもいい？」 "which konbini can I pay at?": which chains take which method.
  convenience_store_chains:
    /どこの(?:こんびに|店)|どの(?:こんびに|店|ちぇーん)|(?:こんびに|ちぇーん).{0,6}(?:どこ|どれ|全部|ぜんぶ|でもいい|でもok)|(?<![a-z])(?:which|what|any|every) (?:konbini|convenience stores?|stores?|chains?)(?![a-z])/,
  // 「ローソンのLoppiで払うときの番号どこ？」: where the number to pay with is.
  payment_number_lookup: /番号|(?<![a-z])(?:number|code)(?![a-z])/,
  // 「いくら請求されとるかそっちで見れへん？」 after an unknown charge: the amount, on the account.
  handoff:
    /いくら(?:請求|払|残|引き)|(?:そっち|そちら|あなた|ぼっと)で(?:見|確認|調べ)|(?<![a-z])(?:how much (?:do i owe|is my bill|am i (?:being )?(?:billed|charged))|can you (?:see|check|look (?:up|at)))(?![a-z])/,
  // (「口座振替にするにはどうすればいい？」: how to change, asked.)
  change_method: new RegExp(
    `(?:変更|変え|切り?替え)(?:た|る|し|れ)|いつから|(?<![a-z])(?:(?:switch|change)(?:d|s)? (?:to|it|my(?! mind))|from when|take effect|appl(?:y|ies) from)(?![a-z])|${ASKS_HOW_TO_CHANGE.source}`,
  ),
};

/**
 * Whether the message reads, at least weakly, as a core question and asks it in its own words
 * ("due when?" of a deadline).
 */
export function asksItsOwnQuestion(u: Understanding): boolean {
  return (
    CORE_INTENTS.has(u.reading.intent) &&
    u.reading.confidence >= WEAK &&
    (TOPIC_QUESTION[u.reading.intent]?.test(u.normalized) ?? false)
  );
}

// "What about the lottery?" after an eligibility answer asks whether the user is eligible for
// the lottery (with the last use already given), not what the campaigns are. "and if I cancel?"
// after when Amazon charges a debit card asks about that card, not whether atone works there
// (unless the message alone surely asks that: "can I pay for amazon with atone though").
const NARROWER: readonly { after: IntentName; read: IntentName }[] = [
  { after: 'campaign_eligibility', read: 'campaigns' },
  { after: 'amazon_payment_methods', read: 'amazon' },
];

const CHANGES_SUBJECT =
  /^(?:ところで|話(?:は)?変わる(?:けど|んだけど|んやけど|が)|別件(?:で|ですが|だけど|なんやけど)?|それはそうと|(?:oh,? )?(?:by the way|btw|on another note|different question|unrelated,?|another question)(?![a-z]))/;

/**
 * 「ポイントは」 after minors, 「上限は？」 after a return: one word, the subject of another FAQ topic
 * or of atone at large, in nothing the topic's answer said: that is asked about, not the last topic again.
 */
function turnsToAnotherSubject(u: Understanding, topic: Topic): boolean {
  const { intent, confidence } = u.reading;
  return (
    isOneWord(u) &&
    // (「上限は？」 after a return: atone's limit, which "about" answers, however unsure.)
    ((isFaqTopic(intent) && confidence >= WEAK) || (intent === 'about' && isFaqTopic(topic.intent))) &&
    intent !== topic.intent &&
    !u.touchesAnswerOf(topic.intent)
  );
}

/**
 * 「お金戻ってくる？」 after logging in: weakly another FAQ topic alone, the last one not even its
 * second guess, and nothing in it points back or speaks of the last answer: its own question, which
 * the topic's name said with it would only drown.
 */
function asksAnotherTopicOutright(u: Understanding, topic: Topic): boolean {
  const { intent, alternative } = u.reading;
  return (
    isFaqTopic(intent) &&
    intent !== topic.intent &&
    alternative !== topic.intent &&
    !pointsBack(u) &&
    !hasLinkWord(u) &&
    !isElliptic(u) &&
    !u.touchesAnswerOf(topic.intent)
  );
}
/** Whether every deadline the topic's answer gave is behind today. */
/** Whether the message dates a purchase of its own whose deadline has not passed. */
function ownDueAhead(u: Understanding): boolean {
  if (u.slots.date === undefined && u.slots.dates === undefined) return false;
  const due = u.dueDates(u.slots);
  return due.length > 0 && due.some((day) => compareDates(day, u.today) >= 0);
}

function deadlinePassed(topic: Topic, u: Understanding): boolean {
  const due = u.dueDates(topic.slots);
  return due.length > 0 && due.every((day) => compareDates(day, u.today) < 0);
}

/** Whether the message names, without a purchase, a day the topic's deadline answer gave as due. */
function echoesDueDate(topic: Topic, u: Understanding): boolean {
  const said = u.slots.dates ?? (u.slots.date ? [u.slots.date] : []);
  const days = said.flatMap((d) =>
    d.kind === 'day' ? [{ date: d.date, dayOnly: DAY_ONLY.test(d.source) }] : [],
  );
  if (said.length === 0 || saysPurchase(u.normalized)) return false;
  const due = u.dueDates(topic.slots);
  // 「なんで3月？2月じゃないの？」: the month of a due date said back, in doubt (「2月は？」 alone
  // asks about February's purchases).
  // (A month alone reads as a bill's when it is not past, 「なんで3月？」 too: only one named a
  // bill in words, "why is the March bill so high?", is not the due date said back.)
  const namesABill = NAMES_A_BILL.test(u.normalized);
  const months = said.flatMap((d) => (d.kind === 'month' && !(d.bill && namesABill) ? [d.month.month] : []));
  if (DOUBTS.test(u.normalized) && months.some((month) => due.some((d) => d.month === month))) return true;
  // 「なんで28日なん？」: a day of the month alone is the due day said back, whatever month the
  // date reader gave it.
  return days.some(({ date, dayOnly }) =>
    due.some((d) => (dayOnly ? d.day === date.day : sameDate(d, date))),
  );
}

// Whether atone stops, or has stopped ("can I still use it meanwhile?").
const STOPS_OR_STOPPED =
  /使えな|止ま|止め|停止|まだ使え|その間(?:も|は)?(?:atoneは?)?使え|(?<![a-z])(?:suspend\w*|blocked|stop(?:ped)? working|can'?t use|still use|use (?:it|atone) (?:meanwhile|in the meantime))(?![a-z])/;

const NAMES_A_BILL = /請求|分|(?<![a-z])(?:bill|invoice|statement)/;

const DOUBTS =
  /じゃない|ちゃう|なんで(?!す|しょ)|なぜ|どうして|違う|(?<![a-z])(?:why|not|isn'?t|wasn'?t)(?![a-z])/;

/** A date written as a day of the month alone: 「28日」, "the 28th". */
const DAY_ONLY = /^(?:\d{1,2}\s*日|(?:the )?\d{1,2}(?:st|nd|rd|th))$/;

/** What Amazon questions are answered by. */
const AMAZON_INTENTS: readonly AnswerIntent[] = ['amazon', 'amazon_payment_methods'];

/** The core intents: every other topic is a knowledge-base (FAQ) topic. */
const CORE_INTENTS: ReadonlySet<AnswerIntent> = new Set(INTENT_NAMES);

/** 「…場合は？」 "in that case?": a case of what was just answered. */
const PUTS_A_CASE = /場合|(?:て|で)たら\??$|(?<![a-z])(?:in that case|if so|if not)(?![a-z])/;

/**
 * A method named for the purchase a topic holds from before it (not a deadline topic, whose own
 * follow-ups carry its date): said and not asked, or asked as a short or linked deadline question
 * for another method than the topic's.
 */
function forHeldPurchase(topic: Topic, u: Understanding): boolean {
  const { method } = u.slots;
  if (!method || u.slots.methods || u.slots.date || u.slots.invalidDate || u.slots.otherService) return false;
  // (「もうコンビニで払っちゃったんだけど、お金はいつ戻る？」: the money back asked, no deadline.)
  if (ASKS_MONEY_BACK.test(u.normalized)) return false;
  // (「バーコードで払うから5日前に教えて」: a lead time asked for is a reminder request.)
  if (
    topic.intent === 'deadline' ||
    datesOf(topic)?.meaning !== 'purchase' ||
    mentionsReminders(u) ||
    u.slots.leadDays !== undefined
  )
    return false;
  // Surely a question of its own ("thanks! also what's the fee for barcode", 「次からは口座振替にしたい」):
  // not the purchase's.
  if (
    u.reading.confidence >= SURE_ALONE &&
    (isFaqTopic(u.reading.intent) ||
      u.reading.intent === 'fees' ||
      u.reading.intent === 'late_payment' ||
      u.reading.intent === 'change_method' ||
      // (「今から払うにはどうすればいい？コンビニで」: how that way works, surely.)
      u.reading.intent === 'payment_methods')
  )
    return false;
  const said = !isQuestion(u);
  const askedAsDeadline =
    u.reading.intent === 'deadline' &&
    method !== topic.slots.method &&
    (isConditional(u) || hasLinkWord(u) || isElliptic(u) || isShort(u));
  return said || askedAsDeadline;
}

// 「その中にアトネは入ってる？」 "is atone among them?": one of the ways listed.
// What "and atone?" after Amazon reads as alone: atone in general, or where it works.
const ATONE_AT_LARGE: ReadonlySet<AnswerIntent> = new Set([
  'amazon',
  'amazon_payment_methods',
  'about',
  'where_to_use',
  'how_to_use',
  'fallback',
]);

/** 「atoneのキャンペーンは？」: a question about atone's own campaigns, fees..., fairly surely. */
function asksOfAtoneItself(u: Understanding): boolean {
  return u.reading.confidence >= FAIRLY_SURE_OF_ATONE_TOPIC && !ATONE_AT_LARGE.has(u.reading.intent);
}

const AMONG_THEM =
  /入って(?:る|い|ます)|含まれ|(?:は|も)(?:ある|あります|使え)|(?<![a-z])(?:among|included|in (?:the|that|this) list|one of (?:them|those))(?![a-z])/;

// 「ゲーム会社に言えばいい？」「どこに連絡すれば？」 "who should I contact?": whom to tell.
const ASKS_WHOM =
  /(?:言え|伝え|連絡すれ|問い合わせれ|聞け|相談すれ)ば(?:いい|ええ|良い|よい)|(?:どこ|誰|だれ)に(?:連絡|問い合わせ|言え|相談|聞け)|(?<![a-z])(?:who (?:do|should|can) i (?:contact|ask|tell|call|talk to)|should i (?:contact|tell|ask|call) (?:the|them|it)|where do i (?:report|complain))(?![a-z])/;

const INSTEAD = /(?<![a-z])instead(?![a-z])|代わりに|かわりに/;

// 「あ、口座振替です」: a method told, not asked about.
const TELLS = /(?:です|でーす|だよ|やで|っす)[。.!！]*$/;

/** Topics about a method (its fee, where it is paid) after which a method chosen is for the purchase held. */
const CHOOSES_A_METHOD_AFTER: readonly AnswerIntent[] = ['fees', 'convenience_store_chains'];

// "I'll pay by barcode", 「バーコードで払うわ」「じゃあ口座振替で」: a method chosen, for what is to be paid.
const WILL_PAY =
  /(?<![a-z])i(?:'ll| will|'m going to| am going to|'m gonna| am gonna) (?:pay|use)(?![a-z])|(?:で|にて)(?:払う|払います|払お|支払う|支払います|支払お)(?:う)?(?:わ|よ|ね|かな)?[。.!！]*$|^(?:じゃあ|じゃ|ほな|ほんなら|なら|では|それなら)[\s、,]*[^\s、,。?？]{1,12}(?:で|にする|にします|にしよう)[。.!！]*$/;

/**
 * Back to an earlier topic, named as a matter (「さっきの…の件」, "going back to…"): narrower than
 * returnsToTopic (「さっきの服」 names a purchase, not a topic), so a method said for that purchase
 * still reaches forHeldPurchase.
 */
// (「話戻るけど、スニーカーのやつ手数料かかる？」: back to something before the last topic.)
const REFERS_EARLIER =
  /(?:さっき|先ほど|さきほど|前)の.{1,12}(?:件|話|こと)|話(?:を|は|が)?(?:戻る|もどる|戻す|もどす|戻して|戻り|戻しま)|(?<![a-z])(?:going back to|back to (?:the|my)|about (?:the|my) .{1,20} (?:from )?(?:earlier|before))(?![a-z])/;

/** The date a topic holds, with its meaning: its own, or one kept from before it. */
export function datesOf(topic: Topic | undefined): EarlierDate | undefined {
  if (!topic) return undefined;
  const meaning = DATE_MEANING[topic.intent];
  const { date, dates, tense } = topic.slots;
  if (meaning && date)
    return {
      meaning,
      slots: { date, ...(dates ? { dates } : {}), ...(tense ? { tense } : {}) },
      ...(topic.things ? { things: topic.things } : {}),
    };
  return topic.earlier;
}

/**
 * The reading of a message in the light of the last topic:
 *  - facts alone (「口座振替は？」, "I pay at a convenience store") ask the last question again about them;
 *  - a short or marked question ("and the fee?", 「じゃあ何なら使えるの？」) keeps the facts it leaves out;
 *  - a short question that means nothing alone (「どうやって届くの？」) is about the topic;
 *  - anything else is a question of its own.
 */
/** A message's reading and facts in context, and the topic it follows, if it does. */
interface InContext {
  reading: Reading;
  slots: Slots;
  follows?: AnswerIntent;
}

// What a pay-later costs: 「無料？」「手数料かかる？」「分割って金利つく？」 "is it free?", "any interest?".
const ASKS_COST =
  /無料|ただ(?:で|なの|なん)|手数料|金利|利息|お金(?:が|って)?かかる|(?<![a-z])(?:free|fees?|cost|costs|charges?|interest)(?![a-z])/;

/** "is it free?" right after the Amazon answer: the pay-later it names there (Paidy), asked about. */
function asksCostOfAmazonsPayLater(topic: Topic, u: Understanding): boolean {
  return (
    topic.intent === 'amazon' &&
    ASKS_COST.test(u.normalized) &&
    (pointsBack(u) || /分割|(?<![a-z])installments?(?![a-z])/.test(u.normalized) || isElliptic(u)) &&
    isQuestion(u) &&
    isShort(u) &&
    !u.slots.method &&
    !u.slots.otherService &&
    !u.normalized.includes(ATONE_TOKEN)
  );
}

const SETS_UP_ANOTHER =
  /(?<![a-z])(?:how (?:do|can|should) i (?:set up|setup|sign up|register|start|activate|get|open)|how to (?:set up|setup|sign up|register|start|activate|use))(?![a-z])|(?:登録|設定|申し込|始め|使い)(?:方|かた)|(?:どうやって|どう)(?:登録|設定|申し込|始め)/;

/** The message read as the topic's own follow-up, its facts completed from the topic's. */
function onTheTopic(topic: Topic, u: Understanding, slots: Slots = u.slots): InContext {
  return {
    reading: { intent: topic.intent, confidence: Math.max(u.reading.confidence, 0.8) },
    slots: withTopic(topic, topic.intent, slots, u),
    follows: topic.intent,
  };
}

export function inContext(topic: Topic | undefined, u: Understanding): InContext {
  const own = { reading: u.reading, slots: u.slots };
  // "/help", an unknown "/whatever": a command, never a follow-up; nor "how about the weather on
  // jan 10 lol", not understood and about something else.
  if (!topic || isLoneCommand(u.message.text)) return own;
  if (u.reading.intent === 'fallback' && OFF_TOPIC.test(u.normalized)) return own;
  // 「PayPayは使える？」 "and PayPay?" after Amazon: whether Amazon takes that wallet (another
  // service named, yet asked of Amazon).
  if (
    AMAZON_INTENTS.includes(topic.intent) &&
    u.slots.otherService &&
    AMAZON_WALLET.test(u.normalized) &&
    u.normalized.length <= SHORT_CHARS &&
    // (Not "and how do i set up paypay atobarai?": the other service itself, its own to answer.)
    !SETS_UP_ANOTHER.test(u.normalized)
  )
    return {
      reading: { intent: 'amazon_payment_methods', confidence: Math.max(u.reading.confidence, 0.85) },
      slots: { ...u.slots, amazon: true },
      follows: topic.intent,
    };
  // 「PayPayは？」 "and PayPay?" right after the ways to pay the atone bill (a card asked about):
  // whether that service pays it, which it does not.
  if (
    topic.intent === 'payment_methods' &&
    u.slots.otherService &&
    !u.slots.amazon &&
    u.normalized.length <= SHORT_CHARS &&
    !SETS_UP_ANOTHER.test(u.normalized)
  )
    return {
      reading: { intent: 'payment_methods', confidence: Math.max(u.reading.confidence, 0.85) },
      slots: u.slots,
      follows: topic.intent,
    };
  // "is it free?", 「分割って手数料かかる？」 right after the Amazon answer: the cost of the pay-later
  // it offers there (Paidy's), another service's to say; not atone on Amazon again.
  if (asksCostOfAmazonsPayLater(topic, u))
    return {
      reading: { intent: 'fallback', confidence: 0.9 },
      slots: { ...u.slots, otherService: 'Paidy' },
      follows: topic.intent,
    };
  // "ok then what?", 「で、どうすればいい？」 right after an FAQ answer: what to do about it, which that
  // answer says (its steps and where to ask), not the bot's help.
  if (
    isFaqTopic(topic.intent) &&
    WHAT_NEXT.test(u.normalized) &&
    (u.reading.intent === 'help' || u.reading.confidence < WEAK)
  )
    return {
      reading: { intent: topic.intent, confidence: Math.max(u.reading.confidence, 0.8) },
      slots: { ...topic.slots, ...u.slots },
      follows: topic.intent,
    };
  // 「3日たっても変わらんかったらどうしたらいい？」 "its been 2 days and still not approved, what should
  // i do" after an FAQ answer: what to do when what it said does not happen, which the topic (or
  // the one for it failing) says, with where to ask; not a question read weakly elsewhere.
  if (
    isFaqTopic(topic.intent) &&
    STILL_NOT_DONE.test(u.normalized) &&
    ASKS_WHAT_TO_DO.test(u.normalized) &&
    u.reading.confidence < SURE_ALONE
  ) {
    // (Failed, it is the topic for it failing; only slow, "still not approved", the topic itself,
    // whose answer says how long it can take.)
    const failed = FAILED.test(u.normalized) ? u.nextWhenStuck(topic.intent) : undefined;
    const intent = failed ?? topic.intent;
    return {
      reading: { intent, confidence: Math.max(u.reading.confidence, 0.8) },
      slots: { ...topic.slots, ...u.slots },
      follows: topic.intent,
    };
  }
  // 「じゃあ12月10日のほう、3日前に通知してください」 after deadlines: a reminder asked for in so
  // many words, surely, is that request (the deadline it names points to the method).
  if (
    REMINDER_INTENTS.includes(u.reading.intent) &&
    u.reading.confidence >= SURE_ALONE &&
    mentionsReminders(u) &&
    !isQuestion(u) &&
    !REMINDER_INTENTS.includes(topic.intent)
  )
    return own;
  // 「じゃあローソンで払うなら？」 "and if I pay at Lawson?" right after a deadline: that deadline, at
  // a konbini (which chain takes which way is asked otherwise: 「ローソンで払える？」).
  if (
    topic.intent === 'deadline' &&
    u.reading.intent === 'convenience_store_chains' &&
    NAMES_A_CHAIN.test(u.normalized) &&
    PAYS_THERE_IF.test(u.normalized)
  )
    return {
      reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.8) },
      slots: withTopic(topic, 'deadline', { ...u.slots, method: u.slots.method ?? 'store' }, u),
      follows: 'deadline',
    };
  // "and the month before?", 「その前の月は？」 right after a month's answer: that question, a month
  // earlier (or later); "and the year before?", 「去年は？」: a year earlier (or later).
  const byMonth = MONTH_NEXT_TO_IT.exec(u.normalized);
  const byYear = byMonth ? null : YEAR_NEXT_TO_IT.exec(u.normalized);
  const shift = byMonth ?? byYear;
  const held = topic.slots.date;
  // (The date "the next month" itself reads as is the shift's, no date of its own.)
  const ownDate = u.slots.date && !shift?.[0].includes(u.slots.date.source) ? u.slots.date : undefined;
  if (shift && held && !ownDate && !REMINDER_INTENTS.includes(topic.intent)) {
    const { year, month } = monthOf(held);
    // (「去年」「来年」 "last year", "next year" are the calendar's, counted from today; "the year
    // before", 「前の年」 from the year just answered.)
    const calendarYear = byYear && /last|next|去年|昨年|来年/.test(shift[0]);
    const by = /before|previous|last|前|去年|昨年/.test(shift[0]) ? -1 : 1;
    const total = byYear
      ? ((calendarYear ? u.today.year : year) + by) * 12 + month - 1
      : year * 12 + month - 1 + by;
    const shifted = { year: Math.floor(total / 12), month: (total % 12) + 1 };
    const date: DateSlot = {
      kind: 'month',
      month: shifted,
      // (A year moved to is said: not read again as the nearest one.)
      source: byYear ? toIsoMonth(shifted) : shift[0],
      ...(held.kind === 'month' && held.bill ? { bill: true as const } : {}),
    };
    return onTheTopic(topic, u, { ...u.slots, date });
  }
  // 「その翌日に買ったら？」 "and the day after?" right after a day's answer: that question, a day later.
  if (
    held?.kind === 'day' &&
    !u.slots.date &&
    DAY_AFTER_IT.test(u.normalized) &&
    DATE_MEANING[topic.intent]
  ) {
    const date: DateSlot = { kind: 'day', date: addDays(held.date, 1), source: u.normalized };
    return onTheTopic(topic, u, { ...u.slots, date });
  }
  // 「それって公式？怪しいサイトじゃないよね」 "is that official?" right after an answer: where that
  // answer comes from (src/topics/provenance.ts), whatever its other words read as.
  if (
    asksIfOfficial(u.normalized) &&
    (pointsBack(u) || isShort(u)) &&
    !REMINDER_INTENTS.includes(topic.intent) &&
    !['fallback', 'help'].includes(topic.intent)
  )
    return onTheTopic(topic, u);
  // 「認証コードここに送ったほうがいい？」: the SMS topic's no first, unless the topic says it itself
  // (the fraud form and logging in have their own).
  if (u.reading.intent === 'sms_code_trouble' && offersASecret(u.normalized))
    return topic.intent === 'fraud_report' || topic.intent === 'login_password'
      ? { reading: { intent: topic.intent, confidence: u.reading.confidence }, slots: u.slots }
      : own;
  // 「はがきに変えたら20日まで延びる？」 after a deadline: what a switch does to the bill at hand, asked
  // as such (not that method's deadline, which it does not get).
  if (u.reading.intent === 'change_method' && supposesSwitchPutsOff(u.normalized)) return own;
  // 「支払方法をコンビニ払いに変更したい場合はどうすればよろしいですか」 after a deadline: how to change
  // the way to pay, asked outright (not that way's deadline).
  if (
    u.reading.intent === 'change_method' &&
    u.reading.confidence >= SURE_ALONE &&
    ASKS_HOW_TO_CHANGE.test(u.normalized)
  )
    return own;
  // 「明日の朝払えば間に合う？」 after a deadline: that deadline, with its method, asked of a day to pay.
  if (
    u.slots.proposedDue?.paying &&
    u.reading.intent === 'deadline' &&
    topic.intent === 'deadline' &&
    ASKS_IF_IN_TIME.test(u.normalized)
  )
    return { reading: u.reading, slots: withTopic(topic, 'deadline', u.slots, u), follows: topic.intent };
  // 「さっきのキャンセルの件だけど…」 "going back to the refund…": a topic from before the last one,
  // named: the message says what it is about, the last topic does not.
  if (REFERS_EARLIER.test(u.normalized) && u.reading.intent !== 'fallback') {
    // 「で、さっきの服の話だけど、コンビニで払うつもり」 after a detour: the purchase from before,
    // with the way it will be paid: its deadline.
    // (Not 「話戻るけど、さっきの引き落としの3日前に教えて」: a reminder asked for.)
    if (
      u.slots.method &&
      !u.slots.date &&
      !isQuestion(u) &&
      !REMINDER_INTENTS.includes(u.reading.intent) &&
      datesOf(topic)?.meaning === 'purchase'
    )
      return {
        reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.8) },
        slots: withTopic(topic, 'deadline', u.slots, u),
        follows: topic.intent,
      };
    return own;
  }
  // "I meant this year", 「今年のです」 after a purchase's deadline: the same question, in that year.
  if (
    !u.slots.date &&
    datesOf(topic)?.meaning === 'purchase' &&
    yearAlone(u.normalized, u.today.year) !== undefined
  )
    return onTheTopic(topic, u);
  // 「その次は？」 "and the one after that?" after a deadline: the next month's deadline after the
  // one just given, for the same method.
  if (topic.intent === 'deadline' && !u.slots.date && THE_ONE_AFTER.test(u.normalized)) {
    const [due] = u.dueDates(topic.slots);
    if (due)
      return {
        reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.8) },
        slots: {
          ...withTopic(topic, 'deadline', u.slots, u),
          date: {
            kind: 'month',
            month: addMonths({ year: due.year, month: due.month }, 1),
            source: u.normalized,
            bill: true,
          },
          dates: undefined,
          tense: undefined,
        },
        follows: topic.intent,
      };
  }
  // 「ところで、送り返したらお金って戻ってくるん？」 "btw, …": a new subject, said to be one (even
  // one not understood is not the last topic's).
  if (CHANGES_SUBJECT.test(u.normalized)) return own;
  // "ok how do I contact you guys": how to reach atone, whatever the topic (whom to tell about the
  // topic itself, 「どこに連絡すれば？」, is the topic's route below).
  if (u.reading.intent === 'contact_atone' && u.reading.confidence >= WEAK && !ASKS_WHOM.test(u.normalized))
    return own;
  // 「請求のお知らせはいつ頃届きますか」 after a deadline: the notice, named, is asked about.
  // (「今日来た請求メールにその分も入ってて」 after a return, told, not asked: what it means for the return.)
  if (
    u.reading.intent === 'billing_notice' &&
    (namesBillNotice(u.normalized) || asksWhenTheBillComes(u.normalized)) &&
    isQuestion(u)
  )
    return own;
  // "What is 口座振替?" asks what the method is, whatever was asked about it before.
  if (u.reading.intent === 'payment_methods' && u.slots.method && asksWhatItIs(u.normalized)) return own;
  // Not a question about the user's own account ("how much is my January bill?" after paying
  // late): only atone can answer that, and the route says where.
  const ownAccount = u.reading.intent === 'handoff' && u.reading.confidence >= WEAK;
  // The question that naturally comes next ("when is the late fee added?" after a missed deadline),
  // however long it is.
  // 「乗っ取られてたらどうすればいい？」 after a deadline is no late payment: surely a topic of its own.
  // (Unless "it" points back to the topic: "if I do identity verification will it go up?" after
  // the limit asks about the limit.)
  // (After a deadline, "it" is the purchase or its bill, not a topic: 「それ返品したらどうなる？」 asks
  // about returning it.)
  const ownFaqTopic =
    isFaqTopic(u.reading.intent) &&
    u.reading.confidence >= SURE_ALONE &&
    (!pointsBack(u) || (topic.intent === 'deadline' && u.reading.confidence >= SURE_OF_ITS_OWN));
  // 「未払いはないと思うけど…1月分っていつまでだっけ？バーコード」 after a declined payment: a core
  // question of its own, asked in its own words with a way to pay named, whatever it answers first.
  const ownCoreQuestion =
    CORE_INTENTS.has(u.reading.intent) &&
    u.reading.intent !== topic.intent &&
    u.reading.confidence >= SURE_OF_ITS_OWN &&
    (TOPIC_QUESTION[u.reading.intent]?.test(u.normalized) ?? false) &&
    u.slots.method !== undefined;
  // What is asked once a slip is put right: 「はがきの手数料…じゃなくて、はがきの期限っていつ？」 asks
  // only the deadline.
  const asked = afterCorrection(u.normalized);
  // (「話戻るけど、さっきの引き落としの3日前に教えて」 after Amazon's debit: a reminder asked for,
  // surely, is no next question about the topic's words.)
  const remindsSurely = REMINDER_INTENTS.includes(u.reading.intent) && u.reading.confidence >= SURE_ALONE;
  const next =
    !u.slots.otherService && !isCourtesy(u.normalized) && !remindsSurely
      ? NEXT_QUESTION.find(
          (n) =>
            n.after === topic.intent &&
            (!ownAccount || n.evenOfOwnAccount) &&
            !((ownFaqTopic || ownCoreQuestion) && n.intent !== u.reading.intent && !n.overOwnTopic) &&
            n.asks.test(asked) &&
            !(n.unlessMethod && u.slots.method) &&
            !(n.unlessDate && u.slots.date) &&
            !(n.unlessAmazon && u.slots.amazon) &&
            !(n.unlessWhatItIs && asksWhatItIs(u.normalized)) &&
            !(n.onlyWhenPassed && !deadlinePassed(topic, u)) &&
            !(n.unlessOwnDueAhead && ownDueAhead(u)),
        )
      : undefined;
  const named = (Object.keys(u.slots) as (keyof Slots)[]).filter((k) => CONTEXT_SLOTS.includes(k));
  const uses = USES[topic.intent] ?? [];
  // Facts the topic already had ("Amazon" again after an Amazon answer) are a question asked again, not a follow-up.
  const adds = named.some(
    (k) => JSON.stringify(u.slots[k]) !== JSON.stringify(topic.slots[k as keyof Topic['slots']]),
  );
  // 「12月20日までに払えんかったら？」: the due date said back is no new fact for the same
  // question; what comes next is asked.
  const newFacts =
    named.length > 0 &&
    adds &&
    named.every((k) => uses.includes(k)) &&
    !(next && topic.intent === 'deadline' && echoesDueDate(topic, u)) &&
    // 「口座振替って年末年始でずれたりする？」 after a fee asks another question: whether the date moves.
    !(topic.intent !== 'deadline' && asksIfDateMoves(u.normalized));
  // 「いや、口座振替にするかも。そしたらいつ？」: new facts, and the topic's own question asked again.
  const asksTopicAgain = TOPIC_QUESTION[topic.intent]?.test(u.normalized) ?? false;
  // "can I pay it at 7-Eleven?" after a fee: all facts and filler words, yet surely a question of
  // its own (an FAQ topic's), not the fee again for another method.
  // (Not "with the konbini terminal number?" after 7-Eleven: its words read as a topic, its shape
  // puts the last question again.)
  const ownTopic =
    isFaqTopic(u.reading.intent) && u.reading.confidence >= SURE_ALONE && !asksWithOtherMeans(u);
  const sureOfAnother =
    u.reading.confidence >= SURE_ALONE &&
    u.reading.intent !== topic.intent &&
    u.reading.intent !== 'payment_methods' &&
    !METHOD_PAGES.includes(u.reading.intent);
  // 「口座振替ならそれぞれいつ？」 after a fee: the question word of the message's own reading.
  const asksOwnQuestion =
    u.reading.intent !== topic.intent &&
    ((TOPIC_QUESTION[u.reading.intent]?.test(u.normalized) ?? false) ||
      (u.reading.intent === 'deadline' && asksIfDateMoves(u.normalized)));
  // 「口座振替は？」「ほなハガキやったら？」, "oh I pay by direct debit": new facts for the same
  // question. Naming one method reads as "the ways to pay" alone; after a question about a
  // method it asks that question for this one. "What can I use instead?": the same question, pressed further.
  // (「それってどこで変更できますか」 after the free way was singled out names that way, yet asks
  // how to change to it: the next question, not the fee again.)
  // (Nor "where can I pay the postcard one?" after a deadline: where, which that way's page says.)
  const asksTheWayItself =
    next?.intent === 'change_method' || (next?.intent === 'payment_methods' && next.after === 'deadline');
  const sameQuestion =
    (newFacts &&
      !ownTopic &&
      !asksTheWayItself &&
      (isBare(u) ||
        // (「はがきの期限は？バーコードは？」 after a fee ends like one, yet asks its own question.)
        // ("with the konbini terminal number?" puts the last question again, whatever its words ask.)
        // (Not "if I pay at an ATM, until when?" after paying late: its own question, surely.)
        // (Not 「引き落とせなかったらどうなる？」 after changing the method: what happens then, read
        // surely as paying late.)
        (isElliptic(u) &&
          !(sureOfAnother && ASKS_WHAT_HAPPENS.test(u.normalized)) &&
          (!asksOwnQuestion || (asksWithOtherMeans(u) && !sureOfAnother))) ||
        // (Not "whats the diff between konbini and barcode?": the ways compared, asked.)
        (u.reading.intent === 'payment_methods' && !asksForChoices(u) && !COMPARES.test(u.normalized)) ||
        // "nah, I'll use the barcode in the app", 「間違えた、はがきやったわ」: read alone, a method's
        // own pages (the number to pay with, changing to it), without the words those ask with.
        (METHOD_PAGES.includes(u.reading.intent) && u.reading.confidence < SURE_ALONE && !asksOwnQuestion) ||
        // "if I switch to barcode now, when does it apply?" asks its own question, sure of it.
        (asksTopicAgain && !(u.reading.confidence >= SURE_ALONE && u.reading.intent !== topic.intent)) ||
        // 「コンビニ払いだと手数料かかるよね？」 after changing the method: a condition put to a
        // question of its own, sure of it (not a method's own page, which a bare method reads as).
        (isConditional(u) && !sureOfAnother && !asksOwnQuestion) ||
        // 「あ、違う、12月2日だった」: the facts corrected, for the same question; so too when
        // said at length and not asked ("Actually no, I'll get the paper invoice instead.").
        // (Not 「はがきの手数料…じゃなくて、はがきの期限っていつ？」: the question itself put right.)
        (corrects(u) &&
          !asksOwnQuestion &&
          (isShort(u) || (!isQuestion(u) && !next && u.reading.confidence < SURE_ALONE))) ||
        // (「あ、ごめん、2023年12月2日やった」: a slip owned, the fact said again.)
        (ownsASlip(u) && !isQuestion(u) && !asksOwnQuestion) ||
        // "and if I bought it on Dec 3?": linked, and with no clear meaning of its own.
        (hasLinkWord(u) && u.reading.confidence < WEAK && !asksOwnQuestion))) ||
    // (Not "What if I don't pay by then?" after a fee: filler words alone, yet surely late payment.)
    // (Nor "what if I just pay tomorrow instead?": a day to pay on, whether it is in time.)
    (isBare(u) && named.length === 0 && hasFollowUpMarker(u) && !sureOfAnother && !u.slots.proposedDue) ||
    // "*postcard" after the postcard's deadline: the way said again (a typo put right), the same
    // question.
    (isBare(u) &&
      u.slots.method !== undefined &&
      !u.slots.methods &&
      u.slots.method === topic.slots.method) ||
    // "and if I had paid both by postcard instead?": the same question under another method,
    // however surely its words ("paid both") read as something else alone.
    // (Not "whats the fee if i paid those at the konbini instead": the fee, asked in so many words.)
    (newFacts &&
      isConditional(u) &&
      INSTEAD.test(u.normalized) &&
      !(u.reading.intent === 'fees' && topic.intent !== 'fees' && A_FEE.test(u.normalized)));
  // 「手順教えて」 "what are the steps?" alone right after an FAQ answer: that topic's way to do it
  // (its answer says what there is, and where to ask when no procedure is published).
  // "how long till they answer?", 「返事っていつ来る？」 right after an FAQ answer that sent the user to
  // atone: how soon atone replies, which that answer says where a source does.
  if (
    isFaqTopic(topic.intent) &&
    ASKS_REPLY_TIME.test(u.normalized) &&
    [topic.intent, 'fallback', 'contact_atone'].includes(u.reading.intent)
  ) {
    return onTheTopic(topic, u);
  }
  if (isFaqTopic(topic.intent) && isShort(u) && ASKS_THE_STEPS.test(u.normalized) && !mentionsReminders(u)) {
    return onTheTopic(topic, u);
  }
  // 「まだ払ってなかったら？」 "and if I haven't paid yet?" right after an FAQ answer (a return, leaving
  // atone): the case of a bill not yet paid, which the topic's answer speaks of; not paying late,
  // which would name the deadline or lateness.
  if (
    isFaqTopic(topic.intent) &&
    isShort(u) &&
    SUPPOSES_NOT_PAID_YET.test(u.normalized) &&
    !NAMES_LATENESS.test(u.normalized) &&
    !u.slots.date &&
    !u.slots.method
  ) {
    return onTheTopic(topic, u);
  }
  // 「なんで？」 "why?" alone, right after an answer: why that is so, which the answer says (the
  // day a deadline falls on, who a campaign is for), not a question of its own ("why declined?").
  if (BARE_WHY.test(u.normalized) && !REMINDER_INTENTS.includes(topic.intent)) {
    return onTheTopic(topic, u);
  }
  // "Can you say that in English?": the last answer again, in the language asked for (the
  // message's own).
  if (asksForLanguage(u) && !REMINDER_INTENTS.includes(topic.intent)) {
    return {
      reading: { intent: topic.intent, confidence: 0.9 },
      slots: withTopic(topic, topic.intent, u.slots, u),
      follows: topic.intent,
    };
  }
  // "sorry can u say it in english? and the fee too" after a way's deadline: that answer again,
  // in the language asked for; it gives the way's fee.
  if (
    topic.intent === 'deadline' &&
    u.reading.intent === 'fees' &&
    (!u.slots.method || u.slots.method === topic.slots.method) &&
    FEE_TOO.test(u.normalized) &&
    besideLanguageRequest(u.normalized) !== undefined
  )
    return {
      reading: { intent: 'deadline', confidence: 0.9 },
      slots: withTopic(topic, 'deadline', u.slots, u),
      follows: 'deadline',
    };
  // 「ログインできないうちに期限過ぎたらやばい？」「その請求、払わないとどうなるの」 after an FAQ answer:
  // what paying late means, asked as such, is its own question whatever the topic was.
  // (Unless the topic itself answers it: つど後払い's lateness is not 翌月払い's.)
  // (So too after the user's own bill, 「延滞したらなんぼ取られるん？」: the late fee, not the account.)
  if (
    (isFaqTopic(topic.intent) || topic.intent === 'handoff') &&
    u.reading.intent === 'late_payment' &&
    supposesPayingLate(u.normalized) &&
    next?.intent !== topic.intent
  )
    return own;
  // 「見つからない」 "still nothing" right after an FAQ answer: it did not help (the topic's answer
  // then says where to ask), unless the message clearly asks something else.
  // Not when it names the next topic along ("it failed twice, i used my tablet" after identity
  // checks is the failing check's), which it still reads as with the topic named.
  // (Said at length, 「探しても見当たらへんのやけど」, it is so too when it means nothing alone.)
  if (
    isFaqTopic(topic.intent) &&
    saysItFails(u.normalized) &&
    (isShort(u) || pointsBack(u) || u.reading.intent === 'fallback') &&
    !u.slots.otherService &&
    !mentionsReminders(u) &&
    !(u.reading.confidence >= SURE_ALONE && !['fallback', topic.intent].includes(u.reading.intent)) &&
    // (Not 「わかった。あとはがき届かへんねんけど」 after a return: a way to pay the topic does not
    // speak of, not arriving, read clearly as a topic of its own.)
    !(
      isFaqTopic(u.reading.intent) &&
      u.reading.intent !== topic.intent &&
      u.reading.confidence >= CLEAR &&
      u.slots.method !== undefined &&
      !(USES[topic.intent] ?? []).includes('method')
    ) &&
    !(
      isFaqTopic(u.reading.intent) &&
      u.reading.intent !== topic.intent &&
      u.readAbout(topic.intent).intent === u.reading.intent
    )
  ) {
    // "it keeps failing" after how the identity check works: the topic of it failing, when the
    // knowledge base has one.
    const next = u.nextWhenStuck(topic.intent);
    if (next) {
      const reading = { intent: next, confidence: Math.max(u.reading.confidence, 0.8) };
      return { reading, slots: u.slots, follows: topic.intent };
    }
    return onTheTopic(topic, u);
  }
  // "Is it today then?" after a deadline: the same deadline, the day named only asked about.
  if (topic.intent === 'deadline' && asksIfDueOn(u)) {
    const { date: _, dates: __, tense: ___, ...undated } = u.slots;
    return {
      reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.9) },
      slots: withTopic(topic, 'deadline', undated, u),
      follows: topic.intent,
    };
  }
  // 「3月1日？2月じゃないの？」 "Dec 10? not the 20th?" after a deadline: a day the answer gave as
  // due, said back, doubts it (no purchase is named): the same deadline again, which says why.
  // Unless it asks what comes next ("October 10 is already gone?? what happen now").
  if (topic.intent === 'deadline' && echoesDueDate(topic, u) && !next) {
    const { date: _, dates: __, tense: ___, ...undated } = u.slots;
    return {
      reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.9) },
      slots: withTopic(topic, 'deadline', undated, u),
      follows: topic.intent,
    };
  }
  // 「はがきで」 "the postcard one" after the list of methods, asked in the middle of a question about
  // a purchase's deadline, or 「支払いは口座振替です」 after a question about that purchase's bill:
  // the method chosen for the purchase's deadline.
  // So too a method the user says they will pay with after a fee asked in between ("I bought a bag
  // on Nov 22" … "how much is the fee at the konbini?" … "ok and I'll pay by barcode"): the
  // purchase's deadline, whose answer gives that method's fee as well.
  if (
    u.slots.method &&
    datesOf(topic)?.meaning === 'purchase' &&
    !mentionsReminders(u) &&
    !REMINDER_INTENTS.includes(u.reading.intent) &&
    ((isBareAnswer(u) && !uses.includes('method')) ||
      // (「はがきで」 after every way's fee, asked aside: the purchase's deadline, which gives the
      // fee of that way too.)
      (isBareAnswer(u) && topic.intent === 'fees' && !topic.slots.method) ||
      (CHOOSES_A_METHOD_AFTER.includes(topic.intent) &&
        (!isQuestion(u) || ASKS_THE_DAY.test(u.normalized)) &&
        (saysOwnMethod(u) || WILL_PAY.test(u.normalized) || TELLS.test(u.normalized))))
  ) {
    return {
      reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.8) },
      slots: withTopic(topic, 'deadline', u.slots, u),
      follows: topic.intent,
    };
  }
  // "and stuff from Jan 5?" after paying late: another purchase, its deadline asked.
  if (
    topic.intent === 'late_payment' &&
    u.slots.date &&
    !next &&
    isShort(u) &&
    (u.reading.intent === 'fallback' || u.reading.intent === 'deadline')
  ) {
    const reading = { intent: 'deadline' as const, confidence: Math.max(u.reading.confidence, 0.8) };
    return { reading, slots: withTopic(topic, 'deadline', u.slots, u), follows: topic.intent };
  }
  // 「はがきで払うつもり」 after which chains take which way, a purchase asked about before: the way
  // told (not asked) for that purchase, whose deadline it finishes, not the chains again.
  if (sameQuestion && !isQuestion(u) && isFaqTopic(topic.intent) && forHeldPurchase(topic, u)) {
    const reading = { intent: 'deadline' as const, confidence: Math.max(u.reading.confidence, 0.8) };
    return { reading, slots: withTopic(topic, 'deadline', u.slots, u), follows: topic.intent };
  }
  if (sameQuestion) {
    // The campaigns asked about again with a last use or a number of shops: whether the user qualifies.
    const intent =
      topic.intent === 'campaigns' && (u.slots.date || u.slots.shops !== undefined)
        ? 'campaign_eligibility'
        : topic.intent;
    return {
      reading: { intent, confidence: Math.max(u.reading.confidence, 0.9) },
      slots: withTopic(topic, intent, u.slots, u),
      follows: topic.intent,
    };
  }
  if (next) {
    const asRead =
      next.ownCoreReading &&
      CORE_INTENTS.has(u.reading.intent) &&
      !['fallback', 'help', 'payment_methods', ...METHOD_PAGES, ...REMINDER_INTENTS].includes(
        u.reading.intent,
      ) &&
      u.reading.confidence >= WEAK;
    const intent = asRead ? u.reading.intent : next.intent;
    const reading = { intent, confidence: Math.max(u.reading.confidence, 0.8) };
    // 「1月10日って日曜やん。ずれる？」: the due date said back is no purchase of its own.
    const { date: _, dates: __, tense: ___, ...undated } = u.slots;
    const slots = topic.intent === 'deadline' && echoesDueDate(topic, u) ? undated : u.slots;
    return { reading, slots: withTopic(topic, intent, slots, u), follows: topic.intent };
  }
  // 「ゲーム会社に言えばいい？」 "who do I contact about it?" after an FAQ answer: whom to tell is
  // what its answer ends with (unless the message surely names another topic).
  if (
    isFaqTopic(topic.intent) &&
    ASKS_WHOM.test(u.normalized) &&
    !(
      isFaqTopic(u.reading.intent) &&
      u.reading.confidence >= SURE_ALONE &&
      u.reading.intent !== topic.intent
    ) &&
    // (「家族ちゃうかった。どこに相談したら？」: not the family after all, so suspected fraud.)
    !(topic.intent === 'family_or_shared_use' && notTheFamily(u.normalized)) &&
    !mentionsReminders(u)
  ) {
    const reading = { intent: topic.intent, confidence: Math.max(u.reading.confidence, 0.8) };
    return { reading, slots: withTopic(topic, topic.intent, u.slots, u), follows: topic.intent };
  }
  // A method for the purchase asked about before the topic: said after a tangent (「で、さっきの服は
  // はがきで払うわ」 after Amazon, "I'll pay the coat by postcard" after how the bill comes), or
  // asked as the deadline right after the reminder button (「口座振替だったらいつ？」): that
  // purchase's deadline by that method.
  if (forHeldPurchase(topic, u)) {
    const reading = { intent: 'deadline' as const, confidence: Math.max(u.reading.confidence, 0.8) };
    return { reading, slots: withTopic(topic, 'deadline', u.slots, u), follows: topic.intent };
  }
  // 「ユニクロは？」 "what about rakuten?" after Amazon (or after where atone can be used): another
  // shop, not Amazon again; whether atone works there is the shop search's to say.
  if (
    (AMAZON_INTENTS.includes(topic.intent) || topic.intent === 'where_to_use') &&
    !u.slots.amazon &&
    !u.slots.otherService &&
    namesShop(u.normalized) &&
    (isElliptic(u) || hasLinkWord(u) || isShort(u)) &&
    // (Not 「無印ともう1つ別のお店で使ったら？」 after the campaign's shop count: shops counted.)
    u.slots.shops === undefined
  ) {
    const reading = { intent: 'where_to_use' as const, confidence: Math.max(u.reading.confidence, 0.9) };
    return { reading, slots: u.slots, follows: topic.intent };
  }
  // 「デビットカードだといつ引き落とされる？」 after Amazon: when Amazon charges a debit card (its
  // 引き落とし is no atone bank debit).
  if (
    AMAZON_INTENTS.includes(topic.intent) &&
    DEBIT_CARD.test(u.normalized) &&
    !u.normalized.includes(ATONE_TOKEN)
  ) {
    const reading = {
      intent: 'amazon_payment_methods' as const,
      confidence: Math.max(u.reading.confidence, 0.9),
    };
    return { reading, slots: { ...u.slots, amazon: true }, follows: topic.intent };
  }
  // 「アトネは？」 "and atone?", 「その中にアトネは入ってる？」 after Amazon's ways to pay: whether atone
  // is one of them.
  if (
    AMAZON_INTENTS.includes(topic.intent) &&
    u.normalized.includes(ATONE_TOKEN) &&
    // (Not 「atoneの分割は？」「atoneのキャンペーンはありますか」: atone's own installments or
    // campaigns, a question of its own, fairly surely.)
    !asksOfAtoneItself(u) &&
    // ("can i use atone there at least?": there is Amazon.)
    (isOneWord(u) || AMONG_THEM.test(u.normalized) || pointsToPlace(u))
  ) {
    const reading = { intent: 'amazon' as const, confidence: Math.max(u.reading.confidence, 0.9) };
    return { reading, slots: withTopic(topic, 'amazon', u.slots, u), follows: topic.intent };
  }
  // After Amazon, 「ギフト券買うのは？」 means nothing alone and all with the word left out: it
  // is read with it, and kept only if it then reads clearly.
  // A question that names atone (「アトネの手数料は？」) is about atone, not Amazon; unless it is
  // about the gift cards ("what about buying a gift card with atone and using that?"): Amazon's.
  // (「Amazon以外のネットショップなら使える？」 names Amazon to set it aside: the slots leave it out.)
  const subject =
    topic.slots.amazon &&
    !u.slots.amazon &&
    !u.slots.amazonSetAside &&
    (!u.normalized.includes(ATONE_TOKEN) || namesGiftCard(u.normalized))
      ? u.lang === 'ja'
        ? 'amazonで'
        : 'on amazon'
      : undefined;
  // 「それって分割もできる？」 after Amazon's pay-later option: "that" is it, on Amazon (alone,
  // installments read as atone's own).
  if (subject && pointsBack(u) && isQuestion(u) && !u.slots.otherService) {
    const there = u.readWith({ ...u.slots, amazon: true }, subject);
    // (Torn between Amazon's two intents is surely about Amazon.)
    const aboutAmazon =
      there.confidence >= WEAK ||
      (there.alternative !== undefined && AMAZON_INTENTS.includes(there.alternative));
    if (AMAZON_INTENTS.includes(there.intent) && aboutAmazon)
      return { reading: there, slots: withTopic(topic, there.intent, u.slots, u), follows: topic.intent };
  }
  // A question that means little alone (「どれくらいかかる？」 after identity checks, "cash on
  // delivery?" after Amazon, 「土曜やけどずれたりする？」 after a deadline) is read with the topic
  // named, and kept when it then reads clearly. What the matcher is sure is out of scope alone
  // (「天気は？」) stays so.
  // "What do I need for that check?" after code payment, whose answer named identity
  // verification: that topic, when the message is unsure alone and reads clearly with it named.
  const unsureOwn =
    u.reading.intent === 'fallback' || u.reading.intent === 'help' || u.reading.confidence < CLEAR;
  // Not a case put of the topic itself ("what if that doesn't work?" after login trouble, whose
  // answer names using atone without an account).
  // So too a message that reads as that topic alone ("how do I do that verification?").
  // A short one that reads alone as that topic, however unsure ("how do I verify?" after code
  // payment), is it too.
  if (isFaqTopic(topic.intent) && (pointsBack(u) || isShort(u)) && isQuestion(u) && !isConditional(u)) {
    const named = u.readNamedBy(topic.intent);
    // Only when the message's own words speak of it ("that check"): "それっていつ戻る？" after a
    // double payment is its refund, not the shops its answer names.
    const spokenOf = pointsBack(u)
      ? (unsureOwn || named?.intent === u.reading.intent) &&
        named !== undefined &&
        u.touchesAnswerOf(named.intent)
      : named?.intent === u.reading.intent;
    // (Read surely as that topic alone, "how do i get a higher limit", it is asked afresh: the whole
    // answer, not the part a follow-up of it would get.)
    if (named && spokenOf)
      return u.reading.intent === named.intent && u.reading.confidence >= SURE_ALONE
        ? { reading: named, slots: u.slots }
        : { reading: named, slots: u.slots, follows: named.intent };
  }
  // A short question only fairly sure alone (「いつ返ってくる？」 after returns, billing_notice at
  // 0.58) stays with the topic when, with the topic named, it is surely the topic's own question.
  // Not when it names another FAQ topic's subject ("how many points do I earn?" after
  // installments, whose answer speaks of points too; "my limit went down, why?" after a return):
  // that topic is asked about, however unsure the matcher is of it.
  // ("where does atone work?" after the app card: atone itself asked about, the card not named.)
  // (Not "and my bill now, it disappear?" after leaving atone, unsure of the bill's topic and linked
  // to the one whose answer speaks of bills too.)
  const namesAnotherSubject =
    isFaqTopic(u.reading.intent) &&
    u.reading.intent !== topic.intent &&
    !(
      u.reading.confidence < WEAK &&
      hasLinkWord(u) &&
      u.touchesAnswerOf(topic.intent) &&
      !u.namesSubjectApartFrom(u.reading.intent, topic.intent)
    ) &&
    (u.namesSubjectOf(u.reading.intent) ||
      (namesAtone(u) && !u.namesSubjectOf(topic.intent) && u.reading.confidence >= FAIRLY_SURE));
  // ("what info will they ask me?" after logging in reads as what the bot does, yet points back:
  // no question about the bot.)
  const unsureAlone =
    !namesAnotherSubject &&
    (u.reading.intent === 'fallback'
      ? u.reading.confidence < OUT_OF_SCOPE && !CHATTER.test(u.normalized)
      : u.reading.confidence < WEAK ||
        // ("what can i use here then?" at 7-Eleven: the place, not the bot.)
        (u.reading.intent === 'help' &&
          (pointsBack(u) || USED_AT_THE_PLACE.test(u.normalized)) &&
          !NAMES_THE_BOT.test(u.normalized)));
  // (A reading as a reminder request is the request logic's to weigh: decide.ts.)
  // 「私の名前で子どものスマホ番号で登録するのは？」 after minors' ages: more of its words are what its
  // own reading's answer speaks of (family use: 名義, 番号) than the topic's (登録).
  const closerToOwnAnswer =
    isFaqTopic(u.reading.intent) &&
    u.reading.intent !== topic.intent &&
    u.wordsSharedWith(u.reading.intent) > u.wordsSharedWith(topic.intent);
  // "can I just type my new address then?" after a failing identity check (an ID with the old
  // address): sure alone of a move, yet more of its words are what the topic's answer speaks of.
  const closerToTopicAnswer =
    isFaqTopic(u.reading.intent) &&
    u.reading.intent !== topic.intent &&
    u.wordsSharedWith(topic.intent) >= 2 &&
    u.wordsSharedWith(topic.intent) > u.wordsSharedWith(u.reading.intent);
  const fairlySureAlone =
    !unsureAlone &&
    !REMINDER_INTENTS.includes(u.reading.intent) &&
    !namesAnotherSubject &&
    !closerToOwnAnswer &&
    // Short, or naming something the topic's answer speaks of (「住所って1-2-3って書いていい？」
    // after identity checks, which alone reads as a change of address): then anything short of
    // sure alone.
    ((isShort(u) && u.reading.confidence < FAIRLY_SURE) ||
      (u.touchesAnswerOf(topic.intent) && u.reading.confidence < SURE_ALONE) ||
      closerToTopicAnswer);
  if (
    (unsureAlone || fairlySureAlone) &&
    !asksOwnQuestion &&
    // Or a detail told of it (「住所は1-2-3って書いてる」 after a failing identity check).
    (isQuestion(u) || isShort(u) || u.touchesAnswerOf(topic.intent)) &&
    !mentionsReminders(u) &&
    !REMINDER_INTENTS.includes(topic.intent) &&
    !u.slots.otherService &&
    !isCourtesy(u.normalized) &&
    // ("I got no email at all this month" after where the payment number is: a bill missing, its
    // own matter, though the topic's answer speaks of the email.)
    !(u.reading.intent === 'bill_not_received' && saysNotArrived(u.normalized))
  ) {
    // "and my bill now, it disappear?" after leaving atone: linked, unsure alone, and naming what
    // the topic's answer speaks of (bills already issued): that answer is the one that says.
    if (unsureAlone && isFaqTopic(topic.intent) && hasLinkWord(u) && u.touchesAnswerOf(topic.intent)) {
      const reading = { intent: topic.intent, confidence: Math.max(u.reading.confidence, CLEAR) };
      return { reading, slots: withTopic(topic, topic.intent, u.slots, u), follows: topic.intent };
    }
    const about = subject ? u.readWith({ ...u.slots, amazon: true }, subject) : u.readAbout(topic.intent);
    // Naming something the topic's answer speaks of, clearly the topic's with it named will do.
    // (Unsure alone and naming what the topic's answer speaks of, 「住所って書き方あるの？」 after a
    // failing identity check: the topic's, when read with it named it is the topic.)
    const kept = unsureAlone
      ? (about.confidence >= CLEAR && !asksAnotherTopicOutright(u, topic)) ||
        ((about.intent === topic.intent || about.alternative === topic.intent) &&
          u.touchesAnswerOf(topic.intent))
      : about.intent === topic.intent &&
        about.confidence >= (u.touchesAnswerOf(topic.intent) ? CLEAR : SURE_ALONE);
    if (
      kept &&
      !['fallback', 'help', 'handoff', ...REMINDER_INTENTS].includes(about.intent) &&
      !turnsToAnotherSubject(u, topic)
    ) {
      const reading = { intent: about.intent, confidence: about.confidence };
      return { reading, slots: withTopic(topic, about.intent, u.slots, u), follows: topic.intent };
    }
  }
  // After an FAQ topic, a question that points back to it or puts a case of it ("what if that
  // doesn't work?", "what's the fee for that?", 「まだ払ってない場合はどうなる？」) is about it when,
  // with the topic named, it reads as the topic: alone, its words ("fee", 払ってない) take it to
  // a core question. (A core topic has its next questions above: "what if I'm late?" is late
  // payment; another FAQ topic, "could it be my kid?", is its own; reminders are decide.ts's.)
  if (
    !CORE_INTENTS.has(topic.intent) &&
    CORE_INTENTS.has(u.reading.intent) &&
    !['fallback', 'help', ...REMINDER_INTENTS].includes(u.reading.intent) &&
    (pointsBack(u) || isConditional(u) || PUTS_A_CASE.test(u.normalized)) &&
    isQuestion(u) &&
    !mentionsReminders(u) &&
    !u.slots.otherService &&
    // 「じゃあ普通に払う。12月5日に買ったのをコンビニ払いだと？」: a purchase of its own, asked about;
    // "ok forget it. suitcase: postcard invoice. due when?": a method's own question, asked.
    !(u.slots.date && u.slots.method) &&
    !(u.slots.method && asksItsOwnQuestion(u)) &&
    // ("and when's it due anyway?" after a bill that did not come: the due day, asked in so many words.)
    // (Nor "when do I have to pay it? I use direct debit": a way's day, asked surely; nor "I bought
    // something on Jan 31, when do I have to pay by with that?" after the chains: a purchase's.)
    !(
      u.reading.intent === 'deadline' &&
      u.reading.confidence >= SURE_ALONE &&
      (DUE_NAMED.test(u.normalized) || u.slots.method !== undefined || u.slots.date !== undefined)
    ) &&
    // (Nor 「その分の支払いはバーコードで12月10日までで合ってます？」: a way's due day put forward.)
    !(u.reading.intent === 'deadline' && u.slots.proposedDue && u.slots.method)
  ) {
    // Surely the topic with it named, or clearly so when the message alone is not sure either.
    const about = u.readAbout(topic.intent);
    const bar = u.reading.confidence >= SURE_ALONE ? SURE_ALONE : CLEAR;
    if (about.intent === topic.intent && about.confidence >= bar) {
      return { reading: about, slots: withTopic(topic, about.intent, u.slots, u), follows: topic.intent };
    }
  }
  // ("Is PayPay accepted too?" after Amazon: one more question about the same place.)
  if (!hasFollowUpMarker(u) && !isShort(u) && !(subject && asksAlso(u))) return own;
  // "thanks", "great, thanks", "ok": nothing asked, nothing to carry over.
  if (isCourtesy(u.normalized) || (named.length === 0 && isBare(u) && !hasFollowUpMarker(u))) return own;
  // A message the bot does not understand alone (「天気は？」, "asdfghjkl", "what's the weather
  // like?") is not made into the last topic by its shape: only a link (「じゃあ」 "and…", "instead"),
  // a pointer back (「それって…」) or a short message naming facts makes it a follow-up. Another
  // service ("Is Paidy better?") is never one.
  const linked = hasLinkWord(u) || pointsBack(u) || (named.length > 0 && isShort(u));
  // 「メルペイは？」, "merpay ok?", 「メルペイ使える？」, "Is PayPay accepted too?" after Amazon: whether
  // that way to pay works there.
  const completedBySubject =
    subject !== undefined &&
    !linked &&
    (isElliptic(u) ||
      (u.slots.otherService !== undefined &&
        // (「メルペイのあと払いは？」: the service named, then 「は？」; "paidy in installments
        // there?": there, the topic's place.)
        (isShort(u) || asksAlso(u) || pointsToPlace(u) || /(?:は|って)[?？]?\s*$/.test(u.normalized))));
  // Another service ("Is Paidy better?") is never a follow-up, except as a way to pay on Amazon
  // after Amazon (「メルペイは？」).
  // (Nor how to set that service up, "and how do i set up paypay atobarai?": its own to answer.)
  if (
    (u.slots.otherService && (!subject || SETS_UP_ANOTHER.test(u.normalized))) ||
    (u.reading.intent === 'fallback' && !linked && !completedBySubject)
  )
    return own;
  // Read again with the topic's methods and Amazon context: "what can I use instead?" after the
  // Amazon answer is about Amazon. Its dates follow only if the new question means them alike.
  const context: Slots = {
    ...(topic.slots.method ? { method: topic.slots.method } : {}),
    ...(topic.slots.amazon ? { amazon: true } : {}),
    ...u.slots,
  };
  // Amazon changes what a question means (its own ways to pay, its gift cards): the word is read
  // with the message, as the user left it out ("how else can I pay there?").
  const read = u.readWith(context, subject);
  if (u.reading.intent === 'fallback' && !linked && (read.intent === 'fallback' || read.confidence < CLEAR))
    return own;
  // Read as the general question, a follow-up stays with the topic's narrower one.
  // (A message naming atone, 「ギフト券をアトネで買うんは？」, asks about atone itself.)
  const narrower =
    (u.reading.intent !== read.intent || u.reading.confidence < SURE_ALONE) &&
    !u.normalized.includes(ATONE_TOKEN)
      ? NARROWER.find((n) => n.after === topic.intent && n.read === read.intent)
      : undefined;
  // A question that reads well alone (「支払い方法は？」 after the Amazon answer) keeps its own
  // meaning; the topic changes it only when linked to it (「じゃあ何なら使えるの？」, "…instead?").
  // Unless the topic's subject makes it much clearer (「デビットカードっていつ引き落とされるの」
  // after Amazon is Amazon's, not atone's bank debit).
  const standsAlone =
    read.intent !== u.reading.intent &&
    !(subject && read.confidence >= CLEAR && read.confidence - u.reading.confidence >= MUCH_CLEARER) &&
    // "What can I use to pay later there?": "there" is the topic's place (Amazon).
    !(subject && pointsToPlace(u) && read.intent !== 'fallback') &&
    // 「分割もできる？」 "installments too?": also, there (the topic's place).
    !(subject && asksAlso(u) && read.confidence >= CLEAR) &&
    !narrower &&
    // A link word ("…instead?") lends the topic only to a message unsure alone.
    (!hasLinkWord(u) || u.reading.confidence >= SURE_ALONE) &&
    u.reading.confidence >= WEAK &&
    u.reading.intent !== 'fallback' &&
    u.reading.intent !== 'help';
  // 「では電子バーコードに変更した場合、いつの請求から変わりますか。」: its own question, in its own
  // words, however unsure the matcher is of them.
  const ownQuestion = asksOwnQuestion && read.intent !== u.reading.intent;
  // "What can I use instead?" after atone on Amazon asks for the alternative that answer gives,
  // though with Amazon said it reads as Amazon's payment methods. (「じゃあメルペイは？」 names
  // the way asked about: Amazon's payment methods answer it.)
  const instead =
    subject !== undefined && hasLinkWord(u) && topic.intent === 'amazon' && !u.slots.otherService;
  const reading =
    narrower || (instead && read.intent === 'amazon_payment_methods')
      ? { intent: topic.intent, confidence: read.confidence }
      : standsAlone || ownQuestion
        ? u.reading
        : read;
  if (reading.intent !== 'fallback' && reading.intent !== 'help') {
    const slots = withTopic(topic, reading.intent, u.slots, u);
    // Only a question that took something from the topic follows it.
    const took = reading.intent !== u.reading.intent || JSON.stringify(slots) !== JSON.stringify(u.slots);
    return took ? { reading, slots, follows: topic.intent } : own;
  }
  // A short linked question with only a weak reading of its own (「じゃあ何なら使えるの？」 read as
  // help at 0.37) says nothing but "and about that?": the topic is what it asks about.
  const weakAlone =
    u.reading.intent === 'fallback' || (hasLinkWord(u) && isShort(u) && u.reading.confidence < WEAK);
  // Never for reminders: an unclear question must not turn into a request.
  if (weakAlone && isQuestion(u) && !REMINDER_INTENTS.includes(topic.intent)) {
    return {
      reading: { intent: topic.intent, confidence: 0.5 },
      slots: withTopic(topic, topic.intent, u.slots, u),
      follows: topic.intent,
    };
  }
  return withWaysLeft(topic, u, own);
}

// 「全部の手数料」 "all the fees": every way, whatever was turned down before.
const ALL_WAYS = /全部|ぜんぶ|全て|すべて|(?<![a-z])(?:all|every|each)(?![a-z])/;

/**
 * "not the bank account, I don't have one" → "how much is the fee for those?": a question of its
 * own about the ways to pay, for the ways left (withWaysTurnedDown).
 */
function withWaysLeft(topic: Topic, u: Understanding, own: InContext): InContext {
  const slots = withWaysTurnedDown(topic, own.reading.intent, own.slots, u);
  return slots === own.slots ? own : { ...own, slots };
}

/**
 * `slots` with the ways the topic turned down, when its answer uses them and the message names no
 * way, turns down none of its own and asks about all of them (「全部の手数料」) not.
 */
function withWaysTurnedDown(topic: Topic, intent: AnswerIntent, slots: Slots, u: Understanding): Slots {
  const turnedDown = topic.slots.methodsTurnedDown;
  if (
    !turnedDown ||
    slots.method ||
    slots.methodsTurnedDown ||
    !(USES[intent] ?? []).includes('methodsTurnedDown') ||
    ALL_WAYS.test(u.normalized)
  )
    return slots;
  return { ...slots, methodsTurnedDown: turnedDown };
}

const ASKS_THE_STEPS =
  /^(?:(?:じゃあ|で|それで|その)[、,\s]*)?(?:手順|やり方|方法|手続き)(?:を|は|って)?(?:教えて|おしえて|知りたい|は\??|\??)|^(?:(?:ok|so|and)[,\s]*)?(?:what are the (?:exact )?steps|how do i do (?:it|that)|steps|the steps)[\s?.!]*$/;
const SUPPOSES_NOT_PAID_YET =
  /まだ(?:支)?払(?:って|っと|わ)(?:い)?(?:ない|なかった|へん|ん|ません)(?:かった)?(?:ら|場合|なら|とき|時)|未払い(?:の)?(?:場合|なら|だったら|やったら|のとき)|(?<![a-z])(?:(?:if|what if|and if) i (?:haven'?t|have not|didn'?t|did not) (?:paid|pay)(?: (?:it|the bill))? yet|(?:if|and if|what if) (?:it'?s|it is|the bill is) (?:still )?(?:unpaid|not paid(?: yet)?))(?![a-z])/;
const NAMES_LATENESS =
  /期限|締め?切|遅れ|延滞|過ぎ|すぎ|間に合|(?<![a-z])(?:late|overdue|deadline|due|miss(?:ed)?)(?![a-z])/;
const BARE_WHY =
  /^(?:え[、,\s]*)?(?:なんで|なぜ|どうして|why|how come)(?:\s*(?:ですか|なの|なん|や|so|is that))?[?？!！。.]*$/;

// The slots a message may carry over from, or into, a topic.
const CONTEXT_SLOTS: readonly (keyof Slots)[] = [
  'method',
  'methods',
  'date',
  'dates',
  'shops',
  'amazon',
  'campaigns',
];

/** The message's slots, completed with the topic's where the new intent uses them in the same sense. */
/** The year a date was written with ("2023年11月30日", "Nov 30 2023"), if any. */
// 「ごめん2月28日やった」 "sorry it was feb 28", 「あ、違う」: a fact put right.
const PUTS_RIGHT =
  /^(?:ごめん|ごめんなさい|すまん|すみません|失礼|間違えた|まちがえた|あ、?違|いや)|(?<![a-z])(?:sorry|my bad|oops|typo|i mean|i meant|it was|it's actually|actually)(?![a-z])|(?:やった|だった|でした)(?:わ|ね|よ|っけ)?[\s。.!！]*$/;

function putsRight(u: Understanding): boolean {
  return corrects(u) || PUTS_RIGHT.test(u.normalized);
}

function monthOf(date: DateSlot): { year: number; month: number } {
  return date.kind === 'day' ? date.date : date.month;
}

/**
 * The year that puts `month` nearest the date held (within six months either way); a year said
 * alone (「2023年」, then 「11月かな」) is that year.
 */
function nearestYear(month: number, held: DateSlot): number {
  if (held.kind === 'month' && held.wholeYear) return held.month.year;
  const near = monthOf(held);
  const ahead = month - near.month;
  return ahead > 6 ? near.year - 1 : ahead < -6 ? near.year + 1 : near.year;
}

// "I meant this year", 「去年のです」: a year said alone, as a correction.
// (「あ、ごめん2026年やった」 "sorry, 2026": the year itself.)
const YEAR_ALONE =
  /^(?:(?:sorry|no|oh|oops|wait|actually|i mean|i meant|it was|it's|make (?:it|that)|あ|あっ|ごめん|ごめんなさい|すみません|いや|間違えた)[、,\s]*)*(?:(this|last|next) year|(今年|去年|昨年|来年)|(20\d\d)年?)(?:の(?:ほう|方|分)?)?(?:です|でした|だった|やった|やわ|やで|だよ|ね)?[.!。！]*$/;

function yearAlone(normalized: string, thisYear: number): number | undefined {
  const m = YEAR_ALONE.exec(normalized.trim());
  if (m?.[3] !== undefined) return Number(m[3]);
  const word = m?.[1] ?? m?.[2];
  if (word === undefined) return undefined;
  return thisYear + (word === 'next' || word === '来年' ? 1 : word === 'this' || word === '今年' ? 0 : -1);
}

function yearSaid(date: DateSlot | undefined): number | undefined {
  if (!date || !saysAYear(date.source)) return undefined;
  return date.kind === 'day' ? date.date.year : date.month.year;
}

function inYear(date: DateSlot, year: number): DateSlot {
  const { otherYear: _, ...rest } = date;
  return rest.kind === 'day'
    ? { ...rest, date: { ...rest.date, year } }
    : { ...rest, month: { ...rest.month, year } };
}

/** How sure a core reading must be to be a question of its own after another topic, with its own facts. */
const SURE_OF_ITS_OWN = 0.95;

// "the August one", 「8月の分」「8月のほう」: one of several purchases, by its month.
const THE_ONE = /(?<![a-z])one(?![a-z])|の(?:分|ほう|方|やつ)/;
// "and with 5?", 「じゃあ4つは？」: a number alone, after a number of shops.
const BARE_COUNT =
  /^(?:(?:and|with|what about|how about|then|so|if|only|just|it was|it's|at)\s+)*(\d{1,2})\s*(?:shops?|stores?|店舗|店|つ)?\s*(?:は|なら|だと|では|only|instead)?\s*[?？]?$|^(?:じゃあ|ほな|なら)?\s*(\d{1,2})\s*(?:店舗|店|つ)?\s*(?:は|なら|だと)?\s*[?？]?$/;

/** Of the ways the topic named, the one not turned down, when exactly one is left. */
export function wayLeft(
  named: Pick<Slots, 'method' | 'methods'>,
  turnedDown: readonly MethodId[],
): MethodId | undefined {
  const ways = named.methods ?? (named.method ? [named.method] : []);
  const left = ways.filter((way) => !turnedDown.includes(way));
  return left.length === 1 ? left[0] : undefined;
}

export function withTopic(topic: Topic, intent: AnswerIntent, slots: Slots, u: Understanding): Slots {
  const merged: Slots = { ...slots };
  const held = datesOf(topic);
  const sameDates = held !== undefined && held.meaning === DATE_MEANING[intent];
  if (!slots.date && !slots.invalidDate && sameDates && held.slots.date) {
    merged.date = held.slots.date;
    if (held.slots.dates) merged.dates = held.slots.dates;
    if (held.slots.tense && !slots.tense) merged.tense = held.slots.tense;
  }
  // "and the August one?" after purchases on July 20 and August 1: the one in that month.
  const monthNamed = slots.date?.kind === 'month' && !slots.dates ? slots.date.month.month : undefined;
  if (monthNamed !== undefined && sameDates && held.slots.dates && THE_ONE.test(u.normalized)) {
    const inMonth = held.slots.dates.filter((d) => d.kind === 'day' && d.date.month === monthNamed);
    if (inMonth.length === 1) merged.date = inMonth[0] as DateSlot;
  }
  // 「2023年11月30日」 → 「あ、ちゃうわ、12月1日やったわ」: a date corrected without its year is the one
  // nearest the date said before, in its year or the next or last (「昨年12月10日」 → 「1月2日でした」
  // is the January after it).
  const heldYear = sameDates ? yearSaid(held.slots.date) : undefined;
  if (
    slots.date &&
    held?.slots.date &&
    !slots.dates &&
    heldYear !== undefined &&
    yearSaid(slots.date) === undefined &&
    // (A last use put another way, 「1日ずれて12月1日だったら？」, is near the one said too.)
    (corrects(u) || held.meaning === 'last_use')
  )
    merged.date = inYear(slots.date, nearestYear(monthOf(slots.date).month, held.slots.date));
  // "bought on December 5?" → "sorry, I meant December this year" / "I meant this year" /
  // 「今年のほうです」: the day held, in the year now said.
  const heldDay =
    sameDates && held.slots.date?.kind === 'day' && !held.slots.dates ? held.slots.date : undefined;
  if (heldDay && !slots.dates) {
    const month = slots.date?.kind === 'month' ? slots.date : undefined;
    const year =
      month && month.month.month === heldDay.date.month
        ? yearSaid(month)
        : !slots.date
          ? yearAlone(u.normalized, u.today.year)
          : undefined;
    if (year !== undefined && year !== heldDay.date.year) merged.date = inYear(heldDay, year);
  }
  // 「2月30日に買ったら…」 → 「ごめん2月28日やった」, "I bought on feb 30" → "sorry it was feb 28": a
  // date put right keeps the tense of the purchase asked about (the slip owned in the past tense,
  // やった, is no purchase made), so its year is the coming one or the one just past.
  const tense = topic.slots.tense;
  if (
    slots.date?.kind === 'day' &&
    !slots.dates &&
    tense &&
    yearSaid(slots.date) === undefined &&
    putsRight(u) &&
    // "actually, what if I buy on dec 5?": a purchase of its own has its own tense.
    !saysPurchase(u.normalized)
  ) {
    const { date } = slots.date;
    const year =
      tense === 'future' && compareDates(date, u.today) < 0
        ? date.year + 1
        : tense === 'past' && compareDates(date, u.today) > 0
          ? date.year - 1
          : date.year;
    merged.date = inYear(slots.date, year);
    merged.tense = tense;
  }
  // "last month's stuff" → "and this month's?": the month is read as the last one was (purchases
  // or a bill) unless the message says which.
  const month = slots.date?.kind === 'month' ? slots.date : undefined;
  const heldMonth = sameDates && held.slots.date?.kind === 'month' ? held.slots.date : undefined;
  // (「12月の何日ごろにとどく？」 says the month the bill arrives in: its own reading stands.)
  if (
    month &&
    heldMonth &&
    !saysBillOrPurchase(u.normalized) &&
    !SAYS_ARRIVAL.test(u.normalized) &&
    !slots.dates
  ) {
    const { bill: _, ...purchases } = month;
    merged.date = heldMonth.bill ? { ...purchases, bill: true } : purchases;
  }
  // 「1月の分は？」 → 「じゃあ2月は」: a month said without its year, or a tense, is the one nearest
  // the month talked about (the February to come after January 2027, not the one gone by).
  const heldAt = sameDates ? held.slots.date : undefined;
  if (
    merged.date?.kind === 'month' &&
    slots.date?.kind === 'month' &&
    heldAt &&
    yearSaid(slots.date) === undefined &&
    !slots.tense &&
    !slots.dates
  )
    merged.date = inYear(merged.date, nearestYear(merged.date.month.month, heldAt));
  // Not into a question across the ways to pay, nor into a change of method: the method talked
  // about before is the one being left ("無料の方法ある？" → "じゃあそれに変えたい").
  // (「はがきじゃない方で」 after the postcard and the konbini compared: the konbini.)
  if (slots.methodsTurnedDown && !slots.method) {
    const left = wayLeft(topic.slots, slots.methodsTurnedDown);
    if (left) merged.method = left;
  } else if (!slots.method && topic.slots.method && !asksAcrossMethods(u) && intent !== 'change_method') {
    merged.method = topic.slots.method;
    if (topic.slots.methods && (USES[intent] ?? []).includes('methods')) merged.methods = topic.slots.methods;
  }
  // 「手数料は口座振替と同じ？」 "same as direct debit?": the method talked about and the one named.
  const other = topic.slots.method;
  if (slots.method && other && other !== slots.method && !slots.methods && COMPARES.test(u.normalized))
    merged.methods = [other, slots.method];
  // "and with 5?" after a number of shops: that many shops.
  const count =
    slots.shops === undefined && topic.slots.shops !== undefined ? BARE_COUNT.exec(u.normalized) : null;
  if (count) merged.shops = Number(count[1] ?? count[2]);
  else if (
    slots.shops === undefined &&
    topic.slots.shops !== undefined &&
    (USES[intent] ?? []).includes('shops')
  )
    merged.shops = topic.slots.shops;
  if (!slots.amazon && topic.slots.amazon && (USES[intent] ?? []).includes('amazon')) merged.amazon = true;
  // 「ポイント祭りって何ポイント？」 → 「最後に使ったのは2024年2月」: still that campaign only.
  if (!slots.campaigns && topic.slots.campaigns && (USES[intent] ?? []).includes('campaigns'))
    merged.campaigns = topic.slots.campaigns;
  // "not the bank account" → "how much is the fee for those?": the ways left, still.
  return withWaysTurnedDown(topic, intent, merged, u);
}
