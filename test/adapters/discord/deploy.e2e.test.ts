// `npm run discord:deploy` against the fake: it writes the commands only when they changed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let fake: FakeDiscord;

/** Runs the deploy script as `npm run discord:deploy` does, with only these variables set. */
function deploy(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'adapters/discord/deploy.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const writes = () => fake.state.calls.filter((c) => c.method === 'PUT');

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

describe('npm run discord:deploy', () => {
  it('registers globally the first time, then writes nothing while the definitions are unchanged', async () => {
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const first = await deploy(env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Registered commands for every server \(global\): added \/atone/);
    expect(writes().map((c) => c.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    expect(fake.state.commands.get('global')?.map((c) => c.name)).toEqual(['atone']);

    const second = await deploy(env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/already up to date/);
    expect(writes()).toHaveLength(1);
    // It compared with the full localizations, as Discord only returns them when asked.
    expect(
      fake.state.calls
        .filter((c) => c.method === 'GET' && c.path.endsWith('/commands'))
        .every((c) => c.query.with_localizations === 'true'),
    ).toBe(true);
  });

  it('writes again when what is registered differs, and uses the guild in DISCORD_GUILD_ID', async () => {
    const global = fake.state.commands.get('global') ?? [];
    fake.state.commands.set(
      'global',
      global.map((c) => ({ ...c, description: 'an older description' })),
    );
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    expect((await deploy(env)).stdout).toMatch(/updated \/atone/);
    expect(writes()).toHaveLength(2);

    const guildId = '1300000000000000100';
    const inGuild = await deploy({ ...env, DISCORD_GUILD_ID: guildId });
    expect(inGuild.stdout).toMatch(`Registered commands for guild ${guildId}`);
    expect(writes()[2]?.path).toBe(`/applications/${fake.applicationId}/guilds/${guildId}/commands`);
  });

  it('names the missing variables and never prints the token', async () => {
    const missing = await deploy({ DISCORD_API_URL: fake.apiUrl });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
    const refused = await deploy({
      DISCORD_TOKEN: 'wrong-secret-token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/401|Unauthorized/);
    expect(refused.stderr + refused.stdout).not.toMatch(/wrong-secret-token/);
  });
});
