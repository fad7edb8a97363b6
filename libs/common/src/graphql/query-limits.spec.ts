import { buildSchema, type FragmentDefinitionNode, getVariableValues, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { operationCost } from './query-limits.js';
import { ResponseBudget } from './response-budget.js';

const schema = buildSchema(`
  enum Language { FI SV EN }
  type Group { name: String! organisations: [Organisation!]! }
  type Organisation { name: String! languages: [Language!]! groups: [Group!]! }
  type OrganisationConnection { nodes: [Organisation!]! totalCount: Int! }
  type Query {
    organisations(first: Int = 50): OrganisationConnection!
    contacts(first: Int, after: String, last: Int, before: String): OrganisationConnection!
  }
`);

function cost(document: string, variables: Record<string, unknown> = {}, bounds: Record<string, number> = {}): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced.coerced) throw new Error(JSON.stringify(coerced.errors));
  return operationCost(schema, operation, fragments, coerced.coerced, (type, field) => bounds[`${type}.${field}`]);
}

describe('operationCost', () => {
  it('weighs `first` by its coerced value: literal, variable, variable default and argument default alike', () => {
    const literal = cost('{ organisations(first: 200) { nodes { name } } }');
    expect(literal).toBe(200 * (1 + 2));
    expect(cost('query ($f: Int) { organisations(first: $f) { nodes { name } } }', { f: 200 })).toBe(literal);
    expect(cost('query ($f: Int = 200) { organisations(first: $f) { nodes { name } } }')).toBe(literal);
    expect(cost('query ($f: Int = 1) { organisations(first: $f) { nodes { name } } }', { f: 200 })).toBe(literal);
    expect(cost('{ organisations { nodes { name } } }')).toBe(50 * 3);
    expect(cost('query ($f: Int) { organisations(first: $f) { nodes { name } } }')).toBe(50 * 3);
  });

  it('weighs a connection by `first` or `last`, and by 50 rows when given neither', () => {
    expect(cost('{ contacts(last: 200) { nodes { name } } }')).toBe(200 * 3);
    expect(cost('query ($l: Int) { contacts(last: $l) { nodes { name } } }', { l: 120 })).toBe(120 * 3);
    expect(cost('{ contacts(first: 7) { nodes { name } } }')).toBe(7 * 3);
    expect(cost('{ contacts { nodes { name } } }')).toBe(50 * 3);
    expect(cost('{ contacts(first: 3, last: 150) { nodes { name } } }')).toBe(150 * 3);
  });

  it('weighs a plain list by the size the data holds (at least 10), an enum list by the enum', () => {
    const nested = '{ organisations(first: 10) { nodes { groups { organisations { name languages } } } } }';
    // nodes 1 + groups × (1 + organisations × (1 + name 1 + languages 1 × 3 values))
    expect(cost(nested)).toBe(10 * (1 + 1 + 10 * (1 + 10 * (1 + 1 + 3))));
    expect(cost(nested, {}, { 'Organisation.groups': 10, 'Group.organisations': 100 })).toBe(10 * (1 + 1 + 10 * (1 + 100 * (1 + 1 + 3))));
    expect(cost(nested, {}, { 'Organisation.groups': 2, 'Group.organisations': 0 })).toBe(cost(nested));
  });
});

describe('ResponseBudget', () => {
  it('lets lists through up to its size, fails the one that spends it, and empties every list after it', () => {
    const budget = new ResponseBudget(5);
    expect(budget.count([1, 2, 3])).toEqual([1, 2, 3]);
    expect(budget.count([4, 5])).toEqual([4, 5]);
    expect(budget.exceeded).toBe(false);
    expect(() => budget.count([6])).toThrow(/more than 5 objects/);
    expect(budget.exceeded).toBe(true);
    expect(budget.count([7, 8])).toEqual([]);
    expect(budget.error().extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: 'objects', max: 5, actual: 6 } });
  });
});
