// Test helpers: read the reference dataset (docs/examples) and the seed it was taken from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ChecklistResponse, Template } from '../model.js';
import { parseResponse, parseTemplate } from '../parse.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const datasetDir = `${repoRoot}docs/examples/sala-san-2023-06/`;
export const seedFile = 'sala-san-kallelse-2023-06-15.txt';
export const seedPath = `/work/shared/seeds/${seedFile}`;

export interface Envelope {
  kind: string;
  schemaVersion: number;
  id: string;
  document: unknown;
}

export function readText(name: string): string {
  return readFileSync(`${datasetDir}${name}`, 'utf8');
}

export function readEnvelope(name: string): Envelope {
  return parse(readText(name)) as Envelope;
}

export function loadTemplate(): Template {
  const result = parseTemplate(readEnvelope('checklist-template.yaml').document);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

export function loadResponse(n: 1 | 2): ChecklistResponse {
  const result = parseResponse(readEnvelope(`checklist-response-${n}.yaml`).document);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Seed lines, 1-based as cited in the dataset comments. */
export function seedLine(line: number): string {
  const lines = readFileSync(seedPath, 'utf8').split('\n');
  return lines[line - 1] ?? '';
}

/**
 * The answer the seed shows on a checklist line: JA ticked → 'yes', NEJ ticked → 'no', no box
 * ticked → null. The extraction renders ticked boxes as `<input checked="" …>`.
 */
export function seedAnswer(line: number): 'yes' | 'no' | null {
  const text = seedLine(line);
  const yes = /JA\s*<input checked/.test(text);
  const no = /NEJ\s*<input checked/.test(text);
  if (yes === no) return null;
  return yes ? 'yes' : 'no';
}

/** Answer keys of a response YAML with the seed line their comment cites. */
export function citedAnswerLines(name: string): { id: string; line: number }[] {
  const cited: { id: string; line: number }[] = [];
  const pattern = new RegExp(
    `^\\s{4}([a-z0-9-]+): \\S+ # seed: ${seedFile.replace(/\./g, '\\.')}:(\\d+)`,
  );
  for (const row of readText(name).split('\n')) {
    const match = pattern.exec(row);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      cited.push({ id: match[1], line: Number(match[2]) });
    }
  }
  return cited;
}
