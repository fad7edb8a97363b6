import { Field, type FieldMiddleware, type FieldOptions, type MiddlewareContext, type ReturnTypeFunc } from '@nestjs/graphql';
import { effectiveRoles, Role } from './role.enum.js';
import { type Viewer } from './viewer.type.js';

/** What the schema says of every personal-data field. */
export const PERSONAL_DATA_NOTE = 'Personal data: for EDITOR and ADMIN; null for a VIEWER.';

/**
 * Whether the caller may read personal data beyond a name (contact details, consent, memberships of
 * special-category groups): EDITOR and ADMIN (data minimisation, GDPR Art. 5(1)(c)); not a VIEWER, nor a
 * caller without a token.
 */
export function mayReadPersonalData(viewer: unknown): boolean {
  const roles = (viewer as Viewer | undefined)?.roles;
  return Array.isArray(roles) && effectiveRoles(roles).has(Role.EDITOR);
}

/** The caller of a GraphQL request, from its context (set by AuthGuard on the HTTP request). */
export function viewerOfContext(context: unknown): Viewer | undefined {
  return (context as { req?: { viewer?: Viewer } } | undefined)?.req?.viewer;
}

/** Field middleware: the field's value for EDITOR and ADMIN, null for anyone else (its resolver is not even run). */
export const personalDataMiddleware: FieldMiddleware = (context: MiddlewareContext, next) =>
  mayReadPersonalData(viewerOfContext(context.context)) ? next() : null;

/**
 * `@Field` for a field that holds personal data: read by EDITOR and ADMIN, null for a VIEWER, with the
 * schema description saying so. The field is nullable (a VIEWER gets null). Use it in place of `@Field`:
 *
 *     @PersonalData(() => String, { description: 'Work email' })
 *     email: string | null = null;
 *
 * It works on plain properties and on `@ResolveField` alike (there, pass the same middleware:
 * `@ResolveField(() => String, { nullable: true, middleware: [personalDataMiddleware] })`).
 */
export function PersonalData(type: ReturnTypeFunc, options: Omit<FieldOptions, 'nullable'> = {}): PropertyDecorator & MethodDecorator {
  const description = options.description ? `${options.description} ${PERSONAL_DATA_NOTE}` : PERSONAL_DATA_NOTE;
  return Field(type, { ...options, description, nullable: true, middleware: [...(options.middleware ?? []), personalDataMiddleware] });
}
