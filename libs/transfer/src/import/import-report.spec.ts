import { ImportReport, MAX_LISTED_ERRORS } from './import-report.js';

describe('ImportReport', () => {
  it('lists every error, by line, when there are at most 100', () => {
    const report = new ImportReport(3);
    report.error(3, 'email', 'must be an email address');
    report.error(2, 'name', 'should not be empty');
    report.error(3, 'phone', 'must be a phone number');
    expect(report.result(true, false)).toMatchObject({
      errors: [
        { line: 2, field: 'name', message: 'should not be empty' },
        { line: 3, field: 'email', message: 'must be an email address' },
        { line: 3, field: 'phone', message: 'must be a phone number' },
      ],
      errorsLeftOut: 0,
    });
  });

  it('lists the first 100 errors by line and counts the rest, whatever order they were found in', () => {
    const report = new ImportReport(100_000);
    // Two passes over the rows, as an import makes: field rules first, then references and repeats.
    for (let line = 100_001; line >= 2; line -= 1) report.error(line, 'name', 'should not be empty');
    for (let line = 2; line <= 100_001; line += 2) report.error(line, 'businessId', 'is repeated');
    const result = report.result(true, false);
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(result.errorsLeftOut).toBe(150_000 - MAX_LISTED_ERRORS);
    expect(result.errors[0]).toEqual({ line: 2, field: 'name', message: 'should not be empty' });
    expect(result.errors.map((error) => error.line)).toEqual([...result.errors.map((error) => error.line)].sort((a, b) => a - b));
    expect(result.errors.at(-1)!.line).toBe(68);
    expect(report.hasErrorOn(100_001)).toBe(true);
    expect(report.hasErrors).toBe(true);
  });
});
