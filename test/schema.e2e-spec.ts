import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { TestApp } from './support/test-app.js';

const ROOT = join(import.meta.dirname, '..');
const COMMITTED_SCHEMA = join(ROOT, 'schema.graphql');
const CONTRACT_COPY = join(ROOT, 'contract', 'sidos-core.graphql');
const SHARED_CONTRACT = join(ROOT, '..', 'shared', 'contract', 'sidos-core.graphql');

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
    const contract = buildSchema(readFileSync(CONTRACT_COPY, 'utf8'));
    const changes = findBreakingChanges(contract, buildSchema(served)).map((change) => `${change.type}: ${change.description}`);
    expect(changes.filter((change) => !PENDING_CONTRACT_CHANGES.includes(change))).toEqual([]);
    expect(PENDING_CONTRACT_CHANGES.filter((pending) => !changes.includes(pending))).toEqual([]);
  });

  it('keeps its contract copy equal to the shared contract, where the shared folder is present', () => {
    let shared: string;
    try {
      shared = readFileSync(SHARED_CONTRACT, 'utf8');
    } catch {
      return; // outside the workplace there is no shared folder: the copy is the contract
    }
    expect(readFileSync(CONTRACT_COPY, 'utf8')).toBe(shared);
  });
});
