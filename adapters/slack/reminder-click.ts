// A reminder's buttons, once clicked, are settled in the reminder message itself: "Paid" takes
// every button away (nothing is left to do for that deadline), "Snooze" takes only itself away
// (the user can still mark it paid today), and the outcome is written under it. Pure.
import type { types } from '@slack/bolt';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { LIMITS } from './render-answer.js';

/** A block as Slack sends it back in a block_actions payload: anything with a type. */
export interface ReceivedBlock {
  type: string;
  block_id?: string;
  elements?: Array<{ action_id?: string } & Record<string, unknown>>;
  [key: string]: unknown;
}

export interface SettledClick {
  /** The action_id of the clicked button. */
  clickedActionId: string;
  /** True for "Paid": no button stays. */
  removeAllButtons: boolean;
  /** What the click did, in the user's language. */
  outcome: string;
}

export function settleReminderBlocks(blocks: ReadonlyArray<object>, click: SettledClick): types.KnownBlock[] {
  const kept: ReceivedBlock[] = [];
  for (const block of blocks as ReadonlyArray<ReceivedBlock>) {
    // Keep only what this adapter renders; the outcome line of an earlier click is replaced.
    if (block.block_id === OUTCOME_BLOCK_ID) continue;
    if (block.type !== 'actions') {
      kept.push(block);
      continue;
    }
    if (click.removeAllButtons) continue;
    const elements = (block.elements ?? []).filter((e) => e.action_id !== click.clickedActionId);
    if (elements.length > 0) kept.push({ ...block, elements });
  }
  const outcome: types.ContextBlock = {
    type: 'context',
    block_id: OUTCOME_BLOCK_ID,
    elements: [{ type: 'mrkdwn', text: truncate(`→ ${escapeMrkdwn(click.outcome)}`, LIMITS.fieldText) }],
  };
  // Slack sent these blocks; they go back as they came.
  return [...(kept.slice(0, LIMITS.blocks - 1) as unknown as types.KnownBlock[]), outcome];
}

export const OUTCOME_BLOCK_ID = 'atone.reminder.outcome';
