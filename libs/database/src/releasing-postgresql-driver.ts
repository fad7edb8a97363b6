import { type Configuration, type ConnectionOptions } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import {
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type TransactionSettings,
  type DatabaseIntrospector,
  type DialectAdapter,
} from 'kysely';
import type { PoolConfig } from 'pg';

/**
 * Kysely (under MikroORM 7) holds a transaction's connection until its COMMIT or ROLLBACK succeeds, and
 * releases it only then. When the database goes away mid-transaction, the ROLLBACK fails too and the
 * connection is never given back: the pool loses a slot for good, and closing it waits forever. This
 * driver gives the connection back when BEGIN or ROLLBACK fails (node-postgres drops a broken client
 * instead of reusing it), then fails as the inner driver did. Everything else is the inner driver's.
 */
export class ReleasingDriver implements Driver {
  constructor(private readonly driver: Driver) {}

  init(): Promise<void> {
    return this.driver.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.driver.acquireConnection();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.releasingOnFailure(connection, () => this.driver.beginTransaction(connection, settings));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    // A failed COMMIT is followed by a ROLLBACK (MikroORM's transactional), which releases the connection.
    return this.driver.commitTransaction(connection);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.releasingOnFailure(connection, () => this.driver.rollbackTransaction(connection));
  }

  savepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    if (!this.driver.savepoint) return Promise.reject(new Error('The database driver has no savepoints'));
    return this.driver.savepoint(connection, savepointName, compileQuery);
  }

  rollbackToSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    if (!this.driver.rollbackToSavepoint) return Promise.reject(new Error('The database driver has no savepoints'));
    return this.driver.rollbackToSavepoint(connection, savepointName, compileQuery);
  }

  releaseSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    if (!this.driver.releaseSavepoint) return Promise.reject(new Error('The database driver has no savepoints'));
    return this.driver.releaseSavepoint(connection, savepointName, compileQuery);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.driver.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }

  private async releasingOnFailure(connection: DatabaseConnection, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      await this.driver.releaseConnection(connection).catch(() => undefined);
      throw error;
    }
  }
}

/** The dialect with its driver wrapped in ReleasingDriver. */
export function releasingDialect(dialect: Dialect): Dialect {
  return {
    createDriver: (): Driver => new ReleasingDriver(dialect.createDriver()),
    createQueryCompiler: (): QueryCompiler => dialect.createQueryCompiler(),
    createAdapter: (): DialectAdapter => dialect.createAdapter(),
    createIntrospector: (db: Kysely<unknown>): DatabaseIntrospector => dialect.createIntrospector(db),
  };
}

/** MikroORM's PostgreSQL connection, its Kysely driver wrapped in ReleasingDriver. */
export class ReleasingPostgreSqlConnection extends PostgreSqlConnection {
  override createKyselyDialect(overrides: PoolConfig): ReturnType<PostgreSqlConnection['createKyselyDialect']> {
    return releasingDialect(super.createKyselyDialect(overrides)) as ReturnType<PostgreSqlConnection['createKyselyDialect']>;
  }
}

/** MikroORM's PostgreSQL driver on ReleasingPostgreSqlConnection, for the primary and every read replica. */
export class ReleasingPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    const writable = this as unknown as { connection: PostgreSqlConnection; replicas: PostgreSqlConnection[] };
    writable.connection = new ReleasingPostgreSqlConnection(this.config);
    writable.replicas = this.createReplicas((options: ConnectionOptions) => new ReleasingPostgreSqlConnection(this.config, options, 'read'));
  }
}
