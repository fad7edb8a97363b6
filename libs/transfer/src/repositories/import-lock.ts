import { EntityManager } from '@mikro-orm/postgresql';
import { ImportReport } from '../import/import-report.js';
import { ImportResult } from '../import/import-result.type.js';

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

/**
 * The flow every register import follows: a dry run plans against what is stored and writes nothing;
 * a real run plans again under the import lock and writes, in one transaction, only when no row has an error.
 */
export async function runRegisterImport<Plan>(
  em: EntityManager,
  report: ImportReport,
  dryRun: boolean,
  plan: (em: EntityManager) => Promise<Plan>,
  write: (em: EntityManager, plan: Plan) => Promise<void>,
): Promise<ImportResult> {
  if (dryRun) {
    await plan(em);
    return report.result(true, false);
  }
  return em.transactional(async (transaction) => {
    await lockRegisterImports(transaction);
    const planned = await plan(transaction);
    if (report.hasErrors) return report.result(false, false);
    await write(transaction, planned);
    return report.result(false, true);
  });
}
