// Buttons for an answer: its actions (custom_id = the action id, which the assistant parses when
// the button is pressed) and link buttons to its sources. Discord allows 5 buttons a row, 5 rows,
// custom ids up to 100 characters, unique within a message, and labels up to 80.
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { decodeAction } from '../../src/actions.js';
import type { Answer, AnswerAction } from '../../src/types.js';
import { LIMITS, truncate } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export function answerComponents(answer: Pick<Answer, 'actions' | 'sources'>): ButtonRow[] {
  const seen = new Set<string>();
  const actionButtons = (answer.actions ?? [])
    // An id that does not fit cannot be sent at all; a repeated one would make Discord refuse the message.
    .filter(
      (action) =>
        action.id.length >= 1 &&
        action.id.length <= LIMITS.customId &&
        !seen.has(action.id) &&
        seen.add(action.id),
    )
    .map(actionButton);
  const linkButtons = (answer.sources ?? [])
    .filter((source) => /^https?:\/\//.test(source.url) && source.url.length <= 512)
    .slice(0, LIMITS.buttonsPerRow)
    .map(
      (source): APIButtonComponent => ({
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: truncate(source.title, LIMITS.buttonLabel),
        url: source.url,
      }),
    );
  // Actions first, each kind starting its own row; the sources last, so that an overflow drops links, not actions.
  const rows = [...chunk(actionButtons, LIMITS.buttonsPerRow), ...chunk(linkButtons, LIMITS.buttonsPerRow)];
  return rows.slice(0, LIMITS.rows).map((components) => ({ type: ComponentType.ActionRow, components }));
}

function actionButton(action: AnswerAction): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: styleOf(action.id),
    label: truncate(action.label.trim(), LIMITS.buttonLabel) || action.id.slice(0, LIMITS.buttonLabel),
    custom_id: action.id,
  };
}

function styleOf(actionId: string): ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success {
  const kind = decodeAction(actionId)?.kind;
  if (kind === 'paid' || kind === 'confirm') return ButtonStyle.Success;
  if (kind === 'ask') return ButtonStyle.Primary;
  return ButtonStyle.Secondary;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
