import { EntityClass, EntityDictionary } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { buildKeysetPage, Connection, KeysetPageQuery, toConnection } from '@sidos/common';

/** Runs a keyset page (two statements: the page and its total) and maps the rows to managed entities. */
export async function fetchKeysetPage<T extends object>(em: EntityManager, entity: EntityClass<T>, pageQuery: KeysetPageQuery): Promise<Connection<T>> {
  const query = buildKeysetPage(pageQuery);
  const [rows, [{ count }]] = await Promise.all([
    em.execute<Record<string, unknown>[]>(query.page.sql, query.page.params),
    em.execute<{ count: number }[]>(query.count.sql, query.count.params),
  ]);
  const cursors = new Map<T, string>();
  const entities = rows.map((row) => {
    const mapped = em.map(entity, row as EntityDictionary<T>);
    cursors.set(mapped, query.cursorOf(row));
    return mapped;
  });
  return toConnection(entities, pageQuery.first, count, (mapped) => cursors.get(mapped)!, Boolean(pageQuery.after));
}
