// What a postback carries. LINE gives a tap nothing but the button's `data` (at most 300
// characters), so it holds the core's action id (opaque here), the language of the answer the
// button was on (a reminder's "Paid" is answered in the reminder's language) and, when it fits,
// the question the answer was for (a "did you mean" choice answers it again). Pure.
import type { Lang } from '../../src/types.js';
import { cutUnits, LIMITS } from './limits.js';

export interface PostbackPayload {
  /** The core's action id, as the Answer gave it. */
  id: string;
  question?: string;
  lang?: Lang;
}

/**
 * `{"a": id, "l": lang, "q": question}` with the question cut until the whole fits, or the bare
 * id when a Japanese answer's button has no question (the usual reminder button); undefined when
 * even the id does not fit (no button then). Japanese, the default, is left out.
 */
export function encodePostbackData(
  payload: PostbackPayload,
  max: number = LIMITS.postbackData,
): string | undefined {
  const { id } = payload;
  if (id === '') return undefined;
  const lang = payload.lang === 'en' ? { l: 'en' } : {};
  const question = payload.question?.trim() ?? '';
  const encode = (length: number) => {
    const q = cutUnits(question, length).trimEnd();
    return JSON.stringify({ a: id, ...lang, ...(q ? { q } : {}) });
  };
  // The longest prefix of the question that fits (JSON escapes make some characters longer).
  let [low, high] = [0, question.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(mid).length <= max) low = mid;
    else high = mid - 1;
  }
  if (low > 0 || payload.lang === 'en' || id.startsWith('{')) {
    const data = encode(low);
    if (data.length <= max) return data;
  }
  // The bare id (one that looks like JSON was wrapped above, or it would be read back as JSON).
  return id.length <= max && !id.startsWith('{') ? id : undefined;
}

/** The payload of a tapped button, or undefined for data this adapter did not write. */
export function decodePostbackData(data: string): PostbackPayload | undefined {
  if (data === '') return undefined;
  if (!data.startsWith('{')) return { id: data };
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { a, q, l } = parsed as { a?: unknown; q?: unknown; l?: unknown };
    if (typeof a !== 'string' || a === '') return undefined;
    return {
      id: a,
      ...(typeof q === 'string' && q !== '' ? { question: q } : {}),
      ...(l === 'en' || l === 'ja' ? { lang: l } : {}),
    };
  } catch {
    return undefined;
  }
}
