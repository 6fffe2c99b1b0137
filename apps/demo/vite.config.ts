import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The host the dev and preview servers forward /api to (start it with `styrkit serve`).
const api = process.env.STYRKIT_API ?? 'http://127.0.0.1:4010';
const proxy = { '/api': { target: api, changeOrigin: false } };

export default defineConfig({
  plugins: [preact()],
  resolve: {
    // The browser imports the domain packages from their sources, like the root vitest config.
    alias: [
      { find: /^@styrkit\/([a-z0-9-]+)\/plugin$/, replacement: `${root}packages/$1/src/plugin.ts` },
      { find: /^@styrkit\/([a-z0-9-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
    ],
  },
  server: { proxy },
  preview: { proxy },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1000 },
});
