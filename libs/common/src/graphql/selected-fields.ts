import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected on the value of the field being resolved (through inline fragments and
 * fragment spreads) at least once without arguments: the relations that a resolver may read together with
 * the record itself. `@skip` and `@include` are not looked at, so a name may be one that the answer leaves
 * out (reading it is then wasted work, never a wrong answer).
 */
export function fieldsSelectedWithoutArguments(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): string[] {
  const names = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.arguments?.length) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return [...names];
}
