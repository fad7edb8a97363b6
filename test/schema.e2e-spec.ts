import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, type GraphQLSchema, lexicographicSortSchema, Lexer, printSchema, Source, TokenKind } from 'graphql';
import { contractDescriptions } from '@sidos/common';
import { TestApp } from './support/test-app.js';

const ROOT = join(import.meta.dirname, '..');
const COMMITTED_SCHEMA = join(ROOT, 'schema.graphql');
/** The contract is the two files together: the practice file only adds types and extends core ones. */
const CONTRACT_FILES = ['sidos-core.graphql', 'sidos-practice.graphql'];

function readContract(folder: string): string {
  return CONTRACT_FILES.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
}

/**
 * Parts of the contract that later issues build. Each entry is the description graphql-js gives of a
 * breaking change; the list only shrinks, and the test fails when an entry no longer applies.
 */
export const PENDING_CONTRACT_CHANGES: string[] = [];

describe('served schema', () => {
  let app: TestApp;
  let served: string;

  beforeAll(async () => {
    app = await TestApp.start();
    served = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
    if (process.env.SIDOS_WRITE_SCHEMA === '1') writeFileSync(COMMITTED_SCHEMA, served);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('matches the committed schema.graphql (run `npm run schema:print` after changing the API)', () => {
    expect(served).toBe(readFileSync(COMMITTED_SCHEMA, 'utf8'));
  });

  it('keeps everything in the API contract (findBreakingChanges(contract, served) is empty)', () => {
    const contract = buildSchema(readContract(join(ROOT, 'contract')));
    const changes = findBreakingChanges(contract, buildSchema(served)).map((change) => `${change.type}: ${change.description}`);
    expect(changes.filter((change) => !PENDING_CONTRACT_CHANGES.includes(change))).toEqual([]);
    expect(PENDING_CONTRACT_CHANGES.filter((pending) => !changes.includes(pending))).toEqual([]);
  });

  it('describes every type, field, argument and enum value as the contract comments on it', () => {
    const schema: GraphQLSchema = app.get(GraphQLSchemaHost).schema;
    const { byCoordinate, schema: schemaComments } = contractDescriptions(CONTRACT_FILES.map((file) => readFileSync(join(ROOT, 'contract', file), 'utf8')));
    expect(byCoordinate.size).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const [coordinate, description] of byCoordinate) {
      const [typeName, member] = coordinate.split('.');
      const type = schema.getType(typeName) as {
        description?: string | null;
        getFields?: () => Record<string, { description?: string | null }>;
        getValue?: (name: string) => { description?: string | null } | undefined;
      };
      const element = member === undefined ? type : (type?.getFields?.()[member.replace(/\(.*$/, '')] ?? type?.getValue?.(member));
      if (!element?.description?.startsWith(description)) missing.push(coordinate);
    }
    expect(missing).toEqual([]);
    expect(schema.description).toBe(schemaComments.join('\n\n'));
  });

  it('keeps every comment line of the contract in the served schema', () => {
    const missing: string[] = [];
    for (const file of CONTRACT_FILES) {
      const lexer = new Lexer(new Source(readFileSync(join(ROOT, 'contract', file), 'utf8')));
      for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
        for (let comment = token.prev; comment && comment.kind === TokenKind.COMMENT; comment = comment.prev) {
          const text = (comment.value ?? '').trim();
          if (text !== '' && !served.includes(text)) missing.push(`${file}:${comment.line} ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps its contract copy equal to the shared contract, where the shared folder is present', () => {
    const sharedFolder = join(ROOT, '..', 'shared', 'contract');
    if (!existsSync(sharedFolder)) return; // outside the workplace there is no shared folder: the copy is the contract
    for (const file of CONTRACT_FILES)
      expect([file, readFileSync(join(ROOT, 'contract', file), 'utf8')]).toEqual([file, readFileSync(join(sharedFolder, file), 'utf8')]);
  });
});
