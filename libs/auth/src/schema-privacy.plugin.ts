import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode, UnauthenticatedError } from '@sidos/common';
import { bearerToken } from './auth.guard.js';
import { type AuthenticatedRequest } from './request-context.js';
import { TokenVerifier } from './token-verifier.service.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** True when the operation asks for the schema (`__schema` or `__type` at its root). */
export function isIntrospection(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, seen);
      const fragment = fragments[selection.name.value];
      return fragment !== undefined && !seen.has(fragment.name.value) && visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
    });
  return visit(operation.selectionSet, new Set());
}

const UNAUTHENTICATED_MESSAGE = 'Authentication required: send a valid bearer token';

/** GraphQL's suggestions appended to a validation message: ` Did you mean "organisations"?` and the like. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Apollo plugin for GRAPHQL_INTROSPECTION=authenticated or false: a caller without a valid token learns
 * nothing of the schema. Introspection needs a valid token (with `authenticated`), and a request that fails
 * before execution (parse, validation, variables, limits: the messages that name fields, types and
 * suggestions) answers one UNAUTHENTICATED error with HTTP 401 instead, as every operation would for such
 * a caller. With introspection off, no caller gets "Did you mean …" suggestions.
 */
export function schemaPrivacyPlugin(verifier: TokenVerifier, introspection: 'off' | 'authenticated'): ApolloServerPlugin<{ req: AuthenticatedRequest }> {
  const hasValidToken = async (request: AuthenticatedRequest): Promise<boolean> => {
    const token = bearerToken(request);
    if (token === undefined) return false;
    try {
      await verifier.verify(token);
      return true;
    } catch {
      return false;
    }
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ document, operation, contextValue }) {
          if (introspection !== 'authenticated' || !operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          if (isIntrospection(operation, fragments) && !(await hasValidToken(contextValue.req))) {
            // Answered with HTTP 401 by willSendResponse below, like any request that fails before execution.
            throw new UnauthenticatedError('Introspection needs a valid bearer token');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          // Failed before execution (no `data`): what the errors say is about the schema, not the data.
          if (!('data' in result) || result.data === undefined) {
            if (!(await hasValidToken(contextValue.req))) {
              response.body.singleResult = { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: ErrorCode.Unauthenticated } }] };
              response.http.status = 401;
              return;
            }
          }
          if (introspection === 'off') {
            result.errors = result.errors.map((error) => ({ ...error, message: error.message.replace(SUGGESTION, '') }));
          }
        },
      });
    },
  };
}
