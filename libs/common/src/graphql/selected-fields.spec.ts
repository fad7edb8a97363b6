import { buildSchema, execute, graphql, type GraphQLResolveInfo, parse } from 'graphql';
import { fieldsAskedOfType, fieldsSelectedWithoutArguments } from './selected-fields.js';

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

describe('fieldsAskedOfType', () => {
  const schema = buildSchema(
    `interface Named { id: ID! name: String! }
     type Person implements Named { id: ID! name: String! email: String phone: String friends: [Person!]! employer: Firm }
     type Firm implements Named { id: ID! name: String! staff: [Person!]! founder: Person }
     union Party = Person | Firm
     type Query { firm: Firm party: Party named: [Named!] person: Person }`,
  );
  const askedBy = async (source: string, typeName = 'Person'): Promise<string[][]> => {
    const answers: string[][] = [];
    const result = await graphql({
      schema,
      source,
      rootValue: {
        firm: (_arguments: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          answers.push([...fieldsAskedOfType(info, typeName)].sort());
          return null;
        },
      },
    });
    expect(result.errors).toBeUndefined();
    return answers;
  };

  it('names every field asked of the type anywhere in the operation, whatever path reaches it', async () => {
    expect(await askedBy('{ firm { staff { id name } founder { email friends { phone } } } person { employer { id } } }')).toEqual([
      ['email', 'employer', 'friends', 'id', 'name', 'phone'],
    ]);
  });

  it('counts fields asked through fragments, on interfaces and on unions the type belongs to', async () => {
    expect(
      await askedBy(
        '{ firm { staff { ...Card } } named { name } party { ... on Person { email } ... on Firm { id } } } fragment Card on Person { phone __typename }',
      ),
    ).toEqual([['__typename', 'email', 'name', 'phone']]);
  });

  it('leaves out the fields of other types, also under the same names', async () => {
    expect(await askedBy('{ firm { id name staff { id } } }')).toEqual([['id']]);
    expect(await askedBy('{ firm { id name staff { id } } }', 'Firm')).toEqual([['id', 'name', 'staff']]);
  });

  it('answers the same set for the same parsed operation (worked out once) and refuses a type that is not an object type', async () => {
    const seen: ReadonlySet<string>[] = [];
    const document = parse('{ firm { staff { id } } }');
    for (let run = 0; run < 2; run += 1)
      await execute({
        schema,
        document,
        rootValue: {
          firm: (_arguments: unknown, _context: unknown, info: GraphQLResolveInfo) => {
            seen.push(fieldsAskedOfType(info, 'Person'));
            expect(() => fieldsAskedOfType(info, 'Named')).toThrow('Named is not an object type');
            return null;
          },
        },
      });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect([...seen[0]]).toEqual(['id']);
  });
});
