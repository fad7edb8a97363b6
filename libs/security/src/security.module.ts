import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuthModule } from '@sidos/auth';
import { RateLimitMiddleware } from './rate-limit.middleware.js';

/** HTTP protection that runs before GraphQL: rate limits per address and token subject. */
@Module({ imports: [AuthModule], providers: [RateLimitMiddleware] })
export class SecurityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware).forRoutes('graphql');
  }
}
