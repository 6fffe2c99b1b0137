import semver from 'semver';
import { pluginCodes, type PluginFinding } from './codes.js';
import { cycleText } from './messages.js';
import type { Recogniser, StyrkitPlugin } from './types.js';

const namePattern = /^[a-z][a-z0-9-]*$/;

/**
 * The outcome of {@link validatePlugins}: every problem found, and the plugins that can be
 * loaded, dependencies first.
 *
 * @example
 * ```ts
 * import type { PluginValidation } from '@styrkit/plugin';
 * const v: PluginValidation = { findings: [], order: [] };
 * ```
 */
export interface PluginValidation {
  /** Every problem, each with the path `[index in list, ...]`. */
  readonly findings: PluginFinding[];
  /** Loadable plugins in load order (dependencies before dependents; otherwise list order). */
  readonly order: StyrkitPlugin[];
}

function manifestFindings(plugin: StyrkitPlugin, index: number): PluginFinding[] {
  const m = plugin.manifest;
  const out: PluginFinding[] = [];
  const bad = (field: string, expected: string, actual: string) =>
    pluginCodes.create('plugin/invalid-manifest', {
      path: [index, 'manifest', field],
      data: { plugin: m.name, field, actual },
      expected,
      actual,
    });
  if (!namePattern.test(m.name)) out.push(bad('name', 'lower-case-name', m.name));
  if (semver.valid(m.version) === null) out.push(bad('version', 'semver version', m.version));
  if (semver.validRange(m.hostRange) === null)
    out.push(bad('hostRange', 'semver range', m.hostRange));
  for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
    if (semver.validRange(range) === null)
      out.push(bad(`dependencies.${dep}`, 'semver range', range));
  }
  return out;
}

/** A plugin object built before recognisers existed (not by today's definePlugin) has none. */
function recognisersOf(plugin: StyrkitPlugin): readonly Recogniser[] {
  const list: unknown = (plugin as { readonly recognisers?: unknown }).recognisers;
  return Array.isArray(list) ? (list as readonly Recogniser[]) : [];
}

function recogniserFindings(
  plugin: StyrkitPlugin,
  index: number,
  seenRecognisers: Map<string, string>,
): PluginFinding[] {
  const out: PluginFinding[] = [];
  const name = plugin.manifest.name;
  recognisersOf(plugin).forEach((recogniser, r) => {
    const owner = seenRecognisers.get(recogniser.id);
    if (owner !== undefined) {
      out.push(
        pluginCodes.create('plugin/duplicate-recogniser', {
          path: [index, 'recognisers', r, 'id'],
          data: { recogniser: recogniser.id, plugin: name, owner },
          actual: recogniser.id,
        }),
      );
    } else seenRecognisers.set(recogniser.id, name);
  });
  return out;
}

function kindFindings(
  plugin: StyrkitPlugin,
  index: number,
  seenKinds: Map<string, string>,
): PluginFinding[] {
  const out: PluginFinding[] = [];
  const name = plugin.manifest.name;
  const own = new Set<string>();
  plugin.kinds.forEach((kind, k) => {
    own.add(kind.name);
    if (!kind.name.startsWith(`${name}/`)) {
      out.push(
        pluginCodes.create('plugin/kind-outside-namespace', {
          path: [index, 'kinds', k, 'name'],
          data: { kind: kind.name, plugin: name },
          expected: `${name}/…`,
          actual: kind.name,
        }),
      );
    }
    const owner = seenKinds.get(kind.name);
    if (owner !== undefined) {
      out.push(
        pluginCodes.create('plugin/duplicate-kind', {
          path: [index, 'kinds', k, 'name'],
          data: { kind: kind.name, owner },
          actual: kind.name,
        }),
      );
    } else seenKinds.set(kind.name, name);
    let version = 1;
    const steps = [...(kind.migrations ?? [])].sort((a, b) => a.from - b.from);
    for (const step of steps) {
      if (step.from === version && step.to === version + 1) version = step.to;
    }
    if (
      !Number.isInteger(kind.schemaVersion) ||
      kind.schemaVersion < 1 ||
      version !== kind.schemaVersion
    ) {
      out.push(
        pluginCodes.create('plugin/migration-gap', {
          path: [index, 'kinds', k, 'migrations'],
          data: {
            in: 'kind',
            kind: kind.name,
            reached: version,
            schemaVersion: kind.schemaVersion,
          },
          expected: String(kind.schemaVersion),
          actual: String(version),
        }),
      );
    }
  });
  const parts = [
    ['checks', plugin.checks],
    ['tables', plugin.tables],
    ['exporters', plugin.exporters],
    ['differs', plugin.differs],
    ['recognisers', recognisersOf(plugin)],
  ] as const;
  for (const [field, list] of parts) {
    list.forEach((item: { readonly kind: string }, i: number) => {
      if (!own.has(item.kind)) {
        out.push(
          pluginCodes.create('plugin/unknown-kind', {
            path: [index, field, i, 'kind'],
            data: { kind: item.kind, plugin: name },
            actual: item.kind,
          }),
        );
      }
    });
  }
  return out;
}

/**
 * Checks that a list of plugins can be loaded together by a host of `hostVersion`:
 * manifests well-formed, names and document kinds unique, kinds inside the plugin's namespace,
 * migrations complete, every check, table, export, diff and recogniser on a kind the plugin
 * declares, recogniser ids unique, host range satisfied, dependencies present in range, no cycles. Returns
 * every problem as a finding and the plugins that can load, dependencies first.
 * A plugin with an error, or depending on one, is left out of the order.
 *
 * @example
 * ```ts
 * import { definePlugin, validatePlugins } from '@styrkit/plugin';
 * const a = definePlugin({ manifest: { name: 'a', version: '1.0.0', hostRange: '^0.1.0', title: { sv: 'A', en: 'A' } } });
 * const b = definePlugin({
 *   manifest: { name: 'b', version: '1.0.0', hostRange: '^0.1.0', dependencies: { a: '^1.0.0' }, title: { sv: 'B', en: 'B' } },
 * });
 * validatePlugins([b, a], { hostVersion: '0.1.0' }).order.map((p) => p.manifest.name); // ['a', 'b']
 * ```
 */
export function validatePlugins(
  plugins: readonly StyrkitPlugin[],
  options: { readonly hostVersion: string },
): PluginValidation {
  const findings: PluginFinding[] = [];
  const broken = new Set<number>();
  const byName = new Map<string, number>();
  const seenKinds = new Map<string, string>();
  const seenRecognisers = new Map<string, string>();

  plugins.forEach((plugin, index) => {
    const own = [
      ...manifestFindings(plugin, index),
      ...kindFindings(plugin, index, seenKinds),
      ...recogniserFindings(plugin, index, seenRecognisers),
    ];
    const name = plugin.manifest.name;
    if (byName.has(name)) {
      own.push(
        pluginCodes.create('plugin/duplicate-name', {
          path: [index, 'manifest', 'name'],
          data: { plugin: name, position: (byName.get(name) ?? 0) + 1 },
          actual: name,
        }),
      );
    } else byName.set(name, index);
    if (
      semver.valid(options.hostVersion) !== null &&
      semver.validRange(plugin.manifest.hostRange) !== null &&
      !semver.satisfies(options.hostVersion, plugin.manifest.hostRange, { includePrerelease: true })
    ) {
      own.push(
        pluginCodes.create('plugin/host-version-mismatch', {
          path: [index, 'manifest', 'hostRange'],
          data: { plugin: name, range: plugin.manifest.hostRange, host: options.hostVersion },
          expected: plugin.manifest.hostRange,
          actual: options.hostVersion,
        }),
      );
    }
    if (own.length > 0) broken.add(index);
    findings.push(...own);
  });

  plugins.forEach((plugin, index) => {
    for (const [dep, range] of Object.entries(plugin.manifest.dependencies ?? {})) {
      const target = byName.get(dep);
      const name = plugin.manifest.name;
      if (target === undefined) {
        broken.add(index);
        findings.push(
          pluginCodes.create('plugin/missing-dependency', {
            path: [index, 'manifest', 'dependencies', dep],
            data: { plugin: name, dependency: dep, range },
            expected: `${dep}@${range}`,
          }),
        );
        continue;
      }
      const version = plugins[target]?.manifest.version ?? '';
      if (
        semver.valid(version) !== null &&
        semver.validRange(range) !== null &&
        !semver.satisfies(version, range)
      ) {
        broken.add(index);
        findings.push(
          pluginCodes.create('plugin/dependency-version-mismatch', {
            path: [index, 'manifest', 'dependencies', dep],
            data: { plugin: name, dependency: dep, range, version },
            expected: range,
            actual: version,
          }),
        );
      }
    }
  });

  // Kahn's algorithm over first occurrences; ties keep list order so loading is predictable.
  const nodes = [...byName.values()].sort((a, b) => a - b);
  const deps = new Map(
    nodes.map((i) => [
      i,
      Object.keys(plugins[i]?.manifest.dependencies ?? {})
        .map((d) => byName.get(d))
        .filter((d): d is number => d !== undefined),
    ]),
  );
  const placed = new Set<number>();
  const order: number[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const i of nodes) {
      if (placed.has(i)) continue;
      if ((deps.get(i) ?? []).every((d) => placed.has(d))) {
        placed.add(i);
        order.push(i);
        progress = true;
        break; // rescan from the top so earlier plugins load as early as they can
      }
    }
  }
  const cyclic = nodes.filter((i) => !placed.has(i));
  for (const i of cyclic) {
    broken.add(i);
    const name = plugins[i]?.manifest.name ?? '';
    const cycle = cyclic.map((c) => plugins[c]?.manifest.name ?? '');
    findings.push(
      pluginCodes.create('plugin/dependency-cycle', {
        path: [i, 'manifest', 'dependencies'],
        data: { plugin: name, cycle },
        actual: cycleText(cycle),
      }),
    );
  }
  // A plugin whose dependency cannot load cannot load either.
  let spread = true;
  while (spread) {
    spread = false;
    for (const i of order) {
      if (!broken.has(i) && (deps.get(i) ?? []).some((d) => broken.has(d))) {
        broken.add(i);
        spread = true;
      }
    }
  }
  return {
    findings,
    order: order.filter((i) => !broken.has(i)).flatMap((i) => plugins[i] ?? []),
  };
}
