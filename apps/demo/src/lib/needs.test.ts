import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NEEDS_PROCESS, parseOrganisation } from '@styrkit/governance';
import { describe, expect, it } from 'vitest';
import {
  board,
  decide,
  deciderFor,
  needId,
  rankedBacklog,
  submitNeed,
  type StoredBacklog,
  type StoredGateLog,
} from './needs.js';

// The decision rules of the Göteborg seed, as docs/examples/goteborg-avo-2024/
// governance-organisation.yaml:183-199 states them (seed goteborg-avo-digitaliseringsplan-2024.txt
// :234-266): bp1 by the head of department; bp2/bp3 for one unit paying itself by the head of
// department; bp2 for several administrations by the joint development team; bp3 and the
// backlog priority for several administrations by the steering and coordination group; bp4 by
// the project office; a finished study by the project owner.
const orgYaml = readFileSync(
  fileURLToPath(
    new URL(
      '../../../../docs/examples/goteborg-avo-2024/governance-organisation.yaml',
      import.meta.url,
    ),
  ),
  'utf8',
);
expect(orgYaml).toContain('decisionRules:');

const parsed = parseOrganisation({
  name: 'ÄVO',
  parties: [],
  roles: [
    'avdelningschef',
    'forvaltningsdirektor',
    'utvecklingsteam-id',
    'styr-och-samordningsgrupp',
    'projektkontor',
    'projektagare-ku',
  ].map((id) => ({ id, name: id })),
  people: [],
  assignments: [],
  decisionRules: [
    { gates: ['bp1'], role: 'avdelningschef' },
    { gates: ['bp2', 'bp3'], scopes: ['one-unit'], funding: ['own-unit'], role: 'avdelningschef' },
    {
      gates: ['bp2', 'bp3', 'prioritering'],
      scopes: ['one-unit', 'several-units'],
      role: 'forvaltningsdirektor',
    },
    { gates: ['bp2'], scopes: ['several-administrations'], role: 'utvecklingsteam-id' },
    {
      gates: ['bp3', 'prioritering'],
      scopes: ['several-administrations'],
      role: 'styr-och-samordningsgrupp',
    },
    { gates: ['bp4'], role: 'projektkontor' },
    { gates: ['utredning-klar'], role: 'projektagare-ku' },
  ],
});
if (!parsed.ok) throw new Error('organisation');
const org = parsed.value;

const emptyLog: StoredGateLog = { name: 'Behov', process: NEEDS_PROCESS, items: [], decisions: [] };
const emptyBacklog: StoredBacklog = {
  title: 'Prioritering',
  method: 'ordered',
  criteria: [
    { id: 'kostnad-nytta', title: 'Kostnad mot nytta', source: 'score' },
    { id: 'lagkrav', title: 'Lagkrav', source: 'mandatory' },
  ],
  items: [],
};

function submitted(
  title: string,
  scope: 'one-unit' | 'several-administrations',
  mandatory = false,
  score = '',
) {
  return (log: StoredGateLog, backlog: StoredBacklog) => {
    const r = submitNeed(log, backlog, {
      title,
      scope,
      funding: scope === 'one-unit' ? 'own-unit' : 'shared',
      mandatory,
      scores: { 'kostnad-nytta': score },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    return r;
  };
}

function step(log: StoredGateLog, id: string, to: string, role: string): StoredGateLog {
  const r = decide(log, org, id, to, role, '2026-12-01');
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.log;
}

describe('the needs funnel', () => {
  it('moves a need through every step, each decided by the role the rules name, and loops a study back', () => {
    const s = submitted('Planeringsstöd i hemtjänsten', 'one-unit')(emptyLog, emptyBacklog);
    let log = s.log;
    expect(s.id).toBe('planeringsstod-i-hemtjansten');
    expect(board(log)[0]?.items.map((i) => i.id)).toEqual([s.id]);
    log = step(log, s.id, 'grovsallning', 'avdelningschef');
    log = step(log, s.id, 'beredning', 'avdelningschef');
    log = step(log, s.id, 'klart-for-start', 'avdelningschef');
    log = step(log, s.id, 'genomforande', 'projektkontor');
    log = step(log, s.id, 'beredning', 'projektagare-ku');
    const columns = board(log);
    expect(columns.find((c) => c.state.id === 'beredning')?.items.map((i) => i.id)).toEqual([s.id]);
    expect(log.decisions.map((d) => [d.gate, d.outcome, d.decidedBy])).toEqual([
      ['bp1', 'advance', 'avdelningschef'],
      ['bp2', 'advance', 'avdelningschef'],
      ['bp3', 'advance', 'avdelningschef'],
      ['bp4', 'advance', 'projektkontor'],
      ['utredning-klar', 'loop-back', 'projektagare-ku'],
    ]);
    expect(log.items[0]?.history.map((h) => h.decision)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
  });

  it('refuses a decision by a role the rules do not name, and a move the process does not allow', () => {
    const s = submitted('Digitala lås', 'several-administrations')(emptyLog, emptyBacklog);
    const log = step(s.log, s.id, 'grovsallning', 'avdelningschef');
    const item = log.items[0];
    if (item === undefined) throw new Error('item');
    const move = NEEDS_PROCESS.transitions.find(
      (t) => t.from === 'grovsallning' && t.to === 'backlog',
    );
    if (move === undefined) throw new Error('move');
    expect(deciderFor(org, NEEDS_PROCESS, item, move, 'avdelningschef')).toEqual({
      allowed: ['utvecklingsteam-id'],
      mayDecide: false,
    });
    const wrong = decide(log, org, s.id, 'backlog', 'avdelningschef', '2026-12-01');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.findings[0]?.code).toBe('demo/need-wrong-decider');
    const skip = decide(log, org, s.id, 'genomforande', 'projektkontor', '2026-12-01');
    expect(!skip.ok && skip.findings[0]?.code).toBe('demo/need-move-not-allowed');
    // Nothing changed.
    expect(log.decisions).toHaveLength(1);
  });

  it('ranks the shared backlog mandatory first, then by the criteria', () => {
    let s = submitted('Högt värde', 'several-administrations', false, '5')(emptyLog, emptyBacklog);
    s = submitted('Lagkrav om loggning', 'several-administrations', true, '1')(s.log, s.backlog);
    s = submitted('Lågt värde', 'several-administrations', false, '2')(s.log, s.backlog);
    s = submitted('Oklart värde', 'several-administrations')(s.log, s.backlog);
    let log = s.log;
    for (const item of log.items) {
      log = step(log, item.id, 'grovsallning', 'avdelningschef');
      log = step(log, item.id, 'backlog', 'utvecklingsteam-id');
    }
    const { ranked, findings } = rankedBacklog(log, s.backlog);
    expect(findings).toEqual([]);
    expect(ranked.map((r) => r.item.id)).toEqual([
      'lagkrav-om-loggning',
      'hogt-varde',
      'lagt-varde',
      'oklart-varde',
    ]);
    expect(ranked[3]?.missing).toEqual(['kostnad-nytta']);
    // A need taken on to preparation leaves the ranked backlog.
    log = step(log, 'hogt-varde', 'beredning', 'styr-och-samordningsgrupp');
    expect(rankedBacklog(log, s.backlog).ranked.map((r) => r.item.id)).not.toContain('hogt-varde');
  });

  it('refuses a blank title and a score that is not a number, as findings', () => {
    const blank = submitNeed(emptyLog, emptyBacklog, {
      title: '  ',
      scope: 'one-unit',
      funding: 'own-unit',
      mandatory: false,
      scores: {},
    });
    expect(!blank.ok && blank.findings[0]?.code).toBe('demo/need-title-missing');
    const bad = submitNeed(emptyLog, emptyBacklog, {
      title: 'X',
      scope: 'one-unit',
      funding: 'own-unit',
      mandatory: false,
      scores: { 'kostnad-nytta': 'hög' },
    });
    expect(!bad.ok && bad.findings[0]?.actual).toBe('hög');
    expect(needId('Å Ä Ö', ['a-a-o'])).toBe('a-a-o-2');
  });
});
