// DTSTAMP of the plugin's ICS export is the export request time the host passes (issue 16);
// without it the period start stands in. Fixture: docs/examples/linkoping-vso-2021/forums.yaml.
import { describe, expect, it } from 'vitest';
import type { ExportContext } from '@styrkit/plugin';
import { governancePlugin } from '../plugin.js';
import { parseForumSetFormat } from '../read.js';
import { loadEnvelope } from './fixtures.js';

const file = loadEnvelope('linkoping-vso-2021/forums.yaml');
const parsed = parseForumSetFormat(file.document);
const exporter = governancePlugin.exporters.find((e) => e.id === 'governance/forum-ics')!;

async function stamps(ctx: ExportContext): Promise<string[]> {
  if (!parsed.ok) throw new Error('forums.yaml does not parse');
  const ics = await exporter.render(parsed.value, ctx);
  if (typeof ics !== 'string') throw new Error('not text');
  return [...new Set(ics.match(/^DTSTAMP:.*$/gm) ?? [])];
}

describe('ICS DTSTAMP', () => {
  const base = { locale: 'sv' as const, documents: () => [] };

  it('is the request time given as an ISO text (in UTC, whole seconds)', async () => {
    expect(await stamps({ ...base, now: '2026-12-01T21:45:07.250+01:00' })).toEqual([
      'DTSTAMP:20261201T204507Z',
    ]);
  });

  it('is the request time given as a Date', async () => {
    expect(await stamps({ ...base, now: new Date(Date.UTC(2026, 11, 1, 20, 45, 0)) })).toEqual([
      'DTSTAMP:20261201T204500Z',
    ]);
  });

  it('falls back to the period start without a (readable) request time', async () => {
    expect(await stamps(base)).toEqual(['DTSTAMP:20210101T000000Z']);
    expect(await stamps({ ...base, now: 'i går' })).toEqual(['DTSTAMP:20210101T000000Z']);
  });
});
