// Every interaction is acknowledged exactly once, well inside Discord's 3 seconds: the answer
// itself when it is ready in time, else a "thinking…" deferral first and the answer as an edit.
// A failure gives the user a short ephemeral reply (from the turn-error path: what is wrong, or
// the apology); nothing is ever answered twice.
import { MessageFlags } from 'discord.js';
import type { Logger } from '../platform.js';
import { describeError } from './discord-errors.js';
import type { RenderedMessage } from './render.js';

/** What this module needs of a discord.js interaction (wrapped in interaction-handlers.ts). */
export interface InteractionTarget {
  reply(message: RenderedMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  deferReply(flags: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  /** Edits the deferred reply, or for a component the message it belongs to. */
  editReply(message: Partial<RenderedMessage>): Promise<unknown>;
  followUp(message: RenderedMessage & { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  /** Components only: replaces the message the button is on. */
  update?(message: Partial<RenderedMessage>): Promise<unknown>;
  deferUpdate?(): Promise<unknown>;
}

export interface AcknowledgeOptions {
  /** `reply` sends a new message; `update` replaces the message a pressed button is on. */
  mode: 'reply' | 'update';
  /** A reply only the user sees (ignored for updates: a message keeps its visibility). */
  ephemeral: boolean;
  work: () => Promise<Partial<RenderedMessage>>;
  /** When `work` fails: logs it and returns what the user is told (see turn-errors.ts). */
  failed: (error: unknown) => string;
  log: Logger;
  /** Logged when the acknowledgement itself fails: ids only, never a token. */
  context: Record<string, unknown>;
  /**
   * Answer directly when the work is done within this time, else defer first. 1 s leaves two for
   * the round trip and the gateway's own delay.
   */
  deferAfterMs?: number;
}

export const DEFAULT_DEFER_AFTER_MS = 1_000;

type Outcome = { ok: true; message: Partial<RenderedMessage> } | { ok: false; error: unknown };

export async function acknowledge(target: InteractionTarget, options: AcknowledgeOptions): Promise<void> {
  const { mode, log, context } = options;
  const outcome: Promise<Outcome> = options.work().then(
    (message) => ({ ok: true, message }),
    (error: unknown) => ({ ok: false, error }),
  );
  const flags = options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  const apology = (content: string) => ({
    content,
    embeds: [],
    components: [],
    flags: MessageFlags.Ephemeral as const,
  });
  let stage = 'answer';
  try {
    const early = await within(outcome, options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS);
    if (early) {
      if (!early.ok) await target.reply(apology(options.failed(early.error)));
      else if (mode === 'update' && target.update) await target.update(early.message);
      else await target.reply({ embeds: [], components: [], ...early.message, ...flags });
      return;
    }
    stage = 'defer';
    if (mode === 'update' && target.deferUpdate) await target.deferUpdate();
    else await target.deferReply(flags);
    stage = 'edit';
    const late = await outcome;
    if (late.ok) {
      await target.editReply(late.message);
      return;
    }
    // A deferred reply becomes the apology; a deferred update keeps its message and apologises beside it.
    const content = options.failed(late.error);
    if (mode === 'update' && target.deferUpdate) await target.followUp(apology(content));
    else await target.editReply({ content, embeds: [], components: [] });
  } catch (error) {
    // The acknowledgement itself failed (too late: 10062, or Discord refused the message): only a log is left.
    log.error('discord reply failed', { ...context, stage, error: describeError(error) });
  }
}

/** The outcome when it settles within `ms`, else undefined (the timer never outlives the race). */
async function within(outcome: Promise<Outcome>, ms: number): Promise<Outcome | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([outcome, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
