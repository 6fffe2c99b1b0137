import type { Finding } from '@styrkit/core';
import { attachCaptions } from '../caption.js';
import { ReadBudget, resolveLimits } from '../limits.js';
import type { DocumentFormat, DocumentModel, ReadOptions } from '../model.js';
import { readLineBlocks, type LineMode } from './line-blocks.js';

/**
 * Reads a text into the document model with the line reader, inside the caller's limits: a
 * text longer than `maxTextChars` is read up to the limit and the model says so.
 */
export function readLinesAs(
  text: string,
  options: ReadOptions,
  mode: LineMode,
  format: DocumentFormat,
): DocumentModel {
  const budget = new ReadBudget(resolveLimits(options.limits));
  const findings: Finding[] = [];
  let input = typeof text === 'string' ? text : '';
  if (input.length > budget.limits.maxTextChars) {
    budget.takeText(input.length);
    input = input.slice(0, budget.limits.maxTextChars);
  }
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks = attachCaptions(readLineBlocks({ file: options.file, budget }, lines, mode));
  if (budget.finding !== undefined) findings.push(budget.finding);
  return {
    format,
    ...(options.file === undefined ? {} : { file: options.file }),
    blocks,
    findings,
  };
}
