import { type DynamicModule, Module } from '@nestjs/common';
import { type DatabaseTarget } from '@sidos/database';
import { TransferModule } from '@sidos/transfer';
import { cliDatabaseModule } from './database-setup.js';

/** What `npm run import` and `npm run export` need: the database and the transfer services; no HTTP, no GraphQL. */
@Module({})
export class TransferCliModule {
  static forRoot(database: DatabaseTarget): DynamicModule {
    return {
      module: TransferCliModule,
      imports: [cliDatabaseModule(database), TransferModule],
    };
  }
}
