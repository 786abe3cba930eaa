// What a postback carries. LINE gives a tap nothing but the button's `data` (at most 300
// characters), so it holds the core's action id (opaque here) and, when it fits, the question
// the answer was for (a "did you mean" choice answers it again). Pure.
import { cutUnits, LIMITS } from './limits.js';

export interface PostbackPayload {
  /** The core's action id, as the Answer gave it. */
  id: string;
  question?: string;
}

/**
 * `{"a": id, "q": question}` with the question cut until the whole fits; the bare id when there is
 * no question or no room for one; undefined when even the id does not fit (no button then).
 */
export function encodePostbackData(
  payload: PostbackPayload,
  max: number = LIMITS.postbackData,
): string | undefined {
  if (payload.id === '') return undefined;
  const question = payload.question?.trim();
  if (question) {
    const encode = (length: number) =>
      JSON.stringify({ a: payload.id, q: cutUnits(question, length).trimEnd() });
    // The longest prefix of the question that fits (JSON escapes make some characters longer).
    let [low, high] = [0, question.length];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (encode(mid).length <= max) low = mid;
      else high = mid - 1;
    }
    if (low > 0 && cutUnits(question, low).trimEnd() !== '') return encode(low);
  }
  if (payload.id.length > max) return undefined;
  // A bare id that looks like JSON would be read back as JSON: wrap it instead.
  if (!payload.id.startsWith('{')) return payload.id;
  const wrapped = JSON.stringify({ a: payload.id });
  return wrapped.length <= max ? wrapped : undefined;
}

/** The payload of a tapped button, or undefined for data this adapter did not write. */
export function decodePostbackData(data: string): PostbackPayload | undefined {
  if (data === '') return undefined;
  if (!data.startsWith('{')) return { id: data };
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { a, q } = parsed as { a?: unknown; q?: unknown };
    if (typeof a !== 'string' || a === '') return undefined;
    return typeof q === 'string' && q !== '' ? { id: a, question: q } : { id: a };
  } catch {
    return undefined;
  }
}
