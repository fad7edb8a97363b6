import { EntityManager } from '@mikro-orm/postgresql';

/** The advisory lock key of register imports ("SIDO" in ASCII). */
const REGISTER_IMPORT_LOCK = 0x5349444f;

/**
 * One register import at a time, across API instances and the CLI: a transaction-level advisory lock,
 * released at commit or rollback. An import plans against what is stored after the lock is taken, so
 * concurrent imports of overlapping files store each record once, and their counts and audit events are exact.
 */
export async function lockRegisterImports(em: EntityManager): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(?)', [REGISTER_IMPORT_LOCK]);
}
