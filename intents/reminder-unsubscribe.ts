// "Stop reminding me".
import { defineIntent, t } from '../src/intent.js';

export default defineIntent({
  name: 'reminder_unsubscribe',
  label: { ja: 'リマインダーを解除', en: 'stop reminders' },
  examples: {
    ja: [
      '通知はもういらない',
      'リマインダーを止めて',
      'もうお知らせはいらない',
      'リマインドをやめて',
      '通知をオフにしたい',
    ],
    en: [
      'cancel the reminders',
      'stop reminding me',
      'unsubscribe',
      'turn off notifications',
      'no more reminders please',
    ],
  },
  cues: [
    /(通知|つうち|りまいんど|りまいんだー|お知らせ|知らせ).{0,10}(解除|かいじょ|停止|ていし|やめ|止め|とめ|おふ|いらない|不要|きゃんせる|削除|しないで)/,
    /(stop|cancel|turn off|disable|delete|remove|no more).{0,20}(remind|notif|alert|messag|msgs?\b|texts?\b|pings?\b)|unsubscribe|opt out/,
  ],
  // A chat turns reminders off (src/conversation/reminders.ts); elsewhere, how to.
  answer({ lang }) {
    return {
      title: t(lang, 'リマインダー', 'Reminders'),
      text: t(
        lang,
        'リマインダーは、設定したチャット（Slack・Discord・LINE・ターミナル）で「通知を解除して」と送ると解除できます。あとからいつでも「3日前に教えて」でまた設定できます。',
        'Reminders are turned off in the chat where you set them (Slack, Discord, LINE or the terminal): say "stop reminding me". You can turn them back on any time: say "remind me 3 days before".',
      ),
    };
  },
});
