import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ShutdownState } from './shutdown-state';
import { createOrmOptions, DatabaseConnectionOptions } from './orm-options';

/** The ORM (one request context per HTTP request) and the health check. */
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
      providers: [ShutdownState],
      exports: [ShutdownState],
    };
  }
}
