// LINE as the composition root sees it: its variables, what turns it on, and its adapter
// (loaded only when LINE is configured, so that @line/bot-sdk stays out of the other modes).
import { optionalText } from '../../src/config.js';
import { definePlatform } from '../platform.js';

export interface LineOptions {
  channelSecret: string;
  channelAccessToken: string;
  apiUrl?: string;
}

// The LINE SDK resolves its paths against the base URL, so a path in it would be dropped silently.
const originUrl = optionalText.refine((s) => s === undefined || /^https?:\/\/[^\s/]+\/?$/.test(s), {
  message: 'must be a scheme, host and optional port with no path, such as http://127.0.0.1:3002',
});

export const line = definePlatform({
  name: 'line',
  env: {
    LINE_CHANNEL_SECRET: optionalText,
    LINE_CHANNEL_ACCESS_TOKEN: optionalText,
    LINE_API_URL: originUrl,
  },
  enabledBy: ['LINE_CHANNEL_ACCESS_TOKEN', 'LINE_CHANNEL_SECRET'],
  requires: (env) =>
    !env.LINE_CHANNEL_SECRET
      ? [
          [
            'LINE_CHANNEL_SECRET',
            'is required when LINE_CHANNEL_ACCESS_TOKEN is set (every webhook request is checked with it)',
          ],
        ]
      : !env.LINE_CHANNEL_ACCESS_TOKEN
        ? [['LINE_CHANNEL_ACCESS_TOKEN', 'is required when LINE_CHANNEL_SECRET is set']]
        : [],
  options: (env): LineOptions => ({
    channelSecret: env.LINE_CHANNEL_SECRET as string,
    channelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN as string,
    ...(env.LINE_API_URL ? { apiUrl: env.LINE_API_URL.replace(/\/+$/, '') } : {}),
  }),
  summary: () => 'line /line/webhook',
  async create(options, deps) {
    const { createLineAdapter } = await import('./line-adapter.js');
    return createLineAdapter(options, deps);
  },
});
