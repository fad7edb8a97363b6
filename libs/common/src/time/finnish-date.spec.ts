import { currentPeriodSql, finnishToday, periodCovers } from './finnish-date.js';

describe('finnishToday', () => {
  it('answers the date in Helsinki, which is ahead of UTC', () => {
    expect(finnishToday(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01'); // summer time, UTC+3
    expect(finnishToday(new Date('2026-12-31T21:59:00Z'))).toBe('2026-12-31'); // winter time, UTC+2
    expect(finnishToday(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });

  it('answers each instant of one minute alike, and the next minute anew (the kept date), also across midnight', () => {
    const answers = ['21:59:00.000', '21:59:59.999', '22:00:00.000', '21:59:30.000'].map((time) => finnishToday(new Date(`2026-12-31T${time}Z`)));
    expect(answers).toEqual(['2026-12-31', '2026-12-31', '2027-01-01', '2026-12-31']);
    // The summer-time change (03:00 → 04:00 on 2026-03-29) moves no date boundary off a whole minute.
    expect(finnishToday(new Date('2026-03-28T21:59:59Z'))).toBe('2026-03-28');
    expect(finnishToday(new Date('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(finnishToday(new Date('2026-10-24T20:59:59Z'))).toBe('2026-10-24');
    expect(finnishToday(new Date('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
  });

  it('answers times before whole-hour offsets (Helsinki mean time, UTC+1:39:49, until 1921) by the clock of the day', () => {
    expect(finnishToday(new Date('1920-01-01T22:20:00Z'))).toBe('1920-01-01');
    expect(finnishToday(new Date('1920-01-01T22:21:00Z'))).toBe('1920-01-02');
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
