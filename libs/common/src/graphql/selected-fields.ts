import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

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
