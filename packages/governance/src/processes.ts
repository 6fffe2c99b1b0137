import type { GateProcess } from './model.js';

/**
 * The needs process (behovsprocessen) of the Göteborg seed as a state machine: four steps, each
 * ending in a decision point (bp1–bp4) with the outcomes advance, shared backlog or sort out, and
 * the loop from a finished study back to step 3 (beredning).
 *
 * @example
 * ```ts
 * NEEDS_PROCESS.states.map((s) => s.id);
 * // ['insamling', 'grovsallning', 'beredning', 'klart-for-start', 'backlog', 'genomforande', 'bortsorterad']
 * ```
 */
export const NEEDS_PROCESS: GateProcess = {
  id: 'behovsprocessen',
  name: 'Behovsprocessen',
  initial: 'insamling',
  states: [
    { id: 'insamling', name: '1 Insamling behov/idéer' },
    { id: 'grovsallning', name: '2 Grovsållning' },
    { id: 'beredning', name: '3 Beredning' },
    { id: 'klart-for-start', name: '4 Klart för start' },
    { id: 'backlog', name: 'Gemensam väntelista (backlog)' },
    { id: 'genomforande', name: 'Projektgenomförande' },
    { id: 'bortsorterad', name: 'Bortsorterad', terminal: true },
  ],
  transitions: [
    { from: 'insamling', to: 'grovsallning', outcome: 'advance', gate: 'bp1' },
    { from: 'insamling', to: 'bortsorterad', outcome: 'sort-out', gate: 'bp1' },
    { from: 'grovsallning', to: 'backlog', outcome: 'backlog', gate: 'bp2' },
    { from: 'grovsallning', to: 'beredning', outcome: 'advance', gate: 'bp2' },
    { from: 'grovsallning', to: 'bortsorterad', outcome: 'sort-out', gate: 'bp2' },
    { from: 'backlog', to: 'beredning', outcome: 'advance', gate: 'prioritering' },
    { from: 'backlog', to: 'bortsorterad', outcome: 'sort-out', gate: 'prioritering' },
    { from: 'beredning', to: 'klart-for-start', outcome: 'advance', gate: 'bp3' },
    { from: 'beredning', to: 'backlog', outcome: 'backlog', gate: 'bp3' },
    { from: 'beredning', to: 'bortsorterad', outcome: 'sort-out', gate: 'bp3' },
    { from: 'klart-for-start', to: 'genomforande', outcome: 'advance', gate: 'bp4' },
    { from: 'genomforande', to: 'beredning', outcome: 'loop-back', gate: 'utredning-klar' },
  ],
};

/**
 * The phases of an ESF project (analys och planering, genomförande, avslut) as a state machine;
 * each phase move is approved at a gate.
 *
 * @example
 * ```ts
 * ESF_PHASE_PROCESS.initial; // 'analys-och-planering'
 * ```
 */
export const ESF_PHASE_PROCESS: GateProcess = {
  id: 'esf-faser',
  name: 'ESF-projektets faser',
  initial: 'analys-och-planering',
  states: [
    { id: 'analys-och-planering', name: 'Analys och planering' },
    { id: 'genomforande', name: 'Genomförande' },
    { id: 'avslut', name: 'Avslut' },
    { id: 'avslutat', name: 'Avslutat', terminal: true },
  ],
  transitions: [
    {
      from: 'analys-och-planering',
      to: 'genomforande',
      outcome: 'advance',
      gate: 'till-genomforande',
    },
    { from: 'genomforande', to: 'avslut', outcome: 'advance', gate: 'till-avslut' },
    { from: 'avslut', to: 'avslutat', outcome: 'advance', gate: 'slutrapport' },
  ],
};
