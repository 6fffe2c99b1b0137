import { defineConfig } from 'tsup';

/**
 * The `styrkit` command as one ESM file, `dist/cli.js`, with the shebang of `src/cli.ts`.
 * The host's own modules are bundled; every dependency (the domain packages, hono, PGlite …)
 * stays an import resolved from node_modules, so an installed host uses the published
 * packages' dist. `package.json` is inlined (the version and the domain packages to load).
 */
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  clean: true,
  dts: false,
});
