import { FieldChange } from './audit-event.entity.js';

type Snapshot = Record<string, unknown>;

/** JSON text of a value as the audit trail keeps it: dates as ISO strings, sets sorted. */
export function auditValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value);
}

/** The fields whose value differs between two snapshots, in the order of `fields`. */
export function diffFields(before: Snapshot, after: Snapshot, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = auditValue(before[field]);
    const to = auditValue(after[field]);
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

/** Every field of a new record, from nothing. */
export function createdFields(after: Snapshot, fields: readonly string[]): FieldChange[] {
  return diffFields({}, after, fields);
}

/** A snapshot of some fields of an entity (arrays copied and sorted, so order changes are not changes). */
export function snapshotOf(entity: object, fields: readonly string[]): Snapshot {
  const record = entity as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, normalise(record[field])]));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map(normalise).sort();
  return value;
}

/**
 * An update of the fields an input gives (undefined: left as it is; null: cleared), applied to the entity:
 * returns what changed, as the audit trail records it. The one place where services copy an update input
 * onto an entity field by field; fields that need converting first (sorted sets, derived values) are given
 * converted in `input`.
 */
export function applyFieldChanges<E extends object, F extends keyof E & string>(
  entity: E,
  input: Partial<Record<F, unknown>>,
  fields: readonly F[],
): FieldChange[] {
  const before = snapshotOf(entity, fields);
  const target = entity as Record<string, unknown>;
  for (const field of fields) {
    if (input[field] !== undefined) target[field] = input[field];
  }
  return diffFields(before, snapshotOf(entity, fields), fields);
}
