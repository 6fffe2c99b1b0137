import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StyrkitPlugin } from '@styrkit/plugin';
import { parse as parseYaml } from 'yaml';
import { fail } from './errors.js';
import { hostManifest } from './version.js';

/** The repository root (apps/host/src or apps/host/dist → ../../..) when run from a clone. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The repository root when this host runs from a clone of the styrkit repository (its
 * `packages/plugin` is there), else undefined: an installed host (`npm install @styrkit/host`)
 * finds its plugins among its dependencies and has no reference data.
 *
 * @example
 * ```ts
 * const root = repositoryRoot(); // a path in a clone, undefined when installed
 * ```
 */
export function repositoryRoot(): string | undefined {
  const marker = join(REPO_ROOT, 'packages', 'plugin', 'package.json');
  if (!existsSync(join(REPO_ROOT, 'pnpm-workspace.yaml')) || !existsSync(marker)) return undefined;
  const { name } = JSON.parse(readFileSync(marker, 'utf8')) as { name?: unknown };
  return name === '@styrkit/plugin' ? REPO_ROOT : undefined;
}

/**
 * The default plugins of an installed host: the `./plugin` entry of every `@styrkit/*`
 * dependency in its package.json that has one (the domain packages), sorted by name.
 */
async function installedPlugins(): Promise<StyrkitPlugin[]> {
  const out: StyrkitPlugin[] = [];
  for (const name of Object.keys(hostManifest.dependencies).sort()) {
    if (!name.startsWith('@styrkit/')) continue;
    let specifier: string;
    try {
      specifier = import.meta.resolve(`${name}/plugin`);
    } catch {
      continue; // a dependency without a ./plugin entry (core, documents …)
    }
    out.push(await importPlugin(fileURLToPath(specifier)));
  }
  return out;
}

function isPlugin(value: unknown): value is StyrkitPlugin {
  return (
    typeof value === 'object' &&
    value !== null &&
    'manifest' in value &&
    'kinds' in value &&
    Array.isArray((value as { kinds: unknown }).kinds)
  );
}

/**
 * Imports a module and returns its plugin (the default export, or a `plugin` export).
 *
 * @example
 * ```ts
 * const plugin = await importPlugin('/path/to/my-plugin.ts');
 * ```
 */
export async function importPlugin(specifier: string): Promise<StyrkitPlugin> {
  const target = isAbsolute(specifier) ? pathToFileURL(specifier).href : specifier;
  const mod = (await import(target)) as { default?: unknown; plugin?: unknown };
  const candidate = mod.default ?? mod.plugin;
  if (!isPlugin(candidate)) {
    fail(500, 'host/not-a-plugin', { module: specifier });
  }
  return candidate;
}

/**
 * Finds the default plugin set. In a clone of the repository: every workspace package under
 * `packages/` whose package.json exports `./plugin`, imported from source (`src/plugin.ts`,
 * run with tsx) or else its build. In an installed host: the domain packages it depends on.
 * Sorted by package name so the load order is stable.
 *
 * @example
 * ```ts
 * const plugins = await discoverPlugins();
 * ```
 */
export async function discoverPlugins(packagesDir?: string): Promise<StyrkitPlugin[]> {
  if (packagesDir === undefined) {
    const root = repositoryRoot();
    if (root === undefined) return installedPlugins();
    packagesDir = join(root, 'packages');
  }
  if (!existsSync(packagesDir)) return [];
  const out: StyrkitPlugin[] = [];
  for (const name of readdirSync(packagesDir).sort()) {
    const manifestPath = join(packagesDir, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      exports?: Record<string, unknown>;
    };
    const entry = manifest.exports?.['./plugin'];
    if (entry === undefined) continue;
    const source = join(packagesDir, name, 'src', 'plugin.ts');
    const built = join(packagesDir, name, 'dist', 'plugin.js');
    const file = existsSync(source) ? source : existsSync(built) ? built : undefined;
    if (file === undefined) continue;
    out.push(await importPlugin(file));
  }
  return out;
}

/** What a host config file holds. */
export interface HostConfig {
  /** Plugin modules (paths relative to the config file, or package specifiers). */
  readonly plugins?: readonly (string | StyrkitPlugin)[];
  readonly port?: number;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
}

/**
 * Reads a host config file: YAML/JSON (`plugins: [./my-plugin.ts, '@styrkit/pm3/plugin']`)
 * or a TypeScript/JavaScript module whose default export is the config (plugins may then be
 * plugin objects). Returns the config with plugins loaded.
 *
 * @example
 * ```ts
 * const { plugins } = await loadConfig('styrkit.config.yaml');
 * ```
 */
export async function loadConfig(
  path: string,
): Promise<{ config: HostConfig; plugins: StyrkitPlugin[] | undefined }> {
  const file = resolve(path);
  if (!existsSync(file)) {
    fail(400, 'host/config-missing', { file });
  }
  const ext = extname(file);
  const config = (
    ext === '.yaml' || ext === '.yml' || ext === '.json'
      ? parseYaml(readFileSync(file, 'utf8'))
      : ((await import(pathToFileURL(file).href)) as { default?: unknown }).default
  ) as HostConfig | null;
  if (config === null || typeof config !== 'object') return { config: {}, plugins: undefined };
  const plugins =
    config.plugins === undefined
      ? undefined
      : await Promise.all(
          config.plugins.map((p) =>
            typeof p === 'string'
              ? importPlugin(p.startsWith('.') ? resolve(dirname(file), p) : p)
              : Promise.resolve(p),
          ),
        );
  return { config, plugins };
}
