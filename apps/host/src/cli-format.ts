// How the CLI prints a finding on one line: code, path, message and figures.
import { pathToString, type Finding, type NumberLocale } from '@styrkit/core';

/**
 * A finding's message without the path it starts with. A message made from a zod issue names
 * its field ("year: expected a number …") relative to the value that was parsed, while the
 * finding's path is the whole one (`document.year`); the CLI prints the path already, so the
 * message's own copy of the path (the whole path or any tail of it) is left out.
 *
 * @example
 * ```ts
 * const f = { code: 'x/y', severity: 'error', path: ['document', 'year'],
 *   message: { sv: 'year: förväntade ett tal', en: 'year: expected a number' } } as const;
 * messageAfterPath(f, 'en'); // 'expected a number'
 * ```
 */
export function messageAfterPath(finding: Finding, locale: NumberLocale): string {
  const message = finding.message[locale];
  for (let start = 0; start < finding.path.length; start++) {
    const prefix = `${pathToString(finding.path.slice(start))}: `;
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}

/**
 * One finding as the CLI prints it: `✗ code @ path: message (expected …, actual …)`, with `!`
 * for a warning and `i` for information, the path once.
 *
 * @example
 * ```ts
 * const f = { code: 'demo/negative-amount', severity: 'error', path: ['amount'],
 *   message: { sv: 'Negativt belopp', en: 'Negative amount' } } as const;
 * findingLine(f, 'en'); // '✗ demo/negative-amount @ amount: Negative amount'
 * ```
 */
export function findingLine(finding: Finding, locale: NumberLocale): string {
  const mark = finding.severity === 'error' ? '✗' : finding.severity === 'warning' ? '!' : 'i';
  const say = (sv: string, en: string) => (locale === 'sv' ? sv : en);
  const figures =
    finding.expected !== undefined || finding.actual !== undefined
      ? ` (${say('väntat', 'expected')} ${finding.expected ?? '–'}, ${say('faktiskt', 'actual')} ${finding.actual ?? '–'})`
      : '';
  const where = pathToString(finding.path) || '/';
  return `${mark} ${finding.code} @ ${where}: ${messageAfterPath(finding, locale)}${figures}`;
}
