import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DomainError } from '@sidos/common';
import { ConfigError, loadConfig } from '@sidos/config';
import { parseReportCommand, REPORT_USAGE, runReportCommand } from '@sidos/practice';
import { prepareDatabase } from './database-setup.js';
import { ReportCliModule } from './report-cli.module.js';

/** `npm run report -- …`: reports from the register, without HTTP. */
async function report(): Promise<number> {
  const command = parseReportCommand(process.argv.slice(2));
  if ('problem' in command) {
    process.stderr.write(`${command.problem}\n\n${REPORT_USAGE}\n`);
    return 2;
  }
  const database = await prepareDatabase(loadConfig(process.env));
  const context = await NestFactory.createApplicationContext(ReportCliModule.forRoot(database), { logger: ['error', 'warn'] });
  try {
    return await runReportCommand(context, command, { out: process.stdout, error: process.stderr });
  } finally {
    await context.close();
    await database.embedded?.stop();
  }
}

report().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DomainError;
    console.error(known ? (error as Error).message : `The report failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
