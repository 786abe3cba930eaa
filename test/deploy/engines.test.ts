// The Node version a newcomer is told to install is the one the packages need: package.json's
// `engines`, the lock file's copy of it, the README, and every production package's own minimum.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
};

const version = (text: string) => text.split('.').map(Number) as [number, number, number];
const atLeast = (a: number[], b: number[]) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

describe('the Node version', () => {
  const ours = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1] as string;

  it('is written the same in package.json, the lock file and the README', () => {
    expect(ours).toBeDefined();
    expect((lock.packages[''] as { engines: { node: string } }).engines.node).toBe(pkg.engines.node);
    expect(readFileSync('README.md', 'utf8')).toContain(`Node ${ours} or later`);
  });

  it('is at least what every production package asks for', () => {
    const short: string[] = [];
    for (const [name, entry] of Object.entries(lock.packages)) {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      if (!name || entry.dev || !range) continue;
      // Only the plain lower bounds (">=20", ">= 18.17"); "20.x || 22.x" lists supported majors.
      const minimum = /^>=\s*v?(\d+(?:\.\d+){0,2})$/.exec(range.trim())?.[1];
      if (!minimum) continue;
      const [major = 0, minor = 0, patch = 0] = minimum.split('.').map(Number);
      if (!atLeast(version(ours), [major, minor, patch])) short.push(`${name} ${range}`);
    }
    expect(short).toEqual([]);
  });
});
