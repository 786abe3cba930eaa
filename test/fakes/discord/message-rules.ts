// Discord's checks on a message body, as the fake applies them: a body over a limit is refused
// with 400 50035 (Invalid Form Body), an empty message with 400 50006, exactly as Discord does.

export interface Refusal {
  code: 50035 | 50006;
  message: string;
  problems: string[];
}

interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name?: string; value?: string }>;
  footer?: { text?: string };
  author?: { name?: string };
}

interface Button {
  type?: number;
  style?: number;
  label?: string;
  custom_id?: string;
  url?: string;
}

export interface MessageBody {
  content?: string;
  embeds?: Embed[];
  components?: Array<{ type?: number; components?: Button[] }>;
}

/** Problems with a message body; `edit` allows leaving fields out (PATCH keeps what is not sent). */
export function refuseMessage(body: MessageBody, { edit = false } = {}): Refusal | undefined {
  const problems: string[] = [];
  const over = (what: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) problems.push(`${what}: ${value.length} > ${max}`);
  };
  over('content', body.content, 2000);
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) problems.push(`embeds: ${embeds.length} > 10`);
  let total = 0;
  embeds.forEach((embed, i) => {
    over(`embeds[${i}].title`, embed.title, 256);
    over(`embeds[${i}].description`, embed.description, 4096);
    over(`embeds[${i}].footer.text`, embed.footer?.text, 2048);
    over(`embeds[${i}].author.name`, embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`embeds[${i}].fields: ${fields.length} > 25`);
    fields.forEach((field, j) => {
      if (!field.name || !field.value)
        problems.push(`embeds[${i}].fields[${j}]: name and value are required`);
      over(`embeds[${i}].fields[${j}].name`, field.name, 256);
      over(`embeds[${i}].fields[${j}].value`, field.value, 1024);
      total += (field.name?.length ?? 0) + (field.value?.length ?? 0);
    });
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text?.length ?? 0) +
      (embed.author?.name?.length ?? 0);
  });
  if (total > 6000) problems.push(`embeds: ${total} characters in all > 6000`);
  const rows = body.components ?? [];
  if (rows.length > 5) problems.push(`components: ${rows.length} rows > 5`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const buttons = row.components ?? [];
    if (row.type !== 1) problems.push(`components[${i}]: not an action row`);
    if (buttons.length === 0 || buttons.length > 5)
      problems.push(`components[${i}]: ${buttons.length} buttons (1 to 5)`);
    buttons.forEach((button, j) => {
      const where = `components[${i}].components[${j}]`;
      over(`${where}.label`, button.label, 80);
      if (button.style === 5) {
        if (!button.url) problems.push(`${where}: a link button needs a url`);
        return;
      }
      if (!button.custom_id) problems.push(`${where}: custom_id is required`);
      over(`${where}.custom_id`, button.custom_id, 100);
      if (button.custom_id && ids.has(button.custom_id))
        problems.push(`${where}: custom_id ${button.custom_id} is not unique`);
      if (button.custom_id) ids.add(button.custom_id);
    });
  });
  if (problems.length) return { code: 50035, message: 'Invalid Form Body', problems };
  const empty = !body.content && embeds.length === 0;
  if (!edit && empty) return { code: 50006, message: 'Cannot send an empty message', problems: ['empty'] };
  return undefined;
}
