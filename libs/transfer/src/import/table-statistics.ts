import { EntityManager } from '@mikro-orm/postgresql';
import { type ImportBatchRepository } from '../repositories/import-batch.repository.js';

/** Imports that write at least this many records refresh the planner's statistics of the tables they wrote. */
export const ANALYZE_AFTER_RECORDS = 1000;

/**
 * After a bulk write the planner's statistics are stale until autovacuum gets round to them, and plans
 * made from them can be slower by orders of magnitude (a keyset export of 100,000 fresh contacts took
 * 30 s instead of 2). ANALYZE in the import's transaction counts its own rows and commits with it.
 */
export async function refreshStatistics(batches: ImportBatchRepository, em: EntityManager, tables: readonly string[], writtenRecords: number): Promise<void> {
  if (writtenRecords < ANALYZE_AFTER_RECORDS) return;
  await batches.analyze(em, tables);
}
