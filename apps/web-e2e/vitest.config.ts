import { defineConfig } from 'vitest/config';

/** Browser journeys against the real API; one file at a time, since they share its data. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
