// Discord's size limits for messages and embeds, and safe truncation to them. A reply over a
// limit is refused whole (400, code 50035), so every text the bot sends passes through here.

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author together, per message. */
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when cut. Discord counts
 * characters; UTF-16 units are never fewer, so the result always fits. A surrogate pair is never
 * split, and a cut prefers the last line break or space in the final fifth.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  const head = text.slice(0, cut);
  const softBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
  const end = softBreak >= cut * 0.8 ? softBreak : cut;
  return `${head.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
