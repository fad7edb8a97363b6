import { isUtf8 } from 'node:buffer';
import { open, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { userInfo } from 'node:os';
import type { Writable } from 'node:stream';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { type INestApplicationContext } from '@nestjs/common';
import { ContactExportService } from '../contacts/contact-export.service.js';
import { ContactImportService } from '../contacts/contact-import.service.js';
import { type ExportSink } from '../export/csv-export.js';
import { ImportResult } from '../import/import-result.type.js';
import { OrganisationExportService } from '../organisations/organisation-export.service.js';
import { OrganisationImportService } from '../organisations/organisation-import.service.js';

export const TRANSFER_USAGE = `Usage:
  npm run import -- organisations|contacts <file.csv> [--commit]
  npm run export -- organisations|contacts [<file.csv>]

An import without --commit is a dry run: it checks every row against the register, tells what it would
create, update and skip, lists every error with its line, and writes nothing. With --commit it writes
every row in one transaction, or nothing when any row has an error. Files are UTF-8 (Excel: "CSV UTF-8"),
separated by ";" or ",".
An export writes the same columns (";", UTF-8 with a byte order mark) to the file, or to standard output
when no file is named (then use \`npm run --silent export -- …\`, so that npm's own lines stay out of it).
The database is DATABASE_URL, or the embedded default's data folder (stop \`npm start\` first).`;

export type TransferKind = 'organisations' | 'contacts';

export type TransferCommand =
  { action: 'import'; kind: TransferKind; file: string; commit: boolean } | { action: 'export'; kind: TransferKind; file: string | null };

/** Where a command reports: `out` for results, `error` for problems (and for an export's summary when the CSV goes to standard output). */
export interface CommandOutput {
  out: Writable;
  error: Writable;
}

const KINDS = new Set<string>(['organisations', 'contacts']);

/** The command of `npm run import|export -- …`, or the reason it is not one. */
export function parseTransferCommand(args: readonly string[]): TransferCommand | { problem: string } {
  const [action, kind, ...rest] = args;
  if (action !== 'import' && action !== 'export') return { problem: 'Say import or export.' };
  if (kind === undefined || !KINDS.has(kind)) return { problem: `Say what to ${action}: organisations or contacts.` };
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const paths = rest.filter((arg) => !arg.startsWith('--'));
  const allowedFlags = action === 'import' ? ['--commit', '--dry-run'] : [];
  const unknown = flags.filter((flag) => !allowedFlags.includes(flag));
  if (unknown.length > 0) return { problem: `Unknown option ${unknown.join(', ')}.` };
  if (paths.length > 1) return { problem: `One file only (got ${paths.join(', ')}).` };
  if (action === 'export') return { action, kind: kind as TransferKind, file: paths[0] ?? null };
  if (paths.length === 0) return { problem: 'Name the file to import.' };
  if (flags.includes('--commit') && flags.includes('--dry-run')) return { problem: 'Either --commit or --dry-run, not both.' };
  return { action, kind: kind as TransferKind, file: paths[0], commit: flags.includes('--commit') };
}

/** The actor of the CLI's audit events: the operating-system user who ran it. */
export function cliActor(): { id: string } {
  return { id: `cli:${userInfo().username}` };
}

/**
 * Runs an import or export with the app's services in an application context (no HTTP), in its own ORM
 * context. Answers the exit code: 0 done, 1 refused (row errors, a file that is not UTF-8).
 */
export async function runTransferCommand(context: INestApplicationContext, command: TransferCommand, output: CommandOutput): Promise<number> {
  const orm = context.get(MikroORM);
  return RequestContext.create(orm.em, () => (command.action === 'import' ? runImport(context, command, output) : runExport(context, command, output)));
}

async function runImport(context: INestApplicationContext, command: Extract<TransferCommand, { action: 'import' }>, output: CommandOutput): Promise<number> {
  const bytes = await readFile(command.file);
  if (!isUtf8(bytes)) {
    output.error.write(`${command.file} is not UTF-8 text: save it as "CSV UTF-8" (Excel) or convert it, then try again.\n`);
    return 1;
  }
  const csv = bytes.toString('utf8');
  const started = performance.now();
  const service = command.kind === 'organisations' ? context.get(OrganisationImportService) : context.get(ContactImportService);
  const result = await service.import(cliActor(), csv, !command.commit);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  output.out.write(`${describeImport(command.file, result)} (${seconds} s)\n`);
  for (const error of result.errors) output.out.write(`  line ${error.line}${error.field ? `, ${error.field}` : ''}: ${error.message}\n`);
  if (result.errorsLeftOut > 0) output.out.write(`  … and ${result.errorsLeftOut} more error(s), not listed\n`);
  return result.errors.length > 0 ? 1 : 0;
}

function describeImport(file: string, result: ImportResult): string {
  const errorCount = result.errors.length + result.errorsLeftOut;
  const counts = `${result.created} created, ${result.updated} updated, ${result.skipped} skipped (unchanged), ${errorCount} error(s)`;
  if (result.dryRun)
    return `Dry run of ${file}: ${result.rows} row(s) would be: ${counts}. Nothing was written${result.errors.length === 0 ? '; add --commit to import' : ''}.`;
  if (result.committed) return `Imported ${file}: ${result.rows} row(s): ${counts}.`;
  return `Nothing was imported from ${file}: ${result.rows} row(s), ${errorCount} error(s); fix them and run again.`;
}

async function runExport(context: INestApplicationContext, command: Extract<TransferCommand, { action: 'export' }>, output: CommandOutput): Promise<number> {
  // Opened first, so that a path that cannot be written fails before the export starts.
  const target: Writable = command.file ? (await open(command.file, 'w')).createWriteStream({ encoding: 'utf8' }) : output.out;
  const sink: ExportSink = async (chunk) => {
    if (!target.write(chunk)) await once(target, 'drain');
  };
  const started = performance.now();
  const count =
    command.kind === 'organisations' ? await context.get(OrganisationExportService).exportTo(sink) : await context.get(ContactExportService).exportTo(sink);
  if (command.file) {
    target.end();
    await once(target, 'finish');
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  (command.file ? output.out : output.error).write(`Exported ${count} ${command.kind}${command.file ? ` to ${command.file}` : ''} (${seconds} s)\n`);
  return 0;
}
