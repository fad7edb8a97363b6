const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in Sidos are UUIDs; anything else names no record. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
