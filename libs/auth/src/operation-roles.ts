import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { type Role } from './role.enum.js';
import { ROLES_KEY } from './roles.decorator.js';

/** @nestjs/graphql's metadata of a query or mutation method: its root type, and its name when it differs from the method's. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const OPERATION_TYPES = new Set(['Query', 'Mutation']);

/** The sentence that ends every operation's description: the roles of its @Roles (each: that role or one above it). */
export function roleSentence(roles: readonly string[]): string {
  return `Needs ${roles.join(' or ')}.`;
}

/** The @Roles of every query and mutation of the application, read from the resolvers' metadata. */
@Injectable()
export class OperationRoles {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** Roles by "Query.name" / "Mutation.name". */
  all(): Map<string, Role[]> {
    const roles = new Map<string, Role[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const metatype = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!metatype?.prototype || wrapper.isAlias) continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = Object.getOwnPropertyDescriptor(prototype, method)?.value as unknown;
        if (typeof handler !== 'function') continue;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as unknown;
        if (typeof rootType !== 'string' || !OPERATION_TYPES.has(rootType)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        const declared = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, metatype]);
        if (declared && declared.length > 0) roles.set(`${rootType}.${name}`, declared);
      }
    }
    return roles;
  }

  /** Ends the description of every query and mutation with the roles it needs (in place: the schema being built). */
  describe(schema: GraphQLSchema): GraphQLSchema {
    for (const [coordinate, roles] of this.all()) {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (field && !field.description?.endsWith(roleSentence(roles))) field.description = [field.description, roleSentence(roles)].filter(Boolean).join('\n\n');
    }
    return schema;
  }
}
