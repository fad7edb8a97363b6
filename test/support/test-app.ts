import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { RequestContext } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { Role, signDevelopmentToken } from '@sidos/auth';
import { type AppConfig, loadConfig } from '@sidos/config';
import { observeQueries } from '@sidos/database';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_JWT_SECRET = 'sidos-test-secret-that-is-long-enough-0123456789';

/**
 * JSON read without a type: the answer to a document that codegen cannot type (graphqlText(), okText()), or a
 * log line, read field by field. The tests' one `any`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UntypedJson = Record<string, any>;

export interface GraphQLResponse<T = UntypedJson> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { path: string; message: string }[] } }[];
}

/**
 * The variables of a typed document, then `as`: the variables may be left out when the document declares
 * none that is required.
 */
type TypedArguments<Variables, As> = Record<string, never> extends Variables ? [variables?: Variables, as?: As] : [variables: Variables, as?: As];

export interface TokenClaims {
  sub?: string;
  roles?: Array<Role | string>;
  ministry?: string;
}

/**
 * The whole API on a fresh database, as `npm start` wires it, for end-to-end tests (service tests use TestServices).
 *
 * A test's GraphQL document is typed by codegen from schema.graphql:
 *
 *     import { graphql } from './graphql/generated/index.js';
 *     const RENAME = graphql(`mutation OrganisationRename($id: ID!, $version: Int!, $name: String) { … }`);
 *     const data = await app.ok(RENAME, { id, version, name: 'Uusi ry' }); // data.updateOrganisation: what RENAME asks for
 *
 * - the operation name is unique in test/ (codegen names the files that clash): start it with the file's subject;
 * - every value that changes is a variable: codegen reads static documents only (no `${…}` in them);
 * - `npm run codegen` (or `npm run codegen:test`) after adding or changing one: until then graphql() answers
 *   `unknown` and the call does not compile; test/codegen-drift.e2e-spec.ts fails on a stale generated folder;
 * - a variable's value of the wrong type, sent on purpose: `wrongType(value)`;
 * - a document that cannot be typed (invalid on purpose, built at run time, another client's): graphqlText(), okText().
 */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly database: TestDatabase,
    readonly config: AppConfig,
  ) {}

  /**
   * `options.connectThrough` lets the app reach the database another way (a proxy that a fault test
   * cuts); migrations and the test's own checks still use the database directly. `options.serverUrl`
   * creates the database on another server than DATABASE_URL's (one the test started itself).
   */
  static async start(
    environment: Record<string, string> = {},
    logStream?: DestinationStream,
    options: { connectThrough?: (url: string) => Promise<string>; serverUrl?: string } = {},
  ): Promise<TestApp> {
    const database = await createTestDatabase({ migrated: true, serverUrl: options.serverUrl });
    try {
      const appUrl = options.connectThrough ? await options.connectThrough(database.url) : database.url;
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: appUrl, ...environment });
      const moduleRef = await Test.createTestingModule({
        imports: [
          AppModule.forRoot({
            config,
            database: { url: appUrl, readUrls: config.databaseReadUrls, poolMax: database.poolMax, sessionOptions: config.databaseSessionOptions },
            logStream,
          }),
        ],
      }).compile();
      const app = moduleRef.createNestApplication({ bufferLogs: true });
      configureApp(app, config);
      await app.init();
      return new TestApp(app, database, config);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }

  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.app.get(type as never);
  }

  /** A forked EntityManager of the app's own connection pool. */
  em(): EntityManager {
    return this.app.get(MikroORM).em.fork();
  }

  /** Listens on a loopback port; answers the GraphQL URL. */
  async listen(): Promise<string> {
    await this.app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(this.app.getHttpServer().address() as { port: number }).port}/graphql`;
  }

  /** Runs service calls in their own ORM request context, as one HTTP request would. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return RequestContext.create(this.app.get(MikroORM).em, work);
  }

  /** Rows of a plain SQL query, for checking what the database holds. */
  sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.em().execute<T[]>(query, params);
  }

  token(claims: TokenClaims = {}): Promise<string> {
    return signDevelopmentToken(TEST_JWT_SECRET, {
      sub: claims.sub ?? 'test-user',
      roles: (claims.roles ?? [Role.ADMIN]) as Role[],
      ministry: claims.ministry ?? 'TEM',
    });
  }

  /**
   * POST /graphql with a typed document: `graphql(\`query Name(…) { … }\`)` from `./graphql/generated/index.js`,
   * typed by `npm run codegen` from schema.graphql (test/codegen.ts). The variables are checked against the
   * document's, and the answer's data has the type of what the document asks for. `as` is a role list (a
   * token is signed for it) or null for no token.
   */
  graphql<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...rest: TypedArguments<Variables, TokenClaims | null>
  ): Promise<GraphQLResponse<Result>>;
  graphql(document: TypedDocumentNode, variables: object = {}, as: TokenClaims | null = {}): Promise<GraphQLResponse<unknown>> {
    return this.post(print(document), variables, as);
  }

  /** Like graphql(), but fails the test on any error and answers the data. */
  ok<Result, Variables>(document: TypedDocumentNode<Result, Variables>, ...rest: TypedArguments<Variables, TokenClaims>): Promise<Result>;
  async ok(document: TypedDocumentNode, variables: object = {}, as: TokenClaims = {}): Promise<unknown> {
    const response = await this.post(print(document), variables, as);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  /**
   * ok() of a typed document as an ADMIN, counting the SQL statements the request ran (every pool of the
   * process: see observeQueries): what the statement-count tests compare between a small and a large register.
   */
  async countStatements<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
  ): Promise<{ statements: number; sql: string[]; data: Result }> {
    const sql: string[] = [];
    const stop = observeQueries((statement) => sql.push(statement));
    try {
      const data = (await this.post(print(document), variables as object, {})).data as Result;
      return { statements: sql.length, sql, data };
    } finally {
      stop();
    }
  }

  /**
   * POST /graphql with a document as text, its answer untyped: ONLY for a document that codegen cannot type
   * because it is deliberately invalid (validation errors, unknown fields, injection attempts), built at run
   * time (fuzzing, depth, alias and token limits), or another client's, tested as that client sends it (the
   * benchmark's scenarios in test/support/scale/, which bench/ sends as text). Every other document is a
   * typed one (graphql()).
   */
  graphqlText(query: string, variables: Record<string, unknown> = {}, as: TokenClaims | null = {}): Promise<GraphQLResponse<UntypedJson>> {
    return this.post(query, variables, as);
  }

  /** Like graphqlText(), but fails the test on any error and answers the data (typed as its owner declares it, if at all). */
  async okText<T = UntypedJson>(query: string, variables: Record<string, unknown> = {}, as: TokenClaims = {}): Promise<T> {
    const response = await this.post(query, variables, as);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  private async post(query: string, variables: object, as: TokenClaims | null): Promise<GraphQLResponse<UntypedJson>> {
    const call = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });
    if (as !== null) call.set('authorization', `Bearer ${await this.token(as)}`);
    const response = await call;
    return { status: response.status, ...(response.body as object) };
  }

  http() {
    return request(this.app.getHttpServer());
  }
}

/**
 * A variable's value of a type that the document's variables do not allow, sent on purpose to show that the
 * API refuses it too (an unknown enum value, null for a required field, a number for a string):
 * `{ input: { name: 'Yhdistys', type: wrongType('CLUB') } }`. Only the value given is left unchecked.
 */
export function wrongType(value: unknown): never {
  return value as never;
}
