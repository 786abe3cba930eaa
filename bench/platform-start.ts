// Start-up time and idle memory of the platform processes, as `npm start` runs them: Slack in
// HTTP mode against a fake Web API, and Discord against a fake gateway. Start time runs from the
// spawn to the "ready" log line (every platform connected, the HTTP server listening); idle RSS
// is read from /proc after 3 s of quiet.
//   node scripts/run.mjs bench/platform-start-main.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { freePort, startSlackSink } from '../test/fakes/slack/index.js';
import { startCommand } from '../test/fakes/start-command.js';

export interface StartFigures {
  /** Median over the runs, milliseconds from spawn to the ready log line. */
  startMs: number;
  /** Median CPU time (user + system) the process spent until ready: steadier than wall time on a busy machine. */
  startCpuMs: number;
  /** Median idle RSS, MB. */
  idleRssMb: number;
  /** The lowest and highest idle RSS seen, MB. */
  idleRssRange: [number, number];
  runs: number;
}

export async function benchPlatformStart(
  platform: 'slack' | 'discord',
  runs = 5,
  /** Another build to compare with: its start command and folder. */
  command: string[] = startCommand(),
  cwd?: string,
  /** The log line that means ready (builds before the shared HTTP server logged "<platform> ready"). */
  readyMessage = 'ready',
): Promise<StartFigures> {
  const starts: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { env, close } = await platformEnv(platform);
    try {
      const t0 = performance.now();
      const [program, ...args] = command;
      const child = spawn(program as string, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
      await readyLine(child, readyMessage);
      starts.push(performance.now() - t0);
      cpu.push(cpuMs(child.pid as number));
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      rss.push(rssMb(child.pid as number));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    } finally {
      await close();
    }
  }
  return {
    startMs: median(starts),
    startCpuMs: median(cpu),
    idleRssMb: median(rss),
    idleRssRange: [Math.min(...rss), Math.max(...rss)],
    runs,
  };
}

async function platformEnv(
  platform: 'slack' | 'discord',
): Promise<{ env: NodeJS.ProcessEnv; close: () => Promise<void> }> {
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    // Experiments with the runtime's memory settings reach the bot.
    ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
    ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}),
    DATABASE_URL: 'sqlite::memory:',
    PORT: String(await freePort()),
  };
  if (platform === 'slack') {
    const sink = await startSlackSink();
    return {
      env: {
        ...base,
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_SIGNING_SECRET: 'bench',
        SLACK_API_URL: sink.apiUrl,
      },
      close: () => sink.close(),
    };
  }
  const fake = await FakeDiscord.start();
  return {
    env: {
      ...base,
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    },
    close: () => fake.close(),
  };
}

function readyLine(child: ChildProcess, message: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (log.includes(`"message":"${message}"`)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before "${message}":\n${log}`)));
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round(kb / 102.4) / 10;
}

/** utime + stime of a process, from /proc/<pid>/stat (in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}
