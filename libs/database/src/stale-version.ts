import { helper, OptimisticLockError } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { StaleVersionError } from '@sidos/common';

/**
 * A refused change for a stale version, as the client sees it: StaleVersionError with the record's version
 * read now, in the transaction that refuses the change (a service's check compares the version it loaded;
 * MikroORM's OptimisticLockError comes from a flush that another transaction's commit overtook, and knows
 * no version at all). Any other error, or a record that no longer exists, is answered as it is.
 */
export async function withCurrentVersion(em: EntityManager, error: unknown): Promise<unknown> {
  const target = staleTarget(error);
  if (!target) return error;
  const meta = [...em.getMetadata().getAll().values()].find((candidate) => candidate.className === target.entityName);
  if (!meta?.versionProperty || meta.primaryKeys.length !== 1) return error;
  const versionColumn = meta.properties[meta.versionProperty].fieldNames[0];
  const idColumn = meta.properties[meta.primaryKeys[0]].fieldNames[0];
  const table = meta.schema ? `${meta.schema}.${meta.tableName}` : meta.tableName;
  const rows = await em.execute<{ version: number }[]>(`select ?? as "version" from ?? where ?? = ?`, [versionColumn, table, idColumn, target.id]);
  if (rows.length === 0) return error;
  return new StaleVersionError(meta.className, target.id, Number(rows[0].version));
}

function staleTarget(error: unknown): { entityName: string; id: string } | null {
  if (error instanceof StaleVersionError) return { entityName: error.entityType, id: error.id };
  if (error instanceof OptimisticLockError && error.entity) {
    const entity = helper(error.entity);
    const id: unknown = entity.getPrimaryKey();
    return typeof id === 'string' ? { entityName: entity.__meta.className, id } : null;
  }
  return null;
}
