// Slack as the composition root sees it: its variables, what turns it on, and its adapter
// (loaded only when Slack is configured, so that Bolt stays out of the other modes).
import { httpUrl, optionalText, prefixed } from '../../src/config.js';
import { definePlatform } from '../platform.js';

export interface SlackOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
}

export const slack = definePlatform({
  name: 'slack',
  env: {
    SLACK_BOT_TOKEN: prefixed('xoxb-', 'xoxb-123-456-abc'),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: prefixed('xapp-', 'xapp-1-A123-456-abc'),
    SLACK_API_URL: httpUrl,
  },
  // The signing secret alone enables it too: set without its token, it is a half-done setup to
  // say so about, not something to ignore.
  enabledBy: ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'],
  requires(env) {
    if (env.SLACK_APP_TOKEN && !env.SLACK_BOT_TOKEN)
      return [['SLACK_BOT_TOKEN', 'is required when SLACK_APP_TOKEN is set']];
    if (!env.SLACK_BOT_TOKEN) return [['SLACK_BOT_TOKEN', 'is required when SLACK_SIGNING_SECRET is set']];
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET)
      return [
        [
          'SLACK_SIGNING_SECRET',
          'is required when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode checks every request with it)',
        ],
      ];
    return [];
  },
  options: (env): SlackOptions => ({
    botToken: env.SLACK_BOT_TOKEN as string,
    ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
    ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
    // Bolt builds `${slackApiUrl}${method}`, so the base must end with a slash.
    ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL.replace(/\/*$/, '/') } : {}),
  }),
  summary: (options) => `slack (${options.appToken ? 'socket mode' : 'http /slack/events'})`,
  async create(options, deps) {
    const { createSlackAdapter } = await import('./slack-adapter.js');
    return createSlackAdapter(options, deps);
  },
});
