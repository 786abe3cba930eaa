// `npm start` with no platform configured: the chat in the terminal, or answers to piped lines.
// `/time` moves the chat's clock to watch reminders arrive; from the first move on, the chat runs
// on a sandbox copy of the user's reminders (in memory, thrown away at exit), so that trying a
// December deadline never marks the real one paid. With no terminal and no input at all (a
// service manager's closed stdin) there is nothing to do, and the start fails saying so.
import { randomUUID } from 'node:crypto';
import type { Assistant } from '../src/assistant.js';
import { ConfigError } from '../src/config.js';
import type { Logger } from '../src/log.js';
import { createScheduler, type Scheduler } from '../src/reminders/scheduler.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/port.js';
import { createConsoleAdapter } from './console/console-adapter.js';
import { type Core, type CoreParts, createCore } from './core.js';
import { hasInput, nothingToDo } from './startup.js';
import { japanClock, parseClockTime } from './terminal-clock.js';

export interface TerminalOptions extends Omit<CoreParts, 'now'> {
  store: Store;
  log: Logger;
  /** The variables that would start a platform instead, for the "nothing to do" message. */
  platformVariables: readonly string[];
}

const USER = { platform: 'console', userId: 'local' } as const;

export async function runTerminal(options: TerminalOptions): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!interactive && !(await hasInput(process.stdin)))
    throw new ConfigError(nothingToDo(options.platformVariables));
  // A reader that stops early (`npm start | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  let core: Core = createCore(options.store, { ...options, now });
  let sandbox: Store | undefined;
  // The console adapter keeps one assistant; this one follows the store in use.
  const assistant: Assistant = {
    respond: (message) => core.assistant.respond(message),
    act: (actionId, message) => core.assistant.act(actionId, message),
    reminders: (who) => core.assistant.reminders(who),
  };

  const chat = createConsoleAdapter({
    assistant,
    log: options.log,
    input: process.stdin,
    output: process.stdout,
    interactive,
    now,
    setClock: async (typed) => {
      const wasReal = sandbox === undefined;
      const target =
        typed.trim().toLowerCase() === 'now' ? { ok: true as const, at: new Date() } : parseClockTime(typed);
      if (!target.ok) return target.reason;
      if (!sandbox) {
        sandbox = await openStore('sqlite::memory:');
        const copy = createCore(sandbox, { ...options, now });
        await copySubscription(core, copy);
        core = copy;
        scheduler = await restart(scheduler, sandbox);
      }
      offsetMs = target.at.getTime() - Date.now();
      const shown = japanClock(target.at);
      const note = wasReal
        ? '\n試しの複製に切り替えました: ここからのリマインダー操作は終了時に破棄され、保存済みの設定は変わりません。' +
          '\nNow in a sandbox copy: reminder changes from here on are thrown away at exit; your saved settings stay as they are.'
        : '';
      return `時計: ${shown.ja}（日本時間） / clock: ${shown.en} (Japan time)${note}`;
    },
  });

  const makeScheduler = (store: Store): Scheduler =>
    createScheduler({
      store,
      kb: options.kb,
      now,
      workerId: randomUUID(),
      send: (destination, answer) => chat.send(destination, answer),
      onError: (error, context) => options.log.error('reminder scheduler', { context, error }),
    });
  const restart = async (previous: Scheduler, store: Store): Promise<Scheduler> => {
    await previous.stop();
    const next = makeScheduler(store);
    if (interactive) next.start();
    return next;
  };

  // Only an interactive chat delivers reminders: a piped run answers and exits.
  let scheduler = makeScheduler(options.store);
  if (interactive) scheduler.start();
  try {
    await chat.start();
  } finally {
    await scheduler.stop();
    await sandbox?.close();
  }
}

/** The terminal user's subscription and paid deadlines, into the sandbox. */
async function copySubscription(from: Core, to: Core): Promise<void> {
  const subscription = await from.reminders.get(USER.platform, USER.userId);
  if (!subscription?.active) return;
  const { subscription: copied } = await to.reminders.subscribe({
    ...USER,
    destination: subscription.destination,
    method: subscription.method,
    leadDays: subscription.leadDays,
    sendHour: subscription.sendHour,
    quietHours: subscription.quietHours ?? null,
    lang: subscription.lang,
  });
  const paid = await from.store.listPaidDeadlines([subscription.id], '0000-01-01');
  for (const [, dueDate] of paid) await to.reminders.markPaid(copied.id, dueDate);
}
