import { batches } from './sql-batches.js';

describe('batches', () => {
  it('splits rows into batches of the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
