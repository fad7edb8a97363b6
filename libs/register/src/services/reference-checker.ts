import { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, isUuid } from '@sidos/common';

/**
 * Checks the ids an input refers to (policy areas, organisations, contacts) in one statement per
 * table, and records each unknown or malformed one as a field error at `path.N`.
 */
export async function checkReferences(
  em: EntityManager,
  errors: FieldErrors,
  table: 'policy_area' | 'organisation' | 'contact' | 'stakeholder_group',
  references: { path: string; id: string }[],
): Promise<void> {
  const wellFormed = [...new Set(references.map((reference) => reference.id).filter(isUuid))];
  const found = new Set<string>();
  if (wellFormed.length > 0) {
    const rows = await em.execute<{ id: string }[]>(`select "id" from "${table}" where "id" in (${wellFormed.map(() => '?').join(', ')})`, wellFormed);
    for (const row of rows) found.add(row.id);
  }
  for (const reference of references) {
    if (!found.has(reference.id.toLowerCase())) errors.add(reference.path, `names no ${table.replace('_', ' ')} (unknown id ${JSON.stringify(reference.id)})`);
  }
}

/** `ids` as references at `path.0`, `path.1`, … */
export function indexedReferences(path: string, ids: readonly string[] | null | undefined): { path: string; id: string }[] {
  return (ids ?? []).map((id, index) => ({ path: `${path}.${index}`, id }));
}
