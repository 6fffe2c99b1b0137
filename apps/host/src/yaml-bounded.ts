import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { parseDocument, visit } from 'yaml';
import { inexactNumbers } from './http-input.js';
import { HostError, hostFinding } from './errors.js';

/** Limits on YAML read from a request (docs/hosting.md, "Limits"). */
export const YAML_LIMITS = {
  /** Largest YAML body accepted at all (JSON may be larger, up to `--max-body`). */
  maxBytes: 512 * 1024,
  /** Bodies up to this size are parsed inline: they cost a few milliseconds at most. */
  inlineBytes: 8 * 1024,
  /** A larger body is parsed in a worker thread that is stopped after this long. */
  timeoutMs: 5_000,
  /** How many worker parses may run at once; more get 503 with Retry-After. */
  concurrency: 2,
  /** Alias nodes resolved at most (the `yaml` package's billion-laughs guard). */
  maxAliasCount: 100,
} as const;

const yamlModule = createRequire(import.meta.url).resolve('yaml');

// The worker is plain CommonJS run from a string, so it needs no TypeScript loader.
// It answers the value and the source text of every number, so the exactness check (the same
// as the inline one, in this thread) sees what was written.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { parseDocument, visit } = require(workerData.module);
try {
  const doc = parseDocument(workerData.text);
  if (doc.errors.length > 0) throw doc.errors[0];
  const numbers = [];
  visit(doc, { Scalar(_, node) { if (typeof node.value === 'number') numbers.push(node.source ?? String(node.value)); } });
  const value = doc.toJS({ maxAliasCount: workerData.maxAliasCount });
  parentPort.postMessage({ ok: true, value, numbers });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error && error.message || error) });
}`;

/** A YAML text's value and the source text of each of its numbers, in document order. */
interface ParsedYaml {
  readonly value: unknown;
  readonly numbers: readonly string[];
}

function parseInline(text: string, maxAliasCount: number): ParsedYaml {
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first !== undefined) throw first;
  const numbers: string[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number') numbers.push(node.source ?? String(node.value));
    },
  });
  return { value: doc.toJS({ maxAliasCount }) as unknown, numbers };
}

let running = 0;

function malformed(detail: string): HostError {
  return new HostError(400, [hostFinding('host/malformed-yaml', { detail })]);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 300);
}

/**
 * Parses YAML from a request with bounded cost: at most {@link YAML_LIMITS}.maxBytes, small
 * texts inline, larger ones in a worker thread that is terminated after `timeoutMs`, so a
 * pathological document (long flow sequences, many aliases) never stalls the server.
 *
 * @example
 * ```ts
 * await parseYamlBounded('kind: demo/note\nid: a'); // { kind: 'demo/note', id: 'a' }
 * ```
 */
export async function parseYamlBounded(
  text: string,
  limits: Partial<typeof YAML_LIMITS> = {},
): Promise<unknown> {
  return (await parseYamlSources(text, limits)).value;
}

/**
 * Parses YAML from a request like {@link parseYamlBounded} and refuses any number a JavaScript
 * number cannot hold exactly as written (`12345678901234567890123`, `1e-400`, `.inf`): 400
 * `host/inexact-number`, as for JSON. The transport never rounds money; write such amounts
 * quoted (`"12345678901234567890123"`).
 *
 * @example
 * ```ts
 * await parseYamlExact('amount: 45100.5'); // { amount: 45100.5 }
 * ```
 */
export async function parseYamlExact(
  text: string,
  limits: Partial<typeof YAML_LIMITS> = {},
): Promise<unknown> {
  const { value, numbers } = await parseYamlSources(text, limits);
  const findings = inexactNumbers(numbers, value, 'YAML');
  if (findings.length > 0) throw new HostError(400, findings);
  return value;
}

async function parseYamlSources(
  text: string,
  limits: Partial<typeof YAML_LIMITS>,
): Promise<ParsedYaml> {
  const o = { ...YAML_LIMITS, ...limits };
  const bytes = Buffer.byteLength(text);
  if (bytes > o.maxBytes) {
    throw new HostError(413, [
      hostFinding(
        'host/yaml-too-large',
        { limit: o.maxBytes },
        { expected: `<= ${o.maxBytes}`, actual: String(bytes) },
      ),
    ]);
  }
  if (bytes <= o.inlineBytes) {
    try {
      return parseInline(text, o.maxAliasCount);
    } catch (error) {
      throw malformed(firstLine(error instanceof Error ? error.message : String(error)));
    }
  }
  if (running >= o.concurrency) {
    throw new HostError(503, [
      hostFinding('host/busy', { with: 'yaml' }, { expected: `<= ${o.concurrency} at once` }),
    ]);
  }
  running++;
  try {
    return await new Promise<ParsedYaml>((resolve, reject) => {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { module: yamlModule, text, maxAliasCount: o.maxAliasCount },
        resourceLimits: { maxOldGenerationSizeMb: 256 },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(
          new HostError(422, [
            hostFinding(
              'host/yaml-too-complex',
              { timeoutMs: o.timeoutMs },
              { expected: `<= ${o.timeoutMs} ms` },
            ),
          ]),
        );
      }, o.timeoutMs);
      type Answer = ({ ok: true } & ParsedYaml) | { ok: false; message: string };
      worker.once('message', (m: Answer) => {
        clearTimeout(timer);
        void worker.terminate();
        if (m.ok) resolve({ value: m.value, numbers: m.numbers });
        else reject(malformed(firstLine(m.message)));
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(malformed(firstLine(error.message)));
      });
    });
  } finally {
    running--;
  }
}
