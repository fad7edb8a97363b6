import { MikroORM } from '@mikro-orm/postgresql';
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@sidos/common';
import { ShutdownState } from './shutdown-state.js';

const HEALTH_TIMEOUT_MS = 2_000;

/** `GET /health`: public; 200 while the database answers, 503 otherwise or while shutting down. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) response: Response): Promise<{ status: string; database: string }> {
    const databaseUp = await this.pingDatabase();
    if (!databaseUp || this.shutdown.draining) response.status(503);
    const status = this.shutdown.draining ? 'draining' : databaseUp ? 'ok' : 'unavailable';
    return { status, database: databaseUp ? 'up' : 'down' };
  }

  private async pingDatabase(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
    });
    const ping = this.orm.em
      .getConnection()
      .execute('select 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
