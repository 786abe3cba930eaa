// When a turn fails: what caused it, and what the user is told. Every adapter's turn-error path
// ends here, so that the apology is written once and a user never gets silence. Platform API
// errors are told apart by each adapter's own describer; this module knows the rest.
import type { Lang } from '../src/types.js';

/**
 * store     the database failed (down, closed, read-only, corrupt): the user retries later;
 * input     what the user sent cannot be carried out as it is: they are told what is wrong;
 * platform  the chat platform refused or failed a call;
 * internal  anything else: a bug of ours.
 */
export type FailureCause = 'store' | 'input' | 'platform' | 'internal';

const STORE_CODES = new Set(['STORE_UNAVAILABLE', 'STORE_FAILED']);
// Driver errors that reach an adapter without the store's StoreError around them.
const DATABASE_CODE = /^(SQLITE_|57P|08|53|ECONNREFUSED$|ECONNRESET$|ETIMEDOUT$)/;

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** The cause of a failure; `isPlatformError` is the adapter's own test for its platform's errors. */
export function failureCause(error: unknown, isPlatformError: (error: unknown) => boolean): FailureCause {
  const code = codeOf(error);
  if (code === 'REMINDER_INPUT_INVALID') return 'input';
  if ((code && STORE_CODES.has(code)) || (error as Error | null)?.name === 'StoreError') return 'store';
  if (isPlatformError(error)) return 'platform';
  if (code && DATABASE_CODE.test(code)) return 'store';
  return 'internal';
}

const APOLOGY: Readonly<Record<Lang, string>> = {
  ja: 'すみません、うまくお答えできませんでした。少ししてからもう一度お試しください。',
  en: 'Sorry, something went wrong on my side. Please try again in a moment.',
};

/** The one apology; without a language (nothing tells it), in both. */
export function apology(lang?: Lang): string {
  return lang ? APOLOGY[lang] : `${APOLOGY.ja} / ${APOLOGY.en}`;
}

/** What a user whose input could not be carried out is told: what is wrong, not "try again". */
export function inputProblem(detail: string, lang?: Lang): string {
  const ja = `その内容では設定できませんでした: ${detail}`;
  const en = `That could not be done as asked: ${detail}`;
  return lang === 'ja' ? ja : lang === 'en' ? en : `${ja} / ${en}`;
}

/** The reply to a failed turn: the input problem when it is one, else the apology. */
export function failureReply(error: unknown, cause: FailureCause, lang?: Lang): string {
  if (cause === 'input' && error instanceof Error) {
    // "Invalid reminder subscription: leadDays.0: Too small…": the part after the first colon.
    const detail = error.message.replace(/^[^:]*:\s*/, '').slice(0, 300);
    return inputProblem(detail, lang);
  }
  return apology(lang);
}

/**
 * The network failure under an error, e.g. `getaddrinfo ENOTFOUND discord.com` or `connect
 * ECONNREFUSED 127.0.0.1:1`: fetch hides it in `cause`, Slack's client in `original`, sometimes
 * two levels down. Undefined when the error is not about reaching a host.
 */
export function networkFailure(error: unknown): string | undefined {
  type Shape = { code?: unknown; message?: unknown; cause?: unknown; original?: unknown };
  for (let e = error as Shape | undefined, depth = 0; e && depth < 5; depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (
      code &&
      /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_)/.test(code)
    )
      return typeof e.message === 'string' && e.message.includes(code) ? e.message : code;
    e = (e.cause ?? e.original) as Shape | undefined;
  }
  return undefined;
}
