// The `/atone` slash command as Discord registers it: one command with a subcommand per thing a
// user does, English names and descriptions with Japanese localizations. `npm run discord:deploy`
// sends exactly this; the handlers read options by the names exported here.
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { KnowledgeBase } from '../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../src/domain/methods.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { methodName } from '../../src/phrases.js';
import { MAX_LEAD_DAYS } from '../../src/reminders/subscription.js';

export const COMMAND_NAME = 'atone';

export const SUBCOMMANDS = {
  ask: 'ask',
  deadline: 'deadline',
  campaign: 'campaign',
  remind: 'remind',
  reminders: 'reminders',
  stop: 'stop',
  forget: 'forget',
  help: 'help',
} as const;

export const OPTIONS = {
  question: 'question',
  method: 'method',
  purchased: 'purchased',
  lastUsed: 'last_used',
  shops: 'shops',
  daysBefore: 'days_before',
  share: 'share',
} as const;

/** Text in both languages: Discord shows `en` by default and `ja` to Japanese clients. */
type Bilingual = readonly [en: string, ja: string];

function localized(name: string, nameJa: string | undefined, [en, ja]: Bilingual) {
  return {
    name,
    ...(nameJa ? { name_localizations: { ja: nameJa } } : {}),
    description: en,
    description_localizations: { ja },
  };
}

function subcommand(
  name: string,
  nameJa: string,
  description: Bilingual,
  options: APIApplicationCommandBasicOption[] = [],
): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    ...localized(name, nameJa, description),
    ...(options.length ? { options } : {}),
  };
}

const shareOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  ...localized(OPTIONS.share, '公開', [
    'Show the answer to everyone in the channel (default: only you)',
    'チャンネルの全員に見せる（既定: 自分だけ）',
  ]),
  required: false,
};

function methodOption(kb: KnowledgeBase): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    ...localized(OPTIONS.method, '支払い方法', ['How you pay the bill', '請求の支払い方法']),
    required: true,
    // The knowledge base names each method in both languages: one wording everywhere.
    choices: METHOD_IDS.map((id) => ({
      name: methodName(kb, id, 'en').slice(0, 100),
      name_localizations: { ja: methodName(kb, id, 'ja').slice(0, 100) },
      value: id,
    })),
  };
}

/** The definitions, in the JSON shape of `PUT /applications/{id}/commands`. */
export function commandDefinitions(
  kb: KnowledgeBase = defaultKnowledgeBase(),
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const atone: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: ApplicationCommandType.ChatInput,
    ...localized(COMMAND_NAME, undefined, [
      'atone (アトネ) pay-later: deadlines, campaigns, reminders',
      'atone（アトネ）後払い: 支払い期限・キャンペーン・リマインダー',
    ]),
    // Usable in servers and in the bot's DMs; installed to servers.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      subcommand(
        SUBCOMMANDS.ask,
        '質問',
        ['Ask anything about atone, in Japanese or English', 'atone について何でも質問（日本語・英語）'],
        [
          {
            type: ApplicationCommandOptionType.String,
            ...localized(OPTIONS.question, '質問内容', [
              'Your question, e.g. "when is the konbini payment due?"',
              '質問（例: コンビニ払いの期限は？）',
            ]),
            required: true,
            max_length: 500,
            autocomplete: true,
          },
          shareOption,
        ],
      ),
      subcommand(
        SUBCOMMANDS.deadline,
        '支払い期限',
        ['The exact payment deadline for your method', '支払い方法ごとの正確な支払い期限'],
        [
          methodOption(kb),
          {
            type: ApplicationCommandOptionType.String,
            ...localized(OPTIONS.purchased, '購入日', [
              'When you bought (e.g. 11/15, last month); default: the next deadline',
              '購入日（例: 11月15日、先月）。省略すると次の期限',
            ]),
            required: false,
            max_length: 40,
            autocomplete: true,
          },
          shareOption,
        ],
      ),
      subcommand(
        SUBCOMMANDS.campaign,
        'キャンペーン',
        ['Are you eligible, and how many points', 'キャンペーンの対象か、何ポイントか'],
        [
          {
            type: ApplicationCommandOptionType.String,
            ...localized(OPTIONS.lastUsed, '最終利用日', [
              'When you last used atone (e.g. 2024-01-15, January 2024)',
              '最後に atone を使った日（例: 2024年1月15日）',
            ]),
            required: true,
            max_length: 40,
            autocomplete: true,
          },
          {
            type: ApplicationCommandOptionType.Integer,
            ...localized(OPTIONS.shops, '店舗数', ['At how many shops you used it', '何店舗で使ったか']),
            required: false,
            min_value: 1,
            max_value: 99,
          },
          shareOption,
        ],
      ),
      subcommand(
        SUBCOMMANDS.remind,
        'リマインド',
        ['Get a DM before each deadline', '期限の前に DM でお知らせ'],
        [
          methodOption(kb),
          {
            type: ApplicationCommandOptionType.Integer,
            ...localized(OPTIONS.daysBefore, '何日前', [
              `Days before the deadline (0 = on the day; default: 3 days before and on the day)`,
              `期限の何日前か（0 = 当日。省略時は3日前と当日）`,
            ]),
            required: false,
            min_value: 0,
            max_value: MAX_LEAD_DAYS,
          },
        ],
      ),
      subcommand(SUBCOMMANDS.reminders, 'リマインダー一覧', [
        'Your reminders and when they go out',
        '設定中のリマインダーと送信予定',
      ]),
      subcommand(SUBCOMMANDS.stop, 'リマインド解除', ['Stop your reminders', 'リマインダーを解除']),
      subcommand(SUBCOMMANDS.forget, 'データ削除', [
        'Delete everything the bot keeps about you (asks first)',
        'このボットが保存しているあなたのデータを削除（確認あり）',
      ]),
      subcommand(
        SUBCOMMANDS.help,
        'ヘルプ',
        ['What the bot can answer', 'このボットでできること'],
        [shareOption],
      ),
    ],
  };
  return [atone];
}
