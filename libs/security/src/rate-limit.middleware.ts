import { Inject, Injectable, Logger, type NestMiddleware, type OnApplicationShutdown } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken, TokenVerifier, verifyRequest } from '@sidos/auth';
import { APP_CONFIG, type AppConfig } from '@sidos/config';
import { MemoryRateLimitStore, type RateLimitStore, RedisRateLimitStore } from './rate-limit.store.js';

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * Limits requests per client address and per token subject in fixed windows: over a limit the answer
 * is HTTP 429 with Retry-After, before any work. A store that cannot be reached lets requests through
 * (the API keeps serving) and logs it.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly store: RateLimitStore;
  private readonly windowMs: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verifier: TokenVerifier,
  ) {
    this.windowMs = config.rateLimit.windowSeconds * 1000;
    this.store = config.rateLimit.redisUrl ? new RedisRateLimitStore(config.rateLimit.redisUrl) : new MemoryRateLimitStore();
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const { perIp, perSubject } = this.config.rateLimit;
    try {
      const checks: Array<{ key: string; limit: number }> = [];
      if (perIp > 0) checks.push({ key: `ip:${request.ip ?? 'unknown'}`, limit: perIp });
      if (perSubject > 0) {
        const subject = await this.subjectOf(request);
        if (subject !== undefined) checks.push({ key: `sub:${subject}`, limit: perSubject });
      }
      for (const check of checks) {
        const { count, resetInMs } = await this.store.hit(check.key, this.windowMs);
        if (count > check.limit) {
          const retryAfter = Math.max(1, Math.ceil(resetInMs / 1000));
          response
            .status(429)
            .setHeader('retry-after', String(retryAfter))
            .json({ errors: [{ message: `Too many requests: try again in ${retryAfter} s`, extensions: { code: RATE_LIMITED, retryAfter } }] });
          return;
        }
      }
    } catch {
      this.logger.warn('Rate-limit store unavailable: request let through');
    }
    next();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }

  /**
   * The verified token subject; an invalid token counts by address only (the guard refuses it later).
   * The guard reuses this verification of the request's token instead of verifying it again.
   */
  private async subjectOf(request: Request): Promise<string | undefined> {
    if (bearerToken(request as never) === undefined) return undefined;
    try {
      return (await verifyRequest(request as never, this.verifier)).id;
    } catch {
      return undefined;
    }
  }
}
