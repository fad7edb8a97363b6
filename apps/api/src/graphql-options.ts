import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { introspectionForAuthenticatedPlugin, TokenVerifier } from '@sidos/auth';
import {
  aliasLimitRule,
  costLimitPlugin,
  createErrorFormatter,
  DateTimeScalar,
  depthLimitRule,
  describeUnexpectedError,
  type GraphQLRequestContext,
  resolvePreloadedFields,
} from '@sidos/common';
import { REGISTER_PRELOADED_FIELDS } from '@sidos/register';
import { type AppConfig } from '@sidos/config';

/** Apollo on POST /graphql: limits checked before execution, one error formatter, no stack traces. */
export function createGraphQLOptions(config: AppConfig, verifier: TokenVerifier): ApolloDriverConfig {
  const errorLogger = new Logger('GraphQL');
  const { maxDepth, maxAliases, maxCost, maxTokens } = config.queryLimits;
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // A field typed `Date` without an explicit scalar gets the strict DateTime too, never Nest's lenient one.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    playground: false,
    introspection: config.introspection !== 'off',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens },
    validationRules: [depthLimitRule(maxDepth), aliasLimitRule(maxAliases)],
    plugins: [
      // No HTTP caching of answers (they depend on the token), so no cache hints to compute per field.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(maxCost),
      ...(config.introspection === 'authenticated' ? [introspectionForAuthenticatedPlugin(verifier)] : []),
      ...(config.sandbox ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter((error) => errorLogger.error(describeUnexpectedError(error))),
    // Nested lists answer the related objects their loaders attached, without a field resolver call each.
    transformSchema: (schema) => resolvePreloadedFields(schema, REGISTER_PRELOADED_FIELDS),
    context: ({ req }: { req: GraphQLRequestContext['req'] }): GraphQLRequestContext => ({ req, loaders: new Map() }),
  };
}
