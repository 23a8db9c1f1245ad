import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // WXT's mock of `wxt/browser` imports all of `wxt/testing`, whose Vitest plugin loads esbuild, which
    // refuses to load under jsdom. The fake browser is all the mock needs.
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/contract/**/*.test.ts'],
    restoreMocks: true,
    setupFiles: ['test/support/i18n-setup.ts'],
  },
});
