// What a button carries. Slack gives a click nothing but the button's `value` (at most 2,000
// characters) and the message around it, so the value holds the core's action id and, for a
// "did you mean" choice, the question to answer again.

/** Slack's limit on a button's value. */
export const MAX_VALUE_CHARS = 2_000;

export interface ButtonPayload {
  /** The core's encoded action id (src/actions.ts), carried as it is. */
  id: string;
  /** The question the answer was for, when the action needs it again. */
  question?: string;
}

/** JSON `{"a": id, "q": question}`, the question cut until the whole fits in `max` characters. */
export function encodeButtonValue(payload: ButtonPayload, max = MAX_VALUE_CHARS): string | undefined {
  const encode = (question: string | undefined) =>
    JSON.stringify(question ? { a: payload.id, q: question } : { a: payload.id });
  let question = payload.question;
  let value = encode(question);
  while (value.length > max && question) {
    // JSON escapes can make a character longer, so cut by the overflow and measure again.
    question = question.slice(0, Math.max(0, question.length - (value.length - max) - 1));
    if (/[\ud800-\udbff]$/.test(question)) question = question.slice(0, -1);
    value = encode(question);
  }
  // An action id alone too long for Slack cannot become a button at all.
  return value.length <= max ? value : undefined;
}

/** The payload of a clicked button, or undefined for a value this adapter did not write. */
export function decodeButtonValue(value: string | undefined): ButtonPayload | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { a, q } = parsed as { a?: unknown; q?: unknown };
    if (typeof a !== 'string' || a === '') return undefined;
    return typeof q === 'string' && q !== '' ? { id: a, question: q } : { id: a };
  } catch {
    return undefined;
  }
}
