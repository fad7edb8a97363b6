import { graphql } from './generated/index.js';

/** Every GraphQL operation of the console, typed by codegen from schema.graphql (`npm run codegen`). */

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      roles
      ministry
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        businessId
        type
        archived
        groups {
          id
          name
        }
      }
    }
  }
`);

export const OrganisationFilterOptionsQuery = graphql(`
  query OrganisationFilterOptions {
    policyAreas {
      id
      code
      name
    }
    stakeholderGroups(first: 100) {
      nodes {
        id
        name
        hardToReach
      }
    }
  }
`);

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      version
      name
      nameSv
      nameEn
      businessId
      type
      languages
      municipality
      website
      email
      notes
      archived
      policyAreas {
        id
        name
      }
      groups {
        id
        name
        hardToReach
      }
      affiliations {
        role
        primary
        since
        until
        contact {
          id
          firstName
          lastName
        }
      }
      engagementStats {
        invited
        heard
        declined
        lastHeardOn
      }
    }
  }
`);

/** The current version alone, under an alias, so that the answer does not replace the record the form was opened with. */
export const OrganisationVersionQuery = graphql(`
  query OrganisationVersion($id: ID!) {
    organisationVersion: organisation(id: $id) {
      id
      version
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($entityId: ID!) {
    auditEvents(entityId: $entityId, first: 50) {
      totalCount
      nodes {
        id
        at
        actor
        action
        changes {
          field
          from
          to
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      version
      name
      nameSv
      nameEn
      businessId
      type
      languages
      municipality
      website
      email
      notes
      archived
      policyAreas {
        id
        name
      }
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      id
      version
      name
      nameSv
      nameEn
      businessId
      type
      languages
      municipality
      website
      email
      notes
      archived
      policyAreas {
        id
        name
      }
    }
  }
`);

export const ArchiveOrganisationMutation = graphql(`
  mutation ArchiveOrganisation($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      id
      version
      archived
    }
  }
`);

export const ConsultationsQuery = graphql(`
  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {
    consultations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        ministry
        status
        currentPhase
        startsOn
        endsOn
      }
    }
  }
`);

export const ConsultationQuery = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      id
      version
      title
      description
      ministry
      status
      currentPhase
      startsOn
      endsOn
      policyAreas {
        id
        name
      }
      targetGroups {
        id
        name
        hardToReach
      }
      activities {
        id
        title
        date
        phase
        participantCount
        facilitators {
          role
          facilitator {
            id
            name
          }
        }
        feedback {
          responses
          averageRating
        }
        engagements {
          id
          kind
          participantCount
          organisation {
            id
            name
          }
          contact {
            id
            firstName
            lastName
          }
          group {
            id
            name
          }
        }
      }
    }
    consultationCoverage(consultationId: $id) {
      coverageRatio
      earlyReachRatio
      gaps {
        id
        name
      }
      groups {
        group {
          id
          name
          hardToReach
        }
        targeted
        invited
        heard
        phasesHeard
        firstHeardOn
        reached
      }
    }
  }
`);

export const CoverageMatrixQuery = graphql(`
  query CoverageMatrix($window: CoverageWindow!) {
    coverageMatrix(window: $window) {
      consultations {
        id
        title
      }
      groups {
        id
        name
        hardToReach
      }
      cells {
        consultationId
        groupId
        heard
      }
    }
    unheardGroups(window: $window) {
      id
      name
      hardToReach
    }
  }
`);

export const StakeholderGroupsQuery = graphql(`
  query StakeholderGroups($first: Int!, $after: String, $filter: StakeholderGroupFilter) {
    stakeholderGroups(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        hardToReach
        memberCount
      }
    }
  }
`);

export const StakeholderGroupQuery = graphql(`
  query StakeholderGroup($id: ID!) {
    stakeholderGroup(id: $id) {
      id
      version
      name
      description
      hardToReach
      reachNotes
      memberCount
      memberships {
        since
        until
        organisation {
          id
          name
        }
        contact {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const AddGroupMembersMutation = graphql(`
  mutation AddGroupMembers($groupId: ID!, $organisationIds: [ID!], $contactIds: [ID!], $since: Date) {
    addGroupMembers(groupId: $groupId, organisationIds: $organisationIds, contactIds: $contactIds, since: $since) {
      id
      memberCount
      memberships {
        since
        until
        organisation {
          id
          name
        }
        contact {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const RemoveGroupMembersMutation = graphql(`
  mutation RemoveGroupMembers($groupId: ID!, $organisationIds: [ID!], $contactIds: [ID!]) {
    removeGroupMembers(groupId: $groupId, organisationIds: $organisationIds, contactIds: $contactIds) {
      id
      memberCount
      memberships {
        since
        until
        organisation {
          id
          name
        }
        contact {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const ContactsQuery = graphql(`
  query Contacts($first: Int!, $after: String, $filter: ContactFilter) {
    contacts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        firstName
        lastName
        title
        email
        erased
        affiliations {
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const ContactQuery = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      id
      version
      firstName
      lastName
      title
      email
      phone
      languages
      lawfulBasis
      consentAt
      erased
      affiliations {
        role
        primary
        since
        until
        organisation {
          id
          name
        }
      }
      groups {
        id
        name
      }
    }
  }
`);

export const ContactDataExportQuery = graphql(`
  query ContactDataExport($id: ID!) {
    contactDataExport(id: $id)
  }
`);

export const EraseContactMutation = graphql(`
  mutation EraseContact($id: ID!) {
    eraseContact(id: $id) {
      id
      version
      firstName
      lastName
      title
      email
      phone
      erased
    }
  }
`);

export const DuplicateOrganisationsQuery = graphql(`
  query DuplicateOrganisations {
    duplicateOrganisations(first: 50) {
      score
      reasons
      organisation {
        id
        name
        businessId
        affiliations {
          role
        }
        groups {
          id
        }
      }
      duplicate {
        id
        name
        businessId
        affiliations {
          role
        }
        groups {
          id
        }
      }
    }
  }
`);

export const MergeOrganisationsMutation = graphql(`
  mutation MergeOrganisations($sourceIds: [ID!]!, $targetId: ID!) {
    mergeOrganisations(sourceIds: $sourceIds, targetId: $targetId) {
      id
      version
      name
    }
  }
`);

export const ImportOrganisationsMutation = graphql(`
  mutation ImportOrganisations($csv: String!, $dryRun: Boolean!) {
    importOrganisations(csv: $csv, dryRun: $dryRun) {
      dryRun
      committed
      rows
      created
      updated
      skipped
      errors {
        line
        field
        message
      }
    }
  }
`);

export const ImportContactsMutation = graphql(`
  mutation ImportContacts($csv: String!, $dryRun: Boolean!) {
    importContacts(csv: $csv, dryRun: $dryRun) {
      dryRun
      committed
      rows
      created
      updated
      skipped
      errors {
        line
        field
        message
      }
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {
    updateContact(id: $id, version: $version, input: $input) {
      id
      version
      firstName
      lastName
      title
      email
      phone
      lawfulBasis
      affiliations {
        role
        primary
        since
        until
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const ContactVersionQuery = graphql(`
  query ContactVersion($id: ID!) {
    contactVersion: contact(id: $id) {
      id
      version
    }
  }
`);

export const RecordEngagementsMutation = graphql(`
  mutation RecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {
    recordEngagements(activityId: $activityId, records: $records) {
      id
      kind
    }
  }
`);

export const InvitationSuggestionsQuery = graphql(`
  query InvitationSuggestions($consultationId: ID!) {
    invitationSuggestions(consultationId: $consultationId, first: 50) {
      group {
        id
        name
      }
      organisation {
        id
        name
      }
      contact {
        id
        firstName
        lastName
      }
      matchesPreferences
      overLimit
      invitationsThisQuarter
      invitationsLast12Months
    }
  }
`);

export const FacilitatorsQuery = graphql(`
  query Facilitators($first: Int!, $after: String, $filter: FacilitatorFilter) {
    facilitators(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        unit
        methods
        languages
        active
      }
    }
  }
`);

export const OrganisationPracticeQuery = graphql(`
  query OrganisationPractice($id: ID!) {
    organisation(id: $id) {
      id
      preferences {
        languages
        methods
        modes
        maxInvitationsPerQuarter
        accessibilityNeeds
        notes
        policyAreas {
          id
          name
        }
      }
      themesRaised {
        id
        title
        summary
        response
        responseText
        consultation {
          id
          title
        }
      }
    }
  }
`);
