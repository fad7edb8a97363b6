import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { idListRules, LONG_TEXT_MAX_LENGTH, requiredNameRules, TrimToNull } from '@sidos/common';
import { MINISTRY_CODES } from '../enums/engagement.enums.js';

/** More people than this in one count is a typing error, not an event. */
export const PARTICIPANT_COUNT_MAX = 10_000_000;

/** Trims and upper-cases a ministry code ("tem " → "TEM"); an empty text becomes null. */
export function NormaliseMinistry(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const code = value.trim().toUpperCase();
    return code === '' ? null : code;
  });
}

/** Validation shared by the engagement inputs: the decorators of each kind of field, in one place. */
export const engagementFieldRules = {
  title: () => requiredNameRules(),
  longText: () => [TrimToNull(), IsOptional(), IsString(), MaxLength(LONG_TEXT_MAX_LENGTH)],
  ministry: () => [NormaliseMinistry(), IsOptional(), IsIn([...MINISTRY_CODES], { message: `must be a ministry code: ${MINISTRY_CODES.join(', ')}` })],
  ids: idListRules,
  participantCount: () => [IsOptional(), IsInt(), Min(0), Max(PARTICIPANT_COUNT_MAX)],
};

export { Rules } from '@sidos/common';
