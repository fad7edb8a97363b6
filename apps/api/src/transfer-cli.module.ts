import { type DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule, type DatabaseTarget } from '@sidos/database';
import { TransferModule } from '@sidos/transfer';
import { ENTITIES } from './entities.js';

/** What `npm run import` and `npm run export` need: the database and the transfer services; no HTTP, no GraphQL. */
@Module({})
export class TransferCliModule {
  static forRoot(database: DatabaseTarget): DynamicModule {
    return {
      module: TransferCliModule,
      imports: [
        DatabaseModule.forRoot({
          url: database.url,
          poolMax: database.poolMax,
          sessionOptions: database.sessionOptions,
          // The primary only, as before DATABASE_READ_URLS: a CLI reads what it then writes or reports, never a lagging copy.
          readUrls: [],
          entities: ENTITIES,
        }),
        TransferModule,
      ],
    };
  }
}
