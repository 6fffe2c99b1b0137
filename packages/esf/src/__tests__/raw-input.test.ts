// Issue 15: yaml.parse output handed straight to an ESF calculation gets a TypeError that
// names the parser to call, never a TypeError from deep inside (`total.isZero is not a
// function`, `Cannot read properties of undefined (reading 'map')`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  aggregateHours,
  auditEsf,
  auditFinalReport,
  auditProject,
  auditTimeReports,
  budgetVersions,
  computeCosts,
  computeFinancing,
  costsTable,
  hoursVsPlan,
  parseProject,
  type Call,
  type ChangeRequest,
  type FinalReport,
  type Project,
  type TimeReports,
} from '../index.js';

const dir = fileURLToPath(new URL('../../../../docs/examples/sala-esf-ip/', import.meta.url));
// What yaml.parse gives a caller: `any`, which type-checks as any document type.
const raw = (file: string): unknown =>
  (parse(readFileSync(`${dir}${file}`, 'utf8')) as { document: unknown }).document;
const project = raw('project.yaml') as Project;
const call = raw('call.yaml') as Call;
const timeReports = raw('time-reports.yaml') as TimeReports;
const finalReport = raw('final-report.yaml') as FinalReport;
const changeRequest = raw('change-request-2022-06.yaml') as ChangeRequest;
const parsed = (): Project => {
  const r = parseProject(project);
  if (!r.ok) throw new Error('project.yaml does not parse');
  return r.value;
};

describe('raw yaml.parse output in an ESF calculation', () => {
  it.each([
    ['computeCosts', 'parseProject', () => computeCosts(project)],
    ['computeFinancing', 'parseProject', () => computeFinancing(project)],
    ['auditProject', 'parseProject', () => auditProject(project)],
    ['auditProject', 'parseCall', () => auditProject(parsed(), { call })],
    ['costsTable', 'parseProject', () => costsTable(project)],
    ['auditEsf', 'parseProject', () => auditEsf({ project, call, timeReports, finalReport })],
    ['aggregateHours', 'parseTimeReports', () => aggregateHours(timeReports)],
    ['auditTimeReports', 'parseTimeReports', () => auditTimeReports(timeReports)],
    ['hoursVsPlan', 'parseTimeReports', () => hoursVsPlan(parsed(), timeReports)],
    ['auditFinalReport', 'parseFinalReport', () => auditFinalReport(finalReport)],
    ['budgetVersions', 'parseChangeRequest', () => budgetVersions(parsed(), [changeRequest])],
  ])('%s says to call %s', (name, parser, run) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(new RegExp(`^${name}: .*not what ${parser} returns`));
  });

  it('names the field that is not parsed', () => {
    expect(() => computeCosts(project)).toThrow('computeCosts: stateAid is missing');
    expect(() => computeCosts({ ...parsed(), budgetLines: project.budgetLines })).toThrow(
      'computeCosts: budgetLines.0.amount is the number 310000, not an exact amount',
    );
  });

  it('parsed data, and copies of it, pass', () => {
    expect(computeCosts({ ...parsed(), name: 'Kopia' }).lines.length).toBeGreaterThan(0);
  });
});
