// "Which reminders do I have?"

import { defineIntent, t } from '../src/intent.js';
import { DEFAULT_SEND_HOUR } from '../src/reminders/subscription.js';

export default defineIntent({
  name: 'reminder_list',
  label: { ja: 'リマインダーの確認', en: 'my reminders' },
  examples: {
    ja: [
      'リマインダーを確認',
      '通知の設定を確認したい',
      '次のお知らせはいつ？',
      'リマインドはどうなってる？',
      '登録したリマインダーを見せて',
    ],
    en: [
      'show me my reminders',
      'show my reminders',
      'what reminders do I have',
      'when is my next reminder',
      'reminder settings',
    ],
  },
  cues: [
    /(通知|りまいんど|りまいんだー).{0,10}(一覧|確認|設定(?!して|する|したい|お願い)|りすと|見せ|見たい|どうなって|いつ|状況|内容|入って)|(何|なに|どの|どんな)の?(りまいんど|りまいんだー|通知)|(りまいんど|りまいんだー|通知).{0,6}(有効|設定中|active)|お知らせの(一覧|設定)/,
    /(list|show|see|check|view|what|which|next).{0,20}(remind|notif)|reminders?\b.{0,10}(settings|list|status)|my reminders|(show|list|see) my (alerts|notifications)|(alerts|notifications|reminders) (are )?(scheduled|set|coming)|subscribed to|subscriptions?\b/,
    // Changing the settings is subscribing again.
    /変え|変更|change/,
  ],
  // A chat lists the user's reminders (src/conversation/reminders.ts). Here (a question asked alone,
  // as `ask` does without a user) none can have been set: it says so, and where they would be.
  answer({ lang }) {
    return {
      title: t(lang, 'リマインダー', 'Reminders'),
      text: t(
        lang,
        `ここではリマインダーは設定されていません。設定したものは、設定したチャット（Slack・Discord・LINE・ターミナル）で「リマインダー一覧」と送ると確認できます。特に指定がなければ、期限の3日前と当日の${DEFAULT_SEND_HOUR}時（日本時間）に届きます。`,
        `No reminders are set here. Reminders you set are listed in the chat where you set them (Slack, Discord, LINE or the terminal): say "show my reminders". Unless you choose otherwise, they come 3 days before and on the day of your deadline at ${DEFAULT_SEND_HOUR}:00 (Japan time).`,
      ),
    };
  },
});
