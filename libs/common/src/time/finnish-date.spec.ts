import { currentPeriodSql, finnishToday, periodCovers } from './finnish-date.js';

describe('finnishToday', () => {
  it('answers the date in Helsinki, which is ahead of UTC', () => {
    expect(finnishToday(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01'); // summer time, UTC+3
    expect(finnishToday(new Date('2026-12-31T21:59:00Z'))).toBe('2026-12-31'); // winter time, UTC+2
    expect(finnishToday(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });
});

describe('periodCovers', () => {
  it('covers since inclusive and until exclusive, null ends open', () => {
    expect(periodCovers('m', 'a."date"')).toBe('(m."since" is null or m."since" <= a."date") and (m."until" is null or a."date" < m."until")');
  });
});

describe('currentPeriodSql', () => {
  it('asks whether the period covers today in Finnish time, with that date as both parameters', () => {
    expect(currentPeriodSql('gm', new Date('2026-06-30T21:30:00Z'))).toEqual({ sql: periodCovers('gm', '?::date'), params: ['2026-07-01', '2026-07-01'] });
  });
});
