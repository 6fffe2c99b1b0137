import type { Finding } from '@styrkit/core';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './model.js';
import { readerCodes } from './reader-codes.js';
import type { DocumentTruncatedData } from './reader-messages.js';

/** The caller's limits with every missing field taken from the defaults. */
export function resolveLimits(partial: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...partial };
}

/**
 * What a reader may still spend on cells and characters. One budget serves a whole document,
 * so a file cannot get past the limits by spreading its content over many sheets or pages.
 * When a limit is reached the reader stops adding content and the budget records one finding.
 */
export class ReadBudget {
  readonly limits: ReadLimits;
  #cells = 0;
  #chars = 0;
  #exhausted: Finding | undefined;

  constructor(limits: ReadLimits) {
    this.limits = limits;
  }

  /** True once a limit was reached: readers stop reading. */
  get exhausted(): boolean {
    return this.#exhausted !== undefined;
  }

  /** The finding for the limit that was reached, if any. */
  get finding(): Finding | undefined {
    return this.#exhausted;
  }

  /** Takes one cell; false (and a finding) when the cell limit is reached. */
  takeCell(): boolean {
    if (this.exhausted) return false;
    this.#cells += 1;
    if (this.#cells > this.limits.maxCells) {
      this.#stop('cells', this.limits.maxCells);
      return false;
    }
    return true;
  }

  /** Takes text; false (and a finding) when the character limit is reached. */
  takeText(length: number): boolean {
    if (this.exhausted) return false;
    this.#chars += length;
    if (this.#chars > this.limits.maxTextChars) {
      this.#stop('characters', this.limits.maxTextChars);
      return false;
    }
    return true;
  }

  /** Records that the page limit was reached. */
  stopAtPages(): void {
    if (!this.exhausted) {
      this.#stop('pages', this.limits.maxPages);
    }
  }

  #stop(limit: DocumentTruncatedData['limit'], count: number): void {
    this.#exhausted = readerCodes.create('documents/truncated', {
      path: [],
      data: { limit, count },
    });
  }
}
