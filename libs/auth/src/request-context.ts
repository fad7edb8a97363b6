import { type ExecutionContext } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Viewer } from './viewer.type.js';

/** The part of an HTTP request that authentication reads and writes. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The verified caller, set by AuthGuard. */
  viewer?: Viewer;
}

/** The HTTP request behind an HTTP handler or a GraphQL resolver; undefined for anything else. */
export function requestFromContext(context: ExecutionContext): AuthenticatedRequest | undefined {
  if (context.getType() === 'http') return context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (context.getType<GqlContextType>() === 'graphql') {
    const graphqlContext = GqlExecutionContext.create(context).getContext<{ req?: AuthenticatedRequest }>();
    return graphqlContext?.req;
  }
  return undefined;
}
