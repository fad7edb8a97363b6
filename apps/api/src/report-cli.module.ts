import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@sidos/audit';
import { type DatabaseTarget } from '@sidos/database';
import { PracticeModule } from '@sidos/practice';
import { cliDatabaseModule } from './database-setup.js';

/** What `npm run report` needs: the database and the practice services; no HTTP, no GraphQL. */
@Module({})
export class ReportCliModule {
  static forRoot(database: DatabaseTarget): DynamicModule {
    return {
      module: ReportCliModule,
      imports: [cliDatabaseModule(database), AuditModule, PracticeModule],
    };
  }
}
