// Vitest's global setup: builds the bundles once before any test file runs, as `npm install`
// does for a user, so that every test starting the bot (`npm start`'s command) runs the current
// sources and no two test files rebuild at the same moment.
import { execFileSync } from 'node:child_process';
import { ROOT } from './start-command.js';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
