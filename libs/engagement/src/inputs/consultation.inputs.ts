import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  DateScalar,
  idListRules,
  IsNotBefore,
  type ListOrder,
  ListOrderInput,
  OptionalButNotNull,
  OrderByArgument,
  PageArgs,
  searchRules,
  UpdateInputOf,
} from '@sidos/common';
import { ConsultationStatus, PreparationPhase } from '../enums/engagement.enums.js';
import { engagementFieldRules as rules, NormaliseMinistry, Rules } from './engagement-field-rules.js';

@InputType()
export class CreateConsultationInput {
  @Field()
  @Rules(...rules.title())
  title: string;

  @Field(() => String, { nullable: true })
  @Rules(...rules.longText())
  description?: string | null;

  /** Defaults to the token's ministry; an EDITOR may not name another. */
  @Field(() => String, { nullable: true, description: "Defaults to the token's ministry; an EDITOR may not name another" })
  @Rules(...rules.ministry())
  ministry?: string | null;

  @Field(() => ConsultationStatus, { nullable: true, defaultValue: ConsultationStatus.PLANNED })
  @IsOptional()
  @IsEnum(ConsultationStatus)
  status?: ConsultationStatus | null;

  @Field(() => PreparationPhase, { nullable: true, defaultValue: PreparationPhase.INITIATION })
  @IsOptional()
  @IsEnum(PreparationPhase)
  currentPhase?: PreparationPhase | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsNotBefore('startsOn')
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...rules.ids())
  policyAreaIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...rules.ids())
  targetGroupIds?: string[] | null;
}

/**
 * Only the fields given change; `policyAreaIds` and `targetGroupIds`, when given, replace the lists. The ministry
 * does not change; status and currentPhase may not be null; endsOn is checked against the stored startsOn.
 */
@InputType()
export class UpdateConsultationInput extends UpdateInputOf(CreateConsultationInput, ['ministry', 'status', 'currentPhase', 'endsOn']) {
  @Field(() => ConsultationStatus, { nullable: true })
  @Rules(OptionalButNotNull(), IsEnum(ConsultationStatus))
  status?: ConsultationStatus;

  @Field(() => PreparationPhase, { nullable: true })
  @Rules(OptionalButNotNull(), IsEnum(PreparationPhase))
  currentPhase?: PreparationPhase;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;
}

/** `search` matches title and description case- and accent-insensitively; an unknown id or code matches nothing. */
@InputType()
export class ConsultationFilter {
  @Field(() => String, { nullable: true })
  @Rules(...searchRules())
  search?: string | null;

  @Field(() => String, { nullable: true })
  @NormaliseMinistry()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  ministry?: string | null;

  @Field(() => [ConsultationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ConsultationStatus, { each: true })
  status?: ConsultationStatus[] | null;

  @Field(() => [ID], { nullable: true })
  @Rules(...idListRules())
  policyAreaIds?: string[] | null;

  @Field(() => [PreparationPhase], { nullable: true, description: 'Consultations whose current phase is one of these; an empty list matches none.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(PreparationPhase, { each: true })
  phases?: PreparationPhase[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Consultations starting on this day or later (startsOn; undated ones left out).' })
  @IsOptional()
  startsFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Consultations starting on this day or earlier (startsOn; undated ones left out).' })
  @IsOptional()
  @IsNotBefore('startsFrom')
  startsTo?: string | null;
}

/** What the consultations list can be ordered by. */
export enum ConsultationOrderField {
  TITLE = 'TITLE',
  STARTS_ON = 'STARTS_ON',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}

registerEnumType(ConsultationOrderField, {
  name: 'ConsultationOrderField',
  description: 'What the consultations list is ordered by (ties by id).',
  valuesMap: {
    TITLE: { description: 'The title, case-insensitively.' },
    STARTS_ON: { description: 'The start date (startsOn); consultations without one come after the dated ones in ASC, before them in DESC.' },
    CREATED: { description: 'When the record was created (createdAt).' },
    UPDATED: { description: 'When the record was last changed (updatedAt).' },
  },
});

export const ConsultationOrder = ListOrderInput(ConsultationOrderField, 'Consultation', 'An order of the consultations list.');
export type ConsultationOrder = ListOrder<ConsultationOrderField>;

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @Field(() => ConsultationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationFilter)
  filter?: ConsultationFilter | null;

  @OrderByArgument(ConsultationOrder, 'By title (TITLE ASC) when left out.')
  orderBy?: ConsultationOrder | null;
}
