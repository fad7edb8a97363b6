import { EntityManager } from '@mikro-orm/postgresql';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { withCurrentVersion } from './stale-version.js';

/** True for a root field of a mutation operation (its nested fields run inside the root's transaction). */
export function isRootMutationField(info: Pick<GraphQLResolveInfo, 'operation' | 'path'>): boolean {
  return info.operation.operation === OperationTypeNode.MUTATION && info.path.prev === undefined;
}

/**
 * One transaction per mutation, declared once for all of them (registered as APP_INTERCEPTOR): every root
 * field of a GraphQL mutation runs its resolver, and all that its service does, in one database
 * transaction that commits when the resolver has answered and rolls back as a whole when anything fails,
 * up to the last flush. Services keep using the injected EntityManager: inside the transaction it is the
 * transaction's (MikroORM's transaction context); an `em.transactional` of their own becomes a savepoint.
 * A stale version (StaleVersionError, or MikroORM's OptimisticLockError at a flush) is answered with the
 * record's current version, read in the transaction before it rolls back.
 */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(private readonly em: EntityManager) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    if (!isRootMutationField(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>())) return next.handle();
    // next.handle() binds the resolver to the async context it is called in: call it inside the transaction.
    // A stale version is answered with the record's current version, read before the transaction ends.
    return from(
      this.em.transactional(async (em) => {
        try {
          return await lastValueFrom<unknown, undefined>(next.handle(), { defaultValue: undefined });
        } catch (error) {
          throw await withCurrentVersion(em, error);
        }
      }),
    );
  }
}
