import { describe, expect, it } from 'vitest';
import { auditResponse, auditTemplate } from '../audit.js';
import { DISCRIMINATION_GROUNDS } from '../labels.js';
import { parseTemplate } from '../parse.js';
import { summarizeResponse } from '../summary.js';
import {
  builtInTemplates,
  childRightsTemplate,
  esfAssessmentTemplate,
  horizontalPrinciplesTemplate,
  ruralImpactTemplate,
} from '../templates/index.js';
import { response } from './builders.js';

describe('built-in templates', () => {
  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s parses and lints clean', (_, t) => {
    expect(parseTemplate(JSON.parse(JSON.stringify(t))).ok).toBe(true);
    expect(auditTemplate(t)).toEqual([]);
  });

  it('asks about each of the seven grounds of discrimination', () => {
    const section = horizontalPrinciplesTemplate.sections.find(
      (s) => s.id === 'non-discrimination',
    );
    expect(section?.questions).toHaveLength(DISCRIMINATION_GROUNDS.length);
    expect(DISCRIMINATION_GROUNDS).toHaveLength(7);
  });

  it('covers the four horizontal principles', () => {
    const principles = horizontalPrinciplesTemplate.sections.flatMap((s) => s.principles ?? []);
    expect(principles).toEqual([
      'gender-equality',
      'non-discrimination',
      'accessibility',
      'sustainable-development',
    ]);
    expect(esfAssessmentTemplate.sections.flatMap((s) => s.principles ?? [])).toEqual(principles);
  });

  it('asks the rural follow-ups only after a yes', () => {
    const no = response(
      { 'rural-consequences': 'nej' },
      { template: { id: 'rural-impact', version: 1 } },
    );
    expect(auditResponse(no, ruralImpactTemplate)).toEqual([]);
    const yes = response(
      { 'rural-consequences': 'ja' },
      { template: { id: 'rural-impact', version: 1 } },
    );
    expect(auditResponse(yes, ruralImpactTemplate).map((f) => f.path[1])).toEqual([
      'rural-services',
      'rural-jobs',
      'rural-housing',
      'rural-transport',
    ]);
  });

  it('skips the child-rights questions when no child is affected', () => {
    const r = response(
      { 'child-affected': 'no' },
      { template: { id: 'child-rights', version: 1 } },
    );
    expect(auditResponse(r, childRightsTemplate)).toEqual([]);
    expect(summarizeResponse(r, childRightsTemplate).overall.disabled).toBe(5);
  });

  it('needs a justification for a negative ESF rating, not for a neutral one', () => {
    const answers = Object.fromEntries(
      esfAssessmentTemplate.sections.flatMap((s) => [
        [`${s.id}-rating`, 'neutral'],
        [`${s.id}-description`, 'Ingen särskild påverkan.'],
      ]),
    );
    const ref = { template: { id: 'esf-assessment', version: 1 } };
    expect(auditResponse(response(answers, ref), esfAssessmentTemplate)).toEqual([]);
    const negative = response({ ...answers, 'accessibility-rating': 'negativ' }, ref);
    expect(auditResponse(negative, esfAssessmentTemplate)).toEqual([
      expect.objectContaining({
        code: 'principles/missing-justification',
        path: ['justifications', 'accessibility'],
      }),
    ]);
  });
});
