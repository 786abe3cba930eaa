// One Slack message can arrive as two events: a mention written in a DM comes as app_mention and
// as message.im, under two event ids (the inbox recognises a retry of either by its own id, not
// the pair). Sightings of the message itself are kept in the store, which several instances
// share, so that it is answered once wherever its events land.
import type { PlatformDeps } from '../../platform.js';
import { describeError } from '../slack-errors.js';

/** Well over Slack's last retry (about 5 minutes after the first attempt). */
export const SIGHTING_TTL_MS = 60 * 60_000;

/**
 * True the first time `key` is seen. When the store cannot be reached the answer still goes
 * out: a rare double answer beats a question left unanswered.
 */
export async function firstSighting(deps: PlatformDeps, key: string): Promise<boolean> {
  try {
    return await deps.seenEvents.rememberEvent(key, SIGHTING_TTL_MS, deps.now());
  } catch (error) {
    deps.log.warn('slack sighting store failed; answering anyway', { key, ...describeError(error) });
    return true;
  }
}
