import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, getNullableType, type GraphQLFieldResolver, GraphQLError, type GraphQLSchema, isListType, isObjectType } from 'graphql';
import { QUERY_TOO_COMPLEX } from './query-limits.js';

/**
 * How many list items one response may still build. The cost estimate is checked before execution;
 * this is the hard cap checked while executing, whatever the estimate said: every list a field
 * resolves adds its length; the list that takes the response past `max` fails (one error), every list
 * after it answers empty without running its resolver (no database work, no objects), and
 * responseBudgetPlugin turns the answer into that one QUERY_TOO_COMPLEX error.
 */
export class ResponseBudget {
  private built = 0;

  constructor(readonly max: number) {}

  get exceeded(): boolean {
    return this.built > this.max;
  }

  /** Counts a resolved list's items: the list that spends the budget fails, any list after it is emptied. */
  count<T>(value: T): T | never[] {
    if (this.exceeded) return [];
    if (Array.isArray(value)) this.built += value.length;
    if (this.exceeded) throw this.error();
    return value;
  }

  error(): GraphQLError {
    return new GraphQLError(`The answer would hold more than ${this.max} objects: ask for fewer (\`first\`) or with less nesting`, {
      extensions: { code: QUERY_TOO_COMPLEX, limit: { name: 'objects', max: this.max, actual: this.built }, http: { status: 400 } },
    });
  }
}

/** A GraphQL context that carries a ResponseBudget. */
export interface BudgetedContext {
  budget?: ResponseBudget;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Wraps the resolver of every list field (resolver functions and the default property read alike) so
 * that what it answers is counted against the request's ResponseBudget. Introspection types are left alone.
 */
export function countListItems(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, BudgetedContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: BudgetedContext, info) => {
        const budget = context?.budget;
        if (!budget) return resolve(source, args, context, info);
        if (budget.exceeded) return [];
        const result: unknown = resolve(source, args, context, info);
        return isPromiseLike(result) ? Promise.resolve(result).then((value) => budget.count(value)) : budget.count(result);
      };
    }
  }
  return schema;
}

/**
 * Apollo plugin: a request whose ResponseBudget ran out answers one QUERY_TOO_COMPLEX error (HTTP 400)
 * instead of the partial data and the errors of every field that stopped.
 */
export function responseBudgetPlugin(): ApolloServerPlugin<BudgetedContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          const budget = contextValue.budget;
          if (!budget?.exceeded || response.body.kind !== 'single') return Promise.resolve();
          const error = budget.error();
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: QUERY_TOO_COMPLEX, limit: error.extensions.limit } }] };
          response.http.status = 400;
          return Promise.resolve();
        },
      });
    },
  };
}
