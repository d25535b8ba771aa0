import { defineConfig } from 'vitest/config';

// End-to-end suites drive real browsers: node environment, long timeouts, one file per browser at a time so two
// cores are not oversubscribed, and retries off: a flaky e2e test must be fixed, not hidden.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
  },
});
