// Reading what the bot sent: the visible text of Block Kit blocks and the buttons in them.
import type { RecordedCall } from './fake-web-api.js';
import type { RenderedButton } from './payloads.js';

interface AnyBlock {
  type?: string;
  text?: { text?: string } | string;
  fields?: Array<{ text?: string }>;
  elements?: Array<AnyBlock & { action_id?: string; value?: string }>;
  options?: Array<{ text?: { text?: string } }>;
  placeholder?: { text?: string };
}

function blocksOf(call: RecordedCall): AnyBlock[] {
  const params = call.params as { blocks?: unknown; view?: { blocks?: unknown } };
  const blocks = params.blocks ?? params.view?.blocks;
  return Array.isArray(blocks) ? (blocks as AnyBlock[]) : [];
}

/** Every piece of text a user would see in the call's blocks (and its `text`), joined by newlines. */
export function visibleText(call: RecordedCall): string {
  const out: string[] = [];
  const walk = (block: AnyBlock) => {
    if (typeof block.text === 'string') out.push(block.text);
    else if (block.text?.text) out.push(block.text.text);
    for (const field of block.fields ?? []) if (field.text) out.push(field.text);
    for (const option of block.options ?? []) if (option.text?.text) out.push(option.text.text);
    for (const element of block.elements ?? []) walk(element);
  };
  for (const block of blocksOf(call)) walk(block);
  const text = (call.params as { text?: unknown }).text;
  if (typeof text === 'string') out.push(text);
  return out.join('\n');
}

/** The buttons of the call's actions blocks, in order. */
export function buttonsOf(call: RecordedCall): RenderedButton[] {
  return blocksOf(call)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === 'button') as unknown as RenderedButton[];
}

/** The action id a button carries (its value is `{"a": id, "q": question}`). */
export function actionIdOf(button: RenderedButton): string | undefined {
  try {
    return (JSON.parse(button.value ?? '') as { a?: string }).a;
  } catch {
    return undefined;
  }
}
