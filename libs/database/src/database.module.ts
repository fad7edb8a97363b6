import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HealthController } from './health.controller.js';
import { MutationTransactionInterceptor } from './mutation-transaction.interceptor.js';
import { NamedStatementsProbe } from './named-statements.probe.js';
import { ShutdownState } from './shutdown-state.js';
import { createOrmOptions, type DatabaseConnectionOptions } from './orm-options.js';

/** The ORM (one request context per HTTP request, one transaction per GraphQL mutation) and the health check. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseConnectionOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          driver: PostgreSqlDriver,
          useFactory: () => createOrmOptions(options),
        }),
      ],
      controllers: [HealthController],
      providers: [ShutdownState, NamedStatementsProbe, { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor }],
      exports: [ShutdownState],
    };
  }
}
