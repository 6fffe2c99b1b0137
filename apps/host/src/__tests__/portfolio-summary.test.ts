import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { checkDocument } from '../document-results.js';
import { parseText, readEnvelopes } from '../envelope.js';
import { discoverPlugins, REPO_ROOT } from '../plugins.js';
import { portfolioSummarySchema } from '../portfolio-schema.js';
import {
  budgetOf,
  organisationOf,
  portfolioSummary,
  statusOf,
  statusTallyOf,
  yearOf,
} from '../portfolio-summary.js';
import type { DocumentStore } from '../store.js';
import { openTestStore } from './helpers.js';
import { exact } from '@styrkit/core';

const KINDS = [
  'pm3/forvaltningsobjekt',
  'pm3/objektplan',
  'esf/project',
  'effects/effect-plan',
  'effects/goal-tree',
];
/** Stores every envelope of a docs/examples directory (the store alone, as `styrkit import` would). */
async function load(store: DocumentStore, dir: string): Promise<void> {
  const root = join(REPO_ROOT, 'docs', 'examples', dir);
  for (const name of readdirSync(root).filter((n) => n.endsWith('.yaml'))) {
    for (const e of readEnvelopes(parseText(readFileSync(join(root, name), 'utf8'), 'yaml'))) {
      if (!e.ok) throw new Error(`${name}: ${e.error.map((f) => f.code).join(', ')}`);
      const { kind, id, document, schemaVersion } = e.value;
      await store.create({
        kind,
        id,
        document,
        author: 'system',
        ...(schemaVersion === undefined ? {} : { schemaVersion }),
      });
    }
  }
}

describe('portfolio summary over the reference data', () => {
  let db: Database;
  let store: DocumentStore;
  beforeAll(async () => {
    ({ db, store } = await openTestStore(undefined, await discoverPlugins()));
    await load(store, 'linkoping-vso-2021');
    await load(store, 'sala-esf-ip');
    // Loading every plugin and twelve reference documents takes long on a loaded machine.
  }, 300_000);
  afterAll(async () => {
    await db.close();
  });

  it('gives every document of the kinds with the figures the documents state', async () => {
    const summary = portfolioSummarySchema.parse(
      await portfolioSummary(store, { kinds: KINDS, locale: 'sv', canRead: () => true }),
    );
    const ids = summary.documents.map((d) => `${d.kind} ${d.id}`);
    expect(ids).toEqual([...ids].sort());
    expect(summary.total).toBe(summary.documents.length);
    const a = summary.documents.find((d) => d.id === 'linkoping-vso-2021-a');
    // 45 100 kkr: docs/examples/linkoping-vso-2021/objektplan-a.yaml:114 (statedGrandTotal).
    expect(a).toMatchObject({
      kind: 'pm3/objektplan',
      title: 'Strategisk objektplan Vård, stöd och omsorg 2021',
      label: 'A',
      // Through objectId (objektplan-a.yaml:9) to forvaltningsobjekt.yaml:10.
      organisation: 'Linköpings kommun',
      year: 2021,
      status: 'draft',
      version: 1,
      approvedBy: null,
      budget: { amount: '45100000', unit: 'kr' },
    });
    const esf = summary.documents.find((d) => d.id === 'sala-esf-ip');
    // 5 549 825 kr: docs/examples/sala-esf-ip/project.yaml:17; owner at project.yaml:11.
    expect(esf).toMatchObject({
      kind: 'esf/project',
      organisation: 'Sala kommun, Vård- och omsorgskontoret',
      year: 2022,
      budget: { amount: '5549825', unit: 'kr' },
    });
    expect(summary.documents.find((d) => d.id === 'linkoping-vso')?.budget).toBeNull();
    // Plans A and B of 2021 rolled up: 45 100 + 47 140 kkr (objektplan-a.yaml:114, objektplan-b.yaml:117).
    expect(
      summary.rollUp.find((r) => r.kind === 'pm3/objektplan' && r.year === 2021),
    ).toMatchObject({
      documents: 2,
      budget: { amount: '92240000', unit: 'kr' },
    });
    // The counts are those of the checks endpoint.
    for (const d of summary.documents) {
      const checked = await checkDocument(store, { kind: d.kind, id: d.id, locale: 'sv' });
      expect(d.counts).toEqual(checked.counts);
    }
  });

  it('shows a host approval of the current version, and a save after it as not approved', async () => {
    const id = 'linkoping-vso-2021-b';
    await store.approve('pm3/objektplan', id, 1, 'greta', 'ok');
    const approved = await portfolioSummary(store, {
      kinds: ['pm3/objektplan'],
      locale: 'en',
      canRead: () => true,
    });
    const row = approved.documents.find((d) => d.id === id);
    expect(row).toMatchObject({ status: 'approved', approvedBy: 'greta', version: 1 });
    expect(Number.isNaN(Date.parse(row?.approvedAt ?? ''))).toBe(false);
    const { record } = await store.parsed('pm3/objektplan', id);
    await store.save({
      kind: 'pm3/objektplan',
      id,
      baseVersion: 1,
      document: record.document,
      author: 'anna',
    });
    const saved = await portfolioSummary(store, {
      kinds: ['pm3/objektplan'],
      locale: 'en',
      canRead: () => true,
    });
    expect(saved.documents.find((d) => d.id === id)).toMatchObject({
      status: 'draft',
      version: 2,
      approvedBy: null,
    });
  });

  it('leaves out what the asker may not read', async () => {
    const summary = await portfolioSummary(store, {
      kinds: KINDS,
      locale: 'sv',
      canRead: (kind) => kind === 'esf/project',
    });
    expect(summary.documents.map((d) => d.id)).toEqual(['sala-esf-ip']);
    expect(summary.total).toBe(1);
  });
});

describe('portfolio fields', () => {
  it('reads organisation, year and status by their generic conventions', () => {
    expect(organisationOf({ organisation: { name: 'Exempelkommunen' } }, () => undefined)).toBe(
      'Exempelkommunen',
    );
    expect(organisationOf({ planRef: 'x' }, () => ({}))).toBeNull();
    expect(yearOf({ validity: { start: '2021-01-01' } })).toBe(2021);
    expect(yearOf({ period: { start: new Date(Date.UTC(2024, 0, 1)) } })).toBe(2024);
    expect(yearOf({ asOf: '2023-06-15' })).toBe(2023);
    expect(statusOf({ status: 'revised' }, false)).toBe('decided');
    expect(statusOf({}, false)).toBe('draft');
  });

  it('takes the budget from the total row, in kronor, exactly', () => {
    const table = {
      id: 't',
      title: { sv: 'B', en: 'B' },
      columns: [
        { key: 'row', title: { sv: 'R', en: 'R' }, kind: 'text' as const },
        { key: 'a', title: { sv: 'A', en: 'A' }, kind: 'money' as const, unit: 'mnkr' },
        { key: 'total', title: { sv: 'S', en: 'S' }, kind: 'money' as const, unit: 'mnkr' },
      ],
      rows: [
        { cells: { row: 'x', a: exact('1.5'), total: exact('1.5') } },
        { kind: 'total' as const, cells: { row: 'Summa', a: exact('2'), total: exact('16.3761') } },
      ],
    };
    expect(budgetOf(table)).toEqual({ amount: '16376100', unit: 'kr' });
    expect(budgetOf({ ...table, rows: table.rows.slice(0, 1) })).toBeNull();
    expect(budgetOf(undefined)).toBeNull();
    expect(
      statusTallyOf({
        ...table,
        columns: [{ key: 'status', title: { sv: 'S', en: 'S' }, kind: 'text' }],
        rows: [
          { cells: { status: { sv: 'uppnått', en: 'achieved' } } },
          { cells: { status: null } },
          { cells: { status: { sv: 'uppnått', en: 'achieved' } } },
          { cells: { status: 'okänt' } },
        ],
      }),
    ).toEqual([
      { label: { sv: 'uppnått', en: 'achieved' }, count: 2 },
      { label: { sv: 'okänt', en: 'okänt' }, count: 1 },
    ]);
  });
});
