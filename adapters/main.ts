// `npm start`, the composition root (it lives in adapters/ because it picks them): reads the
// configuration, then runs the terminal chat (no platform token set) or the configured platforms. Behaves the same whatever NODE_ENV is.
import { createConsoleAdapter } from './console/console-adapter.js';
import { createAssistant } from '../src/assistant.js';
import { createBot } from '../src/bot.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { KnowledgeBaseError } from '../src/domain/knowledge-base.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const bot = createBot();
  const assistant = createAssistant({ bot });
  if (config.slack || config.discord) {
    throw new ConfigError('Slack and Discord adapters are not available in this version yet.');
  }
  const chat = createConsoleAdapter({
    assistant,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  });
  await chat.start();
}

main().catch((error: unknown) => {
  // Expected start-up failures get their message alone; anything else its stack too.
  if (error instanceof ConfigError || error instanceof KnowledgeBaseError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
