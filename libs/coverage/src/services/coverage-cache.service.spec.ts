import { CoverageCacheService } from './coverage-cache.service';

const rows = (label: string) => [{ id: label, coverage_heard: 1 }];

describe('CoverageCacheService', () => {
  it('serves rows only under the generation they were kept with', () => {
    const cache = new CoverageCacheService({ coverageCacheEntries: 10 });
    cache.set('c1', '3.7', rows('a'));
    expect(cache.get('c1', '3.7')).toEqual(rows('a'));
    expect(cache.get('c1', '4.7')).toBeUndefined();
    expect(cache.get('c1', '3.8')).toBeUndefined();
    expect(cache.get('c2', '3.7')).toBeUndefined();
  });

  it('replaces a consultation\'s entry when a newer generation is kept', () => {
    const cache = new CoverageCacheService({ coverageCacheEntries: 10 });
    cache.set('c1', '1.1', rows('old'));
    cache.set('c1', '2.1', rows('new'));
    expect(cache.size).toBe(1);
    expect(cache.get('c1', '1.1')).toBeUndefined();
    expect(cache.get('c1', '2.1')).toEqual(rows('new'));
  });

  it('keeps at most its capacity, dropping the least recently used consultation first', () => {
    const cache = new CoverageCacheService({ coverageCacheEntries: 2 });
    cache.set('c1', '1.1', rows('1'));
    cache.set('c2', '1.1', rows('2'));
    expect(cache.get('c1', '1.1')).toEqual(rows('1')); // c2 is now the least recently used
    cache.set('c3', '1.1', rows('3'));
    expect(cache.size).toBe(2);
    expect(cache.get('c2', '1.1')).toBeUndefined();
    expect(cache.get('c1', '1.1')).toEqual(rows('1'));
    expect(cache.get('c3', '1.1')).toEqual(rows('3'));
  });

  it('keeps nothing with capacity 0', () => {
    const cache = new CoverageCacheService({ coverageCacheEntries: 0 });
    cache.set('c1', '1.1', rows('1'));
    expect(cache.size).toBe(0);
    expect(cache.get('c1', '1.1')).toBeUndefined();
  });

  it('keeps frozen copies: neither the caller\'s later changes nor a reader\'s reach the entry', () => {
    const cache = new CoverageCacheService({ coverageCacheEntries: 1 });
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
