// Prints the start-up time and idle memory of Slack and Discord mode:
//   node scripts/run.mjs bench/platform-start-main.ts [runs] [folder of another build [ready message]]
// With a folder (e.g. an older checkout, built), its `node dist/main/main.mjs` is measured instead,
// ready at its "<platform> ready" log line unless told otherwise.
import { join } from 'node:path';
import { benchPlatformStart } from './platform-start.js';

const runs = Number(process.argv[2] ?? 5);
const other = process.argv[3];
for (const platform of ['slack', 'discord'] as const) {
  const r = other
    ? await benchPlatformStart(
        platform,
        runs,
        [process.execPath, join(other, 'dist/main/main.mjs')],
        other,
        process.argv[4] ?? `${platform} ready`,
      )
    : await benchPlatformStart(platform, runs);
  console.log(
    `${platform}: start to ready ${r.startMs} ms (CPU ${r.startCpuMs} ms), idle RSS ${r.idleRssMb} MB (median of ${r.runs}; ${r.idleRssRange.join('–')})`,
  );
}
