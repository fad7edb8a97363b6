/**
 * Front-end operations as a ministry front end writes them with graphql-codegen's client preset: typed by
 * the committed schema.graphql. test/front-end-client.e2e-spec.ts generates the types into a scratch folder
 * beside a copy of this file and type-checks it, so a change of the schema that breaks a front end fails CI.
 */
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from './generated';

export const FIND_ORGANISATIONS = graphql(`
  query FindOrganisations($search: String, $after: String) {
    organisations(first: 20, after: $after, filter: { search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          nameSv
          nameEn
          businessId
          version
          groups {
            id
            name
            nameSv
            hardToReach
          }
        }
      }
    }
  }
`);

export const BY_BUSINESS_ID = graphql(`
  query ByBusinessId($businessId: String!) {
    organisationByBusinessId(businessId: $businessId) {
      id
      name
      businessId
      archived
      version
    }
  }
`);

export const POLICY_AREAS = graphql(`
  query PolicyAreas($search: String) {
    policyAreas(search: $search) {
      id
      code
      name
      nameSv
      nameEn
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      id
      version
      name
      notes
    }
  }
`);

export const UNARCHIVE = graphql(`
  mutation Unarchive($id: ID!, $version: Int!) {
    unarchiveOrganisation(id: $id, version: $version) {
      id
      archived
      version
    }
  }
`);

export const UPDATE_POLICY_AREA = graphql(`
  mutation UpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {
    updatePolicyArea(id: $id, input: $input) {
      id
      name
      nameSv
      nameEn
    }
  }
`);

export const CONSULTATION = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      id
      title
      currentPhase
      activities {
        id
        title
        date
        method
        mode
        phase
        participantCount
        version
        engagements(includeVoided: true) {
          id
          kind
          voided
          voidReason
          voidedAt
          voidedBy
        }
      }
    }
    consultationCoverage(consultationId: $id) {
      coverageRatio
      earlyReachRatio
      groups {
        group {
          id
          name
        }
        targeted
        invited
        heard
        reached
        phasesHeard
        firstHeardOn
      }
      gaps {
        id
        name
      }
    }
  }
`);

export const UPDATE_ACTIVITY = graphql(`
  mutation UpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      id
      title
      date
      participantCount
      version
    }
  }
`);

export const VOID_ENGAGEMENTS = graphql(`
  mutation VoidEngagements($ids: [ID!]!, $reason: String!) {
    voidEngagements(ids: $ids, reason: $reason) {
      id
      voided
      voidReason
      voidedAt
    }
  }
`);

export const INVITATIONS = graphql(`
  query Invitations($consultationId: ID!, $activityId: ID) {
    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 20) {
      group {
        id
        name
      }
      organisation {
        id
        name
        preferences {
          methods
          modes
          maxInvitationsPerQuarter
        }
      }
      contact {
        id
        firstName
        lastName
      }
      invitationsThisQuarter
      invitationsLast12Months
      overLimit
      matchesPreferences
    }
  }
`);

/** A list page read backward (the last rows before a cursor), in a chosen order, with the list filters. */
export const ORGANISATIONS_NEWEST_LAST_PAGE = graphql(`
  query OrganisationsNewestLastPage($before: String, $municipality: String, $languages: [Language!]) {
    organisations(last: 20, before: $before, orderBy: { field: CREATED, direction: DESC }, filter: { municipality: $municipality, languages: $languages }) {
      totalCount
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
      nodes {
        id
        name
        municipality
        createdAt
      }
    }
  }
`);

export const CONSULTATIONS_BY_START = graphql(`
  query ConsultationsByStart($phases: [PreparationPhase!], $startsFrom: Date, $startsTo: Date, $after: String) {
    consultations(first: 20, after: $after, orderBy: { field: STARTS_ON }, filter: { phases: $phases, startsFrom: $startsFrom, startsTo: $startsTo }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        startsOn
        currentPhase
      }
    }
  }
`);

export const CONTACTS_BY_LAWFUL_BASIS = graphql(`
  query ContactsByLawfulBasis($lawfulBasis: [LawfulBasis!]) {
    contacts(first: 50, orderBy: { field: UPDATED, direction: DESC }, filter: { lawfulBasis: $lawfulBasis }) {
      totalCount
      nodes {
        id
        lastName
        lawfulBasis
        updatedAt
      }
    }
  }
`);

/** The activities of consultations in a date range, newest first, with their phases and methods. */
export const ACTIVITIES_OF_SPRING = graphql(`
  query ActivitiesOfSpring($consultationIds: [ID!], $dateFrom: Date, $dateTo: Date, $after: String) {
    activities(
      first: 25
      after: $after
      filter: { consultationIds: $consultationIds, dateFrom: $dateFrom, dateTo: $dateTo, phases: [DRAFTING, STATEMENT_ROUND] }
      orderBy: { field: DATE, direction: DESC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        date
        method
        phase
        updatedAt
      }
    }
  }
`);

/** An organisation's engagement history, newest activity first, paged; and a group's members as a connection. */
export const HISTORY_AND_MEMBERS = graphql(`
  query HistoryAndMembers($organisationId: ID!, $groupId: ID!, $historyAfter: String, $membersAfter: String) {
    organisation(id: $organisationId) {
      id
      engagements(first: 10, after: $historyAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          voided
          activity {
            id
            title
            date
          }
        }
      }
    }
    stakeholderGroup(id: $groupId) {
      id
      organisationMembers(first: 20, after: $membersAfter, orderBy: { field: NAME }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
        }
      }
    }
  }
`);

/** Likely duplicates, page after page (the admin console's upkeep view). */
export const DUPLICATES_PAGE = graphql(`
  query DuplicatesPage($after: String) {
    duplicateOrganisationsConnection(first: 20, after: $after, threshold: 0.7) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        reasons
        organisation {
          id
          name
        }
        duplicate {
          id
          name
        }
      }
    }
  }
`);

/** What a component reads from the answers: compiled against the generated types, so a renamed or removed field fails. */
export function describeAnswers(
  found: ResultOf<typeof FIND_ORGANISATIONS>,
  held: ResultOf<typeof BY_BUSINESS_ID>,
  consultation: ResultOf<typeof CONSULTATION>,
  voided: ResultOf<typeof VOID_ENGAGEMENTS>,
): string[] {
  const names = found.organisations.edges.map(
    (edge) => `${edge.node.name} (${edge.node.nameSv ?? '–'}): ${edge.node.groups.map((group) => group.name).join(', ')}`,
  );
  const holder = held.organisationByBusinessId ? `${held.organisationByBusinessId.businessId ?? ''} ${held.organisationByBusinessId.name}` : 'none';
  const activities = (consultation.consultation?.activities ?? []).map(
    (activity) => `${activity.date} ${activity.title}: ${activity.engagements.filter((engagement) => !engagement.voided).length} counted`,
  );
  const ratio: number | null | undefined = consultation.consultationCoverage.coverageRatio;
  const firstVoided: string | null | undefined = voided.voidEngagements[0]?.voidReason;
  return [...names, holder, ...activities, String(ratio), firstVoided ?? ''];
}

/** A list component: the page it shows, and whether it offers "earlier" and "later" buttons. */
export function describeLists(
  newest: ResultOf<typeof ORGANISATIONS_NEWEST_LAST_PAGE>,
  byStart: ResultOf<typeof CONSULTATIONS_BY_START>,
  consentHolders: ResultOf<typeof CONTACTS_BY_LAWFUL_BASIS>,
): string[] {
  const earlier: boolean = newest.organisations.pageInfo.hasPreviousPage;
  const later: boolean = newest.organisations.pageInfo.hasNextPage;
  const newestRows = newest.organisations.nodes.map((organisation) => `${organisation.createdAt} ${organisation.name} (${organisation.municipality ?? '–'})`);
  const rounds = byStart.consultations.nodes.map((consultation) => `${consultation.startsOn ?? 'undated'} ${consultation.title} ${consultation.currentPhase}`);
  const consent = consentHolders.contacts.nodes.map((contact) => `${contact.lastName}: ${contact.lawfulBasis}`);
  return [String(earlier), String(later), ...newestRows, ...rounds, ...consent];
}

/** A history view: what a component shows from the new connections. */
export function describeHistory(
  spring: ResultOf<typeof ACTIVITIES_OF_SPRING>,
  history: ResultOf<typeof HISTORY_AND_MEMBERS>,
  duplicates: ResultOf<typeof DUPLICATES_PAGE>,
): string[] {
  const activities = spring.activities.nodes.map((activity) => `${activity.date} ${activity.phase} ${activity.method}: ${activity.title}`);
  const records = (history.organisation?.engagements.nodes ?? []).map(
    (engagement) => `${engagement.activity.date} ${engagement.activity.title}: ${engagement.kind}${engagement.voided ? ' (voided)' : ''}`,
  );
  const members: number = history.stakeholderGroup?.organisationMembers.totalCount ?? 0;
  const pairs = duplicates.duplicateOrganisationsConnection.nodes.map(
    (pair) => `${pair.organisation.name} ~ ${pair.duplicate.name}: ${pair.reasons.join(', ')}`,
  );
  const more: boolean = duplicates.duplicateOrganisationsConnection.pageInfo.hasNextPage;
  return [...activities, ...records, String(members), ...pairs, String(more)];
}

/** Variables are typed too: a missing or misspelt one fails. */
export const EXAMPLE_VARIABLES: {
  update: VariablesOf<typeof UPDATE_ACTIVITY>;
  voiding: VariablesOf<typeof VOID_ENGAGEMENTS>;
  policyArea: VariablesOf<typeof UPDATE_POLICY_AREA>;
  newestInOulu: VariablesOf<typeof ORGANISATIONS_NEWEST_LAST_PAGE>;
  statementRounds: VariablesOf<typeof CONSULTATIONS_BY_START>;
  consentHolders: VariablesOf<typeof CONTACTS_BY_LAWFUL_BASIS>;
} = {
  update: { id: 'an-activity-id', version: 1, input: { title: 'Avoin webinaari', participantCount: 912 } },
  voiding: { ids: ['an-engagement-id'], reason: 'Recorded on the wrong activity' },
  policyArea: { id: 'a-policy-area-id', input: { nameSv: 'Regional utveckling' } },
  newestInOulu: { municipality: 'Oulu', languages: ['FI', 'SV'] },
  statementRounds: { phases: ['STATEMENT_ROUND'], startsFrom: '2026-01-01', startsTo: '2026-12-31' },
  consentHolders: { lawfulBasis: ['CONSENT'] },
};
