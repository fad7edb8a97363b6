import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * The layout rule "every SQL and ORM query of a feature lives in its repository
 * (libs/<feature>/src/repositories/*.repository.ts); services keep rules, ownership, audit and
 * orchestration": no `*.service.ts` under libs/ contains SQL text or runs statements itself, and neither
 * does any other source file outside the repositories (loaders, import writers, resolvers, helpers),
 * except the data-access layer itself (DATA_ACCESS_LAYER) and the entities' DDL (check constraints, indexes).
 */

const LIBS = join(import.meta.dirname, '..', '..');

/**
 * Files not converted yet, each with who converts it. The list only shrinks: an entry whose file
 * passes fails this test too, so that it is removed with the conversion.
 */
const NOT_YET_CONVERTED: Record<string, string> = {};

/**
 * Where SQL text and statement calls belong besides the repositories (folders and files under libs/), each
 * with why: the layer the repositories are built on.
 */
const DATA_ACCESS_LAYER: Record<string, string> = {
  'database/src/': 'the ORM, connections, read routing, keyset paging and row mapping the repositories run on',
  'common/src/database/': 'SQL fragments the repositories compose (search, id lists)',
  'common/src/time/finnish-date.ts': 'the SQL fragment of a period covering a Finnish date (currentPeriodSql)',
};

/** A file in a `repositories/` folder, or in an `entities/` folder (the DDL the migrations mirror), or in the data-access layer. */
function isDataAccessFile(name: string): boolean {
  return (
    /(^|\/)repositories\//.test(name) ||
    /(^|\/)entities\//.test(name) ||
    Object.keys(DATA_ACCESS_LAYER).some((place) => (place.endsWith('/') ? name.startsWith(place) : name === place))
  );
}

/** SQL statements as the code base writes them (lower case keywords, quoted identifiers). */
const SQL_TEXT = [
  /\bselect\b[\s\S]*?\bfrom\s+("|\(|[a-z_]+\s+[a-z]{1,3}\b)/,
  /\binsert\s+into\b/,
  /\bdelete\s+from\b/,
  /\bupdate\s+"/,
  /\bset\s+local\b/,
  /\bfor\s+(no\s+key\s+)?update\b/,
  /\banalyze\s+("|\$\{)/,
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
  /\bexecuteSql\b/,
  /\bexecuteInBatches\b/,
  /\bselectWhereIn\b/,
];

/** The TypeScript sources under a folder (specs left out). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The string literals of a source file (comments left out). */
function stringLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [...code.matchAll(/`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g)].map((match) => match[0]);
}

/** What is wrong with a file outside the repositories: the SQL text and statement calls found in it. */
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
  const files = sourceFiles(LIBS)
    .map((path) => relative(LIBS, path).split(sep).join('/'))
    .filter((name) => !isDataAccessFile(name))
    .map((name) => ({ name, problems: dataAccessIn(readFileSync(join(LIBS, name), 'utf8')) }));

  it('finds the services, loaders and import writers, and leaves out the repositories', () => {
    const names = files.map((file) => file.name);
    expect(names).toContain('register/src/services/organisation.service.ts');
    expect(names).toContain('register/src/loaders/register.loaders.ts');
    expect(names).toContain('transfer/src/contacts/contact-import.writer.ts');
    expect(names).toContain('transfer/src/import/table-statistics.ts');
    expect(names).not.toContain('register/src/repositories/organisation.repository.ts');
    expect(names).not.toContain('register/src/entities/membership.entities.ts');
    expect(names).not.toContain('database/src/keyset-page.ts');
  });

  it('no file outside the repositories contains SQL text or runs statements itself, except those not converted yet', () => {
    const offending = files.filter((file) => file.problems.length > 0 && !(file.name in NOT_YET_CONVERTED));
    expect(offending).toEqual([]);
  });

  it('lists only files that are still to be converted (the list shrinks)', () => {
    const converted = Object.keys(NOT_YET_CONVERTED).filter((name) => !files.some((file) => file.name === name && file.problems.length > 0));
    expect(converted).toEqual([]);
  });

  it('recognises SQL text and statement calls, and not prose', () => {
    expect(dataAccessIn('const rows = await this.em.execute(`select * from "contact" where "id" = ?`, [id]);')).toHaveLength(2);
    expect(dataAccessIn("await em.execute(`set local work_mem = '64MB'`);")).toHaveLength(2);
    expect(dataAccessIn('return fetchKeysetPage(this.em, Contact, query);')).toEqual(['calls \\bfetchKeysetPage\\b']);
    expect(dataAccessIn('await executeSql(em, `analyze ${tables}`, []);')).toHaveLength(2);
    expect(dataAccessIn('await executeInBatches(em, LINK_POLICY_AREAS, links);')).toEqual(['calls \\bexecuteInBatches\\b']);
    expect(dataAccessIn("// select the rows from the list\nconst message = 'select one from the list';")).toEqual([]);
    expect(dataAccessIn('return this.organisations.list(filter, first, after);')).toEqual([]);
  });
});
