// 「リマインド何日前にしてたっけ」「登録してたっけ？」 "did I already set a reminder?", "what time did I
// pick?": what was set, recalled: a question about the user's reminders, never a request to set
// one. One pattern for the matcher's corrections (read as the list when reminders are named) and
// for the conversation (which also takes it as the list while reminders are being talked about).
export const RECALLS_SETTING =
  /(?:登録|設定)(?:した|して(?:た|る|ある|あった))っけ|(?:何日前|なんにち前|何時|なんじ|いつ)(?:に|で)?(?:設定|登録)?し(?:た|てた|てある|てあった)(?:っけ|か(?:な|いな)?|の)?\s*[?？]?\s*$|(?:何日前|なんにち前|何時|なんじ)(?:に|で)?(?:設定)?(?:した|してた|しました|やった|だった|でした)?っけ|(?<![a-z])(?:what|which) (?:time|days?|day before|lead) (?:did|have) i (?:set|pick|choose|chose|say|ask for)(?![a-z])|(?<![a-z])how many days (?:before|ahead|early) (?:was it|is it|are they|did i (?:set|say|pick|choose|ask for))(?![a-z])|(?<![a-z])(?:did|have) i (?:already |ever )?(?:set|sign(?:ed)? up for|register(?:ed)?|turn(?:ed)? on) (?:a |any |the |my )?(?:reminders?|notifications?)(?![a-z])/;

export function recallsSetting(normalized: string): boolean {
  return RECALLS_SETTING.test(normalized);
}
