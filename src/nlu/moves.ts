// 「口座振替って年末年始でずれたりする？」 "does the debit move on a holiday?": whether a date moves,
// which only the deadline answers (the 27th does, the 10th and 20th are not known to).
import { asksWhether } from './asks-whether.js';

// (「20日が日曜にあたったら？」 "if the 20th falls on a Sunday, is there a grace period?", 「連休で延びた？」
// "has it been extended?", "does that change the debit date?": the same.)
const MOVES =
  /(?:ずれ|延び|のび)(?:る|た|たり|ない|ます|ました|へん|ん)|延長(?:され|に(?:な|し))|(?:土日|日曜|土曜|祝日|休日)(?:に|と)?(?:あた|当た|重な|かぶ)(?:る|った|ったら|ると|れば)|(?<![a-z])(?:move|moves|moved|shift|shifts|shifted|postponed?|extended|pushed back|falls? on a (?:sunday|saturday|weekend|holiday|bank holiday)|change (?:the |my )?(?:[a-z]+ ){0,3}(?:date|day|deadline)|(?:date|day|deadline) (?:will |would |going to |gonna )?change)(?![a-z])/;
// Not about reminders ("can the reminder be moved to 8pm?") or changing the method, nor a user who
// moved ("just moved to japan", "we moved house").
const OTHER_SUBJECT =
  /りまいんだー|りまいんど|通知|remind|notif|変更|(?<![a-z])(?:change(?! (?:the |my )?(?:[a-z]+ ){0,3}(?:date|day|deadline))(?<!(?:date|day|deadline) (?:will |would |going to |gonna )?change)|switch|(?:i|we|i'?ve|we'?ve|just|recently) moved|moved (?:to|from|house|out|in|here))(?![a-z])/;

export function asksIfDateMoves(normalized: string): boolean {
  return MOVES.test(normalized) && asksWhether(normalized) && !OTHER_SUBJECT.test(normalized);
}

// "golden week doesn't change the date, right?", 「連休で期限変わる？」: a holiday said to change a date
// is the same question, whatever the word "change" pulls toward (changing the way to pay).
const HOLIDAY =
  /(?<![a-z])(?:golden week|gw|holidays?|weekends?|(?<!happy )new year'?s?|obon|long weekend)(?![a-z])|連休|祝日|休日|土日|年末年始|正月|お盆|ごーるでんうぃーく/;
// (「口座振替ってお正月で遅れたりせんと？」 "will new year delay the debit?": put off by the holiday.)
const DATE_CHANGED =
  /(?:年末年始|正月|連休|祝日|休日|土日|お盆|ごーるでんうぃーく)(?:の|に)?(?:せい|影響)?(?:で|だと|やと|なら)\s*(?:遅れ|おくれ)|(?<![a-z])(?:delay|delays|delayed|push(?:es)? back)(?![a-z])|(?<![a-z])(?:change|changes|affect|affects)\s+(?:the|my|its|a|any)?\s*(?:date|dates|deadline|due date|debit date|payment date|debit day)(?![a-z])|(?<![a-z])(?:date|deadline|day) (?:will |would |going to |gonna )?(?:change|move)(?![a-z])|(?:期限|引き?落とし日?|支払日|支払い日|日付|日にち)(?:が|は|って|も)?\s*(?:変わ|かわ)/;

export function asksIfAHolidayChangesTheDate(normalized: string): boolean {
  return HOLIDAY.test(normalized) && DATE_CHANGED.test(normalized);
}

// "will the auto debit date change?", "does the deadline move?": the date itself the subject of
// the change (not "change my payment method"), however surely "change" reads as changing the way.
const DATE_CHANGES =
  /(?<![a-z])(?:(?:date|deadline|day) (?:will |would |going to |gonna )?(?:change|move)|(?:does|will|would|could|can|did) (?:the |my |its )?(?:[a-z-]+ ){0,2}(?:date|deadline|day) (?:change|move))(?![a-z])/;

export function asksIfItsDateChanges(normalized: string): boolean {
  return DATE_CHANGES.test(normalized) && asksWhether(normalized);
}
