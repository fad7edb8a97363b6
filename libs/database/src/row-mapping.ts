import { type EntityClass, type EntityDictionary, ReferenceKind } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';

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
 * policy areas of each organisation) whose field resolvers only read scalars and reference ids. A column the
 * row does not hold (a read of some properties only, propertiesForFields) leaves its property out.
 */
export function plainForRead<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, prefix = ''): T {
  const result: Record<string, unknown> = {};
  for (const { name, key, kind } of prefixedPropertiesOf(em, entity, prefix)) {
    if (!(key in row)) continue;
    const value = row[key];
    if (kind === 'reference') result[name] = value === null || value === undefined ? null : { id: value };
    else if (kind === 'date') result[name] = value === null || value === undefined ? null : new Date(value as string);
    else result[name] = value;
  }
  return result as T;
}

interface PrefixedProperty {
  name: string;
  key: string;
  kind: 'reference' | 'date' | 'value';
}

const prefixedProperties = new Map<string, Map<string, PrefixedProperty[]>>();

/** readablePropertiesOf with each column's key in a row of `prefix`, worked out once per entity and prefix (plainForRead runs per row). */
function prefixedPropertiesOf(em: EntityManager, entity: EntityClass<object>, prefix: string): PrefixedProperty[] {
  let byPrefix = prefixedProperties.get(entity.name);
  if (!byPrefix) {
    byPrefix = new Map<string, PrefixedProperty[]>();
    prefixedProperties.set(entity.name, byPrefix);
  }
  let properties = byPrefix.get(prefix);
  if (!properties) {
    properties = readablePropertiesOf(em, entity).map(({ name, column, kind }) => ({ name, key: `${prefix}${column}`, kind }));
    byPrefix.set(prefix, properties);
  }
  return properties;
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
 * `alias."column", …` of the columns the ORM reads of `entity` (readablePropertiesOf), each renamed
 * `"<prefix><column>"` when a prefix is given (to read two entities from one row, as plainForRead's prefix does).
 */
export function selectColumnsOf(
  em: EntityManager,
  entity: EntityClass<object>,
  alias: string,
  prefix = '',
  properties: ReadonlySet<string> | null = null,
): string {
  return readablePropertiesOf(em, entity)
    .filter(({ name }) => !properties || properties.has(name))
    .map(({ column }) => `${alias}."${column}"${prefix ? ` as "${prefix}${column}"` : ''}`)
    .join(', ');
}

/**
 * The properties of `entity` to read for objects of which a request asks the GraphQL fields `asked`
 * (fieldsAskedOfType): the properties asked by name, the id and every reference (the field resolvers'
 * keys). Null — read them all — when a field asked is neither a property nor one of `fieldsReadingKeysOnly`,
 * the fields whose resolvers read nothing of the object but its id and references.
 */
export function propertiesForFields(
  em: EntityManager,
  entity: EntityClass<object>,
  asked: ReadonlySet<string>,
  fieldsReadingKeysOnly: readonly string[],
): ReadonlySet<string> | null {
  const properties = readablePropertiesOf(em, entity);
  const names = new Set(properties.map((property) => property.name));
  for (const field of asked) if (!field.startsWith('__') && !names.has(field) && !fieldsReadingKeysOnly.includes(field)) return null;
  return new Set(properties.filter(({ name, kind }) => kind === 'reference' || name === 'id' || asked.has(name)).map(({ name }) => name));
}
