// 「リマインドはいらない。期限だけ教えて」 "No reminder needed, just tell me the fee": help the user
// turns down before asking the real question. The words of what is declined (リマインド,
// reminder) would otherwise decide what the message reads as; the question is what is left.

// A clause that declines the bot's reminders, up to the end of its sentence or clause.
// ("I'm not asking for a reminder, just…", 「リマインダーじゃなくて期限だけ」: so too.)
const DECLINED_REMINDERS =
  /(?:りまいんど|りまいんだー|通知|お知らせ)(?:の(?:設定|登録))?(?:は|とか|も)?(?:いらない|いりません|要らない|いらん|不要|大丈夫|結構|しなくていい|しなくて大丈夫|いいから|ええから|じゃなくて|じゃなく|ではなくて|ではなく)(?:です|だ|よ|から|けど)?[。．.!！、,]?|(?<![a-z])(?:no (?:need for (?:a |any )?)?reminders?(?: needed| please| thanks)?|(?:i )?(?:don'?t|do not) (?:need|want) (?:a |any )?reminders?|(?:don'?t|do not) (?:you )?(?:dare |even |ever )?(?:set|add|create|make) (?:up |me )?(?:a |any )?reminders?|no need to (?:set|add|create|make) (?:up |me )?(?:a |any )?reminders?(?: or (?:whatever|anything))?|(?:i'?m |i am )?not (?:asking for|asking about|looking for|after|requesting|wanting|setting) (?:up )?(?:(?:a |any )?reminders?|one)(?: yet| now| right now| today)?|(?:i'?m |i am )?not asking (?:you )?to (?:set|make|create|add) (?:up )?(?:(?:a |any )?reminders?|one|anything)(?: up)?(?: yet| now| right now| today)?|(?:don'?t|do not) set (?:anything|any|something) up|without (?:setting |making )?(?:up )?(?:a |any )?reminders?)(?![a-z])(?:[^,.:;!?—–]{0,20}(?=[,.:;!?—–]|$))?[,.:;!—–]?/;

// 「通知は設定しないでね」「リマインダーは設定しなくていい」「リマインダーはいいです」: setting one turned
// down. Known only since training: training passes `asTrained` and reads its examples without it,
// so the model needs no retrain.
const SETTING_DECLINED =
  /(?:りまいんど|りまいんだー|通知|お知らせ)(?:は|も)(?:いいです|いい(?:や|よ|わ)?|ええ(?:わ|です)?|よろしいです)(?=[。．.!！、,\s]|$)|(?:りまいんど|りまいんだー|通知|お知らせ)(?:とか|なんか|の類|は|も){0,2}\s*(?:絶対(?:に)?|決して|まだ|今は|いまは)?\s*(?:設定|登録|せってい)(?:は|も)?\s*(?:しないで|しなくて(?:いい|大丈夫|ええ|結構)|せんでいい|せんといて|しんでいい|せんで|不要|いらない|いらん)(?:ください|ね|な|よ)?[。．.!！、,]?/;

// 「リマインダー設定して、、いや、やっぱりやめときます」 "set a reminder for the 20th... wait no,
// nevermind": a request taken back in the same message (since training); "he set one on his phone,
// so no need for me", "…actually no, that's today already, never mind": none wanted.
const REQUEST_TAKEN_BACK =
  /^[^?？]*?(?:りまいんど|りまいんだー|通知|お知らせ|reminder|remind)[^?？。]{0,24}?(?:と思ったけど|と思ったが|[、,.。…\s])+(?:(?:いや|あ|wait|no|oh|actually|hmm+)[、,.。…!\s]*)*(?:[^?？]{0,40}?[、,.。…\s]+)?(?:やっぱり?|やっぱ)?[、,\s]*(?:やめ(?:とき(?:ます)?|ておきます|とく|る|た|ます)|いい(?:や|です|わ)|いらない|いりません|なしで|never ?mind|forget it|scratch that|cancel that|no need(?: for me| for one)?)(?![a-z])[。.!！、,\s]*/;

// 「…まだ間に合う？リマインダー遅いわ〜」 "…can I still pay? the reminder came way too late": a gripe
// about the reminders after the question, no request (since training).
const GRIPE_AFTER_A_QUESTION =
  /(?<=[?？])\s*(?:(?:the|your|my) )?(?:りまいんだー|りまいんど|通知|お知らせ|reminders?)(?:が|は|って|も)?\s*(?:(?:was|were|came|is|are|comes?)\s)?(?:too |so |way )*(?:遅|おそ|来な|こな|来て(?:へん|ない|なかった)|届かな|届いて(?:へん|ない)|鳴らな|late(?![a-z])|slow(?![a-z])|never came|didn'?t come|did not come)[^?？]*$/;

// "Don't stop my reminders", 「リマインダー止めないで」 "I don't want to stop them": a stop turned down.
export const NEGATED_STOPPING =
  /(?<![a-z])(?:don'?t|dont|do not|never)\s+(?:\w+\s+){0,2}?(?:stop|cancel|turn off|switch off|disable|delete|remove|unsubscribe|change|touch|edit|modify)(?![a-z])|(?<![a-z])keep (?:my |the |all )?(?:reminders?|notifications?|them|it)(?![a-z])|(?:止め|とめ|やめ|解除し|消さ|削除し|おふにし)(?:ないで|ません|なくて(?:いい|よい|ええ|大丈夫|結構)|なくてもいい)|(?:止め|とめ|やめ|解除せ|消さ)(?:んといて|んとって|んで(?:ええ|いい)|へんで)|(?:解除|停止)(?:は|も)?(?:せ(?:んといて|んとって|んで(?:ええ|いい|大丈夫)|へんで)|しな(?:いで|くて(?:いい|ええ|大丈夫|結構)))|そのままで|そのままにして|(?:解除|停止)(?:は|する必要は)?(?:不要|いらない|いりません|要りません|結構|しない|しません|しなくて|じゃなくて|じゃなく|ではなくて|ではなく|やなくて)|(?<![a-z])(?:not (?:stop|cancel|delete|remove)(?:ing)?(?: (?:it|them))?,? (?:just|but|only)|(?:no|not) (?:i )?(?:don'?t want to )?(?:cancel|stop)(?: it)?,? (?:just|but) (?:change|move))(?![a-z])/;

/**
 * A word every clause DECLINED_REMINDERS finds has (りまいん of りまいんど and りまいんだー): most
 * questions have none, and a few `includes` spare them the regex.
 */
const DECLINED_WORDS = ['りまいん', '通知', 'お知らせ', 'remind'];

// What is no question of its own once the help is turned down: 「やっぱ通知いらんわ」 leaves 「やっぱ…わ」.
const FILLER =
  /[\s、,.。!！?？]|やっぱり?|もう|じゃあ|ほな|えっと|あー?|(?<![a-z])(?:actually|ok|okay|well|so|anyway|now)(?![a-z])|(?:わ|よ|ね|な|です|だ)+$/g;

const COURTESY =
  /(?<![a-z])(?:thanks|thank you|thx|ty|please|pls|plz)(?![a-z])|ありがとう(?:ございます)?|どうも|お願いします|すみません/g;

/** Shortest question worth reading on its own once the declined help is taken out. */
const MIN_REST = 4;

/** The message without its clause declining reminders, or undefined when it has none. */
function besideDecline(normalized: string, asTrained: boolean): string | undefined {
  if (!DECLINED_WORDS.some((word) => normalized.includes(word))) return undefined;
  const match =
    DECLINED_REMINDERS.exec(normalized) ??
    (asTrained
      ? null
      : (SETTING_DECLINED.exec(normalized) ??
        REQUEST_TAKEN_BACK.exec(normalized) ??
        GRIPE_AFTER_A_QUESTION.exec(normalized)));
  if (!match) return undefined;
  return `${normalized.slice(0, match.index)} ${normalized.slice(match.index + match[0].length)}`.trim();
}

/** What is left of `rest` to read as a question: no filler (nor, since training, a thanks). */
function askedIn(rest: string, asTrained: boolean): string {
  const left = rest.replace(FILLER, '');
  // ("I don't want reminders anymore, thanks": a thanks is no question.)
  return asTrained ? left : left.replace(COURTESY, '');
}

// 「リマインダー、止めないでください。ところで手数料は？」: a stop turned down first, in a sentence of
// its own, then a question (since training).
const STOP_TURNED_DOWN_FIRST = new RegExp(
  `^[^。.!！?？]*?(?:${NEGATED_STOPPING.source})[^。.!！?？]*[。.!！]\\s*`,
);

/** What is asked after a stop turned down first, if a question follows it. */
function besideStopTurnedDown(normalized: string): string | undefined {
  const match = STOP_TURNED_DOWN_FIRST.exec(normalized);
  const rest = match ? normalized.slice(match[0].length) : '';
  return /[?？]/.test(rest) ? rest : undefined;
}

/** `normalized` without a clause declining reminders, when something else is asked besides; else as it is. */
export function withoutDeclinedHelp(normalized: string, asTrained = false): string {
  const rest =
    besideDecline(normalized, asTrained) ??
    (asTrained || !DECLINED_WORDS.some((word) => normalized.includes(word))
      ? undefined
      : besideStopTurnedDown(normalized));
  return rest !== undefined && askedIn(rest, asTrained).length >= MIN_REST ? rest : normalized;
}

/** The message turns reminders down and says nothing else (「リマインダーはいいです」 "no reminder needed"). */
export function declinesOnly(normalized: string): boolean {
  const rest = besideDecline(normalized, false);
  return rest !== undefined && askedIn(rest, false).length < MIN_REST;
}

/** Whether the message turns the bot's reminders down (「リマインダーはいらない」). */
export function declinesReminders(normalized: string): boolean {
  return (
    DECLINED_WORDS.some((word) => normalized.includes(word)) &&
    (DECLINED_REMINDERS.test(normalized) ||
      SETTING_DECLINED.test(normalized) ||
      REQUEST_TAKEN_BACK.test(normalized))
  );
}

/** A reminder request taken back in the same message (「…設定して、いや、やっぱりやめときます」). */
export function takesBackARequest(normalized: string): boolean {
  return DECLINED_WORDS.some((word) => normalized.includes(word)) && REQUEST_TAKEN_BACK.test(normalized);
}
