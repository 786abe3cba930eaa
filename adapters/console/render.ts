// Plain-text rendering of an Answer for the terminal: the text (it already reads well alone)
// and the actions as numbered commands, since a terminal has no buttons.
import type { Answer } from '../../src/types.js';

export interface RenderOptions {
  /** ANSI styling for a real terminal; none when piped. */
  color: boolean;
}

export function renderAnswer(answer: Answer, { color }: RenderOptions): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const lines: string[] = [];
  if (answer.title) lines.push(bold(answer.title));
  lines.push(answer.text);
  if (answer.actions?.length) {
    const hint = answer.lang === 'ja' ? '選ぶには /番号 を入力' : 'type /number to choose';
    lines.push(dim(`${answer.actions.map((a, i) => `[/${i + 1}] ${a.label}`).join('  ')}  (${hint})`));
  }
  return lines.join('\n');
}
