// How to stop the reminders, asked (not a stop asked for): one pattern for the matcher's
// corrections and for the conversation.
// 「解除は不要です。念のため、解除の方法だけ教えていただけますか」: the way to stop asked, however politely.
// (「解除する場合はどのようにすればよいでしょうか」 "what would I do to stop them?": asked, not asked for.)
const ASKS_THE_WAY_TO_STOP =
  /(?:解除|停止)(?:って|は)(?:どう(?:やって|やる|すれば|したら)?|どのように)|(?:解除|停止|止め|とめ|やめ)(?:る|の|する)?(?:方法|やり方|手順)(?:だけ|を|は)?(?:教え|知りたい|って)|(?:止め|とめ|やめ|消し|けし|解除のし|解除し|停止のし|停止し)方(?:を|は|って|が)?|(?:解除|停止|止め|とめ|やめ)(?:する|る|たい)?(?:場合|とき|時|には)(?:は|って)?[^。]{0,6}(?:どのように|どうすれば|どうしたら|どうやって|どこで|どこから)|(?<![a-z])(?:how (?:do|can|would|should) i|what (?:do|would|should) i do to|what'?s the way to) (?:stop|cancel|turn off|unsubscribe)(?![a-z])/;

export function asksTheWayToStop(normalized: string): boolean {
  return ASKS_THE_WAY_TO_STOP.test(normalized);
}
