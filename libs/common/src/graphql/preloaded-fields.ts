import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * The mark of a preloaded object: a symbol-keyed property, which JSON and Object.keys leave out. (A WeakSet
 * of the objects cost a tenth of the CPU of a federation's read: an entry per contact, and the collector's
 * work on each.)
 */
const PRELOADED = Symbol('preloaded');

/**
 * Marks a read object that a loader attached whole to its parent (an affiliation's contact read in the same
 * statement), so that a field listed in resolvePreloadedFields answers it without calling its field resolver.
 */
export function markPreloaded<T extends object>(value: T): T {
  (value as { [PRELOADED]?: true })[PRELOADED] = true;
  return value;
}

function isPreloaded(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [PRELOADED]?: true })[PRELOADED] === true;
}

/**
 * For each field "Type.field" listed: when the parent's property of that name holds an object marked with
 * markPreloaded, the field answers it at once, as a plain property; otherwise the field's resolver runs as
 * before (Nest's field resolver, with its DataLoader). Over a long nested list (a federation's hundreds of
 * affiliations, each with its contact) the call per item, not the data, was most of the request's CPU
 * (docs/benchmarks.md, bench/notes.md). Field resolvers run no guards or interceptors (no
 * `fieldResolverEnhancers`) and take no parameter decorators (test/roles.e2e-spec.ts), so nothing is
 * skipped but the call. Changes the schema's fields in place; throws on a name that the schema lacks.
 */
export function resolvePreloadedFields(schema: GraphQLSchema, fields: readonly string[]): GraphQLSchema {
  for (const path of fields) {
    const [typeName, fieldName] = path.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`resolvePreloadedFields: the schema has no field ${path}`);
    const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
    field.resolve = (source, args, context, info) => {
      const value = (source as Record<string, unknown>)[fieldName];
      if (isPreloaded(value)) return value;
      return resolve ? resolve(source, args, context, info) : value;
    };
  }
  return schema;
}
