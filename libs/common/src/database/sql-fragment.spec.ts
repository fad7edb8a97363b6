import { inIds } from './sql-fragment.js';

describe('inIds', () => {
  it('matches nothing when no id is well formed', () => {
    expect(inIds('c', ['nope'], () => false)).toEqual({ sql: 'false', params: [] });
  });

  it('binds each distinct well-formed id once', () => {
    expect(inIds('c', ['a', 'b', 'a', 'x'], (id) => id !== 'x')).toEqual({ sql: 'c in (?, ?)', params: ['a', 'b'] });
  });
});
