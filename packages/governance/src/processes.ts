import type { GateDefinition, GateProcess } from './model.js';

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

/** Phase moves are approved by the project owner or by the steering group (seed :282, :285). */
const PHASE_DECIDERS: Pick<GateDefinition, 'deciderRoles' | 'deciderTags'> = {
  deciderRoles: ['projektagare', 'styrgrupp'],
  deciderTags: ['project-owner', 'steering-group'],
};

/** Decisions the project owner alone takes (the directive, a study's return; seed :282, :287). */
const OWNER_DECIDES: Pick<GateDefinition, 'deciderRoles' | 'deciderTags'> = {
  deciderRoles: ['projektagare'],
  deciderTags: ['project-owner'],
};

/**
 * The phases of a PPS-style project after the needs process hands it over (bp4), as a state
 * machine with a decider for each gate. Sources (goteborg-avo-digitaliseringsplan-2024.txt):
 * bp4 hands an approved need over to project execution (:262); a project may be a study that,
 * once done, returns to step 3 of the needs process (:266); the project owner owns the
 * directive and approves documents and phase moves (:282); the steering group, led by the
 * owner, also approves documents and phase moves (:283-285); the directive holds the effect
 * goals and is agreed between owner and manager (:287); the manager writes the project plan,
 * status reports and the final report (:288-289); the business side (effect owner) owns effect
 * realisation once the result is delivered (:293, :299, :306). The seed names no phase for
 * cancelling a project, so the process has none.
 *
 * @example
 * ```ts
 * PPS_PHASE_PROCESS.states.map((s) => s.id);
 * // ['forstudie', 'planering', 'genomforande', 'avslut', 'effekthemtagning', 'ater-till-beredning']
 * gateDeciders(PPS_PHASE_PROCESS, 'pps-projektplan'); // ['projektagare', 'styrgrupp']
 * ```
 */
export const PPS_PHASE_PROCESS: GateProcess = {
  id: 'pps-faser',
  name: 'Projektets faser (PPS)',
  initial: 'forstudie',
  states: [
    { id: 'forstudie', name: 'Idé och förstudie' },
    { id: 'planering', name: 'Planering: direktiv och projektplan' },
    { id: 'genomforande', name: 'Genomförande' },
    { id: 'avslut', name: 'Avslut med slutrapport' },
    { id: 'effekthemtagning', name: 'Överlämnat till effektägaren', terminal: true },
    { id: 'ater-till-beredning', name: 'Åter till beredning (behovsprocessen)', terminal: true },
  ],
  transitions: [
    { from: 'forstudie', to: 'planering', outcome: 'advance', gate: 'pps-direktiv' },
    { from: 'forstudie', to: 'ater-till-beredning', outcome: 'loop-back', gate: 'utredning-klar' },
    { from: 'planering', to: 'genomforande', outcome: 'advance', gate: 'pps-projektplan' },
    { from: 'genomforande', to: 'avslut', outcome: 'advance', gate: 'pps-avslut' },
    { from: 'avslut', to: 'effekthemtagning', outcome: 'advance', gate: 'pps-slutrapport' },
  ],
  gates: [
    {
      id: 'pps-direktiv',
      name: 'Direktivet är överenskommet',
      nameEn: 'Directive agreed',
      ...OWNER_DECIDES,
    },
    {
      id: 'utredning-klar',
      name: 'Utredningen är klar och går åter till beredning',
      nameEn: 'Study done, back to preparation',
      ...OWNER_DECIDES,
    },
    {
      id: 'pps-projektplan',
      name: 'Projektplanen är godkänd, genomförandet startar',
      nameEn: 'Project plan approved, execution starts',
      ...PHASE_DECIDERS,
    },
    {
      id: 'pps-avslut',
      name: 'Leveransen är klar, projektet går till avslut',
      nameEn: 'Delivery done, project moves to closing',
      ...PHASE_DECIDERS,
    },
    {
      id: 'pps-slutrapport',
      name: 'Slutrapporten är godkänd, effekterna lämnas till effektägaren',
      nameEn: 'Final report approved, effects handed to the effect owner',
      ...PHASE_DECIDERS,
    },
  ],
};
