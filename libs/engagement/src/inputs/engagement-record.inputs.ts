import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, registerDecorator, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { EngagementKind } from '../enums/engagement.enums.js';
import { engagementFieldRules as rules, PARTICIPANT_COUNT_MAX, Rules } from './engagement-field-rules.js';

/** More records than this in one call are refused (record a large event in several calls). */
export const RECORDS_PER_CALL_MAX = 1000;

const hasValue = (value: unknown) => value !== undefined && value !== null && value !== '';

/** A record with a group and neither an organisation nor a contact: unidentified participants of the group. */
export function isGroupOnlyRecord(record: Pick<EngagementRecordInput, 'organisationId' | 'contactId' | 'groupId'>): boolean {
  return hasValue(record.groupId) && !hasValue(record.organisationId) && !hasValue(record.contactId);
}

/**
 * A rule on the record as a whole: at least one party. It is registered on the empty property name,
 * which the error paths leave out, so the error reads "records.3" (the record) rather than a field of it.
 */
function HasParty(): ClassDecorator {
  return (target) =>
    registerDecorator({
      name: 'hasParty',
      target,
      propertyName: '',
      options: { message: 'needs at least one of organisationId, contactId, groupId' },
      validator: {
        validate: (_value: unknown, args) => {
          const record = args?.object as EngagementRecordInput;
          return hasValue(record.organisationId) || hasValue(record.contactId) || hasValue(record.groupId);
        },
      },
    });
}

/** Why a record's participantCount is invalid, or null when it is fine. */
function participantCountProblem(value: unknown, record: EngagementRecordInput): string | null {
  const groupOnly = isGroupOnlyRecord(record);
  if (!hasValue(value)) return groupOnly ? 'is required (at least 1) for a record with groupId alone (unidentified participants)' : null;
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be an integer';
  if (groupOnly && value < 1) return 'must be at least 1 for a record with groupId alone (unidentified participants)';
  if (value < 0) return 'must not be less than 0';
  if (value > PARTICIPANT_COUNT_MAX) return `must not be greater than ${PARTICIPANT_COUNT_MAX}`;
  return null;
}

/** Optional and at least 0; a group-only record stands for people who were not identified, so it needs at least 1. */
function IsParticipantCountOfRecord(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isParticipantCountOfRecord',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args) => participantCountProblem(args.value, args.object as EngagementRecordInput) ?? 'is invalid' },
      validator: { validate: (value: unknown, args) => participantCountProblem(value, args?.object as EngagementRecordInput) === null },
    });
}

/** At least one of organisationId, contactId, groupId. A record with groupId alone needs participantCount >= 1. */
@InputType()
@HasParty()
export class EngagementRecordInput {
  @Field(() => EngagementKind)
  @IsEnum(EngagementKind)
  kind: EngagementKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisationId?: string | null;

  /** A contact, on behalf of `organisationId` when both are given. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  groupId?: string | null;

  /** With group-only records: how many people of the group took part. */
  @Field(() => Int, { nullable: true })
  @IsParticipantCountOfRecord()
  participantCount?: number | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.longText())
  notes?: string | null;
}

/** All records are written, or none. */
@ArgsType()
export class RecordEngagementsArgs {
  @Field(() => ID)
  @IsString()
  activityId: string;

  @Field(() => [EngagementRecordInput])
  @IsArray()
  @ArrayMaxSize(RECORDS_PER_CALL_MAX)
  @ValidateNested({ each: true })
  @Type(() => EngagementRecordInput)
  records: EngagementRecordInput[];
}
