import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * The layout rule "every SQL and ORM query of a feature lives in its repository
 * (libs/<feature>/src/repositories/*.repository.ts); services keep rules, ownership, audit and
 * orchestration": no `*.service.ts` under libs/ contains SQL text or runs statements itself.
 */

const LIBS = join(import.meta.dirname, '..', '..');

/**
 * Services not converted yet, each with who converts it. The list only shrinks: an entry whose file
 * passes fails this test too, so that it is removed with the conversion.
 */
const NOT_YET_CONVERTED: Record<string, string> = {};

/** SQL statements as the code base writes them (lower case keywords, quoted identifiers). */
const SQL_TEXT = [
  /\bselect\b[\s\S]*?\bfrom\s+("|\(|[a-z_]+\s+[a-z]{1,3}\b)/,
  /\binsert\s+into\b/,
  /\bdelete\s+from\b/,
  /\bupdate\s+"/,
  /\bset\s+local\b/,
  /\bfor\s+(no\s+key\s+)?update\b/,
  /"[a-z_]+"\s*(=|in\b|is\b)/,
];

/** Ways of running statements that belong in a repository. */
const STATEMENT_CALLS = [
  /\bexecute(<[^>]*>)?\(/,
  /\bcreateQueryBuilder\b/,
  /\bgetKysely\b/,
  /\bgetConnection\(/,
  /\bexecuteRead\b/,
  /\bexecuteOn\b/,
  /\bfetchKeysetPage\b/,
];

function serviceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : serviceFiles(path);
    return entry.name.endsWith('.service.ts') ? [path] : [];
  });
}

/** The string literals of a source file (comments left out). */
function stringLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [...code.matchAll(/`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g)].map((match) => match[0]);
}

/** What is wrong with a service file: the SQL text and statement calls found in it. */
export function dataAccessIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const problems: string[] = [];
  for (const literal of stringLiterals(source)) {
    if (SQL_TEXT.some((pattern) => pattern.test(literal))) problems.push(`SQL text ${literal.slice(0, 60).replace(/\s+/g, ' ')}`);
  }
  for (const pattern of STATEMENT_CALLS) {
    if (pattern.test(code)) problems.push(`calls ${pattern.source}`);
  }
  return problems;
}

describe('data access lives in repositories', () => {
  const files = serviceFiles(LIBS).map((path) => ({ name: relative(LIBS, path), problems: dataAccessIn(readFileSync(path, 'utf8')) }));

  it('finds the services', () => {
    expect(files.map((file) => file.name)).toContain('register/src/services/organisation.service.ts');
  });

  it('no service contains SQL text or runs statements itself, except those not converted yet', () => {
    const offending = files.filter((file) => file.problems.length > 0 && !(file.name in NOT_YET_CONVERTED));
    expect(offending).toEqual([]);
  });

  it('lists only services that are still to be converted (the list shrinks)', () => {
    const converted = Object.keys(NOT_YET_CONVERTED).filter((name) => !files.some((file) => file.name === name && file.problems.length > 0));
    expect(converted).toEqual([]);
  });

  it('recognises SQL text and statement calls, and not prose', () => {
    expect(dataAccessIn('const rows = await this.em.execute(`select * from "contact" where "id" = ?`, [id]);')).toHaveLength(2);
    expect(dataAccessIn("await em.execute(`set local work_mem = '64MB'`);")).toHaveLength(2);
    expect(dataAccessIn('return fetchKeysetPage(this.em, Contact, query);')).toEqual(['calls \\bfetchKeysetPage\\b']);
    expect(dataAccessIn("// select the rows from the list\nconst message = 'select one from the list';")).toEqual([]);
    expect(dataAccessIn('return this.organisations.list(filter, first, after);')).toEqual([]);
  });
});
