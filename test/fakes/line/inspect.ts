// What a LINE user sees of the bot's messages: the text (a text message, or every text of a
// Flex bubble), the notification (altText), and the buttons to tap (quick replies, Flex buttons).
import type { Json } from './validate.js';

/** Everything readable in the messages, joined by line breaks. */
export function visibleText(messages: readonly Json[]): string {
  return messages
    .map((m) => (m.type === 'text' ? String(m.text) : flexTexts(m.contents as Json).join('\n')))
    .join('\n');
}

function flexTexts(node: Json | undefined): string[] {
  if (!node) return [];
  const own = node.type === 'text' && typeof node.text === 'string' ? [node.text] : [];
  const parts = ['header', 'hero', 'body', 'footer'].flatMap((key) =>
    flexTexts(node[key] as Json | undefined),
  );
  const children = Array.isArray(node.contents) ? (node.contents as Json[]).flatMap(flexTexts) : [];
  const label = node.type === 'button' ? [String((node.action as Json).label)] : [];
  return [...own, ...parts, ...children, ...label];
}

/** Quick reply actions (on the last message) and Flex button actions, in order. */
export function buttonsOf(messages: readonly Json[]): Json[] {
  return messages.flatMap((m) => [...flexButtons(m.contents as Json | undefined), ...quickReplies(m)]);
}

export function quickReplies(message: Json): Json[] {
  const items = ((message.quickReply as Json | undefined)?.items as Json[] | undefined) ?? [];
  return items.map((item) => item.action as Json);
}

function flexButtons(node: Json | undefined): Json[] {
  if (!node) return [];
  const own = node.type === 'button' ? [node.action as Json] : [];
  const parts = ['header', 'hero', 'body', 'footer'].flatMap((key) =>
    flexButtons(node[key] as Json | undefined),
  );
  const children = Array.isArray(node.contents) ? (node.contents as Json[]).flatMap(flexButtons) : [];
  return [...own, ...parts, ...children];
}

/** The button whose label matches, or an error listing what there is. */
export function button(messages: readonly Json[], label: RegExp): Json {
  const found = buttonsOf(messages).find((action) => label.test(String(action.label)));
  if (!found)
    throw new Error(
      `no button ${label}; there are: ${buttonsOf(messages)
        .map((a) => String(a.label))
        .join(', ')}`,
    );
  return found;
}
