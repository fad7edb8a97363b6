import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { UnauthenticatedError } from '@sidos/common';
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

/** Apollo plugin for GRAPHQL_INTROSPECTION=authenticated: introspection needs a valid bearer token. */
export function introspectionForAuthenticatedPlugin(verifier: TokenVerifier): ApolloServerPlugin<{ req: AuthenticatedRequest }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ document, operation, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          if (!isIntrospection(operation, fragments)) return;
          const token = bearerToken(contextValue.req);
          if (token === undefined) throw new UnauthenticatedError('Introspection needs a valid bearer token');
          await verifier.verify(token);
        },
      });
    },
  };
}
