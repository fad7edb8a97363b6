/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed by its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values a careless or hostile client sends where a proper one is expected. */
export function badValues(random: () => number): unknown[] {
  const randomString = (length: number) => Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0xd7ff) + 1)).join('');
  return [
    null,
    '',
    '   ',
    0,
    -1,
    2 ** 31,
    -(2 ** 53),
    1.5,
    Number.MAX_SAFE_INTEGER,
    true,
    {},
    [],
    ['nested', ['array']],
    { $ne: null },
    'x'.repeat(100_000),
    'ä'.repeat(5_000),
    '\u0000',
    'null\u0000byte',
    '\u0007\u001b[31mred',
    '\ud800',
    '\udfff\ud800 lone surrogates',
    "'; drop table organisation; --",
    "' or '1'='1",
    '1; select pg_sleep(10)',
    '%',
    '_',
    '\\',
    '{"$gt": ""}',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'not-a-uuid',
    'WyJhIiwiYiJd',
    'eyJhbGciOiJub25lIn0.e30.',
    '2026-02-30',
    '9999-99-99T99:99:99Z',
    '0112038-8',
    'FI01120389',
    randomString(50),
    randomString(500),
  ];
}

/** Every path to a leaf of a variables object. */
export function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (Array.isArray(value)) return value.length === 0 ? [prefix] : value.flatMap((item, index) => leafPaths(item, [...prefix, String(index)]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return [prefix];
}

/** A deep copy of `value` with the leaf at `path` replaced. */
export function withLeaf<T>(value: T, path: string[], replacement: unknown): T {
  if (path.length === 0) return replacement as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string, unknown>;
  copy[head] = withLeaf(copy[head], rest, replacement);
  return copy as T;
}
