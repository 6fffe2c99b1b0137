import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Result, Finding } from '@styrkit/core';
import {
  parseCall,
  parseChangeRequest,
  parseFinalReport,
  parseProject,
  parseTimeReports,
  type Call,
  type ChangeRequest,
  type FinalReport,
  type Project,
  type TimeReports,
} from '../index.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));

interface Envelope {
  kind: string;
  schemaVersion: number;
  id: string;
  document: unknown;
}

/** Reads one reference document envelope from docs/examples. */
export function readEnvelope(path: string): Envelope {
  return parse(readFileSync(`${examples}${path}`, 'utf8')) as Envelope;
}

function must<T>(r: Result<T, Finding[]>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.error, null, 2)}`);
  return r.value;
}

/** The Sala ESF project "IP" reference dataset, parsed. */
export function loadSala(): {
  call: Call;
  project: Project;
  changeRequest: ChangeRequest;
  timeReports: TimeReports;
  finalReport: FinalReport;
} {
  return {
    call: must(parseCall(readEnvelope('sala-esf-ip/call.yaml').document), 'call'),
    project: must(parseProject(readEnvelope('sala-esf-ip/project.yaml').document), 'project'),
    changeRequest: must(
      parseChangeRequest(readEnvelope('sala-esf-ip/change-request-2022-06.yaml').document),
      'change request',
    ),
    timeReports: must(
      parseTimeReports(readEnvelope('sala-esf-ip/time-reports.yaml').document),
      'time reports',
    ),
    finalReport: must(
      parseFinalReport(readEnvelope('sala-esf-ip/final-report.yaml').document),
      'final report',
    ),
  };
}

/** The synthetic call and one of its projects. */
export function loadSynthetic(file: string): { call: Call; project: Project } {
  return {
    call: must(parseCall(readEnvelope('esf-synthetic/call.yaml').document), 'call'),
    project: must(parseProject(readEnvelope(`esf-synthetic/${file}`).document), file),
  };
}

/** The synthetic time reports of project A (rates from every source the model offers). */
export function loadSyntheticTimeReports(file: string): TimeReports {
  return must(parseTimeReports(readEnvelope(`esf-synthetic/${file}`).document), file);
}
