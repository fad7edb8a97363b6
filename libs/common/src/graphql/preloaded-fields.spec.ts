import { buildSchema, graphql } from 'graphql';
import { markPreloaded, resolvePreloadedFields } from './preloaded-fields.js';

describe('resolvePreloadedFields', () => {
  const schemaWithResolver = (calls: string[]) => {
    const schema = buildSchema(
      `type Contact { id: ID! name: String! } type Affiliation { role: String! contact: Contact! } type Query { affiliations: [Affiliation!]! }`,
    );
    const contact = schema.getType('Affiliation') as unknown as { getFields(): Record<string, { resolve?: (source: { contact: { id: string } }) => unknown }> };
    contact.getFields().contact.resolve = (source) => {
      calls.push(source.contact.id);
      return { id: source.contact.id, name: `loaded ${source.contact.id}` };
    };
    return schema;
  };

  it('answers a marked object without the resolver and calls the resolver for the others', async () => {
    const calls: string[] = [];
    const schema = resolvePreloadedFields(schemaWithResolver(calls), ['Affiliation.contact']);
    const result = await graphql({
      schema,
      source: '{ affiliations { role contact { id name } } }',
      rootValue: {
        affiliations: [
          { role: 'chair', contact: markPreloaded({ id: 'c1', name: 'Aino' }) },
          { role: 'member', contact: { id: 'c2' } },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      affiliations: [
        { role: 'chair', contact: { id: 'c1', name: 'Aino' } },
        { role: 'member', contact: { id: 'c2', name: 'loaded c2' } },
      ],
    });
    expect(calls).toEqual(['c2']);
  });

  it('refuses a field the schema lacks', () => {
    expect(() => resolvePreloadedFields(schemaWithResolver([]), ['Affiliation.organisation'])).toThrow('Affiliation.organisation');
    expect(() => resolvePreloadedFields(schemaWithResolver([]), ['Nothing.contact'])).toThrow('Nothing.contact');
  });
});
