// The pure core: understanding a message (language, slots, the matcher's reading) and answering
// it as an intent. No I/O, the clock passed in. A single question goes through `handle`; the
// conversation layer (src/conversation/) calls `understand` and `answer` separately, so that it
// can read a message in the light of the turns before it.
import { asksHowTold, billStillToCome, namesBillNotice, saysNotArrived } from '../intents/billing-notice.js';
import { deadlineForDate } from '../intents/deadline.js';
import {
  isAcknowledgement,
  isGoodbye,
  isGreeting,
  isNeverMind,
  withoutGreeting,
} from '../intents/fallback.js';
import { asksForHelpOnly } from '../intents/help.js';
import { intents as allIntents } from '../intents/index.js';
import { supposesPayingLate } from '../intents/late-payment.js';
import { asksToBeToldBeforehand } from '../intents/reminder-subscribe.js';
import { decodeAction, encodeAction } from './actions.js';
import type { PlainDate } from './domain/calendar.js';
import { compareDates, tokyoToday } from './domain/dates.js';
import { type KnowledgeBase, methodById } from './domain/knowledge-base.js';
import { METHOD_IDS, type MethodId } from './domain/methods.js';
import type { AnswerContext, IntentDefinition } from './intent.js';
import { defaultKnowledgeBase } from './knowledge.js';
import { createClassifier } from './nlu/classifier.js';
import { createCueScanner, matcherCues } from './nlu/cues.js';
import { withoutDeclinedHelp } from './nlu/declined.js';
import { detectLang, withoutLanguageRequest } from './nlu/language.js';
import { loadModel, type Model } from './nlu/model.js';
import trainedModel from './nlu/model.json' with { type: 'json' };
import { asksIfDateMoves } from './nlu/moves.js';
import { ATONE_TOKEN, normalize } from './nlu/normalize.js';
import { questionParts } from './nlu/question-parts.js';
import { extractSlots, type Slots, saysPurchase, withoutSlots } from './nlu/slots.js';
import { correctSpelling } from './nlu/spelling.js';
import { saysItFails } from './nlu/still-stuck.js';
import { asksWhatItIs } from './nlu/what-is.js';
import { formatIsoDay } from './phrases.js';
import { contentWords } from './topics/focus.js';
import { topicIntents } from './topics/topic-intents.js';
import {
  type Answer,
  type AnswerAction,
  type AnswerIntent,
  type AnswerSource,
  isFaqTopic,
  type Lang,
  type Message,
} from './types.js';

/** What the matcher makes of a message: the intent, how sure it is, and a close runner-up. */
export interface Reading {
  /** A core intent or a knowledge-base topic. */
  intent: AnswerIntent;
  confidence: number;
  alternative?: AnswerIntent;
}

/** A message understood on its own: everything an answer or a conversation decision needs. */
export interface Understanding {
  message: Message;
  now: Date;
  today: PlainDate;
  lang: Lang;
  /** The text normalised and spell-corrected: what every matcher reads. */
  normalized: string;
  slots: Slots;
  /** The matcher's reading of the message alone. */
  reading: Reading;
  /**
   * The matcher's reading of the message with other slots (those the conversation so far
   * supplies), and the subject it left out said too ("how else can I pay there?" + "amazon").
   */
  readWith(slots: Slots, subject?: string): Reading;
  /** The matcher's reading of the message with `intent`'s subject said ("どれくらいかかる？" + 本人確認). */
  readAbout(intent: AnswerIntent): Reading;
  /** Whether the message names something an FAQ topic's answer speaks of (「住所」 after identity checks). */
  touchesAnswerOf(intent: AnswerIntent): boolean;
  /** Whether the message names what an FAQ topic is about, a word of its label ("points" of NP points). */
  namesSubjectOf(intent: AnswerIntent): boolean;
  /**
   * The message read as one of the FAQ topics `intent`'s answer names ("what do I need for that
   * check?" after code payment, whose answer names identity verification), when one reads clearly.
   */
  readNamedBy(intent: AnswerIntent): Reading | undefined;
  /**
   * The FAQ topic that takes over when `intent`'s answer did not help ("it keeps failing" after
   * how identity checks work: their failing), as the knowledge base says.
   */
  nextWhenStuck(intent: AnswerIntent): AnswerIntent | undefined;
  /** Of `among`, the intent the message's own words make likeliest (「さっきの請求の件」 among earlier topics). */
  likeliestOf(among: readonly AnswerIntent[]): AnswerIntent | undefined;
  /**
   * The days a deadline answer for `slots` gives as due (each purchase's, by each method asked
   * about, or the next ones), and those a debit moved from: a date said back (「3月1日？2月じゃない
   * の？」「27日じゃないの？」) is one of them.
   */
  dueDates(slots: Slots): PlainDate[];
}

/** How the conversation read a turn, for its answer. */
export interface AnswerTurn {
  /** The intent to answer (default: the message's reading). */
  reading?: Reading;
  /** The facts to answer from (default: the message's own). */
  slots?: Slots;
  /** The intent of the turn this one follows up ("and the fee?" after a deadline), if it does. */
  follows?: AnswerIntent;
  /** The method whose reminders the user has set: the answer does not offer to set them again. */
  remindedMethod?: MethodId;
}

export interface Bot {
  understand(message: Message, now?: Date): Understanding;
  /** The answer to `understanding`, as the conversation read the turn (by default, the message alone). */
  answer(understanding: Understanding, turn?: AnswerTurn): Answer;
  /** Understands the message and answers it, as of `now` (default: when it was received). */
  handle(message: Message, now?: Date): Answer;
}

export interface BotOptions {
  kb?: KnowledgeBase;
  intents?: readonly IntentDefinition[];
  /** The trained matcher (default: the one built from the project's examples, model.json). */
  model?: Model;
}

let cachedModel: Model | undefined;
/** The shipped model, decoded once per process. */
function defaultModel(): Model {
  cachedModel ??= loadModel(trainedModel);
  return cachedModel;
}

/** A question about when (「いつ」 "when will…"). */
// "one from December 20, did I miss that?": whether a date's deadline has passed, which its
// deadline answer says.
const ASKS_IF_MISSED =
  /(?<![a-z])(?:did i miss|have i missed|is it (?:too )?late)(?![a-z])|間に合(?:った|ってる|う)|過ぎて(?:る|た)/;
const ASKS_WHEN = /いつ|何日|(?<![a-z])(?:when|what date|what day)(?![a-z])/;

/** How many sources an answer cites at most: the text should stay short. */
const MAX_SOURCES = 2;

/** A reading this sure is kept even when the message asks whether a date moves. */
const SURE_OF_ANOTHER = 0.9;

/** A bill in so many words: the paper bill, an invoice, 請求書. */
const NAMES_A_BILL =
  /請求書|はがき|ハガキ|(?<![a-z])(?:(?:bill|invoice|statement|postcard|hagaki|seikyu+sho)s?|(?:what|how much) (?:to|i (?:have to|need to|must|should)) pay|amount due)(?![a-z])/;
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

// A deadline told as missed (not asked about: 「過ぎたらどうなる？」 is late_payment's anyway).
const SAYS_MISSED =
  /過ぎ(?:ちゃ|ちま|てしま|てもう)|過ぎた(?!ら)|払い忘れ(?:た|ちゃ|て)|払うの(?:を)?忘れ|(?:期限|\d{1,2}\s*日)(?:やった|だった|でした)?の(?:を)?忘れ|(?<![a-z])(?:forgot to pay|missed (?:the|my) (?:deadline|due date|payment)|didn'?t pay|haven'?t paid)(?![a-z])/;

// 「10日の支払いができなかった」 "couldn't make the payment on the 10th": a due day's payment not made
// (a payment declined at a checkout has no due day).
const MISSED_A_DUE_DAY =
  /\d{1,2}\s*日の(?:支払い?|払い|引き?落とし)(?:が|は|も)?(?:でき(?:な|ん|へん)|間に合わ|払え(?:な|ん))|(?<![a-z])(?:couldn'?t|could not|didn'?t|did not|wasn'?t able to) (?:make|pay) (?:the |my )?(?:payment )?(?:on|by|due on) the \d{1,2}(?:st|nd|rd|th)?(?![a-z\d])/;

// Lateness on record: credit information, a blacklist, a loan or mortgage application later.
const ON_RECORD =
  /信用情報|ぶらっく|(?<![a-z])(?:cic|jicc)(?![a-z])|(?:記録|履歴)(?:に|が|は)?(?:残|される|載)|どっか(?:に|で)?記録|(?<![a-z])(?:credit (?:score|record|history|report|file|bureaus?)|blacklist(?:ed)?|mortgage|(?:apply|application|applying) for (?:a |an )?(?:loan|car loan|card|credit card|mortgage))(?![a-z])/;

// An order sent back or cancelled (「返品した」「送り返した」 "returned it", "cancelled the order").
const SENT_BACK =
  /返品|返送|送り返|きゃんせる(?:した|して|された)|(?<![a-z])(?:returned|sent (?:it |them |\w+ )?back|cancell?ed (?:the |my )?order|refunded)(?![a-z])/;

// A purchase denied, and a demand to pay received (a bill, an email, a charge).
const DID_NOT_BUY =
  /(?:買って|使って|利用して|注文して|頼んで)(?:い)?(?:ない|ません|へん|ねー|ねえ|なかった)|身に覚え|心当たり(?:が|の)?(?:ない|ありません)|(?<![a-z])(?:didn'?t|did not|never|haven'?t|have not) (?:buy|bought|use|used|order|ordered|purchase|purchased)(?![a-z])/;
const GOT_A_DEMAND =
  /請求(?:が|されて|され|きた|来た|メール)|支払(?:って|い)?(?:ください|下さい)|払えって|払ってって|(?:めーる|メール|sms|はがき|通知)(?:が)?(?:来|き|届)|(?<![a-z])(?:got|received|getting|receiving) (?:a |an |this |some )?(?:atone |あとね )?(?:bill|charge|invoice|e-?mail|sms|text|message|notice)|(?<![a-z])(?:saying|says|said) (?:that )?i owe(?![a-z])|(?<![a-z])(?:charged|billed)(?![a-z])/;
const DOUBTED_CHARGE_INTENTS: readonly AnswerIntent[] = [
  'unrecognized_charge',
  'fraud_report',
  'subscription_still_billed',
  'family_or_shared_use',
  'overpaid_or_double_paid',
  'cancel_return_refund',
  'bill_not_received',
];

const SPEAKS_OF_CHANGING = /変更|変え|変わ|切り?替|(?<![a-z])(?:chang|switch|mov)/;

const PAYMENT_OF_A_PURCHASE =
  /(?:購入|買っ|買い物|注文|利用|使っ)[^。]{0,16}支払|(?<![a-z])pay(?:ing|ment)? for(?![a-z])/;
const ASKS_OWN_BALANCE =
  /(?:私|わたし|僕|ぼく|俺|おれ|自分|うち)(?:の|って|は|に)?(?:まだ|今|いま)?(?:未払い|残高|請求額|滞納)(?:が|は|って)?(?:ある|あります|残って|いくら)|(?<![a-z])(?:do i (?:still )?(?:owe|have (?:an? |any )?(?:unpaid|outstanding))|how much do i (?:still )?owe)(?![a-z])/;
const DEADLINE_PASSING =
  /(?:期限|締め?切り?|支払日)(?:が|を)?(?:過ぎ|すぎ)たら|(?<![a-z])(?:miss (?:the |my )?(?:deadline|due date|payment)|(?:deadline|due date) (?:passes|is missed))(?![a-z])/;
const ASKS_THE_FEE =
  /手数料(?:は|って|が|も)?(?:[?？]|いくら|かか|どう|無料|ある|あり|$)|(?<![a-z])(?:what(?:'s| is) the fee|how much is the fee|any fees?|is there a fee|fees?\?)(?![a-z])/;
const NEEDS_NO_CARD =
  /(?<![a-z])(?:(?:don'?t|do not|no) (?:need|have)|without|need|require[sd]?) (?:a |any |my )?(?:credit )?card(?![a-z])|かーど(?:が|は|を)?(?:いらない|要らない|不要|なくても|無くても|なしで|無しで|持って(?:ない|いない|なくても)|必要)/;
const ASKS_DEADLINE_AND_FEE =
  /(?:期限|支払日|引き?落とし日)(?:と|や|、)(?:請求)?手数料|手数料(?:と|や|、)(?:期限|支払日|引き?落とし日)|(?<![a-z])(?:deadline|due date) and (?:the )?fees?|fees? and (?:the )?(?:deadline|due date)(?![a-z])/;
const ASKS_OWN_STATUS =
  /(?<![a-z])(?:check|see|look|confirm) (?:if|whether) (?:it|my payment|the payment|that) (?:went through|was received|got through|is paid|was paid)|(?:check|look at|look up) my account|on my account(?![a-z])|(?:反映|入金)(?:されてるか|されたか|済みか)(?:確認|見て|調べて)/;
const NAMES_A_CAMPAIGN =
  /ぽいんと祭|大抽選|きゃんぺーん|(?<![a-z])(?:spring points?|points? festival|lottery|campaign)(?![a-z])/;
const ASKS_HOW_TO_REACH =
  /(?<![a-z])(?:how (?:do|can|could) i (?:contact|reach|call|email|get in touch with)|contact (?:you|atone|support|customer)|(?:call|phone|speak to|talk to) (?:someone|somebody|a person|a human|an operator|support))(?![a-z])|(?:問い合わせ|連絡)(?:先|する方法|したい|はどこ)/;
const ASKS_WHEN_TO_PAY =
  /いつ(?:まで)?に?(?:払|はら|支払)|(?<![a-z])when (?:do |will |should |must )?i (?:need to |have to |must |should )?pay(?![a-z])/;
const MISUSED =
  /勝手|無断|知らない(?:うち|間)|(?<![a-z])(?:without (?:my )?(?:permission|asking)|didn'?t ask|behind my back)(?![a-z])/;
// 「アカウント消して」 "delete my account": leaving atone, not the reminders.
const NAMES_ACCOUNT = /あかうんと|退会|会員|(?<![a-z])(?:account|membership)(?![a-z])/;
// "can I have a paper bill sent instead?", 「はがきにしたい」: a way to pay wished for.
const WISHES_A_METHOD =
  /(?<![a-z])(?:instead|can i (?:have|get|switch|change|use)|i(?:'d| would) (?:like|prefer))(?![a-z])|に(?:変え|かえ|し)たい|に(?:変え|かえ)(?:られ|れ)/;
// "why was my payment declined?", 「決済が通らない」: a payment refused at a checkout.
const SAYS_DECLINED = /(?<![a-z])(?:declined|rejected|refused)(?![a-z])|通らな|通らへん|弾かれ|はじかれ/;
// 「あとでどうやってはらうの？」 "how do I pay for it afterwards?": the ways to pay the bill.
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

/** How clearly a message read without its dates and methods must be an FAQ topic to be taken as it. */
const CLEAR_WITHOUT_FACTS = 0.8;

/** How clearly a message must read as a topic another topic's answer named (readNamedBy). */
const NAMED_CLEARLY = 0.6;

export function createBot(options: BotOptions = {}): Bot {
  const kb = options.kb ?? defaultKnowledgeBase();
  // The knowledge base's FAQ topics are matched and answered like intents, after the core ones.
  const intents = [...(options.intents ?? allIntents), ...topicIntents(kb)];
  const byName = new Map(intents.map((intent) => [intent.name, intent]));
  // What each class is about, in the matcher's normalised text: a bare subject is read by it, and
  // a follow-up that means little alone is read with it said (readAbout).
  const subjects = new Map(
    intents.map((intent) => [
      intent.name,
      { ja: normalize(intent.label.ja), en: normalize(intent.label.en) },
    ]),
  );
  // The topic that takes over when each topic's answer did not help (nextWhenStuck).
  const whenStuck = new Map(
    kb.topics.flatMap(({ id, whenStuck }) => (whenStuck ? [[id, whenStuck as AnswerIntent] as const] : [])),
  );
  // The words each FAQ topic's label says it with, in both languages (namesSubjectOf).
  const labelWords = new Map(kb.topics.map((topic) => [topic.id, wordsOf(topic.label)]));
  // The words each FAQ topic's answer says something with, in both languages (touchesAnswerOf).
  const answerWords = new Map(kb.topics.map((topic) => [topic.id, wordsOf(topic.answer)]));
  // The other FAQ topics each topic's answer names: by the English label, or the Japanese label's
  // first term (「本人確認のやり方」 → 本人確認).
  // (A term of three kanji or more: 「請求」 is in most answers.)
  const labels = kb.topics.map(({ id }) => {
    const label = subjects.get(id);
    const term = label ? [...contentWords(label.ja)][0] : undefined;
    return { id, en: label?.en, ja: term !== undefined && term.length >= 3 ? term : undefined };
  });
  const namedBy = new Map(
    kb.topics.map((topic) => {
      const answer = { ja: normalize(topic.answer.ja), en: normalize(topic.answer.en) };
      const named = labels.filter(
        (other) =>
          other.id !== topic.id &&
          ((other.en !== undefined && answer.en.includes(other.en)) ||
            (other.ja !== undefined && answer.ja.includes(other.ja))),
      );
      return [topic.id, named.map((other) => other.id)];
    }),
  );
  const classifier = createClassifier(
    options.model ?? defaultModel(),
    new Set(intents.map((intent) => intent.name)),
    createCueScanner(matcherCues(intents)),
    new Map([...subjects].map(([name, { ja, en }]) => [name, [ja, en]])),
  );

  /** 「20日のほう」 "the 20th one": the methods due that day (the postcard; the 10th is two). */
  function withNamedDueDay(slots: Slots): Slots {
    if (slots.dueDayNamed === undefined || slots.method) return slots;
    const due = kb.methods.filter((m) => m.dueDay === slots.dueDayNamed).map((m) => m.id);
    const [first] = due;
    if (!first) return slots;
    return due.length > 1 ? { ...slots, method: first, methods: due } : { ...slots, method: first };
  }

  function intentOf(name: AnswerIntent): IntentDefinition {
    const intent = byName.get(name) ?? byName.get('fallback');
    if (!intent) throw new Error('the intents must include fallback');
    return intent;
  }

  function read(message: Message, normalized: string, slots: Slots, now: Date, today: PlainDate): Reading {
    if (message.intent) return { intent: message.intent, confidence: 1 };
    // Nothing to understand: show what the bot can do rather than guess.
    if (normalized.trim() === '') return { intent: 'help', confidence: 1 };
    // "ok", "I see", 「なるほど」, "yo": acknowledged or greeted, nothing asked (the fallback answers
    // it kindly).
    if (
      isAcknowledgement(normalized) ||
      isNeverMind(normalized) ||
      isGreeting(normalized) ||
      isGoodbye(normalized)
    )
      return { intent: 'fallback', confidence: 0.99 };
    // "i need help with atone": help asked for, no question yet.
    if (asksForHelpOnly(normalized)) return { intent: 'help', confidence: 0.95 };
    // Another service's questions are never answered with atone facts. Amazon is the exception:
    // there, naming Paidy as Amazon's pay-later option is the helpful answer. So is paying the
    // atone bill with that service ("can I pay my atone bill with PayPay?"): that is a question
    // about the ways to pay, whose answer is that it is not one of them.
    if (isOtherServiceQuestion(slots)) {
      if (paysAtoneBillWith(normalized)) return { intent: 'payment_methods', confidence: 0.9 };
      // "Is atone like Paidy?", 「atoneとペイディの違いは？」: what atone is, the one side the bot knows.
      if (comparesAtoneWith(normalized)) return { intent: 'about', confidence: 0.8 };
      return { intent: 'fallback', confidence: 0.95 };
    }
    // (A greeting before the question, "hi. how do i buy something with it", is no part of it.)
    const { intent, confidence, alternative } = classifier.classify(
      withoutGreeting(normalized),
      slots,
      mentionsAtone(normalized, slots),
    );
    // Whether a date moves is the deadline's question, unless the matcher is sure of another.
    if (intent !== 'deadline' && confidence < SURE_OF_ANOTHER && asksIfDateMoves(normalized))
      return { intent: 'deadline', confidence };
    // "can i split the bill for my january purchases into installments?", "I moved in March, will
    // the bill go to my old address?": dates and methods said in passing pull toward the deadline;
    // read without them, a question surely about an FAQ topic is that topic.
    if (intent === 'deadline' && confidence < SURE_OF_ANOTHER && (slots.date || slots.proposedDue)) {
      const bare = classifier.classify(withoutSlots(normalized), {}, mentionsAtone(normalized, slots));
      if (isFaqTopic(bare.intent) && bare.confidence >= CLEAR_WITHOUT_FACTS)
        return { intent: bare.intent, confidence: bare.confidence };
    }
    // 「Amazonでペイディ使える？」 "Can I pay on Amazon with Paidy?": another way to pay on Amazon,
    // not atone there; a "no" about atone would answer what was not asked.
    if (intent === 'amazon' && slots.otherService && !normalized.includes(ATONE_TOKEN))
      return { intent: 'amazon_payment_methods', confidence };
    // "What is 口座振替?", 「はがき請求書って何？」: what a way to pay is, whatever else the words suggest.
    if (asksWhatItIs(normalized) && slots.method && !slots.methods && !slots.date)
      return { intent: 'payment_methods', confidence: Math.max(confidence, 0.8) };
    // 「請求書がまだ届いておりません…期限を過ぎてしまうのでは…どうすれば」: the bill that has not
    // come is what to act on (whom to ask); the worry about the deadline, the follow-up.
    if (
      // (However sure of the deadline: "my hagaki hasn't come, i bought stuff in january".)
      (intent === 'late_payment' ||
        intent === 'deadline' ||
        (intent === 'fees' && confidence < SURE_OF_ANOTHER)) &&
      saysNotArrived(normalized) &&
      NAMES_A_BILL.test(normalized) &&
      // Unless only its deadline is asked (「はがきが来ないけど期限はいつ？」).
      (ASKS_WHAT_TO_DO.test(normalized) || !ASKS_WHEN.test(normalized))
    )
      return { intent: 'bill_not_received', confidence };
    // A purchase's date with "when?" or with its deadline past (「12月3日に買った分、もう過ぎた？」
    // "When will May's charges be pulled?"): the deadline answer, which says what being late means
    // once it has passed.
    // (Not a supposition: "what if i cant pay by the deadline this month" asks what lateness means.)
    if (
      intent === 'late_payment' &&
      slots.date &&
      !supposesPayingLate(normalized) &&
      (slots.date.kind === 'month' || saysPurchase(normalized) || ASKS_IF_MISSED.test(normalized)) &&
      (ASKS_WHEN.test(normalized) || dueDates(slots, now).every((due) => compareDates(due, today) < 0))
    )
      return { intent: 'deadline', confidence };
    // A named month's bill that has not come before its announcement day (「12月分の請求がまだ来ない」
    // on 2 January) is not missing, only early: billing_notice answers with the day it comes by.
    // Once that day has passed, it is missing: bill_not_received's answer, whom to ask.
    if (
      intent === 'bill_not_received' &&
      slots.date?.kind === 'month' &&
      saysNotArrived(normalized) &&
      billStillToCome(slots.date, today)
    )
      return { intent: 'billing_notice', confidence };
    // 「期限近なったら教えて」 "let me know when it's close": telling beforehand is a reminder.
    if (intent === 'deadline' && confidence < SURE_OF_ANOTHER && asksToBeToldBeforehand(normalized))
      return { intent: 'reminder_subscribe', confidence };
    // "I always forget to pay my barcode bill": a reminder, offered (the reading is not sure, so
    // the chat asks before setting one); what being late means ("what if I forget?") is its own question.
    if (
      confidence < SURE_OF_ANOTHER &&
      !(intent === 'late_payment' && ASKS_WHAT_HAPPENS.test(normalized)) &&
      !intent.startsWith('reminder_') &&
      FORGETS_HABITUALLY.test(normalized)
    )
      return { intent: 'reminder_subscribe', confidence: Math.min(confidence, 0.4) };
    // 「今月の請求って口座振替だといつ引き落とされる？」 asks the debit's day; 「GWで請求メールが遅れたり
    // しない？」 "when does the bill email come?" asks about the notice.
    if (intent === 'billing_notice' && confidence < SURE_OF_ANOTHER && ASKS_DEBIT_DAY.test(normalized))
      return { intent: 'deadline', confidence };
    // 「支払い方法は自動振替に登録しておりますが、引き落とし日を教えて」: the method told as the
    // user's own, and its day asked; nothing said of changing it.
    // So too the day and the fee asked of a purchase (「10月28日に購入…引き落とし日と手数料を」):
    // the deadline's answer gives the fee too.
    if (
      ((intent === 'change_method' && !SPEAKS_OF_CHANGING.test(normalized)) ||
        (intent === 'fees' && slots.date !== undefined)) &&
      confidence < SURE_OF_ANOTHER &&
      ASKS_DEBIT_DAY.test(normalized)
    )
      return { intent: 'deadline', confidence };
    if (
      intent === 'campaign_eligibility' &&
      slots.date?.kind === 'month' &&
      USED_IN_A_MONTH.test(normalized) &&
      !SPEAKS_OF_CAMPAIGNS.test(normalized)
    )
      return { intent: 'deadline', confidence };
    // 「11/30に注文したけど発送は12/3らしい。これって何月分の請求になる？」: which month's bill a
    // purchase falls in, which the billing rule (the month the shop confirms the sale) answers.
    if (
      intent === 'handoff' &&
      confidence < SURE_OF_ANOTHER &&
      slots.date &&
      ASKS_WHICH_MONTH.test(normalized)
    )
      return { intent: 'billing_notice', confidence };
    // 「退会前に確認したいんだけど、私まだ未払いある？」 "do I still owe anything?": the user's own
    // account, whatever else the message names.
    if (
      intent !== 'handoff' &&
      (isFaqTopic(intent) || intent === 'deadline' || intent === 'billing_notice') &&
      ASKS_OWN_BALANCE.test(normalized) &&
      byName.has('handoff')
    )
      return { intent: 'handoff', confidence };
    // 「ログインできないうちに支払い期限過ぎたらやばい？」: what a deadline passing means is asked.
    // (With a purchase's date, the deadline's answer says whether it passed and what that means.)
    if (
      alternative === 'late_payment' &&
      confidence < SURE_OF_ANOTHER &&
      !slots.date &&
      DEADLINE_PASSING.test(normalized)
    )
      return { intent: 'late_payment', confidence };
    // "so i don't need a card?", 「孫に勧められて…クレジットカードが無くても大丈夫？」: no credit card is
    // needed (what atone is), whoever else the message names; not the app-only card, named as such.
    if (
      (intent === 'app_card' ||
        intent === 'family_or_shared_use' ||
        intent === 'registration_requirements') &&
      confidence < SURE_OF_ANOTHER &&
      NEEDS_NO_CARD.test(normalized) &&
      !NAMES_APP_CARD.test(normalized)
    )
      return { intent: 'about', confidence };
    // 「アカウント消して」: leaving atone, never stopping the reminders.
    if (
      intent === 'reminder_unsubscribe' &&
      confidence < SURE_OF_ANOTHER &&
      NAMES_ACCOUNT.test(normalized) &&
      !NAMES_REMINDERS.test(normalized) &&
      byName.has('withdrawal')
    )
      return { intent: 'withdrawal', confidence };
    // "can I have a paper bill sent instead?": a change of method wished for, no bill missing.
    if (
      intent === 'bill_not_received' &&
      confidence < SURE_OF_ANOTHER &&
      slots.method &&
      WISHES_A_METHOD.test(normalized)
    )
      return { intent: 'change_method', confidence };
    // "why was my payment declined?? i have money in the bank": the bank is no method asked about.
    if (
      (intent === 'deadline' || intent === 'payment_methods') &&
      confidence < 0.6 &&
      SAYS_DECLINED.test(normalized) &&
      byName.has('payment_declined')
    )
      return { intent: 'payment_declined', confidence };
    // 「あとでどうやってはらうの？」: paying the bill, not paying at a checkout.
    if (intent === 'how_to_use' && confidence < SURE_OF_ANOTHER && HOW_TO_PAY_LATER.test(normalized))
      return { intent: 'payment_methods', confidence };
    // "ok how do I contact you guys", "can I just call someone?": how to reach atone.
    if (
      intent !== 'contact_atone' &&
      (intent === 'fallback' || confidence < SURE_OF_ANOTHER) &&
      ASKS_HOW_TO_REACH.test(normalized) &&
      byName.has('contact_atone')
    )
      return { intent: 'contact_atone', confidence };
    // "is that spring point thing still running? want to sign up": a campaign named is the campaigns'.
    if (
      (intent === 'registration_requirements' || intent === 'np_points') &&
      NAMES_A_CAMPAIGN.test(normalized)
    )
      return { intent: 'campaigns', confidence };
    // 「はがきで払う場合の期限と手数料を教えて」: a method's deadline asked beside its fee is the deadline,
    // whose answer gives the fee (the two nouns alone, 「期限と手数料」, are a close call offered both ways).
    if (intent === 'fees' && slots.method && ASKS_DEADLINE_AND_FEE.test(normalized))
      return { intent: 'deadline', confidence };
    // "I paid at Lawson, can you check if it went through on my account?": the user's own account.
    if (
      intent !== 'handoff' &&
      confidence < SURE_OF_ANOTHER &&
      ASKS_OWN_STATUS.test(normalized) &&
      byName.has('handoff')
    )
      return { intent: 'handoff', confidence };
    // 「お金はいつはらうの」: when to pay is asked, however little else the message says.
    if (intent === 'fallback' && ASKS_WHEN_TO_PAY.test(normalized) && !slots.otherService)
      return { intent: 'deadline', confidence: Math.min(confidence, 0.6) };
    // "a question about when I need to pay for my kids stuff": when to pay, whoever the purchase was for.
    if (
      intent === 'family_or_shared_use' &&
      confidence < SURE_OF_ANOTHER &&
      ASKS_WHEN_TO_PAY.test(normalized) &&
      !MISUSED.test(normalized)
    )
      return { intent: 'deadline', confidence };
    // 「アプリ専用カードってなに？クレカと違うの？」: the app-only card, named, is what is asked about.
    if (
      intent === 'about' &&
      confidence < SURE_OF_ANOTHER &&
      NAMES_APP_CARD.test(normalized) &&
      byName.has('app_card')
    )
      return { intent: 'app_card', confidence };
    // 「口座振替に変えたら手数料は？」: the fee of the method changed to is asked.
    if (intent === 'change_method' && slots.method && ASKS_THE_FEE.test(normalized))
      return { intent: 'fees', confidence };
    // 「いちばん遅くまで待てるのはどの方法？」: which way to pay is asked, never the user's own account.
    if (intent === 'handoff' && confidence < SURE_OF_ANOTHER && ASKS_WHICH_METHOD.test(normalized))
      return { intent: ASKS_WHEN_LATEST.test(normalized) ? 'deadline' : 'payment_methods', confidence };
    // 「先月アトネで購入した商品の支払いについてお伺いしたいのですが」: a purchase's payment named,
    // the question still to come: when it is due is the answer that helps (it asks for the method).
    if (
      intent === 'about' &&
      confidence < SURE_OF_ANOTHER &&
      slots.date &&
      PAYMENT_OF_A_PURCHASE.test(normalized)
    )
      return { intent: 'deadline', confidence };
    // The user's way to pay told, nothing asked: its deadline is what they want to know first
    // (and the conversation keeps the method for what they ask next).
    if (
      (intent === 'change_method' || intent === 'payment_methods') &&
      confidence < SURE_OF_ANOTHER &&
      slots.method &&
      !slots.methods &&
      TELLS_OWN_METHOD.test(normalized) &&
      !SPEAKS_OF_CHANGING.test(normalized) &&
      !ASKS_SOMETHING.test(normalized)
    )
      return { intent: 'deadline', confidence };
    if (intent === 'deadline' && confidence < SURE_OF_ANOTHER && namesBillNotice(normalized))
      return { intent: 'billing_notice', confidence };
    if (intent === 'handoff' && confidence < SURE_OF_ANOTHER && asksHowTold(normalized))
      return { intent: 'billing_notice', confidence };
    // "if i pay late will it show up when i apply for a mortgage?", 「遅れたのってどっかに記録される？」:
    // what lateness leaves on record is the credit information's question, not the late fee's.
    if (intent === 'late_payment' && confidence < SURE_OF_ANOTHER && ON_RECORD.test(normalized))
      return { intent: 'credit_information', confidence };
    // 「コンビニ払いの期限過ぎちゃった」 "oh no I forgot to pay my konbini bill": a deadline told as
    // missed, with no purchase to date, is what being late means (the next deadline is no answer).
    if (
      intent === 'deadline' &&
      !slots.date &&
      !slots.proposedDue?.asked &&
      SAYS_MISSED.test(normalized) &&
      !ASKS_WHEN.test(normalized)
    )
      return { intent: 'late_payment', confidence };
    if (
      (intent === 'payment_declined' || intent === 'deadline') &&
      confidence < SURE_OF_ANOTHER &&
      MISSED_A_DUE_DAY.test(normalized)
    )
      return { intent: 'late_payment', confidence };
    // "what if i cant pay by the deadline this month": what being late means, supposed.
    if (
      intent === 'deadline' &&
      confidence < 1 &&
      supposesPayingLate(normalized) &&
      !saysPurchase(normalized)
    )
      return { intent: 'late_payment', confidence };
    // 「本人確認ってしなきゃだめ？」: whether the check is needed at all (its だめ is no failure).
    if (
      intent === 'identity_verification_failed' &&
      confidence < SURE_OF_ANOTHER &&
      ASKS_IF_REQUIRED.test(normalized) &&
      !saysItFails(normalized) &&
      byName.has('identity_verification')
    )
      return { intent: 'identity_verification', confidence };
    // "i returned a jacket but still got charged": a charge after a return is the return's.
    if (intent === 'unrecognized_charge' && confidence < SURE_OF_ANOTHER && SENT_BACK.test(normalized))
      return { intent: 'cancel_return_refund', confidence };
    // 「なんも買ってないのに支払ってくださいってメール来た」 "never ordered anything but got a bill":
    // a charge not recognised, however its words about paying read.
    if (
      !DOUBTED_CHARGE_INTENTS.includes(intent) &&
      confidence < SURE_OF_ANOTHER &&
      DID_NOT_BUY.test(normalized) &&
      GOT_A_DEMAND.test(normalized) &&
      byName.has('unrecognized_charge')
    )
      return { intent: 'unrecognized_charge', confidence };
    // Quiet hours (「夜10時から朝7時は通知しないで」) are a reminder setting, not a request to stop them.
    if (slots.quietHours && intent === 'reminder_unsubscribe')
      return { intent: 'reminder_subscribe', confidence };
    // つど後払い (pay per purchase) has its own deadlines and fees: its questions never get the
    // 翌月払い answer (domain.md), whatever the matcher's reading.
    if (
      (intent === 'deadline' || intent === 'fees') &&
      PER_PURCHASE.test(normalized) &&
      byName.has(PER_PURCHASE_TOPIC)
    )
      return { intent: PER_PURCHASE_TOPIC, confidence };
    // A purchase and its date, with nothing else asked ("I bought a jacket on November 20"), is
    // the start of a question about when to pay for it.
    // And a purchase with its date, with no reminder named and no reminder setting, is a question
    // about when to pay: 「3日前にコンビニで買った。期限は？」, whatever 「日前」 suggests.
    if (
      intent === 'reminder_subscribe' &&
      slots.date &&
      slots.tense &&
      !slots.leadDays &&
      slots.hour === undefined &&
      !slots.quietHours &&
      !NAMES_REMINDERS.test(normalized)
    )
      return { intent: 'deadline', confidence };
    // So is one whose date does not exist (「2月30日に買った」): the deadline answer says so.
    if (intent === 'fallback' && ((slots.date && slots.tense) || slots.invalidDate))
      return { intent: 'deadline', confidence: 0.5 };
    // Field by field rather than with a conditional spread (a copy through the runtime), in the same order.
    const reading: Reading = { intent, confidence };
    if (alternative) reading.alternative = alternative;
    return reading;
  }

  function understand(message: Message, now: Date = message.receivedAt): Understanding {
    const normalized = correctSpelling(normalize(message.text));
    // What the message asks, without reminders it turns down on the way (「リマインドはいらない。期限は？」).
    const asked = withoutLanguageRequest(withoutDeclinedHelp(normalized));
    const today = tokyoToday(now);
    // Slots given as fields (a command's options) are taken as they are, not read again from text.
    const slots = withNamedDueDay(message.slots ?? extractSlots(message.text, today, normalized));
    const lang = detectLang(message.text, message.locale);
    return {
      message,
      now,
      today,
      lang,
      normalized,
      slots,
      reading: read(message, asked, slots, now, today),
      readWith: (other, subject) => read(message, subject ? `${asked} ${subject}` : asked, other, now, today),
      readAbout: (intent) =>
        read(message, `${asked} ${subjects.get(intent)?.[lang] ?? ''}`, slots, now, today),
      dueDates: (given) => dueDates(given, now),
      nextWhenStuck: (intent) => whenStuck.get(intent),
      likeliestOf: (among) => classifier.likeliest(asked, slots, among),
      readNamedBy: (intent) => {
        let best: Reading | undefined;
        for (const other of namedBy.get(intent) ?? []) {
          const about = read(message, `${asked} ${subjects.get(other)?.[lang] ?? ''}`, slots, now, today);
          if (
            about.intent === other &&
            about.confidence >= NAMED_CLEARLY &&
            about.confidence > (best?.confidence ?? 0)
          )
            best = about;
        }
        return best;
      },
      touchesAnswerOf: (intent) => sharesAWord(normalized, answerWords.get(intent)),
      namesSubjectOf: (intent) => sharesAWord(normalized, labelWords.get(intent)),
    };
  }

  function dueDates(slots: Slots, now: Date): PlainDate[] {
    const methods = (slots.methods ?? (slots.method ? [slots.method] : METHOD_IDS)).map((id) =>
      methodById(kb, id),
    );
    const dates = slots.dates ?? [slots.date];
    // A debit moved off a weekend is said with the day it moved from (「27日じゃないの？」 doubts it).
    return dates.flatMap((date) =>
      methods.flatMap((method) => {
        const deadline = deadlineForDate(method, date, now);
        return deadline.moved ? [deadline.due, deadline.nominal] : [deadline.due];
      }),
    );
  }

  function answer(understanding: Understanding, turn: AnswerTurn = {}): Answer {
    const { lang, now, today, normalized } = understanding;
    const { slots = understanding.slots, follows, remindedMethod } = turn;
    let reading = turn.reading ?? understanding.reading;
    // A second question in the message (「期限はいつ？また、セブンで払える？」) is answered after the
    // first; a deadline asked beside its fee is the deadline, whose answer gives the fee.
    // (A message not understood as a whole is answered by the question it asks clearly.)
    let also = reading.alternative ? undefined : alsoAsked(understanding, reading.intent, slots);
    if (also && (coversFee(also.intent, reading.intent, slots) || NOT_UNDERSTOOD.has(reading.intent)))
      [reading, also] = [also, undefined];
    if (also && coversFee(reading.intent, also.intent, slots)) also = undefined;
    const intent = intentOf(reading.intent);
    const ctx: AnswerContext = { lang, slots, kb, now, today, normalized };
    if (follows) ctx.follows = follows;
    if (remindedMethod) ctx.remindedMethod = remindedMethod;
    const alternative = reading.alternative ? intentOf(reading.alternative) : undefined;
    const draft = intent.answer(ctx);
    const alsoDraft = also ? intentOf(also.intent).answer({ ...ctx, slots: also.slots }) : undefined;

    // The paragraphs added by concatenation, not joined from an array: the text is then copied
    // once, when it is written out, rather than once here and again there.
    let text = draft.text;
    if (alsoDraft) text = `${withoutSharedEnding(text, alsoDraft.text)}\n\n${alsoDraft.text}`;
    if (alternative) text += `\n\n${didYouMean(intent, alternative, lang)}`;
    const sources = alsoDraft
      ? citedSources([...citedSources(draft.sources).slice(0, 1), ...(alsoDraft.sources ?? [])])
      : citedSources(draft.sources);
    if (sources.length > 0) text += `\n\n${sourceLines(sources, lang)}`;

    const actions = alternative
      ? [intent, alternative].map((i) => ({
          id: encodeAction({ kind: 'ask', intent: i.name }),
          label: i.label[lang],
        }))
      : [];
    if (draft.actions) actions.push(...draft.actions);
    if (remindedMethod) removeOffersOf(remindedMethod, actions);
    // Built field by field rather than with conditional spreads (a tenth of answering), in the
    // same order, so that the object and its JSON are as before.
    const answer: Answer = draft.title
      ? { intent: intent.name, confidence: reading.confidence, lang, title: draft.title, text }
      : { intent: intent.name, confidence: reading.confidence, lang, text };
    if (draft.facts?.length) answer.facts = draft.facts;
    if (actions.length) answer.actions = actions;
    if (sources.length)
      answer.sources = sources.map(({ title, url, verifiedAt }) => ({ title, url, verifiedAt }));
    answer.slots = slots;
    return answer;
  }

  /**
   * Another question the message asks in a sentence of its own, read clearly as another intent,
   * with the facts it is answered from: its own when it names some ("when is the debit for
   * august" beside "can I change to barcode?" is the debit's), else the message's.
   */
  function alsoAsked(
    u: Understanding,
    main: AnswerIntent,
    slots: Slots,
  ): (Reading & { slots: Slots }) | undefined {
    for (const part of questionParts(u.normalized)) {
      // Read with its own facts, then with the message's ("which month??" after the purchase
      // date was told in the sentence before).
      const own = extractSlots(part, u.today, part);
      const namesFacts = Object.keys(own).length > 0;
      for (const facts of [own, slots]) {
        const other = read(u.message, part, facts, u.now, u.today);
        if (other.confidence >= ALSO_ASKED && other.intent !== main && answersApart(main, other.intent))
          return { ...other, slots: namesFacts ? facts : slots };
      }
    }
    return undefined;
  }

  return {
    understand,
    answer,
    handle: (message, now) => answer(understand(message, now)),
  };
}

/**
 * "Set a reminder" buttons for the reminders the user already has (their method, or any method)
 * are taken out: pressing one would only set again what is set.
 */
function removeOffersOf(method: MethodId, actions: AnswerAction[]): void {
  for (let i = actions.length - 1; i >= 0; i--) {
    const action = decodeAction(actions[i]?.id ?? '');
    if (action?.kind === 'subscribe' && (action.method === undefined || action.method === method))
      actions.splice(i, 1);
  }
}

/** How clearly a second question must read as its own intent to be answered too. */
const ALSO_ASKED = 0.8;

/** Intents never added as a second answer: no answer, a request (reminders), or the same subject. */
const NEVER_ALSO: ReadonlySet<AnswerIntent> = new Set(['fallback', 'help', 'handoff']);
const SAME_SUBJECT: readonly (readonly AnswerIntent[])[] = [['campaigns', 'campaign_eligibility']];
const NOT_UNDERSTOOD: ReadonlySet<AnswerIntent> = new Set(['fallback', 'help']);

function answersApart(main: AnswerIntent, other: AnswerIntent): boolean {
  return (
    !NEVER_ALSO.has(other) &&
    !other.startsWith('reminder_') &&
    !SAME_SUBJECT.some((pair) => pair.includes(main) && pair.includes(other))
  );
}

/** `first` without the closing lines it shares with `second` (where to go, said once at the end). */
function withoutSharedEnding(first: string, second: string): string {
  const a = first.split('\n');
  const b = second.split('\n');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared])
    shared++;
  return shared === 0
    ? first
    : a
        .slice(0, a.length - shared)
        .join('\n')
        .trimEnd();
}

/** Whether answering `intent` already gives the fee asked as `other` (a method's deadline does). */
function coversFee(intent: AnswerIntent, other: AnswerIntent, slots: Slots): boolean {
  return intent === 'deadline' && other === 'fees' && slots.method !== undefined && !slots.methods;
}

/**
 * Another payment service named (Amazon aside): answered by rule, never by the matcher, which is
 * therefore not trained on such questions either (src/nlu/training/inputs.ts).
 */
export function isOtherServiceQuestion(slots: Slots): boolean {
  return slots.otherService !== undefined && !slots.amazon;
}

// "atoneの請求をPayPayで払える？", "pay my atone bill with PayPay": the other service is the means
// (PAYS_WITH) and atone's bill is what is paid (ATONE_BILL), not the service's own bill
// ("PayPayの請求", "my PayPay balance").
const PAYS_WITH =
  /(で|を使って|経由で)(は|も)?(atoneの(請求|支払い?|代金)(を|は)?)?(払|支払|はら|決済|精算|でき)|\b(pay|paying|paid|settle|settling)\b.{0,40}\b(with|using|via|by|through)\b/;
// 「アトネをPayPayで払える？」 "can I pay atone with paypay": atone itself paid is its bill.
const ATONE_BILL =
  /請求|\bbill\b|invoice|atone.{0,12}(支払|代金|利用分|balance|payment)|\b(?:pay|paying|settle|settling)\s+(?:for\s+|off\s+)?(?:my\s+)?atone\b|atone\s*(?:を|は)/;
const OTHER_SERVICE_BILL =
  /(ぺいぺい|paypay|ぺいでぃ|paidy|めるぺい|merpay|楽天|rakuten|d払い|au ?pay)\S{0,3}(の)?(請求|支払|残高|bill|balance|invoice)|my (paypay|paidy|merpay|rakuten\w*|d払い|au ?pay) (bill|balance|invoice)/;

function paysAtoneBillWith(normalized: string): boolean {
  return PAYS_WITH.test(normalized) && ATONE_BILL.test(normalized) && !OTHER_SERVICE_BILL.test(normalized);
}

/** The content words of a text in both languages, normalised. */
function wordsOf(text: { ja: string; en: string }): Set<string> {
  return new Set([...contentWords(normalize(text.ja)), ...contentWords(normalize(text.en))]);
}

/** Whether the normalised text has a content word of `words`. */
function sharesAWord(normalized: string, words: ReadonlySet<string> | undefined): boolean {
  return words !== undefined && [...contentWords(normalized)].some((word) => words.has(word));
}

const COMPARES =
  /(?<![a-z])(?:like|similar to|same as|different from|difference|differ|vs\.?|versus|compared? (?:to|with))(?![a-z])|違い|違う|ちがい|ちがう|比べ|同じ|似て|みたいな/;

// "Is Paidy's due date also the 27th like atone's?": the other service's own terms are asked, which
// the bot cannot know (the comparison only frames the question).
const OTHER_SERVICE_TERMS =
  /(ぺいぺい|paypay|ぺいでぃ|paidy|めるぺい|merpay|楽天|rakuten|d払い|au ?pay)(?:'s|の)?\s*(期限|締め?切|支払日|引き落とし日|手数料|上限|限度|due date|deadline|debit date|fees?|limit)/;

function comparesAtoneWith(normalized: string): boolean {
  return (
    normalized.includes(ATONE_TOKEN) && COMPARES.test(normalized) && !OTHER_SERVICE_TERMS.test(normalized)
  );
}

// Reminders named as such: a message with these may ask for one whatever else it says.
const NAMES_REMINDERS =
  /りまいんど|りまいんだー|通知|お知らせ|知らせて|教えて|(?<![a-z])(?:remind\w*|notif\w*|alert\w*|ping)(?![a-z])/;

// (At a shop that offers both, paying "without becoming a member" is つど後払い.)
const PER_PURCHASE =
  /つど後払い|都度後払い|つど払い|tsudo ?atobarai|会員(?:に|登録)?(?:ならず|ならないで|せずに|しないで|なしで)|(?<![a-z])without (?:an? )?(?:account|membership|signing up|registering)(?![a-z])/;
/** The topic that answers つど後払い's deadlines and fees (the help centre's route). */
const PER_PURCHASE_TOPIC = 'use_without_membership';

/** The question names atone or something only an atone question would: a method, Amazon, shops, a reminder lead. */
function mentionsAtone(normalized: string, slots: Slots): boolean {
  return (
    normalized.includes('atone') ||
    slots.method !== undefined ||
    slots.amazon === true ||
    slots.shops !== undefined ||
    slots.daysBefore !== undefined
  );
}

function didYouMean(best: IntentDefinition, alternative: IntentDefinition, lang: Lang): string {
  return lang === 'ja'
    ? `もしかして「${alternative.label.ja}」についての質問でしたか？ 上は「${best.label.ja}」としてお答えしました。`
    : `Did you mean ${alternative.label.en}? I answered the question as one about ${best.label.en}.`;
}

/** Distinct sources (by URL), in the order the answer used them, at most MAX_SOURCES. */
function citedSources(sources: readonly AnswerSource[] | undefined): AnswerSource[] {
  const cited: AnswerSource[] = [];
  if (!sources) return cited;
  // A loop over a handful: a Set, a filter and a slice per answer cost more than the comparisons.
  for (const source of sources) {
    if (cited.length === MAX_SOURCES) break;
    if (!cited.some((s) => s.url === source.url)) cited.push(source);
  }
  return cited;
}

/** Every answer ends with where its facts come from and how fresh they are. */
function sourceLines(sources: readonly AnswerSource[], lang: Lang): string {
  let lines = sourceLine(sources[0] as AnswerSource, lang);
  for (let i = 1; i < sources.length; i++) lines += `\n${sourceLine(sources[i] as AnswerSource, lang)}`;
  return lines;
}

// A source's line is the same every time (formatting its date was a tenth of `handle`): built
// once per source and language. The sources are the knowledge base's, a few dozen: found by the
// object first (building the text key was itself a cost), then by their text.
const sourceLineByObject: Record<Lang, WeakMap<AnswerSource, string>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};
const sourceLineCache = new Map<string, string>();
function sourceLine(s: AnswerSource, lang: Lang): string {
  const known = sourceLineByObject[lang].get(s);
  if (known !== undefined) return known;
  const line = sourceLineByText(s, lang);
  sourceLineByObject[lang].set(s, line);
  return line;
}
function sourceLineByText(s: AnswerSource, lang: Lang): string {
  const key = `${lang}\u0000${s.title}\u0000${s.url}\u0000${s.verifiedAt}`;
  let line = sourceLineCache.get(key);
  if (line === undefined) {
    line =
      lang === 'ja'
        ? `出典: ${s.title}（${formatIsoDay(s.verifiedAt, lang)}確認） ${s.url}`
        : `Source: ${s.title} (verified ${formatIsoDay(s.verifiedAt, lang)}) ${s.url}`;
    if (sourceLineCache.size < 1_000) sourceLineCache.set(key, line);
  }
  return line;
}
