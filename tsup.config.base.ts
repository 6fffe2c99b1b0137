import { defineConfig, type Options } from 'tsup';

/**
 * The one build configuration every published package shares, so a later move to another
 * bundler (tsdown) is a change in this file only.
 *
 * Entries are file names under `src/` without extension; each becomes `dist/<name>.js` (ESM),
 * `dist/<name>.cjs` (CJS) and both declaration flavours.
 */
export function definePackageConfig(entries: readonly string[]): Options {
  return defineConfig({
    entry: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
    format: ['esm', 'cjs'],
    // Declarations resolve sibling packages through their published dist, not the source
    // paths the workspace uses for tests and type checks.
    dts: { compilerOptions: { paths: {} } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    splitting: false,
  }) as Options;
}
