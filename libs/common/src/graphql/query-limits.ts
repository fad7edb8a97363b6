import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationTypeNode,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  ValidationContext,
  getVariableValues,
} from 'graphql';

import { DEFAULT_PAGE_SIZE } from '../pagination/page.args.js';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/** Assumed size of a list field without a `first` argument (an organisation's groups, say). */
export const DEFAULT_LIST_SIZE = 10;

function tooComplex(message: string, limit: string, max: number, actual: number, nodes?: readonly FieldNode[] | OperationDefinitionNode): GraphQLError {
  return new GraphQLError(message, {
    nodes: nodes as never,
    extensions: { code: QUERY_TOO_COMPLEX, limit: { name: limit, max, actual }, http: { status: 400 } },
  });
}

/** Depth of the deepest field of an operation, following fragment spreads (cycles are GraphQL's own error). */
export function operationDepth(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? operationDepth(selection.selectionSet, fragments, seen) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, operationDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, operationDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Validation rule: documents deeper than `max` levels are refused before anything executes. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
          .map((fragment) => [fragment.name.value, fragment]),
      );
      const depth = operationDepth(operation.selectionSet, fragments);
      if (depth > max) context.reportError(tooComplex(`The query is ${depth} levels deep; at most ${max} are allowed`, 'depth', max, depth, operation));
    },
  });
}

/** Validation rule: more than `max` aliases in one document are refused. */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) context.reportError(tooComplex(`The document uses ${aliases} aliases; at most ${max} are allowed`, 'aliases', max, aliases));
        },
      },
    };
  };
}

/**
 * The most items a list field without `first` can hold, known from the data ("StakeholderGroup.organisations"
 * is at most the largest group's membership count), or undefined when nothing is known of it.
 */
export type ListBound = (typeName: string, fieldName: string) => number | undefined;

const NO_BOUNDS: ListBound = () => undefined;

/**
 * Cost of an operation: every field costs 1 plus its selections; a list field multiplies what it
 * selects by the `first` the execution will use (its coerced argument: variables and their defaults
 * resolved, else the argument's default); a list without `first` by its bound: an enum list by the
 * enum's size, a relation by the largest fan-out the data holds (`listBound`), never less than
 * DEFAULT_LIST_SIZE. `variables` are the coerced variable values (graphql's getVariableValues).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  listBound: ListBound = NO_BOUNDS,
): number {
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLObjectType, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type && isObjectType(type)) total += costOf(selection.selectionSet, type, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isObjectType(type)) total += costOf(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
      } else {
        if (selection.name.value.startsWith('__')) {
          total += 1;
          continue;
        }
        const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[selection.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        const children = selection.selectionSet && isObjectType(named) ? costOf(selection.selectionSet, named, seen) : 0;
        total += (1 + children) * multiplier(selection, field, parent, variables, listBound);
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

/**
 * The page size the execution will use: the coerced `first` or `last` (variables and their defaults
 * resolved), else the argument's default; a connection asked with neither reads DEFAULT_PAGE_SIZE rows.
 */
function firstOf(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | undefined {
  const argument = field.args.find((candidate) => candidate.name === 'first');
  if (!argument) return undefined;
  try {
    const values = getArgumentValues(field, node, variables);
    const sizes = [values.first, values.last].filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    if (sizes.length > 0) return Math.max(...sizes);
  } catch {
    // An invalid argument fails the execution before any resolver runs; costed by the default.
  }
  return typeof argument.defaultValue === 'number' ? argument.defaultValue : DEFAULT_PAGE_SIZE;
}

function multiplier(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLObjectType,
  variables: Record<string, unknown>,
  listBound: ListBound,
): number {
  const first = firstOf(node, field, variables);
  if (first !== undefined) return Math.max(1, first);
  // A connection's `nodes` and `edges` hold the `first` items its field already counted.
  if (parent.name.endsWith('Connection')) return 1;
  if (!isListType(getNullableType(field.type))) return 1;
  const item = getNamedType(field.type);
  if (isEnumType(item)) return Math.max(1, item.getValues().length);
  return Math.max(DEFAULT_LIST_SIZE, listBound(parent.name, field.name) ?? 0);
}

/**
 * Apollo plugin: refuses an operation whose cost is over `maxCost` once its variables are known and
 * coerced (defaults included), before execution. `listBound` answers the data's list bounds (ListBounds).
 */
export function costLimitPlugin(maxCost: number, listBound: ListBound = NO_BOUNDS): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          // Variables that do not coerce fail the execution before any resolver runs.
          if (!coerced.coerced) return Promise.resolve();
          const fragments = Object.fromEntries(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const cost = operationCost(schema, operation, fragments, coerced.coerced, listBound);
          if (cost > maxCost)
            return Promise.reject(
              tooComplex(
                `The query costs ${cost}; at most ${maxCost} is allowed (list fields count once per item asked for with \`first\`, or per item the data can hold)`,
                'cost',
                maxCost,
                cost,
              ),
            );
          return Promise.resolve();
        },
      });
    },
  };
}
