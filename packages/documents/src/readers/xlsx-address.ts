/** "C7" → { row: 7, column: 3 } (both 1-based); undefined when it is no cell address. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (m === null) return undefined;
  let column = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number.parseInt(m[2] ?? '0', 10), column };
}

/** { row: 7, column: 3 } → "C7". */
export function formatAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
