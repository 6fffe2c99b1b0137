import { backlogSchema } from '@styrkit/effects';
import { projectSchema, timeReportsSchema } from '@styrkit/esf';
import { gateLogSchema } from '@styrkit/governance';
import { budgetFollowUpSchema, forvaltningsobjektSchema, objektplanSchema } from '@styrkit/pm3';
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldListLabel, LABELLED_KINDS, pathLabel } from './field-labels.js';

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  valueType?: { _zod: { def: Def } };
}

/** Every object key anywhere in a zod 4 schema (what a stored document of the kind may hold). */
function keysOf(
  schema: { _zod: { def: Def } },
  out = new Set<string>(),
  seen = new Set<Def>(),
): Set<string> {
  const def = schema._zod.def;
  if (seen.has(def)) return out;
  seen.add(def);
  if (def.shape !== undefined) {
    for (const [k, v] of Object.entries(def.shape)) {
      out.add(k);
      keysOf(v, out, seen);
    }
  }
  for (const next of [
    def.element,
    def.innerType,
    def.in,
    def.out,
    def.valueType,
    ...(def.options ?? []),
  ]) {
    if (next !== undefined) keysOf(next, out, seen);
  }
  return out;
}

const SCHEMAS: Record<string, unknown> = {
  'pm3/objektplan': objektplanSchema,
  'pm3/forvaltningsobjekt': forvaltningsobjektSchema,
  'pm3/budget-follow-up': budgetFollowUpSchema,
  'esf/project': projectSchema,
  'esf/time-reports': timeReportsSchema,
  'governance/gate-log': gateLogSchema,
  'effects/backlog': backlogSchema,
};

describe('field labels', () => {
  it('label the diff fields the portal was showing raw (budget, links, planGoals)', () => {
    expect(fieldListLabel('pm3/objektplan', 'budget, links', 'sv')).toBe(
      'Budget (kkr), Kopplade mål',
    );
    expect(fieldLabel('pm3/objektplan', 'planGoals')?.en).toBe('Plan goals');
    expect(pathLabel('pm3/objektplan', ['initiatives', 1, 'cost'], 'en')).toBe(
      'Initiatives no. 2 › Cost',
    );
    expect(pathLabel('x/y', ['unknownKey'], 'sv')).toBe('unknownKey');
  });

  it.each(LABELLED_KINDS)(
    'covers the top-level and list fields of %s in both languages',
    (kind) => {
      const schema = SCHEMAS[kind] as { _zod: { def: Def } } | undefined;
      expect(schema, `a schema for ${kind} in this test`).toBeDefined();
      if (schema === undefined) return;
      const keys = [...keysOf(schema)];
      expect(keys.length).toBeGreaterThan(3);
      const top = Object.keys(schema._zod.def.shape ?? schema._zod.def.in?._zod.def.shape ?? {});
      const unlabelled = top.filter((k) => fieldLabel(kind, k) === undefined);
      expect(unlabelled).toEqual([]);
      for (const k of keys) {
        const label = fieldLabel(kind, k);
        if (label !== undefined) {
          expect(label.sv.length).toBeGreaterThan(0);
          expect(label.en.length).toBeGreaterThan(0);
        }
      }
    },
  );
});
