import { EntityManager } from '@mikro-orm/postgresql';
import { ErasedRecordError, FieldErrors, isUuid } from '@sidos/common';

type ReferencedTable = 'policy_area' | 'organisation' | 'contact' | 'stakeholder_group';

/**
 * Checks the ids an input refers to (policy areas, organisations, contacts) in one statement per
 * table, and records each unknown or malformed one as a field error at `path.N`. A reference to an erased
 * contact is refused (refuseErasedContacts): every change that names a contact goes through here.
 */
export function checkReferences(em: EntityManager, errors: FieldErrors, table: ReferencedTable, references: { path: string; id: string }[]): Promise<void> {
  return checkReferencesIn(em, errors, [{ table, references }]);
}

/** As checkReferences, for references to several tables at once: one statement for all of them. */
export async function checkReferencesIn(
  em: EntityManager,
  errors: FieldErrors,
  tables: { table: ReferencedTable; references: { path: string; id: string }[] }[],
): Promise<void> {
  const lookups = tables
    .map(({ table, references }) => ({ table, ids: [...new Set(references.map((reference) => reference.id).filter(isUuid))] }))
    .filter((lookup) => lookup.ids.length > 0);
  const found = new Set<string>();
  if (lookups.length > 0) {
    const rows = await em.execute<{ table: string; id: string; erased: boolean }[]>(
      lookups
        .map(
          ({ table, ids }) =>
            `select '${table}' as "table", "id", ${table === 'contact' ? '"erased"' : 'false'} as "erased" from "${table}" where "id" in (${ids.map(() => '?').join(', ')})`,
        )
        .join(' union all '),
      lookups.flatMap((lookup) => lookup.ids),
    );
    for (const row of rows) found.add(`${row.table}:${row.id}`);
    refuseErasedContacts(rows.filter((row) => row.table === 'contact'));
  }
  for (const { table, references } of tables) {
    for (const reference of references) {
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
