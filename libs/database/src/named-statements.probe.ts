import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { detectNamedStatements } from './prepared-read.js';

/**
 * At start-up, asks the database once whether executePrepared may name its statements (see
 * detectNamedStatements), before the app takes requests. If the database cannot be reached yet,
 * start-up goes on and statements run unnamed, which is only slower.
 */
@Injectable()
export class NamedStatementsProbe implements OnApplicationBootstrap {
  private readonly logger = new Logger(NamedStatementsProbe.name);

  constructor(private readonly orm: MikroORM) {}

  async onApplicationBootstrap(): Promise<void> {
    await detectNamedStatements(this.orm.em.fork()).catch((error: unknown) =>
      this.logger.warn(`Could not ask the database which server it is; reads run unnamed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}
