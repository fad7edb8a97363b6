import { NAMED_STATEMENT_LIMIT, numberPlaceholders, statementNameOf } from './prepared-read.js';

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

describe('statementNameOf', () => {
  it('names a text the same way every time, and different texts differently', () => {
    const name = statementNameOf('select $1 as "spec_a"');
    expect(name).toMatch(/^sidos_[0-9a-f]{32}$/);
    expect(statementNameOf('select $1 as "spec_a"')).toBe(name);
    expect(statementNameOf('select $1 as "spec_b"')).not.toBe(name);
  });

  it('names no more than NAMED_STATEMENT_LIMIT texts: the rest run unnamed', () => {
    const names = Array.from({ length: NAMED_STATEMENT_LIMIT + 10 }, (_, index) => statementNameOf(`select ${index} as "spec_limit"`));
    expect(names.filter((name) => name !== undefined).length).toBeLessThanOrEqual(NAMED_STATEMENT_LIMIT);
    expect(names.at(-1)).toBeUndefined();
    expect(statementNameOf('select $1 as "spec_a"')).toMatch(/^sidos_/);
  });
});
