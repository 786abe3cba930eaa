// A minimal Slack Web API in a child process, for load tests: it answers every method with `ok`
// (auth.test with the fake identity, a fresh ts for posts) and only counts calls. In its own
// process it does not steal the event loop of the process that measures latency, which the
// recording fake (fake-web-api.ts) would do under a burst of a few hundred calls.
import { type ChildProcess, spawn } from 'node:child_process';
import { FAKE_IDENTITY } from './fake-web-api.js';

const SINK = `
const { createServer } = require('node:http');
const identity = JSON.parse(process.argv[1]);
let answers = 0, seq = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const path = req.url || '/';
    if (path === '/stats') { res.end(JSON.stringify({ answers })); return; }
    if (path.endsWith('/chat.postMessage') || path.startsWith('/response/') || path.endsWith('/chat.postEphemeral')) answers++;
    const body = path.endsWith('/auth.test') ? { ok: true, ...identity } : { ok: true, ts: Date.now() / 1000 + '.' + ++seq, channel: { id: 'D1' } };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

export interface SlackSink {
  apiUrl: string;
  responseUrl(id: string): string;
  /** chat.postMessage, chat.postEphemeral and response_url posts so far. */
  answers(): Promise<number>;
  close(): Promise<void>;
}

export async function startSlackSink(): Promise<SlackSink> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SINK, JSON.stringify(FAKE_IDENTITY)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`the Slack sink exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    answers: async () => ((await (await fetch(`${base}/stats`)).json()) as { answers: number }).answers,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
