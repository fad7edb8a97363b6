import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { buildSchema, GraphQLEnumType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { Role } from './role.enum.js';
import { ViewerResolver } from './viewer.resolver.js';
import { Viewer } from './viewer.type.js';

function objectFields(schema: GraphQLSchema, name: string): Record<string, string> {
  const type = schema.getType(name) as GraphQLObjectType;
  return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, String(field.type)]));
}

describe('ViewerResolver', () => {
  it('answers me with the current viewer', () => {
    const viewer: Viewer = { id: 'alice', name: null, roles: [Role.EDITOR], ministry: 'TEM' };
    expect(new ViewerResolver().me(viewer)).toBe(viewer);
  });

  it('serves Viewer, Role and Query.me exactly as the contract defines them', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const served = await moduleRef.get(GraphQLSchemaFactory).create([ViewerResolver]);
    const contract = buildSchema(readFileSync(join(import.meta.dirname, '../../../contract/sidos-core.graphql'), 'utf8'));

    expect(objectFields(served, 'Viewer')).toEqual(objectFields(contract, 'Viewer'));
    expect(String(served.getQueryType()?.getFields()['me'].type)).toBe(String(contract.getQueryType()?.getFields()['me'].type));
    const values = (schema: GraphQLSchema) => (schema.getType('Role') as GraphQLEnumType).getValues().map((value) => value.name);
    expect(values(served)).toEqual(values(contract));
    await moduleRef.close();
  });
});
