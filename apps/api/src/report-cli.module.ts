import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@sidos/audit';
import { DatabaseModule, type DatabaseTarget } from '@sidos/database';
import { PracticeModule } from '@sidos/practice';
import { ENTITIES } from './entities.js';

/** What `npm run report` needs: the database and the practice services; no HTTP, no GraphQL. */
@Module({})
export class ReportCliModule {
  static forRoot(database: DatabaseTarget): DynamicModule {
    return {
      module: ReportCliModule,
      imports: [
        DatabaseModule.forRoot({
          url: database.url,
          poolMax: database.poolMax,
          sessionOptions: database.sessionOptions,
          // The primary only, as before DATABASE_READ_URLS: a CLI reads what it then writes or reports, never a lagging copy.
          readUrls: [],
          entities: ENTITIES,
        }),
        AuditModule,
        PracticeModule,
      ],
    };
  }
}
