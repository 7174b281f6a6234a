import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium with the built extension (dist/chrome); one browser at a time, generous timeouts. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
    // Gathers the figures the test files record, prints them at the end and writes reports/e2e-figures.json.
    globalSetup: ['tests/e2e/lib/figures-report.ts'],
  },
});
