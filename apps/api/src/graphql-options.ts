import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type OperationRoles, schemaPrivacyPlugin, TokenVerifier } from '@sidos/auth';
import {
  aliasLimitRule,
  costLimitPlugin,
  countListItems,
  createErrorFormatter,
  DateTimeScalar,
  depthLimitRule,
  type GraphQLRequestContext,
  contractDescriptions,
  describeFromContract,
  ListBounds,
  readContractSources,
  reportUnexpectedError,
  ResponseBudget,
  responseBudgetPlugin,
  resolvePreloadedFields,
} from '@sidos/common';
import { REGISTER_PRELOADED_FIELDS } from '@sidos/register';
import { type AppConfig } from '@sidos/config';

/** The GraphQL endpoint; a browser's GET of it gets the explorer (libs/console/src/serve-explorer.ts). */
export const GRAPHQL_PATH = '/graphql';

/**
 * Apollo on POST /graphql: limits checked before execution (cost with the data's list bounds), the
 * response budget checked during it, one error formatter, no stack traces.
 */
export function createGraphQLOptions(
  config: AppConfig,
  verifier: TokenVerifier,
  listBounds = new ListBounds(),
  operationRoles?: OperationRoles,
): ApolloDriverConfig {
  const descriptions = contractDescriptions(readContractSources());
  const { maxDepth, maxAliases, maxCost, maxTokens, maxObjects } = config.queryLimits;
  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    // A field typed `Date` without an explicit scalar gets the strict DateTime too, never Nest's lenient one.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    playground: false,
    introspection: config.introspection !== 'off',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens },
    // Nested lists answer the related objects their loaders attached, without a field resolver call each;
    // then every list counts its items against the response budget.
    // The contract's comments are the schema's descriptions, and every operation's says the roles it needs.
    transformSchema: (schema) => {
      const described = describeFromContract(schema, descriptions);
      return countListItems(resolvePreloadedFields(operationRoles ? operationRoles.describe(described) : described, REGISTER_PRELOADED_FIELDS));
    },
    validationRules: [depthLimitRule(maxDepth), aliasLimitRule(maxAliases)],
    plugins: [
      // No HTTP caching of answers (they depend on the token), so no cache hints to compute per field.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(maxCost, (typeName, fieldName) => listBounds.bound(typeName, fieldName)),
      responseBudgetPlugin(),
      ...(config.introspection !== 'on' ? [schemaPrivacyPlugin(verifier, config.introspection)] : []),
      // Apollo Sandbox only when asked for by name (GRAPHQL_SANDBOX=apollo): it loads from Apollo's CDN.
      // The default explorer is the bundled GraphiQL, served before Apollo by serveExplorer.
      ...(config.explorer === 'apollo' ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(reportUnexpectedError),
    context: ({ req }: { req: GraphQLRequestContext['req'] }): GraphQLRequestContext => ({ req, loaders: new Map(), budget: new ResponseBudget(maxObjects) }),
  };
}
