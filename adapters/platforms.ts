// The chat platforms this build knows: the composition root's one list. A new platform is its
// folder under adapters/ (an index.ts exporting its PlatformDescriptor) and one entry here;
// its name, variables, configuration checks, HTTP routes and readiness all come from that folder.
import { COMMON_ENV, type Config, configProblems, readConfig } from '../src/config.js';
import { discord } from './discord/index.js';
import { line } from './line/index.js';
import type { PlatformAdapter, PlatformDeps, PlatformDescriptor } from './platform.js';
import { slack } from './slack/index.js';

export const PLATFORMS = [slack, discord, line] as const satisfies readonly PlatformDescriptor[];

/** The name of a chat platform of this build ('slack' | 'discord' | 'line'). */
export type ChatPlatform = (typeof PLATFORMS)[number]['name'];

/** A platform that is turned on and valid. */
export interface ConfiguredPlatform {
  name: string;
  summary: string;
  create(deps: PlatformDeps): Promise<PlatformAdapter>;
}

export interface Settings {
  config: Config;
  /** In the order of PLATFORMS; empty: the terminal chat. */
  platforms: ConfiguredPlatform[];
}

/**
 * The whole environment: the common variables and every platform's. Throws one ConfigError
 * naming every problem at once (common and platforms alike), never a value.
 */
export function readSettings(
  env: NodeJS.ProcessEnv = process.env,
  descriptors: readonly PlatformDescriptor[] = PLATFORMS,
): Settings {
  const common = readConfig(env);
  const problems = common.ok ? [] : [...common.problems];
  const platforms: ConfiguredPlatform[] = [];
  for (const descriptor of descriptors) {
    const setup = descriptor.configure(env);
    if (setup.state === 'invalid') problems.push(...setup.problems);
    if (setup.state === 'on')
      platforms.push({ name: descriptor.name, summary: setup.summary, create: setup.create });
  }
  if (!common.ok || problems.length > 0) throw configProblems(problems);
  return { config: common.value, platforms };
}

/** Every variable `npm start` reads: the common ones and each platform's (.env.example lists them all). */
export function environmentVariables(descriptors: readonly PlatformDescriptor[] = PLATFORMS): string[] {
  return [...Object.keys(COMMON_ENV), ...descriptors.flatMap((d) => d.variables)];
}

/** The variable that turns each platform on, for the message of a start with nothing to do. */
export function platformSwitches(descriptors: readonly PlatformDescriptor[] = PLATFORMS): string[] {
  return descriptors.map((d) => d.enabledBy[0] as string);
}
