import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY, ROLES_KEY } from '@sidos/auth';
import { TestApp } from './support/test-app.js';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Default deny: every query and mutation declares the roles that may call it. */
describe('every resolver declares its roles', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('finds no query or mutation without @Roles (and none is @Public)', () => {
    const scanner = new MetadataScanner();
    const reflector = app.get(Reflector);
    const operations: string[] = [];
    const undeclared: string[] = [];
    for (const wrapper of [...app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()])) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method] as () => unknown;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (!rootType || !ROOT_TYPES.has(rootType)) continue;
        const name = `${rootType}.${method} (${wrapper.name})`;
        operations.push(name);
        const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [handler, wrapper.metatype]);
        const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [handler, wrapper.metatype]);
        if (!roles || roles.length === 0 || isPublic) undeclared.push(name);
      }
    }
    expect(operations.length).toBeGreaterThanOrEqual(15);
    expect(undeclared).toEqual([]);
  });
});
