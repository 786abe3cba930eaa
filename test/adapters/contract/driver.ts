// What the adapter contract suite needs from a platform: a way to act as its users through the
// platform's fake (write to the bot, press its buttons) and to read what they see. One small
// driver per platform (drivers/), over the fakes in test/fakes/; the adapter runs in this
// process on the harness the suite gives it (harness.ts), so that it can make the core fail.
import type { PlatformAdapter } from '../../../adapters/platform.js';
import type { Platform } from '../../../src/types.js';
import type { Harness } from './harness.js';

/** A message of the bot's, as the user sees it. */
export interface BotMessage {
  /** The platform's id of the chat it is in (a Slack channel, a Discord channel, a LINE chat). */
  chat: string;
  /** Everything readable in it. */
  text: string;
  /** The labels of its buttons (or numbered commands), in order. */
  buttons: string[];
  /** The platform's own record of it, for the driver to press its buttons. */
  raw: unknown;
}

/** A message written to the bot, for finding the replies to it. */
export interface Said {
  /** The platform's id of the chat it was written in. */
  chat: string;
  handle: unknown;
}

export interface DriverUser {
  /** The id the adapter puts in Message.userId. */
  userId: string;
}

export type Where = 'dm' | 'channel';

export interface ContractDriver<U extends DriverUser = DriverUser> {
  readonly platform: Platform;
  /** Behaviours the platform cannot show, with the reason: the suite skips them rather than fake them. */
  readonly cannot: { channels?: string; ownMessages?: string; otherBots?: string };
  /** Starts the fake and the adapter on the harness; resolves once users can write to it. */
  start(harness: Harness): Promise<PlatformAdapter>;
  stop(): Promise<void>;
  newUser(): U;
  /** The user writes to the bot: in a DM, or in a shared channel, mentioning it. */
  say(user: U, text: string, where: Where): Promise<Said>;
  /** The bot itself ('self') or another bot writes in the user's DM. */
  botSays(author: 'self' | 'other', user: U, text: string): Promise<Said>;
  /** The bot's replies to `said`, so far. */
  repliesTo(said: Said): BotMessage[];
  /** Everything the bot sent to the user's DM without being asked (reminders), so far. */
  dmMessages(user: U): BotMessage[];
  /** Presses the button labelled `label` on a bot message; resolves with what the user then sees. */
  press(user: U, message: BotMessage, label: RegExp): Promise<BotMessage>;
}

export async function waitFor<T>(
  probe: () => T | undefined | false,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first reply to `said`. */
export function replyTo<U extends DriverUser>(driver: ContractDriver<U>, said: Said): Promise<BotMessage> {
  return waitFor(() => driver.repliesTo(said)[0], `a ${driver.platform} reply in ${said.chat}`);
}
