import { type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { RequestContext } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { LoggerModule } from 'nestjs-pino';
import type DataLoader from 'dataloader';
import { Role, type Viewer } from '@sidos/auth';
import { type GraphQLRequestContext } from '@sidos/common';
import { type AppConfig, ConfigModule, loadConfig } from '@sidos/config';
import { DatabaseModule } from '@sidos/database';
import { FEATURE_MODULES } from '../../apps/api/src/app.module.js';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { TEST_JWT_SECRET } from './test-app.js';

/**
 * The service tier without GraphQL and HTTP: the configuration, the database and the feature modules on a
 * fresh clone of the migrated template database, as an application context. Service tests call services
 * directly here; what goes through the API (roles, errors, paths) belongs to the end-to-end tests (TestApp).
 */
export class TestServices {
  private constructor(
    readonly context: INestApplicationContext,
    readonly database: TestDatabase,
    readonly config: AppConfig,
  ) {}

  static async start(environment: Record<string, string> = {}): Promise<TestServices> {
    const database = await createTestDatabase({ migrated: true });
    try {
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: database.url, ...environment });
      const moduleRef = await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(config),
          LoggerModule.forRoot({ pinoHttp: { level: 'silent' } }),
          DatabaseModule.forRoot({
            url: database.url,
            readUrls: config.databaseReadUrls,
            poolMax: database.poolMax,
            sessionOptions: config.databaseSessionOptions,
            entities: ENTITIES,
          }),
          ...FEATURE_MODULES,
        ],
      }).compile();
      const context = await moduleRef.init();
      return new TestServices(context, database, config);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.context.close();
    await this.database.drop();
  }

  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.context.get(type as never);
  }

  /** A forked EntityManager of the context's own connection pool. */
  em(): EntityManager {
    return this.context.get(MikroORM).em.fork();
  }

  /** Runs service calls in their own ORM request context, as one HTTP request would. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return RequestContext.create(this.context.get(MikroORM).em, work);
  }

  /**
   * Runs service calls as one GraphQL mutation runs them: in their own ORM request context and in one
   * transaction that commits or rolls back as a whole (what MutationTransactionInterceptor gives a mutation).
   */
  mutate<T>(work: () => Promise<T>): Promise<T> {
    const em = this.context.get(MikroORM).em;
    return RequestContext.create(em, () => em.transactional(() => work()));
  }

  /**
   * One field of one record, read as its field resolver reads it: through the feature's request-scoped
   * DataLoader, in a request of its own (by `viewer`, an ADMIN of TEM unless given), e.g.
   * `load(RegisterLoaders, (loaders, request) => loaders.groupsOfOrganisation(request), id)`.
   */
  load<L, K, V>(
    loaders: abstract new (...args: never[]) => L,
    loader: (loaders: L, request: GraphQLRequestContext) => DataLoader<K, V>,
    key: K,
    viewer: Viewer = { id: 'test-user', name: null, roles: [Role.ADMIN], ministry: 'TEM' },
  ): Promise<V> {
    const request: GraphQLRequestContext = { req: { headers: {}, viewer }, loaders: new Map() };
    return this.run(() => loader(this.get(loaders), request).load(key));
  }

  /** Rows of a plain SQL query, for checking what the database holds. */
  sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.em().execute<T[]>(query, params);
  }
}
