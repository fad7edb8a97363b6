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
    '\u0085',
    '\u009b31mC1 CSI',
    'Akava \u202eyr',
    'a\u2066b\u2069',
    '\u200b',
    '\u200b\u200d\u2060\ufeff\u00ad',
    '％',
    '＿',
    '＼',
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
    '2025-02-30T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '0000-01-01',
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

/** Text that the rules of every text input refuse, whatever the field: C1 controls, bidirectional overrides and isolates. */
export const FORBIDDEN_IN_TEXT: readonly ((value: string) => string)[] = [
  (value) => `${value}\u0085`,
  (value) => `\u009b${value}`,
  (value) => `\u202e${value}`,
  (value) => `${value}\u202a`,
  (value) => `\u2066${value}\u2069`,
  (value) => `${value}\u2068`,
];

/** Names and titles that show nothing: refused where a name or title is required or given. */
export const INVISIBLE_NAMES: readonly string[] = ['\u200b', '\u200b\u200c\u200d', '\u2060\ufeff', '\u00ad', '\u3164', '\u0301'];

/** Dates and times that do not exist or that PostgreSQL cannot store: refused by the Date and DateTime scalars. */
export const IMPOSSIBLE_DATES: readonly string[] = ['2025-02-30', '2026-04-31', '0000-01-01', '+002026-01-01'];
export const IMPOSSIBLE_TIMES: readonly string[] = [
  '2025-02-30T00:00:00Z',
  '2026-11-27T24:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '0000-12-31T23:59:59Z',
  '2026-01-02T10:00:00',
];
