import { ErrorCode } from './error-code.js';

/** One invalid input field: `path` names it relative to the input (e.g. "businessId", "records.2.kind"). */
export interface FieldError {
  path: string;
  message: string;
}

/** Base of every error the API reports on purpose; the error formatter maps `code` to `extensions.code`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required: send a valid bearer token') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed for this token') {
    super(ErrorCode.Forbidden, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entityType: string, id: string) {
    super(ErrorCode.NotFound, `${entityType} ${JSON.stringify(id)} does not exist`);
  }
}

/** What a CONFLICT says beyond its message (see ErrorExtensions). */
export interface ConflictDetails {
  /** A stale version: the record's version now, read in the transaction that refused the change. */
  currentVersion?: number;
  /** A unique value already held: the id of the record that holds it. */
  existingId?: string;
  /** A unique value already held: the input field that gave it. */
  fields?: FieldError[];
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly details: ConflictDetails = {},
  ) {
    super(ErrorCode.Conflict, message);
  }
}

/** A change sent with a version that is no longer the record's: `currentVersion` is the record's version now. */
export class StaleVersionError extends ConflictError {
  constructor(
    readonly entityType: string,
    readonly id: string,
    currentVersion: number,
  ) {
    super(`${entityType} ${id} was changed by someone else: reload it and try again with its current version`, { currentVersion });
  }
}

/** A unique value (`path` of the input) that another record (`existingId`) already holds. */
export class UniqueValueTakenError extends ConflictError {
  constructor(path: string, message: string, existingId: string) {
    super(`${path}: ${message}`, { existingId, fields: [{ path, message }] });
  }
}

/**
 * A change to a record whose personal data were erased (GDPR Art. 17): an erased contact is not edited back
 * to life. CONFLICT, with the reason in the message; nothing is written.
 */
export class ErasedRecordError extends ConflictError {
  constructor(entityType: string, id: string) {
    super(`${entityType} ${id} is erased: its personal data are gone and it can no longer be changed`);
  }
}

export class BadUserInputError extends DomainError {
  readonly fields: FieldError[];

  constructor(fields: FieldError[], message = 'Invalid input') {
    super(ErrorCode.BadUserInput, `${message}: ${fields.map((field) => `${field.path}: ${field.message}`).join('; ')}`);
    this.fields = fields;
  }
}
