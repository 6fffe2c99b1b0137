import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { BudgetFollowUp, Forvaltningsobjekt, Objektplan } from '../index.js';
import { parseBudgetFollowUp, parseForvaltningsobjekt, parseObjektplan } from '../index.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));

/** Reads a reference dataset envelope from docs/examples. */
export function readEnvelope(path: string): { kind: string; id: string; document: unknown } {
  return parse(readFileSync(`${examples}${path}`, 'utf8')) as {
    kind: string;
    id: string;
    document: unknown;
  };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.error, null, 2)}`);
  return r.value;
}

/** Version A of the Linköping VSO objektplan 2021. */
export function planA(): Objektplan {
  return unwrap(parseObjektplan(readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document));
}

/** Version B of the Linköping VSO objektplan 2021. */
export function planB(): Objektplan {
  return unwrap(parseObjektplan(readEnvelope('linkoping-vso-2021/objektplan-b.yaml').document));
}

/** The förvaltningsobjekt VSO. */
export function vso(): Forvaltningsobjekt {
  return unwrap(
    parseForvaltningsobjekt(readEnvelope('linkoping-vso-2021/forvaltningsobjekt.yaml').document),
  );
}

/** The Sala SAN follow-up through May 2023. */
export function salaFollowUp(): BudgetFollowUp {
  return unwrap(
    parseBudgetFollowUp(readEnvelope('sala-san-2023-06/budget-follow-up.yaml').document),
  );
}
