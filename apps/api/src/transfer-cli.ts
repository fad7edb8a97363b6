import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@sidos/config';
import { parseTransferCommand, runTransferCommand, TRANSFER_USAGE } from '@sidos/transfer';
import { prepareDatabase } from './database-setup.js';
import { TransferCliModule } from './transfer-cli.module.js';

/** `npm run import -- …` and `npm run export -- …`: CSV files in and out of the register, without HTTP. */
async function transfer(): Promise<number> {
  const command = parseTransferCommand(process.argv.slice(2));
  if ('problem' in command) {
    process.stderr.write(`${command.problem}\n\n${TRANSFER_USAGE}\n`);
    return 2;
  }
  const database = await prepareDatabase(loadConfig(process.env));
  const context = await NestFactory.createApplicationContext(TransferCliModule.forRoot(database), { logger: ['error', 'warn'] });
  try {
    return await runTransferCommand(context, command, { out: process.stdout, error: process.stderr });
  } finally {
    await context.close();
    await database.embedded?.stop();
  }
}

transfer().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : `The ${process.argv[2] ?? 'transfer'} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
