import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where a repository method's reads run, declared by the method (not decided by a helper):
 * - `replica`: a read-only question (a list page, coverage) that may be answered by a read replica when
 *   DATABASE_READ_URLS names any (MikroORM picks one; without replicas its "read" connection is the
 *   primary). Inside a transaction it still runs on the transaction's own connection.
 * - `primary`: read-your-writes (what a mutation reads, the fields of its result, a check before a
 *   write): on the primary, which alone has the writes, in the request's transaction when there is one.
 */
export interface ReadRoute {
  on: 'replica' | 'primary';
}

/** A read-only question: a replica may answer it. */
export const ON_REPLICA: ReadRoute = { on: 'replica' };
/** Read-your-writes: the primary answers it. */
export const ON_PRIMARY: ReadRoute = { on: 'primary' };

/** Runs a read-only statement where `route` says (see ReadRoute). */
export function executeOn<T extends Record<string, unknown>[]>(em: EntityManager, route: ReadRoute, sql: string, params: readonly unknown[]): Promise<T> {
  if (route.on === 'primary' || em.isInTransaction()) return em.execute<T>(sql, [...params]);
  // As em.execute does, driver errors become the ORM's exceptions (a lost connection is a
  // ConnectionException, which the API answers as SERVICE_UNAVAILABLE).
  return em
    .getConnection('read')
    .execute<T>(sql, [...params], 'all')
    .catch((error: unknown) => {
      throw em.getDriver().convertException(error as Error);
    });
}

/**
 * executeOn(em, ON_REPLICA, …): a read-only statement of a query, on a read replica when there are any.
 * For the bulky reads of list and coverage queries only: what a mutation reads stays on the primary.
 */
export function executeRead<T extends Record<string, unknown>[]>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T> {
  return executeOn<T>(em, ON_REPLICA, sql, params);
}
