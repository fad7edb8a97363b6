import { type EntityClass, type EntityDictionary, ReferenceKind } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { buildKeysetPage, type Connection, type KeysetPageQuery, toConnection } from '@sidos/common';

/**
 * Runs a keyset page (on a read replica when there are any: lists are queries) and maps the rows to entities. Orders by an indexed key take two statements
 * (the page, which reads the index in order and stops, and the total); orders by a relevance computed
 * per row sort the whole filtered set anyway, so one statement returns the page with the total (and a
 * second asks for the total only when the page is empty).
 */
export async function fetchKeysetPage<T extends object>(em: EntityManager, entity: EntityClass<T>, pageQuery: KeysetPageQuery): Promise<Connection<T>> {
  const query = buildKeysetPage(pageQuery);
  let rows: Record<string, unknown>[];
  let count: number;
  if (query.sortsWholeSet) {
    rows = await executeRead<Record<string, unknown>[]>(em, query.pageWithCount.sql, query.pageWithCount.params);
    count = rows.length > 0 ? (rows[0].page_total_count as number) : (await executeRead<{ count: number }[]>(em, query.count.sql, query.count.params))[0].count;
  } else {
    const [page, [total]] = await Promise.all([
      executeRead<Record<string, unknown>[]>(em, query.page.sql, query.page.params),
      executeRead<{ count: number }[]>(em, query.count.sql, query.count.params),
    ]);
    rows = page;
    count = total.count;
  }
  const cursors = new Map<T, string>();
  const entities = rows.map((row) => {
    const mapped = mapForRead(em, entity, row);
    cursors.set(mapped, query.cursorOf(row));
    return mapped;
  });
  return toConnection(entities, pageQuery.first, count, (mapped) => cursors.get(mapped)!, Boolean(pageQuery.after));
}

/**
 * Maps a raw row (column names as keys) to an entity for reading, as `em.map` does (the same hydration
 * and types), but without merging it into the unit of work: no change-tracking snapshot is taken, which
 * is most of the cost of `em.map` when a request reads hundreds of rows. Use it for what a query
 * resolves and never flushes; an entity already in the identity map is reused and refreshed.
 */
export function mapForRead<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get<T>(entity);
  const data = em.getDriver().mapResult(row as EntityDictionary<T>, meta) as EntityDictionary<T>;
  return em.getEntityFactory().create<T>(entity, data, { merge: false, refresh: true, convertCustomTypes: true, initialized: true, newEntity: false });
}

/**
 * A raw row as the plain object that GraphQL fields read, typed as the entity: scalar properties under
 * their property names (timestamps as Dates, as the ORM hydrates them), many-to-one references as
 * `{ id }`. No ORM bookkeeping at all: for the long nested lists of a read (affiliations, the groups or
 * policy areas of each organisation) whose field resolvers only read scalars and reference ids.
 */
export function plainForRead<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, prefix = ''): T {
  const result: Record<string, unknown> = {};
  for (const { name, column, kind } of readablePropertiesOf(em, entity)) {
    const value = row[`${prefix}${column}`];
    if (kind === 'reference') result[name] = value === null || value === undefined ? null : { id: value };
    else if (kind === 'date') result[name] = value === null || value === undefined ? null : new Date(value as string);
    else result[name] = value;
  }
  return result as T;
}

const readableProperties = new Map<string, { name: string; column: string; kind: 'reference' | 'date' | 'value' }[]>();

/** The columns the ORM loads for an entity (lazy ones such as `search_text` left out), with their property names. */
export function readablePropertiesOf(em: EntityManager, entity: EntityClass<object>): { name: string; column: string; kind: 'reference' | 'date' | 'value' }[] {
  let properties = readableProperties.get(entity.name);
  if (!properties) {
    properties = em
      .getMetadata()
      .get<object>(entity)
      .props.filter(
        (property) =>
          (property.kind === ReferenceKind.SCALAR ||
            property.kind === ReferenceKind.MANY_TO_ONE ||
            (property.kind === ReferenceKind.ONE_TO_ONE && property.owner)) &&
          !property.lazy &&
          property.persist !== false &&
          !property.formula &&
          property.fieldNames?.length === 1,
      )
      .map((property) => ({
        name: property.name,
        column: property.fieldNames[0],
        kind: property.kind === ReferenceKind.SCALAR ? (property.runtimeType === 'Date' ? ('date' as const) : ('value' as const)) : ('reference' as const),
      }));
    readableProperties.set(entity.name, properties);
  }
  return properties;
}

/**
 * Runs a read-only statement of a query on a read replica when DATABASE_READ_URLS names any (MikroORM
 * picks one; without replicas its "read" connection is the primary), and on the request's own connection
 * inside a transaction. For the bulky reads of list and coverage queries only: what a mutation reads
 * (its entities, the fields of its result) stays on the primary, which alone has its writes.
 */
export function executeRead<T extends Record<string, unknown>[]>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T> {
  if (em.isInTransaction()) return em.execute<T>(sql, [...params]);
  // As em.execute does, driver errors become the ORM's exceptions (a lost connection is a
  // ConnectionException, which the API answers as SERVICE_UNAVAILABLE).
  return em
    .getConnection('read')
    .execute<T>(sql, [...params], 'all')
    .catch((error: unknown) => {
      throw em.getDriver().convertException(error as Error);
    });
}
