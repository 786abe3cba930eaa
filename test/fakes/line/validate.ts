// The checks LINE makes on the messages of a reply or push (../shared/platform-protocols.md,
// "LINE"): a request that breaks one is refused whole with 400 and `details`, as LINE does, so
// a test fails where the real platform would.
export type Json = Record<string, unknown>;

export interface Problem {
  message: string;
  property: string;
}

const LABEL_MAX = 20;

export function messageProblems(messages: unknown): Problem[] {
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > 5)
    return [{ property: 'messages', message: 'Size must be between 1 and 5' }];
  const problems: Problem[] = [];
  messages.forEach((message, i) => {
    problems.push(...messageProblemsAt(message as Json, `messages[${i}]`));
    if ((message as Json).quickReply !== undefined && i !== messages.length - 1) {
      // LINE accepts it but shows it only on the last message: a bug on our side all the same.
      problems.push({
        property: `messages[${i}].quickReply`,
        message: 'only the last message shows a quick reply',
      });
    }
  });
  return problems;
}

function messageProblemsAt(message: Json, at: string): Problem[] {
  const problems: Problem[] = [];
  const fail = (property: string, text: string) =>
    problems.push({ property: `${at}.${property}`, message: text });
  if (message.type === 'text') {
    const text = message.text;
    if (typeof text !== 'string' || text.length === 0) fail('text', 'Must not be empty');
    else if (text.length > 5_000) fail('text', 'Length must be between 0 and 5000');
    if (message.quoteToken !== undefined && typeof message.quoteToken !== 'string')
      fail('quoteToken', 'Invalid');
  } else if (message.type === 'flex') {
    const altText = message.altText;
    if (typeof altText !== 'string' || altText.length === 0) fail('altText', 'Must not be empty');
    else if (altText.length > 1_500) fail('altText', 'Length must be between 0 and 1500');
    const contents = message.contents as Json | undefined;
    if (!contents || (contents.type !== 'bubble' && contents.type !== 'carousel'))
      fail('contents', 'Must be a bubble or a carousel');
    else {
      if (Buffer.byteLength(JSON.stringify(contents)) > 30_000) fail('contents', 'A bubble is at most 30 KB');
      walkFlex(contents, `${at}.contents`, problems);
    }
    if ('quoteToken' in message) fail('quoteToken', 'Flex messages cannot quote');
  } else {
    fail('type', `The fake supports text and flex, not ${String(message.type)}`);
  }
  if (message.quickReply !== undefined)
    problems.push(...quickReplyProblems(message.quickReply as Json, `${at}.quickReply`));
  return problems;
}

function walkFlex(node: Json, at: string, problems: Problem[]): void {
  if (
    node.type === 'text' &&
    (typeof node.text !== 'string' || node.text === '') &&
    !Array.isArray(node.contents)
  )
    problems.push({ property: `${at}.text`, message: 'Must not be empty' });
  if (node.type === 'button' && !node.action)
    problems.push({ property: `${at}.action`, message: 'Required' });
  if (node.action)
    problems.push(...actionProblems(node.action as Json, `${at}.action`, node.type === 'button'));
  if (node.type === 'box' && !Array.isArray(node.contents))
    problems.push({ property: `${at}.contents`, message: 'Required' });
  for (const key of ['header', 'hero', 'body', 'footer'] as const) {
    if (node[key]) walkFlex(node[key] as Json, `${at}.${key}`, problems);
  }
  if (Array.isArray(node.contents)) {
    for (const [i, child] of (node.contents as Json[]).entries())
      walkFlex(child, `${at}.contents[${i}]`, problems);
  }
}

function quickReplyProblems(quickReply: Json, at: string): Problem[] {
  const items = quickReply.items;
  if (!Array.isArray(items) || items.length < 1 || items.length > 13)
    return [{ property: `${at}.items`, message: 'Size must be between 1 and 13' }];
  return (items as Json[]).flatMap((item, i) =>
    item.type !== 'action'
      ? [{ property: `${at}.items[${i}].type`, message: 'Must be action' }]
      : actionProblems(item.action as Json, `${at}.items[${i}].action`, true),
  );
}

function actionProblems(action: Json | undefined, at: string, labelRequired: boolean): Problem[] {
  if (!action) return [{ property: at, message: 'Required' }];
  const problems: Problem[] = [];
  const label = action.label;
  if (label === undefined && labelRequired) problems.push({ property: `${at}.label`, message: 'Required' });
  if (label !== undefined && (typeof label !== 'string' || label.length < 1 || label.length > LABEL_MAX))
    problems.push({ property: `${at}.label`, message: `Length must be between 1 and ${LABEL_MAX}` });
  if (action.type === 'postback') {
    if (typeof action.data !== 'string' || action.data.length < 1 || action.data.length > 300)
      problems.push({ property: `${at}.data`, message: 'Length must be between 1 and 300' });
    if (
      action.displayText !== undefined &&
      (typeof action.displayText !== 'string' || action.displayText.length > 300)
    )
      problems.push({ property: `${at}.displayText`, message: 'Length must be between 1 and 300' });
  } else if (action.type === 'uri') {
    const uri = action.uri;
    if (typeof uri !== 'string' || uri.length > 1_000 || !/^(https?|line|tel):/.test(uri))
      problems.push({ property: `${at}.uri`, message: 'Invalid URI' });
  } else if (action.type !== 'message') {
    problems.push({ property: `${at}.type`, message: `The fake supports postback, uri and message actions` });
  }
  return problems;
}
