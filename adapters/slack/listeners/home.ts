// The App Home tab: published each time the user opens it (so it is never stale), and again
// after each change made with its controls. It reads and changes reminders only through the
// assistant, as a chat does.
import type { App, BlockAction, BlockElementAction, webApi } from '@slack/bolt';
import { type Action, encodeAction } from '../../../src/actions.js';
import type { KnowledgeBase } from '../../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../../src/domain/methods.js';
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
  const { subscription, next, upcoming, recent } = await deps.assistant.reminders({
    platform: 'slack',
    userId,
  });
  const view = renderHome({
    ...(subscription ? { subscription } : {}),
    ...(next ? { next } : {}),
    upcoming,
    recent,
    kb,
    now: deps.now(),
  });
  await client.views.publish({ user_id: userId, view });
}

/**
 * A control of the Home tab, carried out by the assistant as the button it stands for: a method
 * keeps the user's timing (or turns reminders on with the defaults), a timing keeps the method.
 */
async function applyHomeChange(
  userId: string,
  action: BlockElementAction,
  deps: PlatformDeps,
): Promise<void> {
  const change = homeAction(action);
  if (!change) return;
  await deps.assistant.act(encodeAction(change), {
    platform: 'slack',
    userId,
    channelId: `slack:home:${userId}`,
    text: '',
    receivedAt: deps.now(),
  });
}

function homeAction(action: BlockElementAction): Action | undefined {
  const selected = action.type === 'static_select' ? action.selected_option.value : undefined;
  if (action.action_id === HOME_ACTIONS.method) {
    const method = METHOD_IDS.find((m) => m === selected);
    return method ? { kind: 'subscribe', method } : undefined;
  }
  if (action.action_id === HOME_ACTIONS.leadDays && selected) {
    const leadDays = selected.split(',').map(Number);
    return leadDays.every((d) => Number.isInteger(d) && d >= 0) ? { kind: 'subscribe', leadDays } : undefined;
  }
  if (action.action_id === HOME_ACTIONS.stop) return { kind: 'unsubscribe' };
  return undefined;
}
