// 「口座振替って年末年始でずれたりする？」 "does the debit move on a holiday?": whether a date moves,
// which only the deadline answers (the 27th does, the 10th and 20th are not known to).
import { asksWhether } from './asks-whether.js';

const MOVES =
  /(?:ずれ|延び|のび)(?:る|たり|ない|ます|へん|ん)|(?<![a-z])(?:move|moves|moved|shift|shifts|shifted|postponed?)(?![a-z])/;
// Not about reminders ("can the reminder be moved to 8pm?") or changing the method.
const OTHER_SUBJECT = /りまいんだ|りまいんど|通知|remind|notif|変更|(?<![a-z])(?:change|switch)(?![a-z])/;

export function asksIfDateMoves(normalized: string): boolean {
  return MOVES.test(normalized) && asksWhether(normalized) && !OTHER_SUBJECT.test(normalized);
}
