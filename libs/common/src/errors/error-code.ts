/** The error vocabulary of the API contract (`extensions.code`). */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}
