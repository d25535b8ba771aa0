import preact from '@preact/preset-vite';
import { defineConfig, type UserWorkspaceConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests of the page readers, the sandbox and the tooling touch neither the fake browser nor module mocks: they share
// their workers (no fresh module graph and happy-dom per file), which was most of their run time. A test there that
// patches something global (a happy-dom prototype) puts it back itself; `--isolate` checks a suspected leak. The
// rest (fake browser listeners, vi.mock, the global document) keeps one realm per file.
const SHARED_REALM = ['kartra', 'stripe', 'dom', 'diagnosis', 'sandbox', 'setup', 'bench'].map((dir) => `test/unit/${dir}/**/*.test.{ts,tsx}`);

// Each project names its plugins itself: WXT's fake browser is not set up for a project that only extends the root.
const project = (test: NonNullable<UserWorkspaceConfig['test']>): UserWorkspaceConfig => ({
  plugins: [WxtVitest(), preact({ prerender: { enabled: false }, devToolsEnabled: false })],
  test: { setupFiles: ['test/unit/support/fake-browser-gaps.ts'], environment: 'happy-dom', restoreMocks: true, ...test },
});

export default defineConfig({
  test: {
    pool: 'threads',
    projects: [
      project({ name: 'readers', include: SHARED_REALM, isolate: false }),
      project({ name: 'app', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: SHARED_REALM }),
    ],
  },
});
