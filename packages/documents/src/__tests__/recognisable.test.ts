import type { RecognisableTable } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import { auditText, type AnalysedTable } from '../index.js';

describe('AnalysedTable is a RecognisableTable', () => {
  it('assigns without a cast (checked by the type checker)', () => {
    const audit = auditText('Post\tBelopp tkr\nA\t1 200\nB\t800\nSumma\t2 000\n');
    const analysed: AnalysedTable | undefined = audit.tables[0];
    expect(analysed).toBeDefined();
    if (analysed === undefined) return;
    const t: RecognisableTable = analysed;
    expect(t.unit).toBe('tkr');
    expect(t.rows.map((r) => r.kind)).toEqual(['data', 'data', 'total']);
    expect(t.columns[0]?.label).toBe('Belopp tkr');
  });

  it('serialises to JSON with exact figures as strings', () => {
    const audit = auditText('Post\tAntal\nA\t2\nB\t3\nSumma\t6\n');
    const json = JSON.parse(JSON.stringify(audit)) as {
      tables: { rows: { values: unknown[] }[] }[];
    };
    expect(json.tables[0]?.rows[2]?.values).toEqual(['6']);
  });
});
