import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { TokenVerifier } from './token-verifier.service.js';
import { ViewerResolver } from './viewer.resolver.js';

/** Bearer-token authentication and role checks for every route and resolver; needs the global ConfigModule (APP_CONFIG). */
@Module({
  providers: [TokenVerifier, ViewerResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
