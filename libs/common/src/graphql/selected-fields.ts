import {
  type DocumentNode,
  type GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The names of the fields selected on the value of the field being resolved (through inline fragments and
 * fragment spreads), each time without arguments: the relations that a resolver may read together with the
 * record itself. A field also selected with arguments (under another alias) is left out: its loader answers
 * all its selections in one batch anyway. With `paths`, those selected on the values reached through each
 * path of field names instead (a connection's `["nodes"]` and `["edges", "node"]`). `@skip` and `@include`
 * are not looked at, so a name may be one that the answer leaves out (reading it is then wasted work, never
 * a wrong answer).
 */
export function fieldsSelectedWithoutArguments(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  paths: readonly (readonly string[])[] = [[]],
): string[] {
  const names = new Set<string>();
  const withArguments = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined, path: readonly string[], visited: ReadonlySet<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (path.length === 0) {
          (selection.arguments?.length ? withArguments : names).add(selection.name.value);
        } else if (selection.name.value === path[0]) walk(selection.selectionSet, path.slice(1), visited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, path, visited);
      else if (!visited.has(selection.name.value)) walk(info.fragments[selection.name.value]?.selectionSet, path, new Set([...visited, selection.name.value]));
    }
  };
  for (const path of paths) for (const node of info.fieldNodes) walk(node.selectionSet, path, new Set());
  return [...names].filter((name) => !withArguments.has(name));
}

/** fieldsAskedOfType's answers by operation (a parsed document is reused for the same query text) and type name. */
const askedByOperation = new WeakMap<OperationDefinitionNode, Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields that the request's operation selects anywhere of objects of the type `typeName`: on
 * the type itself and on each interface or union it belongs to, in the operation and in every fragment of its
 * document. A superset of what any object of that type is asked for in the request (`@skip` and `@include` are
 * not looked at), so that a read may leave out what no field asks for. Worked out once per parsed operation.
 */
export function fieldsAskedOfType(info: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments'>, typeName: string): ReadonlySet<string> {
  let byType = askedByOperation.get(info.operation);
  if (!byType) {
    byType = new Map();
    askedByOperation.set(info.operation, byType);
  }
  let names = byType.get(typeName);
  if (!names) {
    names = namesAskedOf(info, typeName);
    byType.set(typeName, names);
  }
  return names;
}

function namesAskedOf(info: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments'>, typeName: string): ReadonlySet<string> {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`fieldsAskedOfType: ${typeName} is not an object type of the schema`);
  const names = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (parent === type || (parent && isAbstractType(parent) && info.schema.isSubType(parent, type))) names.add(node.name.value);
    },
  });
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] };
  visit(document, visitor);
  return names;
}
