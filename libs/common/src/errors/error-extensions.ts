import { type FieldError } from './domain.error.js';
import { type ErrorCode } from './error-code.js';

/**
 * The `extensions` of every error the API answers (documented in the README for clients):
 * - `code`: one of the contract's codes, or graphql-js's own for a document that cannot run
 *   (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, QUERY_TOO_COMPLEX, ...);
 * - `fields` with BAD_USER_INPUT: every invalid input field, `path` relative to the operation's input
 *   ("businessId", "records.2.kind"), an invalid value in the document or in the variables included;
 *   with CONFLICT for a unique value: the field that gave it;
 * - `currentVersion` with CONFLICT for a stale version: the record's version now;
 * - `existingId` with CONFLICT for a unique value: the record that already holds it;
 * - `limit` with QUERY_TOO_COMPLEX: the limit that the document went over.
 */
export interface ErrorExtensions {
  code:
    | `${ErrorCode}`
    | 'GRAPHQL_PARSE_FAILED'
    | 'GRAPHQL_VALIDATION_FAILED'
    | 'QUERY_TOO_COMPLEX'
    | 'BAD_REQUEST'
    | 'OPERATION_RESOLUTION_FAILURE'
    | (string & {});
  fields?: FieldError[];
  currentVersion?: number;
  existingId?: string;
  limit?: { name: string; max: number; actual: number };
}
