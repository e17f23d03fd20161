// Figures the asker quotes to check against the cells an answer states (src/answer/cells.ts).
import { describe, expect, it } from 'vitest';
import { checkLine } from '../../src/answer/cells.js';

describe('checkLine', () => {
  it('every quoted figure among the cells: a yes; one that is not: a no naming it', () => {
    expect(checkLine([16, 15], [16, 15])).toContain('核对：对');
    expect(checkLine([16, 15], [16, 14])).toContain('不对，您说的 14');
    expect(checkLine([null], [3])).toBeUndefined();
  });
  it('row by row when each row named has one cell: figures swapped between two rows are no match', () => {
    expect(checkLine([16, 15], [15, 16], '件', [16, 15])).toContain('不对，您说的 15、16');
    expect(checkLine([16, 15], [16, 15], '件', [16, 15])).toContain('核对：对');
    // (a row the report leaves empty: the figures are checked as a set)
    expect(checkLine([16, null], [16], '件', [16, null])).toContain('核对：对');
  });
});
