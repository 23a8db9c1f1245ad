import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    root,
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Each test drives its own Chromium; two at once is what two cores carry.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A real browser, its service worker and the stand-in share two cores with another test: what takes
    // 100 ms alone can take seconds. One second (Vitest's default) failed in CI on a healthy run.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './test/e2e/summary-reporter.ts'],
  },
});
