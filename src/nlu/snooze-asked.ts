// 「スヌーズってできるの？」 "can I snooze them?", "is there a snooze?": whether reminders can be
// snoozed, asked, not a snooze asked for. One pattern for the matcher's corrections (read as a
// question about reminders) and for the conversation (never carried out as a snooze).
const ASKS_IF_THERE_IS_A_SNOOZE =
  /すぬーず(?:って|は|機能|も)?(?:でき|ある|あり|使え)|(?<![a-z])(?:can i|is there an?|do you have an?|does it have an?|how (?:do|can) i) snooze(?![a-z])/;

export function asksIfThereIsASnooze(normalized: string): boolean {
  return ASKS_IF_THERE_IS_A_SNOOZE.test(normalized);
}
