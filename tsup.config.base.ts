import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import ts from 'typescript';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Where to put `/* @__PURE__ *\/` in one source file: before every call or `new` expression
 * in the initialiser of a module-level binding (`export const objektplanSchema =
 * z.object({ id: idSchema.meta(fieldText(…)) }).superRefine(…)`), outside any function body.
 * A bundler may then drop such a binding when nothing uses it, so a calculation that lives
 * beside schemas in `model.ts` does not drag zod in. Calls inside arguments are marked too
 * (esbuild keeps an unmarked argument call as a side effect); a call chain `a().b()` gets one
 * mark, which covers the chain. Returns ascending, distinct offsets.
 */
export function pureAnnotationOffsets(fileName: string, text: string): number[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const offsets = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) offsets.add(node.getStart(source));
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer !== undefined) visit(declaration.initializer);
      }
    } else if (ts.isExportAssignment(statement)) {
      visit(statement.expression);
    }
  }
  return [...offsets].sort((a, b) => a - b);
}

/** The esbuild plugin that inserts {@link pureAnnotationOffsets} into every source file. */
const pureModuleBindings: EsbuildPlugin = {
  name: 'pure-module-bindings',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      let out = text;
      for (const offset of pureAnnotationOffsets(args.path, text).reverse()) {
        out = `${out.slice(0, offset)}/* @__PURE__ */ ${out.slice(offset)}`;
      }
      return { contents: out, loader: 'ts' };
    });
  },
};

/**
 * The one build configuration every published package shares, so a later move to another
 * bundler (tsdown) is a change in this file only.
 *
 * Entries are file names under `src/` without extension; each becomes `dist/<name>.js` (ESM),
 * `dist/<name>.cjs` (CJS) and both declaration flavours.
 *
 * ESM keeps one output file per source module (`bundle: false`) with module-level bindings
 * marked pure: with `sideEffects: false` a consumer's bundler then drops every module and
 * binding it does not use, so `import { sum } from '@styrkit/core'` carries neither zod nor
 * date-fns. (A single bundled `index.js` defeats that: its top-level schema constructions are
 * calls a bundler must keep.) The rule this relies on, recorded in docs/architecture.md: a
 * module-level initialiser has no effect beyond its value. CJS stays bundled (nobody
 * tree-shakes CJS) but split, so `./plugin` and `.` share one chunk of package code instead of
 * each carrying a copy. `scripts/check-bundle-size.mjs` holds both to budgets.
 */
export function definePackageConfig(entries: readonly string[]): Options[] {
  const entry = Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`]));
  // Declarations resolve sibling packages through their published dist, not the source
  // paths the workspace uses for tests and type checks.
  const compilerOptions = { paths: {} };
  // 20.19 (the engines floor), so esbuild keeps `with { type: 'json' }` on package.json imports.
  const common = { sourcemap: true, target: 'node20.19' } satisfies Options;
  return [
    defineConfig({
      ...common,
      entry: ['src/**/*.ts', '!src/**/__tests__/**', '!src/**/*.test.ts'],
      format: ['esm'],
      bundle: false,
      esbuildPlugins: [pureModuleBindings],
      dts: { entry, compilerOptions },
      // The two builds run at once: each removes only its own files.
      clean: ['**/*.js', '**/*.js.map', '**/*.d.ts'],
    }) as Options,
    defineConfig({
      ...common,
      entry,
      format: ['cjs'],
      splitting: true,
      dts: { entry, compilerOptions },
      clean: ['**/*.cjs', '**/*.cjs.map', '**/*.d.cts'],
    }) as Options,
  ];
}
