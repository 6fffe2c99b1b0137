// The documents the benches work on: the copies load.ts and save-cpu.ts add beside
// docs/examples (three reference documents under their own ids, so both save the same mix), and
// the kinds whose portfolio load.ts and cluster.ts ask for.

/** Copies of these reference documents make up a bench's documents (half, ¼, ¼). */
export const TEMPLATES = [
  { kind: 'pm3/objektplan', id: 'linkoping-vso-2021-a', share: 0.5, prefix: 'bench-op' },
  { kind: 'esf/project', id: 'sala-esf-ip', share: 0.25, prefix: 'bench-esf' },
  {
    kind: 'effects/effect-plan',
    id: 'linkoping-vso-2021-effects',
    share: 0.25,
    prefix: 'bench-ef',
  },
] as const;

export type Template = (typeof TEMPLATES)[number];

/**
 * The template's share of `total` bench documents: `document` (the template's body) under the
 * ids `<prefix>-00000`, `<prefix>-00001`, …
 */
export function benchCopies(
  template: Template,
  document: unknown,
  total: number,
): { kind: string; id: string; document: unknown }[] {
  const n = Math.round(total * template.share);
  return Array.from({ length: n }, (_, i) => {
    const id = `${template.prefix}-${String(i).padStart(5, '0')}`;
    // The plan's own `id` field (objektplan, ESF project) follows the envelope id.
    const copy =
      typeof document === 'object' && document !== null && 'id' in document
        ? { ...document, id }
        : document;
    return { kind: template.kind, id, document: copy };
  });
}

/** The kinds of the portfolio load.ts and cluster.ts ask for ("every document" in their reports). */
export const PORTFOLIO_KINDS = [
  'pm3/forvaltningsobjekt',
  'pm3/objektplan',
  'esf/project',
  'effects/effect-plan',
  'effects/goal-tree',
];
