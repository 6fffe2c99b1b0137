import type { coreCodes } from './codes.js';
import type { Finding } from './finding.js';
import { makeFinding, type FindingInput } from './finding-codes.js';

type CoreSpecs = (typeof coreCodes)['specs'];

/** A finding code that core itself raises (the keys of {@link coreCodes}). */
export type CoreCode = keyof CoreSpecs;

/**
 * @internal A finding of one of core's own codes, made without the catalogue: `coreCodes`
 * holds every code's title and description in two languages, which a bundle that only checks
 * a total or reads a year should not carry. The default severity is written at the call, and
 * its type is the catalogue's, so the two cannot disagree.
 */
export function coreFinding<C extends CoreCode>(
  code: C,
  severity: CoreSpecs[C]['severity'],
  input: FindingInput,
): Finding {
  return makeFinding(code, severity, input);
}
