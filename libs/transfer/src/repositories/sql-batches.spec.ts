import { batches, numberPlaceholders } from './sql-batches.js';

describe('numberPlaceholders', () => {
  it('numbers each ? in order', () => {
    expect(numberPlaceholders('select ?::timestamptz, ? from jsonb_to_recordset(?::jsonb)')).toBe(
      'select $1::timestamptz, $2 from jsonb_to_recordset($3::jsonb)',
    );
  });

  it('leaves a ? inside a quoted literal or identifier alone', () => {
    expect(numberPlaceholders(`select '?', 'it''s ?', "a?b", ? from t`)).toBe(`select '?', 'it''s ?', "a?b", $1 from t`);
  });
});

describe('batches', () => {
  it('splits rows into batches of the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
