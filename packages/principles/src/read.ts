import { parseKeepingValid, type PartialReading } from '@styrkit/plugin';
import { responseSchema, templateSchema, type ChecklistResponse, type Template } from './model.js';

// Best-effort readers, the plugin kinds' `parsePartial`: a field of the wrong type is left out
// and reported, so the kind's checks still run on the rest (issue 16: checks that do not hide
// each other). The strict parse* functions are unchanged.

/**
 * Reads a filled-in checklist as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readResponse } from '@styrkit/principles';
 * readResponse('text').value; // undefined
 * ```
 */
export function readResponse(input: unknown): PartialReading<ChecklistResponse> {
  return parseKeepingValid(responseSchema, input, { code: 'principles/invalid-response' });
}

/**
 * Reads a checklist template as far as its data format allows (see {@link readResponse}).
 *
 * @example
 * ```ts
 * import { readTemplate } from '@styrkit/principles';
 * readTemplate('text').value; // undefined
 * ```
 */
export function readTemplate(input: unknown): PartialReading<Template> {
  return parseKeepingValid(templateSchema, input, { code: 'principles/invalid-template' });
}
