import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { fieldsSelectedWithoutArguments } from './selected-fields.js';

describe('fieldsSelectedWithoutArguments', () => {
  const selectedBy = async (source: string, paths?: string[][]): Promise<string[]> => {
    const schema = buildSchema(
      `type Stats { heard: Int! } type Item { id: ID! name: String! tags: [String!]! stats(since: String): Stats! }
       type Edge { cursor: String! node: Item! } type Page { total: Int! nodes: [Item!]! edges: [Edge!]! }
       type Query { item: Item page: Page }`,
    );
    let selected: string[] = [];
    const result = await graphql({
      schema,
      source,
      rootValue: {
        item: (_arguments: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          selected = fieldsSelectedWithoutArguments(info);
          return null;
        },
        page: (_arguments: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          selected = fieldsSelectedWithoutArguments(info, paths);
          return null;
        },
      },
    });
    expect(result.errors).toBeUndefined();
    return selected;
  };

  it('names the fields selected on the value, through fragments, once each', async () => {
    expect(await selectedBy('{ item { id name ... on Item { tags } ...More } } fragment More on Item { name __typename }')).toEqual([
      'id',
      'name',
      'tags',
      '__typename',
    ]);
  });

  it('leaves out a field selected with arguments', async () => {
    expect(await selectedBy('{ item { id stats(since: "2026-01-01") { heard } } }')).toEqual(['id']);
    expect(await selectedBy('{ item { id recent: stats(since: "2026-01-01") { heard } stats { heard } } }')).toEqual(['id']);
  });

  it('names the fields selected on the values reached through the paths', async () => {
    expect(
      await selectedBy('{ page { total nodes { id } ... on Page { edges { cursor node { name ...Tagged } } } } } fragment Tagged on Item { tags }', [
        ['nodes'],
        ['edges', 'node'],
      ]),
    ).toEqual(['id', 'name', 'tags']);
    expect(await selectedBy('{ page { total } }', [['nodes'], ['edges', 'node']])).toEqual([]);
  });
});
