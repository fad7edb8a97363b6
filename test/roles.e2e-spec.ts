import { type Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLObjectType } from 'graphql';
import { IS_PUBLIC_KEY, roleSentence, ROLES_KEY } from '@sidos/auth';
import { TestApp } from './support/test-app.js';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
/** @nestjs/graphql's key for parameter decorators (`@Parent()`, `@Context()`, `@Args()`), and the type of `@Args()`. */
const PARAM_ARGS_METADATA = '__routeArguments__';
const ARGS_PARAM_TYPE = '3';

/** Every method of every provider instance, with its provider's name and class: where Nest's resolver decorators put their metadata. */
function providerMethods(app: TestApp): { provider: string; metatype: Type; method: string; handler: () => unknown }[] {
  const scanner = new MetadataScanner();
  return [...app.get(ModulesContainer).values()]
    .flatMap((module) => [...module.providers.values()])
    .flatMap((wrapper) => {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) return [];
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      const metatype = wrapper.metatype as Type;
      return scanner.getAllMethodNames(prototype).map((method) => ({ provider: wrapper.name, metatype, method, handler: prototype[method] as () => unknown }));
    });
}

/** Default deny: every query and mutation declares the roles that may call it. */
describe('resolver metadata', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('finds no query or mutation without @Roles (and none is @Public)', () => {
    const reflector = app.get(Reflector);
    const operations: string[] = [];
    const undeclared: string[] = [];
    for (const { provider, metatype, method, handler } of providerMethods(app)) {
      const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (!rootType || !ROOT_TYPES.has(rootType)) continue;
      const name = `${rootType}.${method} (${provider})`;
      operations.push(name);
      const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [handler, metatype]);
      const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [handler, metatype]);
      if (!roles || roles.length === 0 || isPublic) undeclared.push(name);
    }
    expect(operations.length).toBeGreaterThanOrEqual(15);
    expect(undeclared).toEqual([]);
  });

  it('ends the served description of every query and mutation with the roles of its @Roles', () => {
    const reflector = app.get(Reflector);
    const schema = app.get(GraphQLSchemaHost).schema;
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const { metatype, method, handler } of providerMethods(app)) {
      const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (rootType !== 'Query' && rootType !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      const roles = reflector.getAllAndOverride<string[]>(ROLES_KEY, [handler, metatype]);
      const description = (schema.getType(rootType) as GraphQLObjectType).getFields()[name]?.description ?? '';
      checked.push(`${rootType}.${name}`);
      if (!description.endsWith(roleSentence(roles)) || description.match(/Needs [A-Z]+( or [A-Z]+)*\./g)?.length !== 1) {
        wrong.push(`${rootType}.${name}: @Roles(${roles.join(', ')}) but "${description.split('\n').pop()}"`);
      }
    }
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
    );
    expect(checked.sort()).toEqual(operations.sort());
    expect(wrong).toEqual([]);
  });

  // A field resolver with parameter decorators runs through Nest's parameter pipeline on every call: about
  // thirty promises each. Over a nested list that was most of the memory of a runaway query (tens of
  // thousands of pending calls) and killed the process on Node 22 under the Docker image's heap bound
  // (test/bounded-work-process.e2e-spec.ts). Without decorators and without arguments, Nest hands the
  // method to graphql-js as it is: (parent, arguments, context).
  it('finds no field resolver without arguments that takes parameter decorators', () => {
    const fields: string[] = [];
    const decorated: string[] = [];
    for (const { provider, metatype, method, handler } of providerMethods(app)) {
      if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler) !== true) continue;
      const name = `${provider}.${method}`;
      fields.push(name);
      const parameters = Object.keys((Reflect.getMetadata(PARAM_ARGS_METADATA, metatype, method) as object | undefined) ?? {});
      if (parameters.length > 0 && !parameters.some((key) => key.split(':')[0] === ARGS_PARAM_TYPE)) decorated.push(name);
    }
    expect(fields.length).toBeGreaterThanOrEqual(30);
    expect(decorated).toEqual([]);
  });
});
