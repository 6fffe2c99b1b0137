import type { Finding } from '@styrkit/core';
import {
  validatePlugins,
  type Check,
  type Differ,
  type DocumentKind,
  type Exporter,
  type StyrkitPlugin,
  type TableView,
} from '@styrkit/plugin';
import { HostError } from './errors.js';
import { HOST_VERSION } from './version.js';

/** One loaded kind with the plugin that declares it and everything that works on it. */
export interface KindEntry {
  /** The declaring plugin. */
  readonly plugin: StyrkitPlugin;
  /** The kind itself. */
  readonly kind: DocumentKind;
  /** Its checks. */
  readonly checks: readonly Check[];
  /** Its table views. */
  readonly tables: readonly TableView[];
  /** Its exporters. */
  readonly exporters: readonly Exporter[];
  /** Its domain differ, if the plugin offers one. */
  readonly differ?: Differ;
}

/** The plugins the host runs, validated, with their kinds indexed by name. */
export interface Registry {
  /** Plugins in load order (dependencies first). */
  readonly plugins: readonly StyrkitPlugin[];
  /** Kinds by name ('pm3/objektplan'). */
  readonly kinds: ReadonlyMap<string, KindEntry>;
}

/**
 * Validates the plugins together (names, versions, host range, dependencies, cycles) and
 * indexes their kinds. Throws a {@link HostError} with every finding when any plugin does not
 * fit: the host refuses to start rather than run a partial set.
 *
 * @example
 * ```ts
 * const registry = createRegistry([myPlugin]);
 * registry.kinds.get('demo/note');
 * ```
 */
export function createRegistry(plugins: readonly StyrkitPlugin[]): Registry {
  const validation = validatePlugins(plugins, { hostVersion: HOST_VERSION });
  const errors = validation.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new HostError(500, validation.findings);
  const kinds = new Map<string, KindEntry>();
  for (const plugin of validation.order) {
    for (const kind of plugin.kinds) {
      const differ = plugin.differs.find((d) => d.kind === kind.name);
      kinds.set(kind.name, {
        plugin,
        kind,
        checks: plugin.checks.filter((c) => c.kind === kind.name),
        tables: plugin.tables.filter((t) => t.kind === kind.name),
        exporters: plugin.exporters.filter((e) => e.kind === kind.name),
        ...(differ === undefined ? {} : { differ }),
      });
    }
  }
  return { plugins: validation.order, kinds };
}

/**
 * Formats plugin findings as readable lines for a refusal to start.
 *
 * @example
 * ```ts
 * describePluginFindings(findings, ['pm3', 'esf'], 'en');
 * ```
 */
export function describePluginFindings(
  findings: readonly Finding[],
  names: readonly string[],
  locale: 'sv' | 'en',
): string {
  return findings
    .map((f) => {
      const index = typeof f.path[0] === 'number' ? f.path[0] : -1;
      const who = names[index] ?? '?';
      return `  ✗ [${who}] ${f.code}: ${f.message[locale]}`;
    })
    .join('\n');
}

/**
 * Whether a grant scope names something the registry has loaded: `*`, a plugin, a kind, or a
 * document of a loaded kind (`plugin/kind/id`; the document need not exist yet).
 *
 * @example
 * ```ts
 * scopeExists(registry, 'pm3/objektplan'); // true
 * scopeExists(registry, '../../etc'); // false
 * ```
 */
export function scopeExists(registry: Registry, scope: string): boolean {
  if (scope === '*') return true;
  const parts = scope.split('/');
  if (parts.length === 1) return registry.plugins.some((p) => p.manifest.name === scope);
  return registry.kinds.has(`${parts[0] ?? ''}/${parts[1] ?? ''}`) && parts.length <= 3;
}
