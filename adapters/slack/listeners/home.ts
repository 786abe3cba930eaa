// The App Home tab: published each time the user opens it (so it is never stale), and again
// after each change made with its controls.
import type { App, BlockAction, BlockElementAction, webApi } from '@slack/bolt';
import { reminderDestination } from '../../../src/assistant.js';
import type { KnowledgeBase } from '../../../src/domain/knowledge-base.js';
import { METHOD_IDS, type MethodId } from '../../../src/domain/methods.js';
import type { PlatformDeps } from '../../platform.js';
import { HOME_ACTIONS, renderHome } from '../home-view.js';
import { afterPendingAcks } from './after-acks.js';

export function registerHome(app: App, deps: PlatformDeps, kb: KnowledgeBase): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(client, event.user, deps, kb);
  });

  app.action<BlockAction<BlockElementAction>>(
    { type: 'block_actions', action_id: /^atone\.home\./ },
    async ({ ack, body, action, client }) => {
      await ack();
      await afterPendingAcks();
      await applyHomeChange(body.user.id, action, deps);
      await publishHome(client, body.user.id, deps, kb);
    },
  );
}

export async function publishHome(
  client: webApi.WebClient,
  userId: string,
  deps: PlatformDeps,
  kb: KnowledgeBase,
): Promise<void> {
  const { reminders } = deps;
  const subscription = await reminders.get('slack', userId);
  const [upcoming, recent] = await Promise.all([
    reminders.upcoming('slack', userId, 3),
    reminders.recent('slack', userId, 5),
  ]);
  const view = renderHome({
    ...(subscription ? { subscription } : {}),
    upcoming,
    recent,
    kb,
    now: deps.now(),
  });
  await client.views.publish({ user_id: userId, view });
}

async function applyHomeChange(
  userId: string,
  action: BlockElementAction,
  deps: PlatformDeps,
): Promise<void> {
  const { reminders } = deps;
  const current = await reminders.get('slack', userId);
  const selected = action.type === 'static_select' ? action.selected_option.value : undefined;
  const subscribe = (method: MethodId, leadDays: readonly number[] | undefined) =>
    reminders.subscribe({
      platform: 'slack',
      userId,
      destination: reminderDestination({ platform: 'slack', userId }),
      method,
      ...(leadDays ? { leadDays } : {}),
      lang: current?.lang ?? 'ja',
    });

  if (action.action_id === HOME_ACTIONS.method) {
    const method = METHOD_IDS.find((m) => m === selected);
    // A method change keeps the user's timing; turning reminders on starts from the defaults.
    if (method) await subscribe(method, current?.active ? current.leadDays : undefined);
  } else if (action.action_id === HOME_ACTIONS.leadDays && current && selected) {
    const leadDays = selected.split(',').map(Number);
    if (leadDays.every((d) => Number.isInteger(d) && d >= 0)) await subscribe(current.method, leadDays);
  } else if (action.action_id === HOME_ACTIONS.stop) {
    await reminders.unsubscribe('slack', userId);
  }
}
