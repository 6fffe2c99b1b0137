import { isTotalLabel } from './total-labels.js';

/**
 * Column labels for a table of space-separated figures, from its header lines: a line with one
 * word per value column, or one word fewer plus a line that names the total column ("VM VU VM
 * VU" and "Summa SEK (Kkr)"). A line above whose phrases end in a repeated word
 * ("Verksamhetsnära förvaltning IT-nära förvaltning") gives the groups. Columns stay unlabelled
 * (`undefined`) when the header does not say.
 */
export function spacedColumnPaths(
  lines: readonly string[],
  columns: number,
): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = Array.from({ length: columns }, () => undefined);
  const words = lines.map((l) =>
    l
      .trim()
      .split(/\s+/)
      .filter((w) => w !== ''),
  );
  let labels: string[] | undefined;
  let at = -1;
  // First a line with one word fewer than the columns and a line naming the total column
  // ("VM VU VM VU" and "Summa SEK (Kkr)"), then a line with one word per column.
  for (let i = 0; i < words.length && labels === undefined; i += 1) {
    const w = words[i] ?? [];
    if (w.length !== columns - 1 || columns < 2) continue;
    const totalLine = lines.findIndex((l, j) => j > i && isTotalLabel(l));
    if (totalLine <= i) continue;
    // The total column's label may continue on the next line: "Summa SEK" / "(Kkr)".
    let total = (lines[totalLine] ?? '').trim();
    const next = (lines[totalLine + 1] ?? '').trim();
    if (/^\(.*\)$/.test(next)) total = `${total} ${next}`;
    labels = [...w, total];
    at = i;
  }
  for (let i = 0; i < words.length && labels === undefined; i += 1) {
    const w = words[i] ?? [];
    if (w.length === columns && !isTotalLabel(lines[i] ?? '')) {
      labels = w;
      at = i;
    }
  }
  if (labels === undefined) return out;
  const groups = at > 0 ? groupsOf(lines[at - 1] ?? '', labels.length - 1) : undefined;
  labels.forEach((label, c) => {
    const g = groups?.[c];
    out[c] = g === undefined ? [label] : [g, label];
  });
  return out;
}

/** Splits "A förvaltning B förvaltning Rest" into groups over the value columns, if it can. */
function groupsOf(line: string, valueColumns: number): (string | undefined)[] | undefined {
  const words = line.trim().split(/\s+/);
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  for (const [word, n] of counts) {
    if (n < 2 || valueColumns % n !== 0 || word.length < 3) continue;
    const phrases: string[] = [];
    let current: string[] = [];
    for (const w of words) {
      current.push(w);
      if (w.toLowerCase() === word) {
        phrases.push(current.join(' '));
        current = [];
      }
    }
    if (phrases.length !== n) continue;
    const per = valueColumns / n;
    return Array.from({ length: valueColumns }, (_, c) => phrases[Math.floor(c / per)]);
  }
  return undefined;
}
