import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { RequestContext } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { Role, signDevelopmentToken } from '@sidos/auth';
import { type AppConfig, loadConfig } from '@sidos/config';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_JWT_SECRET = 'sidos-test-secret-that-is-long-enough-0123456789';

/**
 * JSON read without a type: what a test asked a GraphQL document for (or a log line), read field by field.
 * The tests' one `any`: typing every document with codegen from schema.graphql is the test-tier work of issue 11.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UntypedJson = Record<string, any>;

export interface GraphQLResponse<T = UntypedJson> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { path: string; message: string }[] } }[];
}

export interface TokenClaims {
  sub?: string;
  roles?: Array<Role | string>;
  ministry?: string;
}

/** The whole API on a fresh database, as `npm start` wires it, for service and end-to-end tests. */
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
        imports: [AppModule.forRoot({ config, database: { url: appUrl, poolMax: database.poolMax }, logStream })],
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

  /** POST /graphql; `as` is a role list (a token is signed for it) or null for no token. */
  async graphql<T = UntypedJson>(query: string, variables: Record<string, unknown> = {}, as: TokenClaims | null = {}): Promise<GraphQLResponse<T>> {
    const call = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });
    if (as !== null) call.set('authorization', `Bearer ${await this.token(as)}`);
    const response = await call;
    return { status: response.status, ...(response.body as object) };
  }

  /** Like graphql(), but fails the test on any error. */
  async ok<T = UntypedJson>(query: string, variables: Record<string, unknown> = {}, as: TokenClaims = {}): Promise<T> {
    const response = await this.graphql<T>(query, variables, as);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  http() {
    return request(this.app.getHttpServer());
  }
}
