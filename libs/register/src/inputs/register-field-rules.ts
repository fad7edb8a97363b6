import { IsArray, IsEmail, IsEnum, IsOptional, IsString, IsUrl, MaxLength, ArrayMaxSize } from 'class-validator';
import {
  HTTP_URL_OPTIONS,
  idListRules,
  IsBusinessId,
  LONG_TEXT_MAX_LENGTH,
  NormaliseBusinessId,
  optionalNameRules,
  requiredNameRules,
  SHORT_TEXT_MAX_LENGTH,
  TrimToNull,
} from '@sidos/common';
import { Language, OrganisationType } from '../enums/register.enums.js';

/** Validation shared by the register's create and update inputs: the decorators of each kind of field, in one place. */
export const registerFieldRules = {
  requiredName: () => requiredNameRules(),
  optionalName: () => optionalNameRules(),
  businessId: () => [NormaliseBusinessId(), IsOptional(), IsBusinessId()],
  type: () => [IsEnum(OrganisationType)],
  languages: () => [IsOptional(), IsArray(), ArrayMaxSize(10), IsEnum(Language, { each: true })],
  municipality: () => [TrimToNull(), IsOptional(), IsString(), MaxLength(SHORT_TEXT_MAX_LENGTH)],
  website: () => [TrimToNull(), IsOptional(), IsUrl(HTTP_URL_OPTIONS, { message: 'must be an http(s) URL' }), MaxLength(2000)],
  email: () => [TrimToNull(), IsOptional(), IsEmail({}, { message: 'must be an email address' }), MaxLength(SHORT_TEXT_MAX_LENGTH)],
  notes: () => [TrimToNull(), IsOptional(), IsString(), MaxLength(LONG_TEXT_MAX_LENGTH)],
  ids: idListRules,
};

export { Rules } from '@sidos/common';
