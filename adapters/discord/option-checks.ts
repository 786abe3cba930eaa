// The options of a `/atone` subcommand checked against the command's own definition (commands.ts:
// types, min/max, lengths, choices) before anything is asked of the core. Discord's client
// enforces these too, but another client, an outdated registration or a hand-made request need
// not: such input gets an answer that says what is wrong (`days_before: -5`), not "try again".
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
} from 'discord.js';
import { t } from '../../src/intent.js';
import type { Answer, Lang } from '../../src/types.js';
import type { OptionValue } from './command-input.js';
import { COMMAND_NAME, commandDefinitions } from './commands.js';

let definitions: Map<string, readonly APIApplicationCommandBasicOption[]> | undefined;

/** Each subcommand's options, read once from the definitions Discord is sent. */
function optionsOf(subcommand: string): readonly APIApplicationCommandBasicOption[] | undefined {
  definitions ??= new Map(
    (commandDefinitions().find((c) => c.name === COMMAND_NAME)?.options ?? [])
      .filter((o: APIApplicationCommandOption) => o.type === ApplicationCommandOptionType.Subcommand)
      .map((o) => [o.name, (o as { options?: APIApplicationCommandBasicOption[] }).options ?? []]),
  );
  return definitions.get(subcommand);
}

/** What is wrong with the options, one phrase per problem (empty when they are fine). */
export function optionProblems(
  subcommand: string | null,
  values: Readonly<Record<string, OptionValue>>,
  lang: Lang,
): string[] {
  const declared = subcommand ? optionsOf(subcommand) : undefined;
  if (!declared) return [];
  const problems: string[] = [];
  for (const option of declared) {
    const value = values[option.name];
    const name = option.name;
    if (value === undefined) {
      if (option.required) problems.push(t(lang, `${name} を指定してください`, `${name} is required`));
      continue;
    }
    const shown = JSON.stringify(value).slice(0, 40);
    if (
      option.type === ApplicationCommandOptionType.Integer ||
      option.type === ApplicationCommandOptionType.Number
    ) {
      const { min_value: min, max_value: max } = option;
      const whole = option.type === ApplicationCommandOptionType.Integer;
      if (
        typeof value !== 'number' ||
        (whole && !Number.isInteger(value)) ||
        (min !== undefined && value < min) ||
        (max !== undefined && value > max)
      ) {
        const range = min !== undefined && max !== undefined ? `${min}〜${max}` : '';
        problems.push(
          t(
            lang,
            `${name}: ${shown} は使えません（${range ? `${range}の` : ''}${whole ? '整数' : '数'}で指定してください）`,
            `${name}: ${shown} is not allowed (${whole ? 'a whole number' : 'a number'}${range ? ` from ${range.replace('〜', ' to ')}` : ''})`,
          ),
        );
      }
    } else if (option.type === ApplicationCommandOptionType.String) {
      const choices = 'choices' in option ? option.choices : undefined;
      if (typeof value !== 'string')
        problems.push(t(lang, `${name}: 文字で指定してください`, `${name}: must be text`));
      else if (choices && !choices.some((c) => c.value === value))
        problems.push(
          t(
            lang,
            `${name}: ${shown} は選択肢にありません（${choices.map((c) => c.name_localizations?.ja ?? c.name).join('、')}）`,
            `${name}: ${shown} is not one of the choices (${choices.map((c) => c.name).join(', ')})`,
          ),
        );
      else if ('max_length' in option && option.max_length !== undefined && value.length > option.max_length)
        problems.push(
          t(
            lang,
            `${name}: ${option.max_length}文字までです`,
            `${name}: at most ${option.max_length} characters`,
          ),
        );
    } else if (option.type === ApplicationCommandOptionType.Boolean && typeof value !== 'boolean') {
      problems.push(t(lang, `${name}: true か false で指定してください`, `${name}: must be true or false`));
    }
  }
  return problems;
}

/** The answer to options that cannot be used: what is wrong, and how to get it right. */
export function invalidOptionsAnswer(problems: readonly string[], lang: Lang): Answer {
  return {
    intent: 'fallback',
    confidence: 1,
    lang,
    title: t(lang, '入力を確認してください', 'Please check the command'),
    text: `${problems.join('\n')}\n${t(lang, '候補から選ぶと確実です。', 'Picking from the suggestions always works.')}`,
  };
}
