import { type FieldError, isUuid } from '@sidos/common';
import { FeedbackResponseInput } from '../inputs/index.js';
import { type FeedbackRow } from '../repositories/feedback.repository.js';

/** Responses per recordFeedback call: a 1,000-person webinar's form fits several times over. */
export const RESPONSES_PER_CALL_MAX = 5000;
export const FEEDBACK_COMMENT_MAX_LENGTH = 2000;

/**
 * Checks every response of a recordFeedback call and lists every bad field at once (responses.N.rating,
 * responses.N.comment, responses.N.groupId for a malformed id; unknown well-formed group ids are checked
 * against the database by the service). Answers the rows to write: comments trimmed, an empty one none.
 */
export function validateFeedbackResponses(responses: readonly FeedbackResponseInput[]): { rows: FeedbackRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (responses.length === 0) errors.push({ path: 'responses', message: 'must hold at least one response' });
  if (responses.length > RESPONSES_PER_CALL_MAX) errors.push({ path: 'responses', message: `must hold at most ${RESPONSES_PER_CALL_MAX} responses` });
  if (errors.length > 0) return { rows: [], errors };
  const rows = responses.map((response, index) => {
    const rating: unknown = response.rating;
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5)
      errors.push({ path: `responses.${index}.rating`, message: 'must be an integer from 1 to 5' });
    const comment = typeof response.comment === 'string' ? response.comment.trim() : null;
    if (comment !== null && [...comment].length > FEEDBACK_COMMENT_MAX_LENGTH)
      errors.push({ path: `responses.${index}.comment`, message: `must be at most ${FEEDBACK_COMMENT_MAX_LENGTH} characters` });
    const groupId = response.groupId ? response.groupId.toLowerCase() : null;
    if (response.groupId && !isUuid(response.groupId))
      errors.push({ path: `responses.${index}.groupId`, message: `names no stakeholder group (unknown id ${JSON.stringify(response.groupId)})` });
    return { rating, wouldTakePartAgain: response.wouldTakePartAgain ?? null, comment: comment === '' ? null : comment, groupId } as FeedbackRow;
  });
  return { rows, errors };
}
