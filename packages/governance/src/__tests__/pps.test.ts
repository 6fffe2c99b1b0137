// The PPS project phases (seed: goteborg-avo-digitaliseringsplan-2024.txt:262-306).
import { describe, expect, it } from 'vitest';
import { auditGateLog } from '../audit.js';
import { gateDeciders, mayDecideGate, nextTransitions } from '../gates.js';
import type { Decision, GateLog } from '../model.js';
import { gateProcessSchema } from '../model.js';
import { parseGateLog } from '../parse.js';
import { NEEDS_PROCESS, PPS_PHASE_PROCESS } from '../processes.js';
import { clone, codes, loadOrganisation } from './fixtures.js';

const org = loadOrganisation('goteborg-avo-2024/governance-organisation.yaml');

const walk: readonly (readonly [string, string, string, string])[] = [
  // from, to, gate, date
  ['forstudie', 'planering', 'pps-direktiv', '2024-02-01'],
  ['planering', 'genomforande', 'pps-projektplan', '2024-03-15'],
  ['genomforande', 'avslut', 'pps-avslut', '2024-10-01'],
  ['avslut', 'effekthemtagning', 'pps-slutrapport', '2024-11-20'],
];

/** A project walked through every phase; `owner` and `board` are the deciding role ids. */
function walkedLog(owner: string, board: string): GateLog {
  const decisions: Decision[] = walk.map(([, , gate, date], i) => ({
    id: `d${String(i + 1)}`,
    item: 'larm',
    gate,
    date,
    outcome: 'advance',
    decidedBy: gate === 'pps-direktiv' ? owner : board,
    kind: 'fasovergang',
  }));
  const parsed = parseGateLog({
    name: 'Projekt 2024',
    process: PPS_PHASE_PROCESS,
    items: [
      {
        id: 'larm',
        title: 'Digitala trygghetslarm',
        history: walk.map(([from, to, , date], i) => ({
          from,
          to,
          date,
          decision: `d${String(i + 1)}`,
        })),
      },
    ],
    decisions,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe('PPS project phases', () => {
  it('is a valid process whose gates all have deciders', () => {
    expect(gateProcessSchema.safeParse(PPS_PHASE_PROCESS).success).toBe(true);
    const used = new Set(PPS_PHASE_PROCESS.transitions.map((t) => t.gate));
    expect(PPS_PHASE_PROCESS.gates?.map((g) => g.id).sort()).toEqual([...used].sort());
    // The project owner and the steering group approve phase moves (seed :282, :285).
    expect(gateDeciders(PPS_PHASE_PROCESS, 'pps-slutrapport')).toEqual([
      'projektagare',
      'styrgrupp',
    ]);
    // The directive is the owner's (seed :282, :287).
    expect(gateDeciders(PPS_PHASE_PROCESS, 'pps-direktiv')).toEqual(['projektagare']);
    // Through role tags, in an organisation that names its roles differently.
    expect(gateDeciders(PPS_PHASE_PROCESS, 'pps-avslut', org)).toEqual([
      'projektagare-ku',
      'styrgruppsledamot',
    ]);
    expect(mayDecideGate(PPS_PHASE_PROCESS, 'pps-avslut', 'styrgruppsledamot', org)).toBe(true);
    expect(mayDecideGate(PPS_PHASE_PROCESS, 'pps-avslut', 'projektledare', org)).toBe(false);
    expect(mayDecideGate(NEEDS_PROCESS, 'bp1', 'avdelningschef')).toBeUndefined();
  });

  it('knows the next allowed moves of each phase', () => {
    const item = { id: 'x', title: 'X', history: [] };
    // A study may go back to beredning in the needs process (seed :266).
    expect(nextTransitions(PPS_PHASE_PROCESS, item).map((t) => [t.to, t.gate])).toEqual([
      ['planering', 'pps-direktiv'],
      ['ater-till-beredning', 'utredning-klar'],
    ]);
    const log = walkedLog('projektagare', 'styrgrupp');
    expect(nextTransitions(PPS_PHASE_PROCESS, log.items[0]!)).toEqual([]);
    const closing = { ...item, history: log.items[0]!.history.slice(0, 3) };
    expect(nextTransitions(PPS_PHASE_PROCESS, closing).map((t) => t.to)).toEqual([
      'effekthemtagning',
    ]);
  });

  it('audits a clean walk through every gate without findings', () => {
    expect(auditGateLog(walkedLog('projektagare', 'styrgrupp'))).toEqual([]);
    // With the Göteborg organisation: its own role ids, matched by tag and mandate.
    expect(auditGateLog(walkedLog('projektagare-ku', 'styrgruppsledamot'), org)).toEqual([]);
  });

  it('reports a skipped phase as a move the process does not allow', () => {
    const log = walkedLog('projektagare', 'styrgrupp');
    const history = log.items[0]!.history;
    history.splice(0, 2, { from: 'forstudie', to: 'genomforande', date: '2024-03-15' });
    const found = auditGateLog(log);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'governance/invalid-transition',
      severity: 'error',
      path: ['items', 0, 'history', 0],
      expected: 'forstudie',
      actual: 'forstudie → genomforande',
    });
    expect(found[0]?.message.sv).toContain('inte tillåten');
    expect(found[0]?.message.en).toContain('not allowed');
  });

  it('reports a phase move without its decision', () => {
    const log = walkedLog('projektagare', 'styrgrupp');
    delete log.items[0]!.history[3]!.decision;
    const found = auditGateLog(log);
    expect(codes(found)).toEqual(['governance/gate-without-decision']);
    expect(found[0]).toMatchObject({
      path: ['items', 0, 'history', 3, 'decision'],
      expected: 'pps-slutrapport/advance',
      actual: '–',
    });
  });

  it('reports a gate decided by the wrong role', () => {
    const log = walkedLog('projektagare', 'styrgrupp');
    log.decisions[2] = { ...log.decisions[2]!, decidedBy: 'projektledare' };
    const found = auditGateLog(log);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'governance/decision-without-mandate',
      severity: 'error',
      path: ['decisions', 2, 'decidedBy'],
      expected: 'projektagare, styrgrupp',
      actual: 'projektledare',
    });
    expect(found[0]?.message.sv).toContain('pps-avslut');
    expect(found[0]?.message.en).toContain('not "projektledare"');

    // Only the owner agrees the directive, not the steering group.
    const directive = clone(walkedLog('projektagare', 'styrgrupp'));
    directive.decisions[0] = { ...directive.decisions[0]!, decidedBy: 'styrgrupp' };
    expect(auditGateLog(directive)).toMatchObject([
      { code: 'governance/decision-without-mandate', expected: 'projektagare' },
    ]);
  });

  it('resolves the wrong role through the organisation and adds its mandate verdict', () => {
    const log = walkedLog('projektagare-ku', 'styrgruppsledamot');
    log.decisions[1] = { ...log.decisions[1]!, decidedBy: 'projektledare' };
    const found = auditGateLog(log, org);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'governance/decision-without-mandate',
      expected: 'projektagare-ku, styrgruppsledamot',
      actual: 'projektledare',
    });
    expect(found[0]?.message.en).toContain('no mandate for decisions of kind "fasovergang"');
  });
});
