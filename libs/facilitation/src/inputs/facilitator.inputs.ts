import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  DateScalar,
  idListRules,
  IsNotBefore,
  type ListOrder,
  ListOrderInput,
  MAX_PAGE_SIZE,
  NAME_MAX_LENGTH,
  OptionalButNotNull,
  OrderByArgument,
  PageArgs,
  Rules,
  searchRules,
  SHORT_TEXT_MAX_LENGTH,
  Trim,
  TrimToNull,
  UpdateInputOf,
} from '@sidos/common';
import { EngagementMethod, engagementFieldRules, NormaliseMinistry } from '@sidos/engagement';
import { Language } from '@sidos/register';
import { FacilitatorRole } from '../enums/facilitator-role.enum.js';

/** More assignments than this in one call are refused. */
export const ASSIGNMENTS_PER_CALL_MAX = 100;

/** Validation shared by the facilitator inputs: the decorators of each kind of field, in one place. */
const rules = {
  name: () => [Trim(), IsString(), IsNotEmpty(), MaxLength(NAME_MAX_LENGTH)],
  email: () => [TrimToNull(), IsOptional(), IsEmail({}, { message: 'must be an email address' }), MaxLength(SHORT_TEXT_MAX_LENGTH)],
  unit: () => [TrimToNull(), IsOptional(), IsString(), MaxLength(SHORT_TEXT_MAX_LENGTH)],
  methods: () => [IsOptional(), IsArray(), ArrayMaxSize(20), IsEnum(EngagementMethod, { each: true })],
  languages: () => [IsOptional(), IsArray(), ArrayMaxSize(20), IsEnum(Language, { each: true })],
};

@InputType()
export class CreateFacilitatorInput {
  @Field()
  @Rules(...rules.name())
  name: string;

  @Field(() => String, { nullable: true })
  @Rules(...rules.email())
  email?: string | null;

  /** Defaults to the token's ministry; an EDITOR may not name another. */
  @Field(() => String, { nullable: true, description: "Defaults to the token's ministry; an EDITOR may not name another" })
  @Rules(...engagementFieldRules.ministry())
  ministry?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...rules.unit())
  unit?: string | null;

  @Field(() => [EngagementMethod], { nullable: true })
  @Rules(...rules.methods())
  methods?: EngagementMethod[] | null;

  @Field(() => [Language], { nullable: true })
  @Rules(...rules.languages())
  languages?: Language[] | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  trainedOn?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

/** Fields left out stay as they are; email, unit and trainedOn are cleared with null. The ministry does not change. */
@InputType()
export class UpdateFacilitatorInput extends UpdateInputOf(CreateFacilitatorInput, ['ministry', 'active']) {
  @Field(() => Boolean, { nullable: true })
  @OptionalButNotNull()
  @IsBoolean()
  active?: boolean;
}

/** Lists sort by name. `methods` and `languages` match facilitators who have all of them. */
@InputType()
export class FacilitatorFilter {
  @Field(() => String, { nullable: true, description: 'Name, email and unit; case- and accent-insensitive, anywhere in the text' })
  @Rules(...searchRules())
  search?: string | null;

  @Field(() => String, { nullable: true })
  @NormaliseMinistry()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  ministry?: string | null;

  @Field(() => [EngagementMethod], { nullable: true })
  @Rules(...rules.methods())
  methods?: EngagementMethod[] | null;

  @Field(() => [Language], { nullable: true })
  @Rules(...rules.languages())
  languages?: Language[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  activeOnly?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only those with no assignment to an activity dated that day' })
  @IsOptional()
  @IsString()
  availableOn?: string | null;
}

/** What the facilitators list can be ordered by. */
export enum FacilitatorOrderField {
  NAME = 'NAME',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}

registerEnumType(FacilitatorOrderField, {
  name: 'FacilitatorOrderField',
  description: 'What the facilitators list is ordered by (ties by id).',
  valuesMap: {
    NAME: { description: 'The name, case-insensitively.' },
    CREATED: { description: 'When the record was created (createdAt).' },
    UPDATED: { description: 'When the record was last changed (updatedAt).' },
  },
});

export const FacilitatorOrder = ListOrderInput(FacilitatorOrderField, 'Facilitator', 'An order of the facilitators list.');
export type FacilitatorOrder = ListOrder<FacilitatorOrderField>;

@ArgsType()
export class FacilitatorsArgs extends PageArgs {
  @Field(() => FacilitatorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FacilitatorFilter)
  filter?: FacilitatorFilter | null;

  @OrderByArgument(FacilitatorOrder, 'By name (NAME ASC) when left out.')
  orderBy?: FacilitatorOrder | null;
}

/** Activities dated inside [from, to], both optional and inclusive. */
@ArgsType()
export class AssignmentWindowArgs {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBefore('from')
  to?: string | null;
}

@InputType()
export class FacilitatorAssignmentInput {
  @Field(() => ID, { description: 'An unknown or inactive facilitator is BAD_USER_INPUT at assignments.N.facilitatorId' })
  @IsString()
  facilitatorId: string;

  @Field(() => FacilitatorRole, { nullable: true, defaultValue: FacilitatorRole.SUPPORT })
  @Transform(({ value }: { value: unknown }) => (value === null ? FacilitatorRole.SUPPORT : value))
  @IsEnum(FacilitatorRole)
  role: FacilitatorRole = FacilitatorRole.SUPPORT;
}

@ArgsType()
export class AssignFacilitatorsArgs {
  @Field(() => ID)
  @IsString()
  activityId: string;

  @Field(() => [FacilitatorAssignmentInput])
  @IsArray()
  @ArrayMaxSize(ASSIGNMENTS_PER_CALL_MAX)
  @ValidateNested({ each: true })
  @Type(() => FacilitatorAssignmentInput)
  assignments: FacilitatorAssignmentInput[];
}

@ArgsType()
export class UnassignFacilitatorsArgs {
  @Field(() => ID)
  @IsString()
  activityId: string;

  @Field(() => [ID])
  @Rules(...idListRules())
  facilitatorIds: string[];
}

@ArgsType()
export class FacilitatorSuggestionsArgs {
  @Field(() => ID)
  @IsString()
  activityId: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @Transform(({ value }: { value: unknown }) => (value === null ? 10 : value))
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;
}
