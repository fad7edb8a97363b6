import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, IsNotBefore, IsNotInFuture, optionalNameRules, SHORT_TEXT_MAX_LENGTH, TrimToNull, UpdateInputOf } from '@sidos/common';
import { Language, LawfulBasis } from '../enums/register.enums.js';
import { registerFieldRules as rules, Rules } from './register-field-rules.js';

const PHONE = /^\+?[0-9][0-9 ()-]{4,29}$/;

@InputType()
export class AffiliationInput {
  @Field(() => ID)
  @IsString()
  organisationId: string;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  role?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  since?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsNotBefore('since', { message: 'must not be before since' })
  until?: string | null;
}

const contactRules = {
  phone: () => [
    TrimToNull(),
    IsOptional(),
    IsString(),
    Matches(PHONE, { message: 'must be a phone number of digits, spaces, hyphens and brackets, optionally starting with +' }),
  ],
  title: () => optionalNameRules(SHORT_TEXT_MAX_LENGTH),
  lawfulBasis: () => [IsEnum(LawfulBasis)],
  consentAt: () => [IsDate(), IsNotInFuture()],
  affiliations: () => [IsOptional(), IsArray(), ArrayMaxSize(50), ValidateNested({ each: true }), Type(() => AffiliationInput)],
};

@InputType()
export class CreateContactInput {
  @Field()
  @Rules(...rules.requiredName())
  firstName: string;

  @Field()
  @Rules(...rules.requiredName())
  lastName: string;

  @Field(() => String, { nullable: true })
  @Rules(...rules.email())
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...contactRules.phone())
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Rules(...contactRules.title())
  title?: string | null;

  @Field(() => [Language], { nullable: true })
  @Rules(...rules.languages())
  languages?: Language[] | null;

  @Field(() => LawfulBasis)
  @Rules(...contactRules.lawfulBasis())
  lawfulBasis: LawfulBasis;

  /** Required when lawfulBasis is CONSENT. */
  @Field(() => DateTimeScalar, { nullable: true })
  @ValidateIf((input: CreateContactInput) => input.lawfulBasis === LawfulBasis.CONSENT || (input.consentAt !== undefined && input.consentAt !== null))
  @IsNotEmpty({ message: 'is required when lawfulBasis is CONSENT' })
  @Rules(...contactRules.consentAt())
  consentAt?: Date | null;

  @Field(() => [AffiliationInput], { nullable: true })
  @Rules(...contactRules.affiliations())
  affiliations?: AffiliationInput[] | null;
}

/**
 * Only the fields given change; `affiliations`, when given, replaces the contact's affiliations. consentAt has
 * its own rule: whether a consent needs one is decided against the stored lawful basis.
 */
@InputType()
export class UpdateContactInput extends UpdateInputOf(CreateContactInput, ['consentAt']) {
  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @Rules(...contactRules.consentAt())
  consentAt?: Date | null;
}
