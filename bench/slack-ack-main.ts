// Runs the Slack acknowledgement benchmark alone and prints it:
//   node scripts/run.mjs bench/slack-ack-main.ts
import { benchSlackAck } from './slack-ack.js';

const r = await benchSlackAck();
console.log(
  `Slack ack latency, ${r.requests} signed requests (events and /atone), answered ${r.answered}/${r.requests}:`,
);
console.log(`  all at once:        p50 ${r.p50ms} ms, p99 ${r.p99ms} ms, max ${r.maxMs} ms`);
console.log(`  spread over 1 s:    p99 ${r.spreadP99ms} ms`);
console.log(`  bare node:http, all at once (this machine's floor): p99 ${r.floorP99ms} ms`);
