import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@sidos/audit';
import { DatabaseModule } from '@sidos/database';
import { PracticeModule } from '@sidos/practice';
import { ENTITIES } from './entities.js';

/** What `npm run report` needs: the database and the practice services; no HTTP, no GraphQL. */
@Module({})
export class ReportCliModule {
  static forRoot(database: { url: string; poolMax: number }): DynamicModule {
    return {
      module: ReportCliModule,
      imports: [DatabaseModule.forRoot({ url: database.url, poolMax: database.poolMax, entities: ENTITIES }), AuditModule, PracticeModule],
    };
  }
}
