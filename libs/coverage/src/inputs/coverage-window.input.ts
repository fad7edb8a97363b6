import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, registerDecorator, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar, idListRules, Rules } from '@sidos/common';
import { NormaliseMinistry } from '@sidos/engagement';

/** `to` is not before `from` ("YYYY-MM-DD" strings compare in date order). */
function IsNotBeforeFrom(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBeforeFrom',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must not be before from' },
      validator: {
        validate: (value: unknown, args) => {
          const from = (args?.object as CoverageWindow | undefined)?.from;
          return typeof value !== 'string' || typeof from !== 'string' || value >= from;
        },
      },
    });
}

/** Activities dated from `from` to `to` (both inclusive), of the consultations that match the filters. */
@InputType()
export class CoverageWindow {
  @Field(() => DateScalar, { description: 'Inclusive, on activity dates' })
  @IsString()
  from: string;

  @Field(() => DateScalar, { description: 'Inclusive' })
  @IsString()
  @IsNotBeforeFrom()
  to: string;

  @Field(() => [ID], { nullable: true, description: 'Only consultations with at least one of these policy areas' })
  @Rules(...idListRules())
  policyAreaIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only consultations of this ministry' })
  @NormaliseMinistry()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  ministry?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  hardToReachOnly?: boolean | null;
}

/** The `window` argument of the coverage queries (its errors read "window.to", like "filter.search" of the lists). */
@ArgsType()
export class CoverageWindowArgs {
  @Field(() => CoverageWindow)
  @ValidateNested()
  @Type(() => CoverageWindow)
  window: CoverageWindow;
}
