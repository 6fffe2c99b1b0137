import { exact, isExact, tableToMarkdown } from '@styrkit/core';
import { validatePlugins, type PluginContext } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import defaultPlugin, { pm3Plugin } from '../plugin.js';
import {
  budgetMatrixTable,
  canonicalRoleTitle,
  componentsTable,
  goalLinkageTable,
  initiativesTable,
  planOrganisationTable,
  portfolioTable,
  rollUpPortfolio,
} from '../index.js';
import { planA, planB, readEnvelope, vso } from './fixtures.js';

const context = (objects: string[] = []): PluginContext => ({
  locale: 'sv',
  documents: (kind) =>
    kind === 'pm3/forvaltningsobjekt' ? objects.map((id) => ({ id, kind, document: {} })) : [],
});

describe('pm3 plugin', () => {
  it('is valid for the host and exported both ways', () => {
    expect(defaultPlugin).toBe(pm3Plugin);
    const { findings } = validatePlugins([pm3Plugin], { hostVersion: '0.1.0' });
    expect(findings).toEqual([]);
    expect(pm3Plugin.kinds.map((k) => k.name)).toEqual([
      'pm3/objektplan',
      'pm3/forvaltningsobjekt',
      'pm3/budget-follow-up',
    ]);
  });

  it('parses the reference envelopes with each kind and runs its checks', () => {
    for (const [file, kindName] of [
      ['linkoping-vso-2021/objektplan-a.yaml', 'pm3/objektplan'],
      ['linkoping-vso-2021/forvaltningsobjekt.yaml', 'pm3/forvaltningsobjekt'],
      ['sala-san-2023-06/budget-follow-up.yaml', 'pm3/budget-follow-up'],
    ] as const) {
      const envelope = readEnvelope(file);
      const kind = pm3Plugin.kinds.find((k) => k.name === kindName);
      const parsed = kind?.parse?.(envelope.document);
      expect(parsed?.ok).toBe(true);
      if (!parsed?.ok) continue;
      for (const check of pm3Plugin.checks.filter((c) => c.kind === kindName)) {
        expect(() => check.run(parsed.value, context(['linkoping-vso']))).not.toThrow();
      }
      for (const view of pm3Plugin.tables.filter((t) => t.kind === kindName)) {
        expect(view.render(parsed.value, context()).length).toBeGreaterThan(0);
      }
    }
  });

  it('checks that the plan object exists among stored objects', () => {
    const check = pm3Plugin.checks.find((c) => c.id === 'pm3/objektplan-object');
    expect(check?.run(planA(), context(['linkoping-vso']))).toEqual([]);
    expect(check?.run(planA(), context(['other']))[0]?.code).toBe('pm3/unknown-reference');
  });

  it('checks that the organisation and forums the plan refers to are stored', () => {
    const check = pm3Plugin.checks.find((c) => c.id === 'pm3/objektplan-governance');
    // A fake host: read-only documents by kind, as the governance plugin would store them.
    const stored = (docs: Record<string, string[]>): PluginContext => ({
      locale: 'sv',
      documents: (kind) => (docs[kind] ?? []).map((id) => ({ id, kind, document: {} })),
    });
    const plan = planA();
    expect(plan.organisationRef).toBe('linkoping-vso-2021-organisation');
    expect(plan.forumsRef).toBe('linkoping-vso-2021-forums');
    const present = stored({
      'governance/organisation': ['linkoping-vso-2021-organisation'],
      'governance/forum-set': ['linkoping-vso-2021-forums', 'other-forums'],
    });
    expect(check?.run(plan, present)).toEqual([]);

    const missing = check?.run(plan, stored({ 'governance/organisation': ['other'] })) ?? [];
    expect(missing).toHaveLength(2);
    expect(missing[0]).toMatchObject({
      code: 'pm3/unknown-reference',
      severity: 'error',
      path: ['organisationRef'],
      expected: 'governance/organisation linkoping-vso-2021-organisation',
      actual: '–',
    });
    expect(missing[0]?.message.sv).toBe(
      'Planens organisationsdokument "linkoping-vso-2021-organisation" finns inte bland de lagrade dokumenten',
    );
    expect(missing[1]).toMatchObject({ code: 'pm3/unknown-reference', path: ['forumsRef'] });
    expect(missing[1]?.message.en).toBe(
      'The plan\'s forum set document "linkoping-vso-2021-forums" is not among the stored documents',
    );

    // The forums id stored as an organisation: named in the message.
    const swapped = stored({
      'governance/organisation': ['linkoping-vso-2021-organisation', 'linkoping-vso-2021-forums'],
    });
    expect(check?.run(plan, swapped)).toMatchObject([
      {
        path: ['forumsRef'],
        actual: 'governance/organisation linkoping-vso-2021-forums',
        message: {
          en: 'The plan\'s forum set document "linkoping-vso-2021-forums" exists only as governance/organisation, not as governance/forum-set',
        },
      },
    ]);

    // A plan without references needs no governance documents.
    const { organisationRef: _o, forumsRef: _f, ...bare } = plan;
    expect(check?.run(bare, stored({}))).toEqual([]);
  });

  it('diffs and exports a plan', () => {
    const differ = pm3Plugin.differs[0];
    expect(differ?.diff(planA(), planB(), context()).length).toBe(3);
    const exporter = pm3Plugin.exporters[0];
    const text = exporter?.render(planA(), context());
    expect(typeof text === 'string' && text.includes('45\u00a0100')).toBe(true);
  });
});

describe('tables', () => {
  it('render the budget matrix with the seed totals', () => {
    // seed: linkoping-vso-objektplan-2021.txt:177-183
    const md = tableToMarkdown(budgetMatrixTable(planA()));
    expect(md).toContain('Ändringshantering (utveckling)');
    expect(md).toContain('45\u00a0100');
  });

  it('keep unknown costs visible in the initiatives total', () => {
    const total = initiativesTable(planA()).rows.at(-1);
    expect(total?.cells.cost).toEqual({
      sv: '6\u00a0700\u00a0kkr + 20 okända',
      en: '6,700 kkr + 20 unknown',
    });
  });

  it('render goal linkage, components and a portfolio roll-up', () => {
    expect(goalLinkageTable(planA()).rows).toHaveLength(8);
    expect(componentsTable(vso()).rows.find((r) => r.id === 'tes')?.cells.users).toEqual({
      sv: 'minst 2500',
      en: 'at least 2500',
    });
    const roll = portfolioTable(rollUpPortfolio([planA()]));
    const budget = roll.rows.at(-1)?.cells.budget;
    expect(isExact(budget) && budget.equals(exact('45100'))).toBe(true);
  });
});

describe('organisation', () => {
  it('shows roles per level × side with people, accepting older role names', () => {
    // seed: linkoping-vso-objektplan-2021.txt:205-207
    const table = planOrganisationTable(planA());
    expect(table.rows.map((r) => r.cells.it)).toEqual([
      'Objektägare IT Krister Siggesjö',
      'Objektledare IT Annika Pettersson',
      'Objektspecialister IT',
    ]);
    expect(canonicalRoleTitle('Förvaltningsledare')).toBe('Objektledare');
    expect(canonicalRoleTitle(' teknisk förvaltningsledare ')).toBe('Objektledare IT');
  });
});
