import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The `document` of a reference envelope in docs/examples (tests only). */
export function exampleDocument(path: string): unknown {
  const file = fileURLToPath(new URL(`../../../../docs/examples/${path}`, import.meta.url));
  return (parse(readFileSync(file, 'utf8')) as { document: unknown }).document;
}
