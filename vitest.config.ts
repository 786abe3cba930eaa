import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/fakes/build.ts'],
    env: {
      // Every date rule is computed in Asia/Tokyo whatever the machine says; run tests in a
      // different zone so that a forgotten conversion fails here rather than in production.
      TZ: 'America/Los_Angeles',
      // A bot a test starts without naming its database keeps nothing: never the user's ./data.
      DATABASE_URL: 'sqlite::memory:',
    },
    testTimeout: 20_000,
    pool: 'forks',
  },
});
