import { type CustomDecorator, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'sidos:isPublic';

/**
 * No bearer token needed (e.g. the health check). Plain metadata, here in common so that a feature (the
 * database module's /health) can declare it without depending on the auth module that reads it.
 */
export function Public(): CustomDecorator<string> {
  return SetMetadata(IS_PUBLIC_KEY, true);
}
