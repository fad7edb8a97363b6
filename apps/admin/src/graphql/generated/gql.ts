/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        businessId\n        type\n        archived\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationFilterOptions {\n    policyAreas {\n      id\n      code\n      name\n    }\n    stakeholderGroups(first: 100) {\n      nodes {\n        id\n        name\n        hardToReach\n      }\n    }\n  }\n": typeof types.OrganisationFilterOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      affiliations {\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          firstName\n          lastName\n        }\n      }\n      engagementStats {\n        invited\n        heard\n        declined\n        lastHeardOn\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query OrganisationVersion($id: ID!) {\n    organisationVersion: organisation(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.OrganisationVersionDocument,
    "\n  query AuditEvents($entityId: ID!) {\n    auditEvents(entityId: $entityId, first: 50) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      version\n      archived\n    }\n  }\n": typeof types.ArchiveOrganisationDocument,
    "\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        ministry\n        status\n        currentPhase\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.ConsultationsDocument,
    "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      version\n      title\n      description\n      ministry\n      status\n      currentPhase\n      startsOn\n      endsOn\n      policyAreas {\n        id\n        name\n      }\n      targetGroups {\n        id\n        name\n        hardToReach\n      }\n      activities {\n        id\n        title\n        date\n        phase\n        participantCount\n      }\n    }\n    consultationCoverage(consultationId: $id) {\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        phasesHeard\n        firstHeardOn\n        reached\n      }\n    }\n  }\n": typeof types.ConsultationDocument,
    "\n  query CoverageMatrix($window: CoverageWindow!) {\n    coverageMatrix(window: $window) {\n      consultations {\n        id\n        title\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      cells {\n        consultationId\n        groupId\n        heard\n      }\n    }\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n": typeof types.CoverageMatrixDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n": types.MeDocument,
    "\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        businessId\n        type\n        archived\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationFilterOptions {\n    policyAreas {\n      id\n      code\n      name\n    }\n    stakeholderGroups(first: 100) {\n      nodes {\n        id\n        name\n        hardToReach\n      }\n    }\n  }\n": types.OrganisationFilterOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      affiliations {\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          firstName\n          lastName\n        }\n      }\n      engagementStats {\n        invited\n        heard\n        declined\n        lastHeardOn\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  query OrganisationVersion($id: ID!) {\n    organisationVersion: organisation(id: $id) {\n      id\n      version\n    }\n  }\n": types.OrganisationVersionDocument,
    "\n  query AuditEvents($entityId: ID!) {\n    auditEvents(entityId: $entityId, first: 50) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      version\n      archived\n    }\n  }\n": types.ArchiveOrganisationDocument,
    "\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        ministry\n        status\n        currentPhase\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.ConsultationsDocument,
    "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      version\n      title\n      description\n      ministry\n      status\n      currentPhase\n      startsOn\n      endsOn\n      policyAreas {\n        id\n        name\n      }\n      targetGroups {\n        id\n        name\n        hardToReach\n      }\n      activities {\n        id\n        title\n        date\n        phase\n        participantCount\n      }\n    }\n    consultationCoverage(consultationId: $id) {\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        phasesHeard\n        firstHeardOn\n        reached\n      }\n    }\n  }\n": types.ConsultationDocument,
    "\n  query CoverageMatrix($window: CoverageWindow!) {\n    coverageMatrix(window: $window) {\n      consultations {\n        id\n        title\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      cells {\n        consultationId\n        groupId\n        heard\n      }\n    }\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n": types.CoverageMatrixDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        businessId\n        type\n        archived\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        businessId\n        type\n        archived\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationFilterOptions {\n    policyAreas {\n      id\n      code\n      name\n    }\n    stakeholderGroups(first: 100) {\n      nodes {\n        id\n        name\n        hardToReach\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationFilterOptions {\n    policyAreas {\n      id\n      code\n      name\n    }\n    stakeholderGroups(first: 100) {\n      nodes {\n        id\n        name\n        hardToReach\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      affiliations {\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          firstName\n          lastName\n        }\n      }\n      engagementStats {\n        invited\n        heard\n        declined\n        lastHeardOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      affiliations {\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          firstName\n          lastName\n        }\n      }\n      engagementStats {\n        invited\n        heard\n        declined\n        lastHeardOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationVersion($id: ID!) {\n    organisationVersion: organisation(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  query OrganisationVersion($id: ID!) {\n    organisationVersion: organisation(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($entityId: ID!) {\n    auditEvents(entityId: $entityId, first: 50) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($entityId: ID!) {\n    auditEvents(entityId: $entityId, first: 50) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      municipality\n      website\n      email\n      notes\n      archived\n      policyAreas {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganisation($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      version\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganisation($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      version\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        ministry\n        status\n        currentPhase\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        ministry\n        status\n        currentPhase\n        startsOn\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      version\n      title\n      description\n      ministry\n      status\n      currentPhase\n      startsOn\n      endsOn\n      policyAreas {\n        id\n        name\n      }\n      targetGroups {\n        id\n        name\n        hardToReach\n      }\n      activities {\n        id\n        title\n        date\n        phase\n        participantCount\n      }\n    }\n    consultationCoverage(consultationId: $id) {\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        phasesHeard\n        firstHeardOn\n        reached\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      version\n      title\n      description\n      ministry\n      status\n      currentPhase\n      startsOn\n      endsOn\n      policyAreas {\n        id\n        name\n      }\n      targetGroups {\n        id\n        name\n        hardToReach\n      }\n      activities {\n        id\n        title\n        date\n        phase\n        participantCount\n      }\n    }\n    consultationCoverage(consultationId: $id) {\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        phasesHeard\n        firstHeardOn\n        reached\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageMatrix($window: CoverageWindow!) {\n    coverageMatrix(window: $window) {\n      consultations {\n        id\n        title\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      cells {\n        consultationId\n        groupId\n        heard\n      }\n    }\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n"): (typeof documents)["\n  query CoverageMatrix($window: CoverageWindow!) {\n    coverageMatrix(window: $window) {\n      consultations {\n        id\n        title\n      }\n      groups {\n        id\n        name\n        hardToReach\n      }\n      cells {\n        consultationId\n        groupId\n        heard\n      }\n    }\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;