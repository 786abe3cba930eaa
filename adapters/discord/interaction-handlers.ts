// Slash commands, autocomplete and button presses: each turned into a Message for the assistant,
// its Answer rendered and sent back through the interaction itself (READY lists no guilds, so
// nothing is cached: no channel or member lookups here).
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { decodeAction, isReminderButton } from '../../src/actions.js';
import type { Assistant } from '../../src/assistant.js';
import { t } from '../../src/intent.js';
import type { Metrics } from '../../src/metrics.js';
import { langFromLocale } from '../../src/nlu/language.js';
import type { Answer, Message } from '../../src/types.js';
import type { Logger } from '../platform.js';
import { acknowledge, type InteractionTarget } from './acknowledge.js';
import { autocompleteChoices } from './autocomplete.js';
import { type CommandWork, commandRequest, type OptionValue } from './command-input.js';
import { COMMAND_NAME } from './commands.js';
import { describeError } from './discord-errors.js';
import { LIMITS, truncate } from './limits.js';
import { conversationId } from './message-input.js';
import { invalidOptionsAnswer, optionProblems } from './option-checks.js';
import { questionFromEmbed, renderAnswer } from './render.js';
import { createTurnFailure } from './turn-errors.js';

export interface InteractionHandlerDeps {
  assistant: Assistant;
  now: () => Date;
  log: Logger;
  metrics: Metrics;
  deferAfterMs?: number;
}

export function createInteractionHandler(
  deps: InteractionHandlerDeps,
): (interaction: Interaction) => Promise<void> {
  const { assistant, now, log } = deps;
  const turnFailed = createTurnFailure(log, deps.metrics);

  function messageFor(interaction: Interaction, text: string): Message {
    return {
      platform: 'discord',
      userId: interaction.user.id,
      channelId: conversationId(interaction.guildId, interaction.channelId ?? 'unknown'),
      text,
      locale: interaction.locale,
      receivedAt: now(),
    };
  }

  function common(interaction: Interaction, context: Record<string, unknown>) {
    const logged = { interaction: interaction.id, ...context };
    return {
      failed: (error: unknown) => turnFailed(error, langFromLocale(interaction.locale), logged),
      log,
      context: logged,
      deferAfterMs: deps.deferAfterMs,
    };
  }

  async function runWork(work: CommandWork): Promise<Answer> {
    if (work.kind === 'answer') return work.answer;
    if (work.kind === 'act') return assistant.act(work.actionId, work.message);
    return assistant.respond(work.message);
  }

  async function command(interaction: ChatInputCommandInteraction): Promise<void> {
    const subcommand = interaction.options.getSubcommand(false);
    const base = messageFor(interaction, '');
    const values = optionValues(interaction.options.data);
    const lang = langFromLocale(interaction.locale);
    const problems = optionProblems(subcommand, values, lang);
    const request =
      problems.length > 0
        ? { share: false, work: { kind: 'answer' as const, answer: invalidOptionsAnswer(problems, lang) } }
        : commandRequest(subcommand, values, {
            userId: base.userId,
            channelId: base.channelId,
            locale: interaction.locale,
            now: base.receivedAt,
          });
    const question = request.work.kind === 'answer' ? undefined : request.work.message.text;
    await acknowledge(targetOf(interaction), {
      mode: 'reply',
      ephemeral: !request.share,
      work: async () => renderAnswer(await runWork(request.work), question ? { question } : {}),
      ...common(interaction, { subcommand }),
    });
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const id = interaction.customId;
    const original = interaction.message;
    // Replace the answer in place where only this user sees it; in a shared channel, answer the presser alone.
    const onlyThisUserSees = original.flags.has(MessageFlags.Ephemeral) || !interaction.guildId;
    const action = decodeAction(id);
    const context = common(interaction, { button: action?.kind ?? 'unknown' });
    if (action?.kind === 'ask') {
      const question = questionFromEmbed(original.embeds[0]) ?? '';
      await acknowledge(targetOf(interaction), {
        mode: onlyThisUserSees ? 'update' : 'reply',
        ephemeral: true,
        work: async () =>
          renderAnswer(await assistant.act(id, messageFor(interaction, question)), { question }),
        ...context,
      });
      return;
    }
    if (isReminderButton(action)) {
      // The outcome goes above the reminder, which stays; once paid, its buttons go.
      await acknowledge(targetOf(interaction), {
        mode: 'update',
        ephemeral: true,
        work: async () => {
          const answer = await assistant.act(id, messageFor(interaction, ''));
          const content = truncate(answer.text, LIMITS.content);
          return action?.kind === 'paid' ? { content, components: [] } : { content };
        },
        ...context,
      });
      return;
    }
    await acknowledge(targetOf(interaction), {
      mode: 'reply',
      ephemeral: true,
      work: async () => renderAnswer(await assistant.act(id, messageFor(interaction, ''))),
      ...context,
    });
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = autocompleteChoices(
      { name: focused.name, value: String(focused.value) },
      interaction.locale,
      now(),
    );
    await interaction.respond(choices);
  }

  /** Anything this version does not handle (a command of an older or newer deploy) still gets an answer. */
  async function unknown(interaction: Interaction): Promise<void> {
    if (!interaction.isRepliable()) return;
    const lang = langFromLocale(interaction.locale);
    const name = interaction.isCommand() ? `/${interaction.commandName}` : undefined;
    await interaction.reply({
      content: t(
        lang,
        `${name ? `${name} は` : 'この操作は'}このボットでは使えません。\`/${COMMAND_NAME} help\` でできることを確認してください。`,
        `${name ? `${name} is` : 'This is'} not something this bot handles. Try \`/${COMMAND_NAME} help\` to see what it can do.`,
      ),
      flags: MessageFlags.Ephemeral,
    });
  }

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction);
      else if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME)
        await command(interaction);
      else if (interaction.isButton()) await button(interaction);
      else await unknown(interaction);
    } catch (error) {
      log.error('discord interaction handler failed', {
        interaction: interaction.id,
        error: describeError(error),
      });
    }
  };
}

/** The options of the invoked subcommand, by name. */
export function optionValues(
  data: readonly Pick<CommandInteractionOption, 'name' | 'value' | 'options'>[],
): Record<string, OptionValue> {
  const leaves = data.length === 1 && data[0]?.options ? data[0].options : data;
  const values: Record<string, OptionValue> = {};
  for (const option of leaves)
    if (option.value !== undefined && option.value !== null) values[option.name] = option.value;
  return values;
}

function targetOf(interaction: ChatInputCommandInteraction | ButtonInteraction): InteractionTarget {
  const target: InteractionTarget = {
    reply: (message) => interaction.reply(message),
    deferReply: (flags) => interaction.deferReply(flags),
    editReply: (message) => interaction.editReply(message),
    followUp: (message) => interaction.followUp(message),
  };
  if (interaction.isButton()) {
    target.update = (message) => interaction.update(message);
    target.deferUpdate = () => interaction.deferUpdate();
  }
  return target;
}
