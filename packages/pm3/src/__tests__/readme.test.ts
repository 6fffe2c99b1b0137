// The README example, kept runnable: the same input and the outputs the README shows.
import { formatPartialSum } from '@styrkit/core';
import { expect, it } from 'vitest';
import { auditObjektplan, initiativeCosts, matrixTotals, parseObjektplan } from '../index.js';

it('README example works as shown', () => {
  const result = parseObjektplan({
    id: 'vso-2021',
    objectId: 'vso',
    title: 'Objektplan Vård, stöd och omsorg 2021',
    year: 2021,
    version: { label: 'A', status: 'draft' },
    budget: {
      unit: 'kkr',
      rows: [
        {
          activity: 'forvaltningsstyrning',
          businessVm: '1 200',
          businessVu: 100,
          itVm: 500,
          itVu: 0,
          statedTotal: '1 800',
        },
        {
          activity: 'andringshantering',
          businessVu: '10 200',
          itVu: '3 000',
          statedTotal: '13 300',
        },
      ],
    },
    initiatives: [
      { id: 'automatisering', name: 'Automatisering', category: 'strategic', cost: 2000 },
      { id: 'upphandling', name: 'Upphandling', category: 'strategic', cost: '?' },
    ],
  });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const plan = result.value;
  expect(matrixTotals(plan.budget).grand.known.toString()).toBe('15000');
  expect(formatPartialSum(initiativeCosts(plan), { unit: 'kkr' }).sv.replace(/\u00a0/g, ' ')).toBe(
    '2 000 kkr + 1 okänd',
  );
  const findings = auditObjektplan(plan);
  expect(findings.map((f) => [f.code, f.path.join('.')])).toEqual([
    ['pm3/row-sum-mismatch', 'budget.rows.1.statedTotal'],
    ['pm3/unknown-costs', 'initiatives'],
    ['pm3/strategic-without-goal-link', 'initiatives.0.links'],
    ['pm3/strategic-without-goal-link', 'initiatives.1.links'],
  ]);
  expect(findings[0]?.message.sv.replace(/\u00a0/g, ' ')).toBe(
    'Budget, Ändringshantering (utveckling): angivet 13 300 kkr, cellerna ger 13 200 (skillnad −100)',
  );
});
