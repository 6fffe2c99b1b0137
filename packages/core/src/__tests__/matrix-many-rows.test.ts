// Regression: the matrix check spread every row into Math.max to count the columns, which
// overflows the call stack at about 120 000 rows (a throw instead of findings).
import { describe, expect, it } from 'vitest';
import { checkMatrixTotals, exact } from '../index.js';

describe('checkMatrixTotals on many rows', () => {
  it('checks 150 000 rows and finds the one wrong column total', () => {
    const cells = Array.from({ length: 150_000 }, () => [exact(1), exact(2)]);
    const findings = checkMatrixTotals({
      cells,
      statedColumnTotals: [exact(150_000), exact(300_001)],
      path: ['budget'],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: '300000', actual: '300001' });
  });
});
