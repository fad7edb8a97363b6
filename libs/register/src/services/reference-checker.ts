import { ErasedRecordError, FieldErrors, isUuid } from '@sidos/common';
import { type ReferencedTable, type ReferenceRepository } from '../repositories/reference.repository.js';

/**
 * Checks the ids an input refers to (policy areas, organisations, contacts) in one statement per
 * table, and records each unknown or malformed one as a field error at `path.N`. A reference to an erased
 * contact is refused (refuseErasedContacts): every change that names a contact goes through here. The query
 * is ReferenceRepository's (on its injected EntityManager: the request's transaction).
 */
export function checkReferences(
  references: ReferenceRepository,
  errors: FieldErrors,
  table: ReferencedTable,
  paths: { path: string; id: string }[],
): Promise<void> {
  return checkReferencesIn(references, errors, [{ table, references: paths }]);
}

/** As checkReferences, for references to several tables at once: one statement for all of them. */
export async function checkReferencesIn(
  references: ReferenceRepository,
  errors: FieldErrors,
  tables: { table: ReferencedTable; references: { path: string; id: string }[] }[],
): Promise<void> {
  const rows = await references.existing(
    tables.map(({ table, references: paths }) => ({ table, ids: [...new Set(paths.map((reference) => reference.id).filter(isUuid))] })),
  );
  refuseErasedContacts(rows.filter((row) => row.table === 'contact'));
  const found = new Set(rows.map((row) => `${row.table}:${row.id}`));
  for (const { table, references: paths } of tables) {
    for (const reference of paths) {
      if (!found.has(`${table}:${reference.id.toLowerCase()}`))
        errors.add(reference.path, `names no ${table.replace('_', ' ')} (unknown id ${JSON.stringify(reference.id)})`);
    }
  }
}

/** `ids` as references at `path.0`, `path.1`, … */
export function indexedReferences(path: string, ids: readonly string[] | null | undefined): { path: string; id: string }[] {
  return (ids ?? []).map((id, index) => ({ path: `${path}.${index}`, id }));
}

/**
 * The one check that an erased contact is not edited back to life (GDPR Art. 17): a change to a contact, or
 * one that names it (affiliations, group memberships, engagement records, and whatever refers to contacts
 * later through checkReferences), is refused with ErasedRecordError (CONFLICT) before anything is written.
 */
export function refuseErasedContacts(contacts: readonly { id: string; erased: boolean }[]): void {
  const erased = contacts.find((contact) => contact.erased);
  if (erased) throw new ErasedRecordError('Contact', erased.id);
}
