import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every date rule is computed in Asia/Tokyo whatever the machine says; run tests in a
    // different zone so that a forgotten conversion fails here rather than in production.
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 20_000,
    pool: 'forks',
  },
});
