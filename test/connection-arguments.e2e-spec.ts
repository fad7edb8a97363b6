import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';

/**
 * Every list a front end pages is a connection that takes an order and pages both ways (issue 13): a walk over
 * the committed schema.graphql (equal to the served schema: test/schema.e2e-spec.ts) that fails on a
 * connection field without `orderBy`, `first`, `after`, `last` or `before`.
 */
const PAGING_ARGUMENTS = ['orderBy', 'first', 'after', 'last', 'before'];

describe('connection arguments', () => {
  const schema = buildSchema(readFileSync(join(import.meta.dirname, '..', 'schema.graphql'), 'utf8'));
  const connections = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
        .map((field) => ({ name: `${type.name}.${field.name}`, arguments: field.args.map((argument) => argument.name) })),
    );

  it('finds the connections', () => {
    expect(connections.map((connection) => connection.name)).toEqual(
      expect.arrayContaining([
        'Query.organisations',
        'Query.contacts',
        'Query.consultations',
        'Query.stakeholderGroups',
        'Query.facilitators',
        'Query.auditEvents',
        'Query.activities',
        'Query.duplicateOrganisationsConnection',
        'Query.contactsForRetentionReviewConnection',
        'Organisation.engagements',
        'Contact.engagements',
        'StakeholderGroup.organisationMembers',
        'StakeholderGroup.contactMembers',
      ]),
    );
  });

  it('gives every connection an order and paging both ways', () => {
    const missing = connections
      .map((connection) => ({ name: connection.name, missing: PAGING_ARGUMENTS.filter((argument) => !connection.arguments.includes(argument)) }))
      .filter((connection) => connection.missing.length > 0);
    expect(missing).toEqual([]);
  });
});
