// The three committee documents of issue 17, written by the plugins' DOCX exporters from the
// reference data in docs/examples, as a test would download them from the host.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NumberLocale } from '@styrkit/core';
import { esfPlugin } from '@styrkit/esf/plugin';
import { pm3Plugin } from '@styrkit/pm3/plugin';
import type { PluginContext, StoredDocument, StyrkitPlugin } from '@styrkit/plugin';
import { principlesPlugin } from '@styrkit/principles/plugin';
import { parse } from 'yaml';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));

/** Every envelope of some example folders, as the host stores them. */
function envelopes(folders: readonly string[]): StoredDocument[] {
  return folders.flatMap((folder) =>
    readdirSync(join(examples, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const e = parse(readFileSync(join(examples, folder, f), 'utf8')) as StoredDocument;
        return { id: e.id, kind: e.kind, document: e.document };
      }),
  );
}

/** One document to export: which plugin, exporter and stored document. */
export interface CommitteeDocument {
  readonly name: string;
  readonly plugin: StyrkitPlugin;
  readonly exporter: string;
  readonly id: string;
  readonly folders: readonly string[];
  /** Figures the PDF text must contain (sv-SE; NBSP written as a plain space). */
  readonly figures: readonly string[];
}

export const committeeDocuments: readonly CommitteeDocument[] = [
  {
    name: 'Linköping objektplan 2021 (version A)',
    plugin: pm3Plugin,
    exporter: 'pm3/objektplan-docx',
    id: 'linkoping-vso-2021-a',
    folders: ['linkoping-vso-2021'],
    figures: [
      '45 100',
      '27 900',
      '13 200',
      '7 100',
      '10 500',
      '24 500',
      '21,3',
      '11,2',
      '9,3',
      '6 700 kkr + 3 okända',
      '70,07 %',
      'Styrgrupp',
      'Målkoppling',
    ],
  },
  {
    name: 'Sala ESF final report (IP)',
    plugin: esfPlugin,
    exporter: 'esf/final-report-docx',
    id: 'sala-esf-ip-final-report',
    folders: ['sala-esf-ip'],
    figures: [
      '5 549 825',
      '1 823 196',
      '67,15 %',
      '32,85 %',
      '33 %',
      '6 778',
      '7 894',
      '932',
      '744 kvinnor och 188 män',
    ],
  },
  {
    name: 'Sala checklist, SAN 2023-06-15 item 5',
    plugin: principlesPlugin,
    exporter: 'principles/response-docx',
    id: 'sala-san-2023-06-15-item-5-checklist',
    folders: ['sala-san-2023-06'],
    figures: [
      'Diarienummer: 2023/48',
      'Nämnd: Social- och arbetsmarknadsnämnden',
      'Sammanträdesdatum: 2023-06-15',
      'version 1',
      'Bilaga: Granskningens iakttagelser',
    ],
  },
];

/** The DOCX the exporter writes for a document, in a locale. */
export async function writeDocx(doc: CommitteeDocument, locale: NumberLocale): Promise<Uint8Array> {
  const stored = envelopes(doc.folders);
  const context: PluginContext = {
    locale,
    documents: (kind) => stored.filter((d) => d.kind === kind),
  };
  const target = stored.find((d) => d.id === doc.id);
  const exporter = doc.plugin.exporters.find((e) => e.id === doc.exporter);
  const kind = doc.plugin.kinds.find((k) => k.name === target?.kind);
  if (target === undefined || exporter === undefined || kind === undefined) {
    throw new Error(`${doc.name}: document, exporter or kind not found`);
  }
  const parsed =
    kind.parse === undefined ? kind.schema.safeParse(target.document) : kind.parse(target.document);
  const value = 'ok' in parsed ? (parsed.ok ? parsed.value : undefined) : parsed.data;
  if (value === undefined) throw new Error(`${doc.name}: does not parse`);
  const output = await exporter.render(value, context);
  if (typeof output === 'string') throw new Error(`${doc.name}: exporter wrote text, not DOCX`);
  return output;
}
