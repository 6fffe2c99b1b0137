import { defineConfig } from 'vitest/config';

// End-to-end tests in Chromium (Debian's /usr/bin/chromium driven by playwright-core). They
// start the host themselves; run `pnpm build` first so there is a dist to serve.
export default defineConfig({
  test: {
    name: 'demo-e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
