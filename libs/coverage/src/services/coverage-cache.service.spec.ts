import { CoverageCacheService } from './coverage-cache.service.js';

/** `count` coverage rows labelled `label`. */
const rows = (label: string, count = 1) => Array.from({ length: count }, (_, index) => ({ id: `${label}-${index}`, coverage_heard: 1 }));

describe('CoverageCacheService', () => {
  it('serves rows only under the generation they were kept with', () => {
    const cache = new CoverageCacheService({ coverageCacheRows: 10 });
    cache.set('c1', '3.7', rows('a'));
    expect(cache.get('c1', '3.7')).toEqual(rows('a'));
    expect(cache.get('c1', '4.7')).toBeUndefined();
    expect(cache.get('c1', '3.8')).toBeUndefined();
    expect(cache.get('c2', '3.7')).toBeUndefined();
  });

  it('replaces a consultation\'s entry when a newer generation is kept, counting its rows once', () => {
    const cache = new CoverageCacheService({ coverageCacheRows: 10 });
    cache.set('c1', '1.1', rows('old', 4));
    cache.set('c1', '2.1', rows('new', 3));
    expect(cache.size).toEqual({ entries: 1, rows: 3 });
    expect(cache.get('c1', '1.1')).toBeUndefined();
    expect(cache.get('c1', '2.1')).toEqual(rows('new', 3));
  });

  it('keeps at most its budget of rows, dropping the least recently used consultations first', () => {
    const cache = new CoverageCacheService({ coverageCacheRows: 5 });
    cache.set('c1', '1.1', rows('1', 2));
    cache.set('c2', '1.1', rows('2', 2));
    expect(cache.get('c1', '1.1')).toHaveLength(2); // c2 is now the least recently used
    cache.set('c3', '1.1', rows('3', 2));
    expect(cache.size).toEqual({ entries: 2, rows: 4 });
    expect(cache.get('c2', '1.1')).toBeUndefined();
    expect(cache.get('c1', '1.1')).toEqual(rows('1', 2));
    expect(cache.get('c3', '1.1')).toEqual(rows('3', 2));
    cache.set('c4', '1.1', rows('4', 5)); // the whole budget: everything else goes
    expect(cache.size).toEqual({ entries: 1, rows: 5 });
    expect(cache.get('c4', '1.1')).toHaveLength(5);
  });

  it('does not keep an answer larger than the whole budget, nor anything with budget 0', () => {
    const small = new CoverageCacheService({ coverageCacheRows: 3 });
    small.set('c1', '1.1', rows('1', 2));
    small.set('c2', '1.1', rows('2', 4));
    expect(small.get('c2', '1.1')).toBeUndefined();
    expect(small.get('c1', '1.1')).toHaveLength(2);
    const off = new CoverageCacheService({ coverageCacheRows: 0 });
    off.set('c1', '1.1', rows('1'));
    expect(off.size).toEqual({ entries: 0, rows: 0 });
    expect(off.get('c1', '1.1')).toBeUndefined();
  });

  it('keeps frozen copies: neither the caller\'s later changes nor a reader\'s reach the entry', () => {
    const cache = new CoverageCacheService({ coverageCacheRows: 1 });
    const kept = rows('a');
    cache.set('c1', '1.1', kept);
    kept[0].coverage_heard = 99;
    const served = cache.get('c1', '1.1')!;
    expect(served[0].coverage_heard).toBe(1);
    expect(() => {
      (served[0] as Record<string, unknown>).coverage_heard = 5;
    }).toThrow(TypeError);
  });
});
