import type { IsoDate } from '@styrkit/core';

// Whole days between two valid ISO dates, counted on the UTC calendar so that daylight-saving
// changes never shift a day. Internal: the path interpolation needs day counts.
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(date: IsoDate): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
