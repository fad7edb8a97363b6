import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange, mapExchange, type CombinedError } from 'urql';

const EMBEDDED = () => null;

/** Types without an `id` live inside their parent in the normalised cache. */
const keys = {
  PageInfo: EMBEDDED,
  OrganisationConnection: EMBEDDED,
  OrganisationEdge: EMBEDDED,
  AuditEventConnection: EMBEDDED,
  AuditEventEdge: EMBEDDED,
  StakeholderGroupConnection: EMBEDDED,
  StakeholderGroupEdge: EMBEDDED,
  Affiliation: EMBEDDED,
  EngagementPreferences: EMBEDDED,
  FacilitatorConnection: EMBEDDED,
  FacilitatorEdge: EMBEDDED,
  FacilitatorAssignment: EMBEDDED,
  FeedbackSummary: EMBEDDED,
  InvitationSuggestion: EMBEDDED,
  EngagementStats: EMBEDDED,
  FieldChange: EMBEDDED,
  ConsultationConnection: EMBEDDED,
  ConsultationEdge: EMBEDDED,
  ConsultationCoverage: EMBEDDED,
  GroupCoverage: EMBEDDED,
  CoverageMatrix: EMBEDDED,
  CoverageCell: EMBEDDED,
  GroupMembership: EMBEDDED,
  ContactConnection: EMBEDDED,
  ContactEdge: EMBEDDED,
  DuplicateCandidate: EMBEDDED,
  ImportResult: EMBEDDED,
  ImportRowError: EMBEDDED,
};

function invalidateLists(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  const extensions = error?.graphQLErrors[0]?.extensions as { code?: string } | undefined;
  return extensions?.code;
}

/**
 * The console's GraphQL client: urql with a normalised cache (records by `id`, so an edit shows wherever the
 * record does), the list queries merged page by page ("Load more"), and the session's token on every request
 * (read at each request: an OIDC session renews it without a new client, so the cache stays).
 */
export function createClient(token: () => string, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    // POST always: the API refuses GET operations without a CSRF preflight header.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token()}` } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (errorCode(error) === 'UNAUTHENTICATED' || (error.response as Response | undefined)?.status === 401) onUnauthenticated();
        },
      }),
      cacheExchange({
        keys,
        resolvers: {
          Query: {
            organisations: relayPagination(),
            auditEvents: relayPagination(),
            consultations: relayPagination(),
            stakeholderGroups: relayPagination(),
            facilitators: relayPagination(),
          },
        },
        updates: {
          Mutation: {
            createOrganisation: (_result, _args, cache) => invalidateLists(cache, 'organisations'),
            archiveOrganisation: (_result, _args, cache) => invalidateLists(cache, 'organisations'),
            updateOrganisation: (_result, _args, cache) => invalidateLists(cache, 'auditEvents'),
            // Group membership shows in the organisation lists (their groups) and in the groups' member counts.
            addGroupMembers: (_result, _args, cache) => invalidateLists(cache, 'organisations'),
            removeGroupMembers: (_result, _args, cache) => invalidateLists(cache, 'organisations'),
            eraseContact: (_result, _args, cache) => invalidateLists(cache, 'contacts'),
            updateContact: (_result, _args, cache) => invalidateLists(cache, 'contacts'),
            // A new record changes the activity's engagements and every coverage answer.
            recordEngagements: (_result, args, cache) => {
              cache.invalidate({ __typename: 'Activity', id: args.activityId as string });
              for (const field of ['consultationCoverage', 'coverageMatrix', 'unheardGroups']) invalidateLists(cache, field);
            },
            importOrganisations: (_result, args, cache) => {
              if (args.dryRun === false) invalidateLists(cache, 'organisations');
            },
            importContacts: (_result, args, cache) => {
              if (args.dryRun === false) invalidateLists(cache, 'contacts');
            },
            mergeOrganisations: (_result, _args, cache) => {
              invalidateLists(cache, 'organisations');
              invalidateLists(cache, 'duplicateOrganisations');
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}
