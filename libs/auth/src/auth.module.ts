import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { OperationRoles } from './operation-roles.js';
import { TokenVerifier } from './token-verifier.service.js';
import { ViewerResolver } from './viewer.resolver.js';

/** Bearer-token authentication and role checks for every route and resolver; needs the global ConfigModule (APP_CONFIG). */
@Module({
  imports: [DiscoveryModule],
  providers: [TokenVerifier, OperationRoles, ViewerResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier, OperationRoles],
})
export class AuthModule {}
