import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { type INestApplicationContext } from '@nestjs/common';
import { Language } from '@sidos/register';
import { FeedbackLetterService } from '../services/feedback-letter.service.js';

export const REPORT_USAGE = `Usage:
  npm run report -- feedback-letters <consultationId> [--lang fi|sv|en] [--out <folder>]

feedback-letters writes, for each organisation heard in the consultation (a PARTICIPATED or SUBMITTED
record), a Markdown letter listing the themes it raised with the ministry's response ("you said, we did"),
in Finnish (the default), Swedish or English: to standard output, one after another, or with --out one
file per organisation (<folder>/<nn>-<organisation id>.md).
The database is DATABASE_URL, or the embedded default's data folder (stop \`npm start\` first).`;

export interface ReportCommand {
  report: 'feedback-letters';
  consultationId: string;
  language: Language;
  out: string | null;
}

const LANGUAGES: Record<string, Language> = { fi: Language.FI, sv: Language.SV, en: Language.EN };

/** The command of `npm run report -- …`, or the reason it is not one. */
export function parseReportCommand(args: readonly string[]): ReportCommand | { problem: string } {
  const [report, consultationId, ...rest] = args;
  if (report !== 'feedback-letters') return { problem: 'Say which report: feedback-letters.' };
  if (!consultationId || consultationId.startsWith('--')) return { problem: 'Name the consultation: its id.' };
  let language = Language.FI;
  let out: string | null = null;
  for (let index = 0; index < rest.length; index += 1) {
    const flag = rest[index];
    const value = rest[index + 1];
    if (flag === '--lang' && value !== undefined && LANGUAGES[value.toLowerCase()]) language = LANGUAGES[value.toLowerCase()];
    else if (flag === '--lang') return { problem: '--lang is fi, sv or en.' };
    else if (flag === '--out' && value !== undefined) out = value;
    else return { problem: `Unknown option ${flag}.` };
    index += 1;
  }
  return { report, consultationId, language, out };
}

/** Runs a report; answers the exit code (0 done, 1 refused). */
export async function runReportCommand(context: INestApplicationContext, command: ReportCommand, output: { out: Writable; error: Writable }): Promise<number> {
  const letters = await RequestContext.create(context.get(MikroORM).em, () =>
    context.get(FeedbackLetterService).letters(null, command.consultationId, command.language),
  );
  if (command.out) {
    await mkdir(command.out, { recursive: true });
    for (const [index, letter] of letters.entries()) {
      await writeFile(join(command.out, `${String(index + 1).padStart(2, '0')}-${letter.organisationId}.md`), letter.text);
    }
    output.out.write(`${letters.length} letter(s) written to ${command.out}\n`);
  } else {
    output.out.write(letters.map((letter) => letter.text).join('\n---\n\n'));
  }
  if (letters.length === 0) output.error.write('No organisation was heard in this consultation: no letters.\n');
  return 0;
}
