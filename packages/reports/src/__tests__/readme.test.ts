// The README example must really work: this test runs the same code and checks its claims.
import { exact } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { reportToDocx, reportToPrintHtml, type Report } from '../index.js';

describe('README example', () => {
  it('writes a DOCX package and a printable page with Swedish figures', async () => {
    const report: Report = {
      title: 'Strategisk objektplan 2021',
      metadata: [{ label: { sv: 'Diarienummer', en: 'Case number' }, value: 'SON 2020/123' }],
      sections: [
        {
          heading: { sv: 'Budget och resurser', en: 'Budget and resources' },
          blocks: [
            {
              type: 'table',
              table: {
                id: 'budget',
                title: { sv: 'Budget 2021 (kkr)', en: 'Budget 2021 (kkr)' },
                columns: [
                  {
                    key: 'activity',
                    title: { sv: 'Huvudaktivitet', en: 'Main activity' },
                    kind: 'text',
                  },
                  { key: 'total', title: { sv: 'Summa', en: 'Total' }, kind: 'money', unit: 'kkr' },
                ],
                rows: [{ cells: { activity: 'Summa', total: exact('45100') }, kind: 'total' }],
              },
            },
          ],
        },
      ],
      findings: [],
    };
    const docx = await reportToDocx(report, { locale: 'sv' });
    expect(docx[0]).toBe(0x50);
    const html = reportToPrintHtml(report, { locale: 'sv' });
    expect(html).toContain('<td class="num">45\u00a0100</td>');
    expect(html).toContain('Granskningen gav inga iakttagelser.');
  });
});
