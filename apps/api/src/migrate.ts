import 'reflect-metadata';
import { ConfigError, loadConfig } from '@sidos/config';
import { prepareDatabase } from './database-setup.js';

/** `npm run migrate`: applies pending migrations, whatever MIGRATE_ON_START says, and exits. */
async function migrate(): Promise<void> {
  const config = { ...loadConfig(process.env), migrateOnStart: true };
  const database = await prepareDatabase(config);
  await database.embedded?.stop();
  const applied = database.appliedMigrations;
  process.stdout.write(
    applied.length > 0 ? `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}\n` : 'The database is up to date.\n',
  );
}

migrate().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
