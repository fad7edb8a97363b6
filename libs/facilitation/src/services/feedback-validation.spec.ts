import { validateFeedbackResponses } from './feedback-validation.js';

const GROUP = '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('validateFeedbackResponses', () => {
  it('lists every bad field at once, with its path', () => {
    const { errors } = validateFeedbackResponses([
      { rating: 0 },
      { rating: 3, comment: 'x'.repeat(2001) },
      { rating: 6, comment: 'y'.repeat(2001), groupId: 'not-an-id' },
      { rating: 2.5 },
      { rating: 5, comment: 'ok', groupId: GROUP },
    ]);
    expect(errors.map((error) => error.path)).toEqual([
      'responses.0.rating',
      'responses.1.comment',
      'responses.2.rating',
      'responses.2.comment',
      'responses.2.groupId',
      'responses.3.rating',
    ]);
  });

  it('trims comments, an empty one counts as none; 2,000 characters are allowed (counted as characters, not UTF-16 units)', () => {
    const { rows, errors } = validateFeedbackResponses([
      { rating: 1, comment: '  hyvä  ' },
      { rating: 2, comment: '   ' },
      { rating: 3, comment: `  ${'😀'.repeat(2000)} ` },
      { rating: 4, wouldTakePartAgain: true, groupId: GROUP.toUpperCase() },
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.comment?.length ?? null)).toEqual([4, null, 4000, null]);
    expect(rows[3]).toEqual({ rating: 4, wouldTakePartAgain: true, comment: null, groupId: GROUP });
  });

  it('needs 1..5000 responses', () => {
    expect(validateFeedbackResponses([]).errors).toEqual([{ path: 'responses', message: 'must hold at least one response' }]);
    expect(validateFeedbackResponses(Array.from({ length: 5001 }, () => ({ rating: 3 }))).errors[0].path).toBe('responses');
    expect(validateFeedbackResponses(Array.from({ length: 5000 }, () => ({ rating: 3 }))).errors).toEqual([]);
  });
});
