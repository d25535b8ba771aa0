import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact({ prerender: { enabled: false }, devToolsEnabled: false })],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/support/fake-browser-gaps.ts'],
    environment: 'happy-dom',
    restoreMocks: true,
  },
});
