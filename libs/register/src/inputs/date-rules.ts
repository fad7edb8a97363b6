import { registerDecorator, ValidationOptions } from 'class-validator';

/** Five minutes of clock skew between the client and the server are forgiven. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function IsNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must not be in the future', ...options },
      validator: { validate: (value: unknown) => !(value instanceof Date) || value.getTime() <= Date.now() + CLOCK_SKEW_MS },
    });
}

/** For ISO calendar dates ("YYYY-MM-DD" strings compare in date order): not before the sibling field. */
export function IsNotBefore(sibling: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [sibling],
      options: { message: `must not be before ${sibling}`, ...options },
      validator: {
        validate: (value: unknown, args) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[sibling];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}
