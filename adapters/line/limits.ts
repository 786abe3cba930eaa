// LINE's limits on what the bot sends (../shared/platform-protocols.md, "LINE"). A message over
// a limit is refused whole (400), so every text the bot sends is cut here first.

export const LIMITS = {
  /** Text message, in UTF-16 code units. */
  text: 5_000,
  /** Messages in one reply or push. */
  messages: 5,
  /** Quick reply buttons, shown under the last message only. */
  quickReplyItems: 13,
  /** Action labels (quick reply, Flex buttons). */
  actionLabel: 20,
  /** The text a postback shows as the user's message. */
  displayText: 300,
  postbackData: 300,
  /** What notifications and the chat list show for a Flex message. */
  altText: 1_500,
  uri: 1_000,
} as const;

/**
 * A question longer than this is cut: LINE allows 10,000 characters, no question about a bill is
 * that long, and the matcher reads only the first few thousand anyway.
 */
export const MAX_QUESTION_UNITS = 4_000;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when cut. A surrogate pair
 * is never split, and a cut prefers the last line break or space in the final fifth.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return cutUnits(text, max);
  const head = cutUnits(text, max - ELLIPSIS.length);
  const softBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
  const end = softBreak >= head.length * 0.8 ? softBreak : head.length;
  return `${head.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** The first `max` UTF-16 units of `text`, one fewer when the last would split a surrogate pair. */
export function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
