// Writes the data format reference, docs/format/, from the document kinds' zod schemas: one
// page per kind with every field (path, type, required, default, meaning) and a reference
// example from docs/examples. The schemas are the format, so the reference cannot drift from
// them; `--check` (run by the test command) fails when the committed pages differ from what
// the schemas give.
//
// Run: pnpm format-reference (writes) / pnpm format-reference --check
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StyrkitPlugin } from '@styrkit/plugin';
import { parse } from 'yaml';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  /** Swedish meaning, set with core's fieldText(). */
  'x-description-sv'?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs/format');
const check = process.argv.includes('--check');

async function plugins(): Promise<StyrkitPlugin[]> {
  const dir = join(root, 'packages');
  const found: StyrkitPlugin[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'src/plugin.ts');
    if (!existsSync(file)) continue;
    const module = (await import(file)) as { default?: StyrkitPlugin };
    if (module.default !== undefined) found.push(module.default);
  }
  return found;
}

function resolve(schema: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  if (schema.$ref?.startsWith('#/$defs/') === true) {
    return defs[schema.$ref.slice('#/$defs/'.length)] ?? schema;
  }
  return schema;
}

function typeOf(schema: JsonSchema, defs: Record<string, JsonSchema>): string {
  const s = resolve(schema, defs);
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum !== undefined) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' | ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants !== undefined) return [...new Set(variants.map((v) => typeOf(v, defs)))].join(' | ');
  if (s.allOf !== undefined) return s.allOf.map((v) => typeOf(v, defs)).join(' & ');
  if (Array.isArray(s.type)) return s.type.join(' | ');
  if (s.type === 'array') return `list of ${s.items === undefined ? 'any' : typeOf(s.items, defs)}`;
  if (s.type === 'object') {
    if (s.properties !== undefined) return 'object';
    if (typeof s.additionalProperties === 'object') {
      return `map of ${typeOf(s.additionalProperties, defs)}`;
    }
    return 'object';
  }
  if (s.type === 'string' && s.format !== undefined) return `string (${s.format})`;
  if (s.type === undefined) return 'any';
  return s.type;
}

function limits(s: JsonSchema): string {
  const parts: string[] = [];
  if (s.minimum !== undefined) parts.push(`≥ ${String(s.minimum)}`);
  if (s.maximum !== undefined) parts.push(`≤ ${String(s.maximum)}`);
  if (s.pattern !== undefined) parts.push(`pattern \`${s.pattern}\``);
  return parts.join(', ');
}

interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  readonly description: string;
  readonly descriptionSv: string;
}

/** Every field of a schema, depth first, objects inside lists included. */
function fields(
  schema: JsonSchema,
  defs: Record<string, JsonSchema>,
  path: string,
  seen: Set<JsonSchema>,
): FieldRow[] {
  const s = resolve(schema, defs);
  if (seen.has(s)) return [];
  const rows: FieldRow[] = [];
  const nested = new Set(seen).add(s);
  const objects = [s, ...(s.anyOf ?? s.oneOf ?? []).map((v) => resolve(v, defs))].filter(
    (v) => v.properties !== undefined,
  );
  for (const object of objects) {
    const required = new Set(object.required ?? []);
    for (const [key, child] of Object.entries(object.properties ?? {})) {
      const c = resolve(child, defs);
      const childPath = path === '' ? key : `${path}.${key}`;
      rows.push({
        path: childPath,
        type: typeOf(child, defs),
        required: required.has(key),
        ...(c.default === undefined ? {} : { defaultValue: c.default }),
        description: [child.description ?? c.description ?? '', limits(c)]
          .filter((t) => t !== '')
          .join('; '),
        descriptionSv: child['x-description-sv'] ?? c['x-description-sv'] ?? '',
      });
      rows.push(...fields(c, defs, childPath, nested));
      const inner =
        c.type === 'array' && c.items !== undefined ? resolve(c.items, defs) : undefined;
      if (inner !== undefined) rows.push(...fields(inner, defs, `${childPath}[]`, nested));
      if (typeof c.additionalProperties === 'object') {
        rows.push(...fields(c.additionalProperties, defs, `${childPath}.<key>`, nested));
      }
    }
  }
  return rows;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function examplesOf(kind: string): string[] {
  const dir = join(root, 'docs/examples');
  const out: string[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder.name)).sort()) {
      if (!file.endsWith('.yaml')) continue;
      const path = join(dir, folder.name, file);
      const envelope = parse(readFileSync(path, 'utf8')) as { kind?: unknown } | null;
      if (envelope?.kind === kind) out.push(path);
    }
  }
  return out.sort();
}

function slug(kind: string): string {
  return kind.replace('/', '-');
}

function page(plugin: StyrkitPlugin, kind: StyrkitPlugin['kinds'][number]): string {
  let schema: JsonSchema;
  try {
    schema = z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    schema = {};
  }
  const defs = schema.$defs ?? {};
  const rows = fields(schema, defs, '', new Set());
  // A field counts as described when it has its meaning in words, not only its limits.
  const described = rows.filter((r) => r.description !== '' && r.descriptionSv !== '').length;
  for (const r of rows) {
    if (r.description === '' || r.descriptionSv === '') undescribed.push(`${kind.name}: ${r.path}`);
  }
  const examples = examplesOf(kind.name);
  const lines = [
    `# \`${kind.name}\`: ${kind.title.sv} (${kind.title.en})`,
    '',
    `Plugin \`${plugin.manifest.name}\` (${plugin.manifest.title.sv}), schema version ${String(kind.schemaVersion)}. ` +
      "Generated from the kind's zod schema by `pnpm format-reference`; do not edit by hand.",
    '',
    'A stored or imported document is an envelope:',
    '',
    '```yaml',
    `kind: ${kind.name}`,
    `schemaVersion: ${String(kind.schemaVersion)}`,
    'id: my-document',
    'document: # the fields below',
    '```',
    '',
    `## Fields (${String(rows.length)}, ${String(described)} described)`,
    '',
    '| field | type | required | default | meaning | betydelse |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${
          r.defaultValue === undefined ? '' : `\`${cell(JSON.stringify(r.defaultValue))}\``
        } | ${cell(r.description)} | ${cell(r.descriptionSv)} |`,
    ),
    '',
    '## Examples',
    '',
    ...(examples.length === 0
      ? ['No reference document of this kind in docs/examples yet.']
      : examples.map(
          (path) =>
            `- [${relative(join(root, 'docs'), path)}](../${relative(join(root, 'docs'), path)})`,
        )),
    '',
  ];
  return lines.join('\n');
}

const written = new Map<string, string>();
/** Fields without a meaning in both languages (core's fieldText); the check fails on any. */
const undescribed: string[] = [];
const index = [
  '# Data format reference',
  '',
  'One page per document kind, generated from the zod schemas that are the format (`pnpm',
  'format-reference`). Every field with its type, whether it is required, its default and its',
  'meaning, and the reference documents of the kind in `docs/examples`. Amounts are written as',
  'text in Swedish or plain notation ("45 100", "1 200,50", "-9 722"), never as floats; see each',
  'package\'s README for what "?" (unknown) and "-" (nothing) mean in its cells.',
  '',
  '| kind | title | plugin |',
  '| --- | --- | --- |',
];
for (const plugin of await plugins()) {
  for (const kind of plugin.kinds) {
    written.set(`${slug(kind.name)}.md`, page(plugin, kind));
    index.push(
      `| [\`${kind.name}\`](${slug(kind.name)}.md) | ${kind.title.sv} (${kind.title.en}) | \`${plugin.manifest.name}\` |`,
    );
  }
}
written.set('README.md', `${index.join('\n')}\n`);

if (undescribed.length > 0) {
  console.error(
    `${String(undescribed.length)} fields have no meaning in Swedish and English (add .meta(fieldText(sv, en))):\n  ${undescribed.join('\n  ')}`,
  );
  if (check) process.exit(1);
}
if (check) {
  const stale = [...written].filter(
    ([name, text]) =>
      !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), 'utf8') !== text,
  );
  if (stale.length > 0) {
    console.error(
      `docs/format is out of date (${stale.map(([n]) => n).join(', ')}): run pnpm format-reference`,
    );
    process.exit(1);
  }
  console.log(`docs/format: ${String(written.size)} pages up to date`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of written) writeFileSync(join(outDir, name), text);
  console.log(`docs/format: wrote ${String(written.size)} pages`);
}
