// The operator learns from misses: every fallback, handoff and low-confidence turn is kept in the
// store (UnansweredStore) for `npm run report`, with the question cut short, its normalised form
// for grouping, and the user id replaced by a keyed hash (HMAC-SHA256), so that "forget me" can
// find a user's records and nobody else can tell who asked. Nothing of it is ever logged. Records
// past the retention (UNANSWERED_RETENTION_DAYS) are purged by the server's housekeeping.
import { createHmac } from 'node:crypto';
import { isCourtesy } from '../intents/fallback.js';
import { type DatedEntry, type KnowledgeBase, staleSources } from './domain/knowledge-base.js';
import type { Logger } from './log.js';
import { normalize, truncateForMatching } from './nlu/normalize.js';
import { withoutSecrets } from './nlu/secrets.js';
import type { UnansweredGroup, UnansweredKind, UnansweredStore } from './store/port.js';
import type { Answer, Message, Platform } from './types.js';

/** An answered turn below this confidence is worth a look. */
export const LOW_CONFIDENCE = 0.5;
/** A question is kept to this many characters: enough to read, not a pasted document. */
export const MAX_TEXT_CHARS = 300;
const DAY_MS = 86_400_000;
/** A shorter key would make the hashes guessable from a list of user ids. */
const MIN_KEY_LENGTH = 16;

/** The keyed hash that stands for a user in the records (and that "forget me" looks for). */
export function userHash(key: string, platform: Platform, userId: string): string {
  return createHmac('sha256', key).update(`${platform}\u0000${userId}`).digest('hex');
}

/**
 * Why a turn is worth recording, or undefined when it was answered well. Thanks and greetings
 * are not misses; a "did you mean" is a close call, whatever its confidence.
 */
export function unansweredKind(answer: Answer, normalized: string): UnansweredKind | undefined {
  if (answer.handoff) return 'handoff';
  if (answer.intent === 'fallback') return isCourtesy(normalized) ? undefined : 'fallback';
  const closeCall = answer.actions?.some((a) => a.id.startsWith('ask:')) ?? false;
  return answer.confidence < LOW_CONFIDENCE || closeCall ? 'low_confidence' : undefined;
}

export interface UnansweredOptions {
  store: Pick<UnansweredStore, 'recordUnanswered'>;
  /** The HMAC key for user ids (e.g. USER_HASH_KEY): secret, and never stored with the records. */
  hashKey: string;
  /** Told that a write failed, never what was asked. */
  log?: Logger;
}

export interface UnansweredRecorder {
  /**
   * Records the turn when it was a miss. Never throws and never delays an answer that does not
   * wait for it: a failed write is logged (without the question) and forgotten.
   */
  record(answer: Answer, message: Message): Promise<void>;
  /** Resolves when every write started so far has finished (tests, shutdown). */
  idle(): Promise<void>;
}

export function createUnansweredRecorder({ store, hashKey, log }: UnansweredOptions): UnansweredRecorder {
  if (hashKey.length < MIN_KEY_LENGTH) {
    throw new RangeError(`the user hash key must be at least ${MIN_KEY_LENGTH} characters`);
  }
  const pending = new Set<Promise<void>>();

  function track(write: Promise<void>): Promise<void> {
    const done = write.catch((error: unknown) =>
      log?.warn('could not record an unanswered turn', { error: errorName(error) }),
    );
    pending.add(done);
    void done.finally(() => pending.delete(done));
    return done;
  }

  return {
    record(answer, message) {
      const normalized = truncateForMatching(normalize(message.text), MAX_TEXT_CHARS);
      const kind = unansweredKind(answer, normalized);
      if (!kind) return Promise.resolve();
      return track(
        Promise.resolve().then(() =>
          store.recordUnanswered({
            at: message.receivedAt,
            platform: message.platform,
            lang: answer.lang,
            kind,
            intent: answer.handoff ? 'handoff' : answer.intent,
            confidence: answer.confidence,
            // (A code or a password given away is not kept: masked.)
            text: withoutSecrets(truncateForMatching(message.text.trim(), MAX_TEXT_CHARS), normalized),
            normalized: reportKey(withoutSecrets(normalized, normalized)),
            userHash: userHash(hashKey, message.platform, message.userId),
          }),
        ),
      );
    },
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}

/** The error's class and code, never its message: a driver may quote the values it was given. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}

/** A knowledge-base source older than this is listed for a check. */
export const STALE_AFTER_DAYS = 180;
/** How many groups of questions the report shows. */
export const REPORT_LIMIT = 30;

/**
 * What the report groups questions by: the normalised question without punctuation, symbols or
 * spaces, so that "What is the weather?", "what is the weather" and "What is the weather ?" are
 * one row (a question of punctuation alone keeps it).
 */
export function reportKey(normalized: string): string {
  const key = normalized.replace(/[\p{P}\p{S}\s]+/gu, '');
  return key === '' ? normalized : key;
}

/**
 * Groups that are one question under reportKey, merged (records kept before the key folded
 * punctuation were grouped by the normalised text alone): counts added, the latest wording.
 */
export function mergeGroups(groups: readonly UnansweredGroup[], limit: number): UnansweredGroup[] {
  const byKey = new Map<string, UnansweredGroup>();
  for (const group of groups) {
    const key = reportKey(group.normalized);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...group, normalized: key, kinds: [...group.kinds], intents: [...group.intents] });
      continue;
    }
    const later = group.lastAt > seen.lastAt ? group : seen;
    byKey.set(key, {
      normalized: key,
      example: later.example,
      count: seen.count + group.count,
      lastAt: later.lastAt,
      kinds: [...new Set([...seen.kinds, ...group.kinds])],
      intents: [...new Set([...seen.intents, ...group.intents])],
    });
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || b.lastAt.getTime() - a.lastAt.getTime())
    .slice(0, limit);
}

/** Reads the store and the knowledge base and words the report (see formatReport). */
export async function unansweredReport(
  store: Pick<UnansweredStore, 'topUnanswered'>,
  kb: KnowledgeBase,
  now: Date,
  days: number,
  limit = REPORT_LIMIT,
): Promise<string> {
  // More than `limit` groups read: merging may join some of them.
  const read = await store.topUnanswered(new Date(now.getTime() - days * DAY_MS), limit * 4);
  const groups = mergeGroups(read, limit);
  const stale = staleSources(kb, isoDay(new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS)));
  return formatReport({ groups, stale, now, days, staleAfterDays: STALE_AFTER_DAYS });
}

export interface ReportInput {
  groups: readonly UnansweredGroup[];
  stale: readonly DatedEntry[];
  now: Date;
  days: number;
  staleAfterDays: number;
}

/**
 * What `npm run report` prints: the most asked unanswered questions of the last `days` days,
 * grouped by their normalised text, then the knowledge-base sources not verified for
 * `staleAfterDays` days. Plain text, one line an entry.
 */
export function formatReport({ groups, stale, now, days, staleAfterDays }: ReportInput): string {
  const since = isoDay(new Date(now.getTime() - days * DAY_MS));
  const cutoff = isoDay(new Date(now.getTime() - staleAfterDays * DAY_MS));
  const lines = [`Unanswered questions since ${since} (last ${days} days): ${groups.length}`];
  if (groups.length === 0) lines.push('  (none)');
  for (const g of groups) {
    const kinds = [...new Set(g.kinds)].join(', ');
    // The intents guessed, when they say more than the kind (a fallback's intent is 'fallback').
    const guessed = [...new Set(g.intents)].filter((intent) => !g.kinds.includes(intent as UnansweredKind));
    lines.push(
      `  ${String(g.count).padStart(4)}×  ${oneLine(g.example)}  [${kinds}${guessed.length ? `; guessed ${guessed.join(', ')}` : ''}; last ${isoMinute(g.lastAt)}]`,
    );
  }
  lines.push('', `Sources not verified since ${cutoff} (${staleAfterDays} days): ${stale.length}`);
  if (stale.length === 0) lines.push('  (none)');
  for (const e of stale) lines.push(`  ${e.verifiedAt}  ${e.where}  ${e.title}  ${e.url}`);
  return lines.join('\n');
}

/** A question on one line: a report must not be broken up by what a user typed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Japan time, like every date of the bot: "2026-11-28" and "2026-11-28 09:30".
const TOKYO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short' });
const TOKYO_MINUTE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'short',
  timeStyle: 'short',
});

function isoDay(at: Date): string {
  return TOKYO_DAY.format(at);
}

function isoMinute(at: Date): string {
  return `${TOKYO_MINUTE.format(at)} JST`;
}
