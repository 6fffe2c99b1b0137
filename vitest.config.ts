import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every workspace package that has sources becomes one vitest project named after it. */
const workspaceDirs = ['packages', 'apps'].flatMap((group) =>
  existsSync(`${root}${group}`)
    ? readdirSync(`${root}${group}`, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(`${root}${group}/${entry.name}/src`))
        .map((entry) => ({ group, name: entry.name }))
    : [],
);

export default defineConfig({
  resolve: {
    // Tests run against the sources of sibling packages, never a stale dist.
    alias: [
      { find: /^@styrkit\/([a-z0-9-]+)\/plugin$/, replacement: `${root}packages/$1/src/plugin.ts` },
      {
        find: /^@styrkit\/([a-z0-9-]+)\/testing$/,
        replacement: `${root}packages/$1/src/testing.ts`,
      },
      { find: /^@styrkit\/([a-z0-9-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
    ],
  },
  test: {
    // CI machines have two cores shared by many parallel tasks: a generous timeout keeps slow
    // starts from failing tests; speed targets live in benchmarks, not in test timeouts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: workspaceDirs.map(({ group, name }) => ({
      extends: true,
      test: {
        name: group === 'packages' ? `@styrkit/${name}` : name,
        root: `${root}${group}/${name}`,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      },
    })),
  },
});
