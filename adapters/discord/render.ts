// An Answer as a Discord message: one embed (title, the answer, fields for the facts, the sources
// and their verified date in the footer) and buttons (the answer's actions, then links to the
// sources). Pure; every text is cut to Discord's limits so that no reply is refused.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { decodeAction } from '../../src/actions.js';
import { formatIsoDay } from '../../src/phrases.js';
import type { Answer, AnswerSource } from '../../src/types.js';
import { answerComponents, type ButtonRow } from './components.js';
import { LIMITS, truncate } from './limits.js';

export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

export interface RenderOptions {
  /** The question that was answered: kept in the embed when "did you mean" buttons need to ask it again. */
  question?: string;
}

/** atone's brand is a soft green; any colour works, one keeps answers recognisable. */
const EMBED_COLOR = 0x3cb4a0;

/** Marks the embed author line that carries the question (read back by `questionFromEmbed`). */
const QUESTION_MARK = '💬 ';

export function renderAnswer(answer: Answer, options: RenderOptions = {}): RenderedMessage {
  const embed: APIEmbed = { color: EMBED_COLOR };
  const asksAgain = answer.actions?.some((a) => decodeAction(a.id)?.kind === 'ask');
  if (asksAgain && options.question?.trim()) {
    embed.author = { name: truncate(`${QUESTION_MARK}${oneLine(options.question)}`, LIMITS.authorName) };
  }
  if (answer.title) embed.title = truncate(answer.title, LIMITS.embedTitle);
  const sources = answer.sources ?? [];
  embed.description = truncate(
    withoutSourceLines(answer.text, sources).trim() || answer.text.trim() || '…',
    LIMITS.embedDescription,
  );
  const fields = (answer.facts ?? []).slice(0, LIMITS.embedFields).map(
    (fact): APIEmbedField => ({
      name: truncate(fact.label.trim(), LIMITS.fieldName) || '\u200b',
      value: truncate(fact.value.trim(), LIMITS.fieldValue) || '\u200b',
      inline: fact.value.length <= 40,
    }),
  );
  if (fields.length) embed.fields = fields;
  if (sources.length) embed.footer = { text: truncate(footerText(sources, answer.lang), LIMITS.footerText) };
  return { embeds: [fitTotal(embed)], components: answerComponents(answer) };
}

/** The question a rendered answer carries, for a "did you mean" button pressed later (even after a restart). */
export function questionFromEmbed(
  embed: { author?: { name?: string } | null } | undefined,
): string | undefined {
  const name = embed?.author?.name;
  return name?.startsWith(QUESTION_MARK) ? name.slice(QUESTION_MARK.length) : undefined;
}

/**
 * Answer.text ends with one "出典: … URL" / "Source: … URL" line per source so that it reads well
 * alone; the embed shows the sources in its footer and as link buttons instead.
 */
export function withoutSourceLines(text: string, sources: readonly AnswerSource[]): string {
  if (sources.length === 0) return text;
  const isSourceLine = (line: string) =>
    /^(出典|Source):/.test(line) && sources.some((source) => line.includes(source.url));
  return text
    .split('\n')
    .filter((line) => !isSourceLine(line))
    .join('\n')
    .trimEnd();
}

function footerText(sources: readonly AnswerSource[], lang: Answer['lang']): string {
  const items = sources.map((s) =>
    lang === 'ja'
      ? `${s.title}（${formatIsoDay(s.verifiedAt, lang)}確認）`
      : `${s.title} (verified ${formatIsoDay(s.verifiedAt, lang)})`,
  );
  return `${lang === 'ja' ? '出典' : 'Source'}: ${items.join(' / ')}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Discord refuses a message whose embeds exceed 6,000 characters in all: shorten the description, then drop fields. */
function fitTotal(embed: APIEmbed): APIEmbed {
  const size = (e: APIEmbed) =>
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const over = size(embed) - LIMITS.embedTotal;
  if (over <= 0) return embed;
  const description = embed.description ?? '';
  const fitted: APIEmbed = {
    ...embed,
    description: truncate(description, Math.max(200, description.length - over)),
  };
  while (size(fitted) > LIMITS.embedTotal && fitted.fields?.length)
    fitted.fields = fitted.fields.slice(0, -1);
  return fitted;
}
