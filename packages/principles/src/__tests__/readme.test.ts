// The README example must really work: this test runs the same code and checks its claims.
import { describe, expect, it } from 'vitest';
import {
  auditResponse,
  parseResponse,
  renderResponseMarkdown,
  ruralImpactTemplate,
  summarizeResponse,
} from '../index.js';

describe('README example', () => {
  it('gives the findings and figures the README shows', () => {
    const parsed = parseResponse({
      case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12', meetingDate: '2024-03-14' },
      template: { id: 'rural-impact', version: 1 },
      answers: { 'rural-consequences': 'ja', 'rural-services': 'nej', 'rural-jobs': 'nej' },
    });
    if (!parsed.ok) throw new Error('invalid response');
    const response = parsed.value;
    const lines = auditResponse(response, ruralImpactTemplate).map(
      (f) => `${f.severity} ${f.code} ${f.path.join('.')}`,
    );
    expect(lines).toEqual([
      'error principles/unanswered-required answers.rural-housing',
      'error principles/unanswered-required answers.rural-transport',
      'error principles/missing-justification justifications.rural',
      'info principles/not-signed signedBy',
    ]);
    expect(summarizeResponse(response, ruralImpactTemplate).overall.unfavourable).toBe(1);
    expect(renderResponseMarkdown(response, ruralImpactTemplate, { locale: 'sv' })).toContain(
      'BUN 2024/12',
    );
  });
});
