// The Messaging API calls this adapter makes, through @line/bot-sdk's client, each bounded in
// time (the SDK's fetch has no timeout), and LINE's failures described for a log line.
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';

type Message = messagingApi.Message;

export interface LineApi {
  /** The bot's own account (also a check that the access token works). */
  botInfo(): Promise<{ userId: string; displayName: string }>;
  /** The user's profile language (e.g. 'ja', 'en'), when LINE knows it. */
  profileLanguage(userId: string): Promise<string | undefined>;
  reply(replyToken: string, messages: Message[]): Promise<void>;
  /** `retryKey` makes a resend of the same push answer 409 instead of sending twice. */
  push(to: string, messages: Message[], retryKey: string): Promise<void>;
  /** The "…" typing animation in a one-to-one chat, until the next message or `seconds` pass. */
  showLoading(userId: string, seconds: number): Promise<void>;
}

export interface LineApiOptions {
  channelAccessToken: string;
  /** Scheme, host and port only: the SDK resolves its paths against it, so a path would be dropped. */
  apiUrl?: string;
  timeoutMs?: number;
}

export function createLineApi({ channelAccessToken, apiUrl, timeoutMs = 10_000 }: LineApiOptions): LineApi {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken,
    ...(apiUrl ? { baseURL: apiUrl } : {}),
  });
  const bounded = <T>(what: string, call: () => Promise<T>) => withTimeout(call(), timeoutMs, what);
  return {
    async botInfo() {
      const info = await bounded('bot info', () => client.getBotInfo());
      return { userId: info.userId, displayName: info.displayName };
    },
    async profileLanguage(userId) {
      const profile = await bounded('profile', () => client.getProfile(userId));
      return profile.language;
    },
    async reply(replyToken, messages) {
      await bounded('reply', () => client.replyMessage({ replyToken, messages }));
    },
    async push(to, messages, retryKey) {
      await bounded('push', () => client.pushMessage({ to, messages }, retryKey));
    },
    async showLoading(userId, seconds) {
      await bounded('loading indicator', () =>
        client.showLoadingAnimation({ chatId: userId, loadingSeconds: seconds }),
      );
    },
  };
}

/** What a call that did not answer in time throws: LINE may or may not have acted on it. */
export class LineTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`LINE ${what} did not answer within ${ms} ms`);
    this.name = 'LineTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LineTimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * LINE's answer to a failed call, for a log line: its HTTP status and its `message` ("Invalid
 * reply token", …) as `reason` (a log line's `message` is the line itself).
 */
export type LineFailure = {
  status?: number;
  reason: string;
  /** The request properties LINE named in `details` (e.g. 'to', 'messages[0].text'). */
  properties?: string[];
  requestId?: string;
};

export function describeLineError(error: unknown): LineFailure {
  if (error instanceof HTTPFetchError) {
    const requestId = error.headers.get('x-line-request-id') ?? undefined;
    const body = lineBody(error.body);
    return {
      status: error.status,
      reason: body.message ?? error.message,
      ...(body.properties.length ? { properties: body.properties } : {}),
      ...(requestId ? { requestId } : {}),
    };
  }
  return { reason: error instanceof Error ? error.message : String(error) };
}

/** `{message, details: [{message, property}]}`, LINE's error body, as far as it is there. */
function lineBody(body: string): { message?: string; properties: string[] } {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; details?: unknown } | null;
    const message = typeof parsed?.message === 'string' ? parsed.message.slice(0, 300) : undefined;
    const details = Array.isArray(parsed?.details) ? (parsed.details as Array<{ property?: unknown }>) : [];
    const properties = details.flatMap((d) => (typeof d?.property === 'string' ? [d.property] : []));
    return { ...(message ? { message } : {}), properties };
  } catch {
    return { properties: [] };
  }
}

/** An error of a call to LINE (a refusal or no answer), as opposed to one of ours. */
export function isLineApiError(error: unknown): boolean {
  return error instanceof HTTPFetchError || error instanceof LineTimeoutError;
}

/** A 5xx, a timeout or a dropped connection: LINE did not process it (or may have, for a timeout). */
export function isTransient(error: unknown): boolean {
  const { status } = describeLineError(error);
  return status === undefined || status >= 500;
}

/** LINE's 400 for a reply token that was used already, expired (a minute) or never existed. */
export function isInvalidReplyToken(error: unknown): boolean {
  const { status, reason } = describeLineError(error);
  return status === 400 && /reply token/i.test(reason);
}
