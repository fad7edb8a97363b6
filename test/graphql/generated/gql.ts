/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  query ConsoleReform {\n    consultations(first: 1, filter: { search: \"Työmarkkinauudistus 2027\" }) {\n      nodes {\n        id\n        title\n        activities {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleReformDocument,
    "\n          mutation ConsoleArchive($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              id\n            }\n          }\n        ": typeof types.ConsoleArchiveDocument,
    "\n          query ConsoleStoredOrganisation($id: ID!) {\n            organisation(id: $id) {\n              municipality\n              notes\n            }\n          }\n        ": typeof types.ConsoleStoredOrganisationDocument,
    "\n          query ConsoleVersion($id: ID!) {\n            organisation(id: $id) {\n              version\n            }\n          }\n        ": typeof types.ConsoleVersionDocument,
    "\n          mutation ConsoleMoveToJoensuu($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { municipality: \"Joensuu\" }) {\n              id\n            }\n          }\n        ": typeof types.ConsoleMoveToJoensuuDocument,
    "\n          query ConsoleMunicipality($id: ID!) {\n            organisation(id: $id) {\n              municipality\n            }\n          }\n        ": typeof types.ConsoleMunicipalityDocument,
    "\n          query ConsoleErased($id: ID!) {\n            contact(id: $id) {\n              erased\n              email\n            }\n          }\n        ": typeof types.ConsoleErasedDocument,
    "\n          query ConsoleStoredContact($id: ID!) {\n            contact(id: $id) {\n              lastName\n              email\n              title\n            }\n          }\n        ": typeof types.ConsoleStoredContactDocument,
    "\n          query ConsoleAffiliations($id: ID!) {\n            contact(id: $id) {\n              affiliations {\n                role\n                since\n                until\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.ConsoleAffiliationsDocument,
    "\n          query ConsoleMergedInto($id: ID!) {\n            organisation(id: $id) {\n              mergedInto {\n                id\n              }\n            }\n          }\n        ": typeof types.ConsoleMergedIntoDocument,
    "\n            query ConsoleBusinessId($id: ID!) {\n              organisation(id: $id) {\n                businessId\n              }\n            }\n          ": typeof types.ConsoleBusinessIdDocument,
    "\n          query ConsoleGroupOrganisations($id: ID!) {\n            stakeholderGroup(id: $id) {\n              organisations {\n                name\n              }\n            }\n          }\n        ": typeof types.ConsoleGroupOrganisationsDocument,
    "\n          query ConsoleGroupContacts($id: ID!) {\n            stakeholderGroup(id: $id) {\n              contacts {\n                id\n              }\n            }\n          }\n        ": typeof types.ConsoleGroupContactsDocument,
    "\n          query ConsoleReformActivities($id: ID!) {\n            consultation(id: $id) {\n              activities {\n                title\n                facilitators {\n                  role\n                  facilitator {\n                    name\n                  }\n                }\n                feedback {\n                  responses\n                  averageRating\n                }\n              }\n            }\n            invitationSuggestions(consultationId: $id) {\n              organisation {\n                name\n              }\n              contact {\n                firstName\n                lastName\n              }\n              group {\n                name\n              }\n            }\n          }\n        ": typeof types.ConsoleReformActivitiesDocument,
    "\n          mutation ConsoleCreateFacilitator($input: CreateFacilitatorInput!) {\n            createFacilitator(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ConsoleCreateFacilitatorDocument,
    "\n          mutation ConsolePreferences($id: ID, $preferences: EngagementPreferencesInput) {\n            setEngagementPreferences(organisationId: $id, preferences: $preferences) {\n              notes\n            }\n          }\n        ": typeof types.ConsolePreferencesDocument,
    "\n          mutation ConsoleRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n            recordEngagements(activityId: $activityId, records: $records) {\n              id\n            }\n          }\n        ": typeof types.ConsoleRecordDocument,
    "\n          mutation ConsoleCreateTheme($input: CreateInputThemeInput!) {\n            createInputTheme(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ConsoleCreateThemeDocument,
    "\n  query AuditEvents($entityId: ID, $first: Int, $after: String) {\n    auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        entityType\n        entityId\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n        mutation AuditCreate {\n          createOrganisation(input: { name: \"Auditoitava ry\", type: ASSOCIATION, languages: [FI] }) {\n            id\n            version\n          }\n        }\n      ": typeof types.AuditCreateDocument,
    "\n        mutation AuditUpdate($id: ID!) {\n          updateOrganisation(id: $id, version: 1, input: { name: \"Auditoitu ry\", notes: \"Tärkeä\" }) {\n            id\n          }\n        }\n      ": typeof types.AuditUpdateDocument,
    "\n        mutation AuditArchive($id: ID!) {\n          archiveOrganisation(id: $id, version: 2) {\n            id\n          }\n        }\n      ": typeof types.AuditArchiveDocument,
    "\n        mutation AuditCreateNameless {\n          createOrganisation(input: { name: \"\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      ": typeof types.AuditCreateNamelessDocument,
    "\n        mutation AuditUpdateStale($id: ID!) {\n          updateOrganisation(id: $id, version: 99, input: { name: \"Myöhässä\" }) {\n            id\n          }\n        }\n      ": typeof types.AuditUpdateStaleDocument,
    "\n        mutation AuditCreateForbidden {\n          createOrganisation(input: { name: \"Ei oikeutta\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      ": typeof types.AuditCreateForbiddenDocument,
    "\n        mutation AuditArchiveForbidden($id: ID!) {\n          archiveOrganisation(id: $id, version: 1) {\n            id\n          }\n        }\n      ": typeof types.AuditArchiveForbiddenDocument,
    "\n      mutation AuditCreateRace($name: String!, $businessId: String) {\n        createOrganisation(input: { name: $name, type: COMPANY, businessId: $businessId }) {\n          id\n        }\n      }\n    ": typeof types.AuditCreateRaceDocument,
    "\n  query AuthMe {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  mutation AuthCreate {\n    createOrganisation(input: { name: \"Oikeustesti ry\", type: ASSOCIATION }) {\n      id\n    }\n  }\n": typeof types.AuthCreateDocument,
    "\n  query AuthCount {\n    organisations {\n      totalCount\n    }\n  }\n": typeof types.AuthCountDocument,
    "\n      mutation AuthArchive($id: ID!, $v: Int!) {\n        archiveOrganisation(id: $id, version: $v) {\n          id\n        }\n      }\n    ": typeof types.AuthArchiveDocument,
    "\n            mutation AuthCreatePolicyArea {\n              createPolicyArea(input: { code: \"x-y\", name: \"X\" }) {\n                id\n              }\n            }\n          ": typeof types.AuthCreatePolicyAreaDocument,
    "\n        mutation AuthCreateRefused {\n          createOrganisation(input: { name: \"Kielletty ry\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      ": typeof types.AuthCreateRefusedDocument,
    "\n          mutation AuthUpdateMalformed {\n            updateOrganisation(id: \"x\", version: 1, input: {}) {\n              id\n            }\n          }\n        ": typeof types.AuthUpdateMalformedDocument,
    "\n          query AuthTooMany {\n            organisations(first: 9999) {\n              totalCount\n            }\n          }\n        ": typeof types.AuthTooManyDocument,
    "\n        query BoundedWorkGroupNames {\n          stakeholderGroups(first: 10) {\n            nodes {\n              organisations {\n                groups {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.BoundedWorkGroupNamesDocument,
    "\n      mutation ConcurrencyLinksUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n        updateOrganisation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    ": typeof types.ConcurrencyLinksUpdateOrganisationDocument,
    "\n      mutation ConcurrencyLinksUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n        updateContact(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    ": typeof types.ConcurrencyLinksUpdateContactDocument,
    "\n      mutation ConcurrencyLinksUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n        updateConsultation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    ": typeof types.ConcurrencyLinksUpdateConsultationDocument,
    "\n      mutation ConcurrencyLinksAddMembers($groupId: ID!, $o: [ID!], $since: Date) {\n        addGroupMembers(groupId: $groupId, organisationIds: $o, since: $since) {\n          id\n        }\n      }\n    ": typeof types.ConcurrencyLinksAddMembersDocument,
    "\n      mutation ConcurrencyLinksRemoveMembers($groupId: ID!, $o: [ID!], $until: Date) {\n        removeGroupMembers(groupId: $groupId, organisationIds: $o, until: $until) {\n          id\n        }\n      }\n    ": typeof types.ConcurrencyLinksRemoveMembersDocument,
    "\n      mutation ConcurrencyRename($id: ID!, $version: Int!, $name: String) {\n        updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n          version\n          name\n        }\n      }\n    ": typeof types.ConcurrencyRenameDocument,
    "\n      mutation ConcurrencyRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n        recordEngagements(activityId: $activityId, records: $records) {\n          id\n        }\n      }\n    ": typeof types.ConcurrencyRecordEngagementsDocument,
    "\n  mutation ContactGroupCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      email\n      lawfulBasis\n      consentAt\n      erased\n      version\n      affiliations {\n        role\n        primary\n        since\n        until\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ContactGroupCreateContactDocument,
    "\n  mutation ContactGroupUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n      version\n      lastName\n      lawfulBasis\n      consentAt\n      affiliations {\n        role\n        since\n        until\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ContactGroupUpdateContactDocument,
    "\n  query ContactGroupGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      id\n      name\n      hardToReach\n      reachNotes\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n    }\n  }\n": typeof types.ContactGroupGroupDocument,
    "\n  query ContactGroupContacts($filter: ContactFilter, $first: Int, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        lastName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContactGroupContactsDocument,
    "\n  query ContactGroupGroups($filter: StakeholderGroupFilter) {\n    stakeholderGroups(filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ContactGroupGroupsDocument,
    "\n          query ContactGroupAffiliations($id: ID!) {\n            organisation(id: $id) {\n              affiliations {\n                role\n                contact {\n                  lastName\n                }\n              }\n            }\n          }\n        ": typeof types.ContactGroupAffiliationsDocument,
    "\n              query ContactGroupMalformedId {\n                contact(id: \"nope\") {\n                  id\n                }\n              }\n            ": typeof types.ContactGroupMalformedIdDocument,
    "\n            mutation ContactGroupCreateGroup {\n              createStakeholderGroup(input: { name: \" Saamelaiset \", hardToReach: true, reachNotes: \"Saamelaiskäräjät\" }) {\n                id\n                name\n                hardToReach\n                reachNotes\n                version\n                memberCount\n              }\n            }\n          ": typeof types.ContactGroupCreateGroupDocument,
    "\n        mutation ContactGroupDescribeGroup($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { description: \"The Sámi\" }) {\n            version\n            description\n            hardToReach\n          }\n        }\n      ": typeof types.ContactGroupDescribeGroupDocument,
    "\n        mutation ContactGroupRemoveMembers($g: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      ": typeof types.ContactGroupRemoveMembersDocument,
    "\n          query ContactGroupGroupsOfOrganisation($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        ": typeof types.ContactGroupGroupsOfOrganisationDocument,
    "\n          mutation ContactGroupAddMembers($g: ID!, $o: [ID!], $c: [ID!]) {\n            addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) {\n              id\n            }\n          }\n        ": typeof types.ContactGroupAddMembersDocument,
    "\n          mutation ContactGroupAddToUnknownGroup {\n            addGroupMembers(groupId: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\", organisationIds: []) {\n              id\n            }\n          }\n        ": typeof types.ContactGroupAddToUnknownGroupDocument,
    "\n            mutation ContactGroupCreateNamedGroup($input: CreateStakeholderGroupInput!) {\n              createStakeholderGroup(input: $input) {\n                id\n                name\n                nameSv\n                nameEn\n                version\n              }\n            }\n          ": typeof types.ContactGroupCreateNamedGroupDocument,
    "\n            mutation ContactGroupRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n              updateStakeholderGroup(id: $id, version: $version, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          ": typeof types.ContactGroupRenameGroupDocument,
    "\n          mutation ContactGroupCreateGroupWithInput($input: CreateStakeholderGroupInput!) {\n            createStakeholderGroup(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ContactGroupCreateGroupWithInputDocument,
    "\n        mutation ContactGroupCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n          }\n        }\n      ": typeof types.ContactGroupCreatePolicyAreaDocument,
    "\n            query ContactGroupPolicyAreaNames {\n              policyAreas {\n                name\n              }\n            }\n          ": typeof types.ContactGroupPolicyAreaNamesDocument,
    "\n        mutation ContactGroupCreateNamedPolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n            nameSv\n            nameEn\n          }\n        }\n      ": typeof types.ContactGroupCreateNamedPolicyAreaDocument,
    "\n              query ContactGroupSearchPolicyAreas($search: String) {\n                policyAreas(search: $search) {\n                  id\n                }\n              }\n            ": typeof types.ContactGroupSearchPolicyAreasDocument,
    "\n            mutation ContactGroupRenamePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n              updatePolicyArea(id: $id, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          ": typeof types.ContactGroupRenamePolicyAreaDocument,
    "\n              query ContactGroupPolicyAreaIds {\n                policyAreas {\n                  id\n                }\n              }\n            ": typeof types.ContactGroupPolicyAreaIdsDocument,
    "\n  mutation CorrectionsUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n": typeof types.CorrectionsUpdateActivityDocument,
    "\n  mutation CorrectionsVoid($ids: [ID!]!, $reason: String!) {\n    voidEngagements(ids: $ids, reason: $reason) {\n      id\n      voided\n      voidReason\n      voidedAt\n      voidedBy\n    }\n  }\n": typeof types.CorrectionsVoidDocument,
    "\n  query CorrectionsEngagements($id: ID!) {\n    activity(id: $id) {\n      engagements {\n        id\n      }\n      all: engagements(includeVoided: true) {\n        id\n        voided\n        voidReason\n        voidedAt\n        voidedBy\n      }\n    }\n  }\n": typeof types.CorrectionsEngagementsDocument,
    "\n  mutation CorrectionsArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      archived\n      version\n    }\n  }\n": typeof types.CorrectionsArchiveDocument,
    "\n  mutation CorrectionsUnarchive($id: ID!, $version: Int!) {\n    unarchiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n": typeof types.CorrectionsUnarchiveDocument,
    "\n  mutation CorrectionsUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n    updatePolicyArea(id: $id, input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CorrectionsUpdatePolicyAreaDocument,
    "\n  query CorrectionsEvents($entityId: ID) {\n    auditEvents(entityId: $entityId, first: 50) {\n      nodes {\n        actor\n        action\n        entityType\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.CorrectionsEventsDocument,
    "\n  mutation CorrectionsMerge($t: ID!, $s: [ID!]!) {\n    mergeOrganisations(targetId: $t, sourceIds: $s) {\n      id\n    }\n  }\n": typeof types.CorrectionsMergeDocument,
    "\n  query CoverageApiCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      consultation {\n        id\n        title\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        reached\n        phasesHeard\n        firstHeardOn\n      }\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CoverageApiCoverageDocument,
    "\n  query CoverageApiUnheard($window: CoverageWindow!) {\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n": typeof types.CoverageApiUnheardDocument,
    "\n  query DuplicatesApi($threshold: Float, $first: Int) {\n    duplicateOrganisations(threshold: $threshold, first: $first) {\n      organisation {\n        id\n        name\n      }\n      duplicate {\n        id\n        name\n      }\n      score\n      reasons\n    }\n  }\n": typeof types.DuplicatesApiDocument,
    "\n  mutation EngagementApiCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n  fragment EngagementApiConsultation on Consultation {\n    id\n    title\n    description\n    ministry\n    status\n    currentPhase\n    startsOn\n    endsOn\n    version\n    policyAreas {\n      code\n    }\n    targetGroups {\n      name\n    }\n  }\n": typeof types.EngagementApiCreateConsultationDocument,
    "\n  mutation EngagementApiUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, version: $version, input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n": typeof types.EngagementApiUpdateConsultationDocument,
    "\n  mutation EngagementApiCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n": typeof types.EngagementApiCreateActivityDocument,
    "\n  mutation EngagementApiRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n      kind\n      participantCount\n      notes\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      group {\n        id\n      }\n      activity {\n        id\n      }\n    }\n  }\n": typeof types.EngagementApiRecordDocument,
    "\n          query EngagementApiConsultation($id: ID!) {\n            consultation(id: $id) {\n              ...EngagementApiConsultation\n            }\n          }\n        ": typeof types.EngagementApiConsultationDocument,
    "\n          query EngagementApiViewerRead($id: ID!) {\n            consultation(id: $id) {\n              ministry\n              activities {\n                id\n              }\n            }\n          }\n        ": typeof types.EngagementApiViewerReadDocument,
    "\n          mutation EngagementApiSharedRegister {\n            createOrganisation(input: { name: \"Jaettu rekisteri ry\", type: ASSOCIATION }) {\n              id\n            }\n          }\n        ": typeof types.EngagementApiSharedRegisterDocument,
    "\n  mutation ErasedContactErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ErasedContactEraseDocument,
    "\n  mutation ErasedContactUpdate($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n": typeof types.ErasedContactUpdateDocument,
    "\n        mutation ErasedContactAddMember($groupId: ID!, $contactIds: [ID!]) {\n          addGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      ": typeof types.ErasedContactAddMemberDocument,
    "\n        mutation ErasedContactRemoveMember($groupId: ID!, $contactIds: [ID!]) {\n          removeGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      ": typeof types.ErasedContactRemoveMemberDocument,
    "\n        mutation ErasedContactRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      ": typeof types.ErasedContactRecordDocument,
    "\n        mutation ErasedContactPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      ": typeof types.ErasedContactPreferencesDocument,
    "\n  mutation ErrorsCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ErrorsCreateOrganisationDocument,
    "\n  mutation ErrorsUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ErrorsUpdateOrganisationDocument,
    "\n  mutation ErrorsCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n    }\n  }\n": typeof types.ErrorsCreatePolicyAreaDocument,
    "\n  query ErrorsStats($since: Date) {\n    organisations(first: 1) {\n      nodes {\n        engagementStats(since: $since) {\n          heard\n        }\n      }\n    }\n  }\n": typeof types.ErrorsStatsDocument,
    "\n  mutation ErrorsCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n": typeof types.ErrorsCreateContactDocument,
    "\n  query ErrorsOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n    }\n  }\n": typeof types.ErrorsOrganisationDocument,
    "\n  query ErrorsCount($first: Int) {\n    organisations(first: $first) {\n      totalCount\n    }\n  }\n": typeof types.ErrorsCountDocument,
    "\n  query FacilitationStatementsSuggest($activityId: ID!) {\n    facilitatorSuggestions(activityId: $activityId, language: FI, first: 200) {\n      recentAssignments\n      facilitator {\n        id\n        name\n        methods\n        languages\n      }\n    }\n  }\n": typeof types.FacilitationStatementsSuggestDocument,
    "\n  query FacilitationStatementsActivities($id: ID!) {\n    consultation(id: $id) {\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n      activities {\n        id\n        feedback {\n          responses\n          averageRating\n          ratingCounts\n          wouldTakePartAgainRatio\n        }\n        feedbackComments {\n          rating\n          comment\n          group {\n            name\n          }\n          createdAt\n        }\n        facilitators {\n          role\n          facilitator {\n            name\n            assignments(from: \"2026-01-01\") {\n              role\n              activity {\n                id\n              }\n            }\n          }\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.FacilitationStatementsActivitiesDocument,
    "\n  query FacilitationStatementsMethodFeedback($window: CoverageWindow!) {\n    methodFeedback(window: $window) {\n      phase\n      method\n      activities\n      hardToReachGroupsHeard\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n    }\n  }\n": typeof types.FacilitationStatementsMethodFeedbackDocument,
    "\n  mutation FacilitationStatementsRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n    }\n  }\n": typeof types.FacilitationStatementsRecordFeedbackDocument,
    "\n  mutation FacilitationCreate($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      ministry\n    }\n  }\n": typeof types.FacilitationCreateDocument,
    "\n  mutation FacilitationUpdate($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n    updateFacilitator(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.FacilitationUpdateDocument,
    "\n  mutation FacilitationAssign($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n": typeof types.FacilitationAssignDocument,
    "\n  mutation FacilitationUnassign($activityId: ID!, $ids: [ID!]!) {\n    unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n      id\n    }\n  }\n": typeof types.FacilitationUnassignDocument,
    "\n  query FacilitationRead($id: ID!, $activityId: ID!) {\n    facilitator(id: $id) {\n      id\n      name\n      assignments {\n        role\n      }\n    }\n    facilitators(first: 5) {\n      totalCount\n    }\n    facilitatorSuggestions(activityId: $activityId) {\n      facilitator {\n        id\n      }\n    }\n    methodFeedback(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      phase\n    }\n    activity(id: $activityId) {\n      facilitators {\n        role\n      }\n      feedback {\n        responses\n      }\n      feedbackComments {\n        comment\n      }\n      consultation {\n        feedback {\n          responses\n        }\n      }\n    }\n  }\n": typeof types.FacilitationReadDocument,
    "\n  query FacilitationSuggestions($activityId: ID!, $first: Int) {\n    facilitatorSuggestions(activityId: $activityId, first: $first) {\n      recentAssignments\n    }\n  }\n": typeof types.FacilitationSuggestionsDocument,
    "\n            query FacilitationEmail($id: ID!) {\n              facilitator(id: $id) {\n                email\n              }\n            }\n          ": typeof types.FacilitationEmailDocument,
    "\n        query FacilitationUnknownIds($unknown: ID!) {\n          a: facilitator(id: $unknown) {\n            id\n          }\n          b: facilitator(id: \"nope\") {\n            id\n          }\n        }\n      ": typeof types.FacilitationUnknownIdsDocument,
    "\n          query FacilitationTooMany {\n            facilitators(first: 201) {\n              totalCount\n            }\n          }\n        ": typeof types.FacilitationTooManyDocument,
    "\n      query FaultsCount {\n        organisations(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.FaultsCountDocument,
    "\n        mutation FuzzImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            committed\n            errors {\n              line\n              field\n            }\n          }\n        }\n      ": typeof types.FuzzImportContactsDocument,
    "\n  query HardeningMe {\n    me {\n      id\n    }\n  }\n": typeof types.HardeningMeDocument,
    "\n      query HardeningDeepFragment {\n        organisation(id: \"x\") {\n          mergedInto {\n            ...HardeningDeep\n          }\n        }\n      }\n      fragment HardeningDeep on Organisation {\n        mergedInto {\n          mergedInto {\n            mergedInto {\n              mergedInto {\n                mergedInto {\n                  mergedInto {\n                    mergedInto {\n                      mergedInto {\n                        id\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningDeepFragmentDocument,
    "\n      query HardeningCostly($n: Int) {\n        organisations(first: $n) {\n          nodes {\n            groups {\n              organisations {\n                groups {\n                  organisations {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningCostlyDocument,
    "\n      query HardeningFirst50 {\n        organisations(first: 50) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningFirst50Document,
    "\n      query HardeningFirst200 {\n        organisations(first: 200) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningFirst200Document,
    "\n      query HardeningDefault200($f: Int = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningDefault200Document,
    "\n      query HardeningDefault1($f: Int = 1) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningDefault1Document,
    "\n      query HardeningRequiredDefault200($f: Int! = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.HardeningRequiredDefault200Document,
    "\n        query HardeningIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": typeof types.HardeningIntrospectionDocument,
    "\n  query InvitationsApiSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n        name\n      }\n      contact {\n        id\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n": typeof types.InvitationsApiSuggestionsDocument,
    "\n  mutation LoadImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n": typeof types.LoadImportOrganisationsDocument,
    "\n  mutation LoadImportContacts($csv: String!) {\n    importContacts(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n": typeof types.LoadImportContactsDocument,
    "\n  mutation LoadAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n": typeof types.LoadAddMembersDocument,
    "\n        mutation LocksMerge($t: ID!, $s: [ID!]!) {\n          mergeOrganisations(targetId: $t, sourceIds: $s) {\n            id\n          }\n        }\n      ": typeof types.LocksMergeDocument,
    "\n        mutation LocksAddMember($g: ID!, $o: [ID!]) {\n          addGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      ": typeof types.LocksAddMemberDocument,
    "\n      mutation LoggingRename($id: ID!) {\n        updateOrganisation(id: $id, version: 1, input: { name: \"X\" }) {\n          id\n        }\n      }\n    ": typeof types.LoggingRenameDocument,
    "\n      mutation LoggingCreateArea($input: CreatePolicyAreaInput!) {\n        createPolicyArea(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LoggingCreateAreaDocument,
    "\n            query LoggingMe {\n              me {\n                id\n              }\n            }\n          ": typeof types.LoggingMeDocument,
    "\n  mutation MembershipsApiAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n      memberCount\n    }\n  }\n": typeof types.MembershipsApiAddDocument,
    "\n  mutation MembershipsAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n    }\n  }\n": typeof types.MembershipsAddDocument,
    "\n  mutation MembershipsRemove($g: ID!, $o: [ID!], $c: [ID!], $until: Date) {\n    removeGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, until: $until) {\n      id\n    }\n  }\n": typeof types.MembershipsRemoveDocument,
    "\n  query MembershipsGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n      current: memberships {\n        group {\n          id\n        }\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n      all: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n    }\n  }\n": typeof types.MembershipsGroupDocument,
    "\n          query MembershipsGroupsOf($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        ": typeof types.MembershipsGroupsOfDocument,
    "\n            query MembershipsInGroup($g: [ID!]) {\n              organisations(filter: { groupIds: $g }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.MembershipsInGroupDocument,
    "\n  mutation MergeApiMerge($targetId: ID!, $sourceIds: [ID!]!) {\n    mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n      id\n      version\n      archived\n      mergedInto {\n        id\n      }\n      groups {\n        id\n      }\n      policyAreas {\n        id\n      }\n      affiliations {\n        contact {\n          id\n        }\n        role\n        since\n        until\n      }\n    }\n  }\n": typeof types.MergeApiMergeDocument,
    "\n        mutation TransactionCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreatePolicyAreaDocument,
    "\n        mutation TransactionCreateOrganisation($input: CreateOrganisationInput!) {\n          createOrganisation(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateOrganisationDocument,
    "\n        mutation TransactionUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n          updateOrganisation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateOrganisationDocument,
    "\n        mutation TransactionArchiveOrganisation($id: ID!, $version: Int!) {\n          archiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      ": typeof types.TransactionArchiveOrganisationDocument,
    "\n        mutation TransactionUnarchiveOrganisation($id: ID!, $version: Int!) {\n          unarchiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      ": typeof types.TransactionUnarchiveOrganisationDocument,
    "\n          mutation TransactionArchiveFirst($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              version\n            }\n          }\n        ": typeof types.TransactionArchiveFirstDocument,
    "\n        mutation TransactionUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n          updatePolicyArea(id: $id, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdatePolicyAreaDocument,
    "\n        mutation TransactionCreateContact($input: CreateContactInput!) {\n          createContact(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateContactDocument,
    "\n        mutation TransactionUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n          updateContact(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateContactDocument,
    "\n        mutation TransactionCreateStakeholderGroup($input: CreateStakeholderGroupInput!) {\n          createStakeholderGroup(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateStakeholderGroupDocument,
    "\n        mutation TransactionUpdateStakeholderGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n          updateStakeholderGroup(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateStakeholderGroupDocument,
    "\n        mutation TransactionAddGroupMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n          addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c, since: \"2026-01-01\") {\n            id\n          }\n        }\n      ": typeof types.TransactionAddGroupMembersDocument,
    "\n        mutation TransactionRemoveGroupMembers($groupId: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $groupId, organisationIds: $o, until: \"2026-06-01\") {\n            id\n          }\n        }\n      ": typeof types.TransactionRemoveGroupMembersDocument,
    "\n        mutation TransactionCreateConsultation($input: CreateConsultationInput!) {\n          createConsultation(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateConsultationDocument,
    "\n        mutation TransactionUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n          updateConsultation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateConsultationDocument,
    "\n        mutation TransactionCreateActivity($input: CreateActivityInput!) {\n          createActivity(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateActivityDocument,
    "\n        mutation TransactionRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      ": typeof types.TransactionRecordEngagementsDocument,
    "\n        mutation TransactionUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n          updateActivity(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateActivityDocument,
    "\n        mutation TransactionVoidEngagements($ids: [ID!]!, $reason: String!) {\n          voidEngagements(ids: $ids, reason: $reason) {\n            id\n          }\n        }\n      ": typeof types.TransactionVoidEngagementsDocument,
    "\n        mutation TransactionCreateFacilitator($input: CreateFacilitatorInput!) {\n          createFacilitator(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateFacilitatorDocument,
    "\n        mutation TransactionUpdateFacilitator($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n          updateFacilitator(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateFacilitatorDocument,
    "\n        mutation TransactionAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n          assignFacilitators(activityId: $activityId, assignments: $assignments) {\n            id\n          }\n        }\n      ": typeof types.TransactionAssignFacilitatorsDocument,
    "\n        mutation TransactionUnassignFacilitators($activityId: ID!, $ids: [ID!]!) {\n          unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n            id\n          }\n        }\n      ": typeof types.TransactionUnassignFacilitatorsDocument,
    "\n        mutation TransactionRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n          recordFeedback(activityId: $activityId, responses: $responses) {\n            responses\n          }\n        }\n      ": typeof types.TransactionRecordFeedbackDocument,
    "\n        mutation TransactionMergeOrganisations($targetId: ID!, $sourceIds: [ID!]!) {\n          mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n            id\n          }\n        }\n      ": typeof types.TransactionMergeOrganisationsDocument,
    "\n        mutation TransactionEraseContact($id: ID!) {\n          eraseContact(id: $id) {\n            id\n          }\n        }\n      ": typeof types.TransactionEraseContactDocument,
    "\n        mutation TransactionImportOrganisations($csv: String!) {\n          importOrganisations(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      ": typeof types.TransactionImportOrganisationsDocument,
    "\n        mutation TransactionImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      ": typeof types.TransactionImportContactsDocument,
    "\n        mutation TransactionSetEngagementPreferences($o: ID, $p: EngagementPreferencesInput) {\n          setEngagementPreferences(organisationId: $o, preferences: $p) {\n            updatedAt\n          }\n        }\n      ": typeof types.TransactionSetEngagementPreferencesDocument,
    "\n        mutation TransactionCreateInputTheme($input: CreateInputThemeInput!) {\n          createInputTheme(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionCreateInputThemeDocument,
    "\n        mutation TransactionUpdateInputTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n          updateInputTheme(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": typeof types.TransactionUpdateInputThemeDocument,
    "\n            mutation TransactionCreateTheme($input: CreateInputThemeInput!) {\n              createInputTheme(input: $input) {\n                id\n              }\n            }\n          ": typeof types.TransactionCreateThemeDocument,
    "\n        query TransactionMutationNames {\n          __type(name: \"Mutation\") {\n            fields {\n              name\n            }\n          }\n        }\n      ": typeof types.TransactionMutationNamesDocument,
    "\n  mutation OrganisationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      website\n      email\n      version\n      archived\n      policyAreas {\n        code\n      }\n    }\n  }\n": typeof types.OrganisationCreateDocument,
    "\n  mutation OrganisationUpdate($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      businessId\n      version\n      notes\n      policyAreas {\n        code\n      }\n    }\n  }\n": typeof types.OrganisationUpdateDocument,
    "\n  mutation OrganisationArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n": typeof types.OrganisationArchiveDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationListDocument,
    "\n  query OrganisationByBusinessId($businessId: String!) {\n    organisationByBusinessId(businessId: $businessId) {\n      id\n      businessId\n    }\n  }\n": typeof types.OrganisationByBusinessIdDocument,
    "\n          query OrganisationUnknownIds {\n            a: organisation(id: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\") {\n              id\n            }\n            b: organisation(id: \"1; drop table organisation\") {\n              id\n            }\n          }\n        ": typeof types.OrganisationUnknownIdsDocument,
    "\n  query PersonalDataWalk($contactId: ID!, $specialId: ID!, $ordinaryId: ID!, $organisationId: ID!, $activityId: ID!) {\n    contact(id: $contactId) {\n      ...PersonalDataDetails\n      groups {\n        id\n      }\n    }\n    bySpecialGroup: contacts(filter: { groupIds: [$specialId] }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    byOrdinaryGroup: contacts(filter: { groupIds: [$ordinaryId] }) {\n      totalCount\n      nodes {\n        ...PersonalDataDetails\n      }\n    }\n    special: stakeholderGroup(id: $specialId) {\n      specialCategory\n      memberCount\n      contacts {\n        id\n      }\n      memberships {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n      everything: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n    }\n    ordinary: stakeholderGroup(id: $ordinaryId) {\n      specialCategory\n      memberCount\n      contacts {\n        ...PersonalDataDetails\n        groups {\n          id\n        }\n      }\n      memberships {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    groups: stakeholderGroups(first: 200) {\n      nodes {\n        id\n        memberCount\n        contacts {\n          id\n        }\n        organisations {\n          id\n        }\n      }\n    }\n    organisation(id: $organisationId) {\n      affiliations {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    activity(id: $activityId) {\n      engagements {\n        group {\n          id\n        }\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n  }\n  fragment PersonalDataDetails on Contact {\n    id\n    email\n    phone\n    consentAt\n  }\n": typeof types.PersonalDataWalkDocument,
    "\n  query PersonalDataSubjectAccess($id: ID!) {\n    contactDataExport(id: $id)\n  }\n": typeof types.PersonalDataSubjectAccessDocument,
    "\n        mutation PersonalDataPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      ": typeof types.PersonalDataPreferencesDocument,
    "\n          query PersonalDataReadPreferences($id: ID!) {\n            contact(id: $id) {\n              preferences {\n                accessibilityNeeds\n                languages\n              }\n            }\n          }\n        ": typeof types.PersonalDataReadPreferencesDocument,
    "\n            query PersonalDataSearch($term: String) {\n              contacts(filter: { search: $term }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.PersonalDataSearchDocument,
    "\n            query PersonalDataSpecialCategory($id: ID!) {\n              stakeholderGroup(id: $id) {\n                specialCategory\n                version\n              }\n            }\n          ": typeof types.PersonalDataSpecialCategoryDocument,
    "\n        mutation PersonalDataMakeSpecial($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { specialCategory: true }) {\n            id\n          }\n        }\n      ": typeof types.PersonalDataMakeSpecialDocument,
    "\n              query PersonalDataExportContacts {\n                exportContacts\n              }\n            ": typeof types.PersonalDataExportContactsDocument,
    "\n              query PersonalDataExportOrganisations {\n                exportOrganisations\n              }\n            ": typeof types.PersonalDataExportOrganisationsDocument,
    "\n  query PracticeStatementsSuggestions($consultationId: ID!, $activityId: ID) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 200) {\n      group {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        preferences {\n          methods\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n          title\n        }\n      }\n      contact {\n        id\n        lastName\n        preferences {\n          modes\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n        }\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n": typeof types.PracticeStatementsSuggestionsDocument,
    "\n  query PracticeStatementsThemes($id: ID!) {\n    consultation(id: $id) {\n      themes {\n        id\n        title\n        consultation {\n          id\n        }\n        raisedBy {\n          id\n          organisation {\n            id\n            themesRaised {\n              id\n            }\n            preferences {\n              notes\n            }\n          }\n          contact {\n            id\n            themesRaised(consultationId: $id) {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PracticeStatementsThemesDocument,
    "\n  mutation PracticeStatementsOrganisationPreferences($o: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, preferences: $p) {\n      updatedAt\n    }\n  }\n": typeof types.PracticeStatementsOrganisationPreferencesDocument,
    "\n  mutation PracticeStatementsContactPreferences($c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(contactId: $c, preferences: $p) {\n      updatedAt\n    }\n  }\n": typeof types.PracticeStatementsContactPreferencesDocument,
    "\n  mutation PracticeStatementsCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n    }\n  }\n": typeof types.PracticeStatementsCreateThemeDocument,
    "\n  mutation PracticeSetPreferences($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      methods\n      maxInvitationsPerQuarter\n    }\n  }\n": typeof types.PracticeSetPreferencesDocument,
    "\n  query PracticeSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      overLimit\n    }\n  }\n": typeof types.PracticeSuggestionsDocument,
    "\n  mutation PracticeCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PracticeCreateThemeDocument,
    "\n  mutation PracticeUpdateTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n    updateInputTheme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PracticeUpdateThemeDocument,
    "\n  query PracticeRead($o: ID!, $c: ID!, $consultation: ID!) {\n    organisation(id: $o) {\n      preferences {\n        methods\n      }\n      themesRaised {\n        id\n      }\n    }\n    contact(id: $c) {\n      preferences {\n        modes\n      }\n      themesRaised(consultationId: $consultation) {\n        id\n      }\n    }\n    consultation(id: $consultation) {\n      themes {\n        id\n        raisedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PracticeReadDocument,
    "\n  query PracticeLetters($id: ID!) {\n    feedbackLetters(consultationId: $id) {\n      text\n    }\n  }\n": typeof types.PracticeLettersDocument,
    "\n  mutation PreferencesApiSet($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      ...PreferencesApiFields\n    }\n  }\n  fragment PreferencesApiFields on EngagementPreferences {\n    methods\n    modes\n    languages\n    policyAreas {\n      id\n      name\n    }\n    accessibilityNeeds\n    maxInvitationsPerQuarter\n    notes\n    updatedAt\n  }\n": typeof types.PreferencesApiSetDocument,
    "\n  query PreferencesApiOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      preferences {\n        ...PreferencesApiFields\n      }\n    }\n  }\n": typeof types.PreferencesApiOrganisationDocument,
    "\n  mutation PrivacyApiErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      title\n      languages\n      lawfulBasis\n      consentAt\n      erased\n      version\n      groups {\n        id\n      }\n      affiliations {\n        organisation {\n          id\n        }\n        role\n        primary\n        since\n        until\n      }\n    }\n  }\n": typeof types.PrivacyApiEraseDocument,
    "\n  query PrivacyApiExport($id: ID!) {\n    contactDataExport(id: $id)\n  }\n": typeof types.PrivacyApiExportDocument,
    "\n  query PrivacyApiReview($consent: Int, $inactive: Int, $first: Int) {\n    contactsForRetentionReview(consentOlderThanMonths: $consent, inactiveMonths: $inactive, first: $first) {\n      contact {\n        id\n        lastName\n      }\n      reasons\n    }\n  }\n": typeof types.PrivacyApiReviewDocument,
    "\n      query RateLimitSharedMe {\n        me {\n          id\n        }\n      }\n    ": typeof types.RateLimitSharedMeDocument,
    "\n            query ReadmeOrganisation($s: String) {\n              organisations(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.ReadmeOrganisationDocument,
    "\n            query ReadmeGroup($s: String) {\n              stakeholderGroups(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.ReadmeGroupDocument,
    "\n            query ReadmeOtso {\n              contacts(first: 1, filter: { search: \"Otso Nieminen\" }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.ReadmeOtsoDocument,
    "\n        query RegisterSmokeOrganisation($id: ID!) {\n          organisation(id: $id) {\n            id\n            name\n            businessId\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n            policyAreas {\n              code\n            }\n          }\n        }\n      ": typeof types.RegisterSmokeOrganisationDocument,
    "\n  query ReplicasOrganisationsBySearch($search: String!) {\n    organisations(filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        municipality\n      }\n    }\n  }\n": typeof types.ReplicasOrganisationsBySearchDocument,
    "\n  query ReplicasCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      groups {\n        group {\n          id\n        }\n        heard\n        phasesHeard\n      }\n    }\n  }\n": typeof types.ReplicasCoverageDocument,
    "\n  query ReplicasUnheard {\n    unheardGroups(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      id\n    }\n  }\n": typeof types.ReplicasUnheardDocument,
    "\n  query ReplicasOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      name\n    }\n  }\n": typeof types.ReplicasOrganisationNameDocument,
    "\n        mutation ReplicasMoveToKuopio($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { municipality: \"Kuopio\" }) {\n            version\n            groups {\n              id\n            }\n          }\n        }\n      ": typeof types.ReplicasMoveToKuopioDocument,
    "\n        query ReplicasList {\n          organisations(filter: { search: \"replikan\" }) {\n            totalCount\n            nodes {\n              id\n              municipality\n              affiliations {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReplicasListDocument,
    "\n        mutation ReplicasRenameLagging($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Viiveen Kylätoimikunta ry\", municipality: \"Oulu\" }) {\n            id\n            name\n            municipality\n            version\n          }\n        }\n      ": typeof types.ReplicasRenameLaggingDocument,
    "\n        mutation ReplicasSecondChange($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { notes: \"Toinen muutos\" }) {\n            notes\n            version\n          }\n        }\n      ": typeof types.ReplicasSecondChangeDocument,
    "\n        query ReplicasById($id: ID!) {\n          organisation(id: $id) {\n            name\n            version\n          }\n        }\n      ": typeof types.ReplicasByIdDocument,
    "\n          query ReplicasListedGroups {\n            organisations(filter: { search: \"viiveen\" }) {\n              nodes {\n                name\n                groups {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.ReplicasListedGroupsDocument,
    "\n          mutation ReplicasNote($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { notes: \"x\" }) {\n              version\n            }\n          }\n        ": typeof types.ReplicasNoteDocument,
    "\n        mutation ReplicasRenameWhileDown($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Katkon Uusi Seura ry\" }) {\n            name\n          }\n        }\n      ": typeof types.ReplicasRenameWhileDownDocument,
    "\n            mutation ReplicasProcessCreate($input: CreateOrganisationInput!) {\n              createOrganisation(input: $input) {\n                id\n                name\n              }\n            }\n          ": typeof types.ReplicasProcessCreateDocument,
    "\n          query SchemaPrivacyQueryType {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        ": typeof types.SchemaPrivacyQueryTypeDocument,
    "\n              query SchemaPrivacyMe {\n                me {\n                  id\n                }\n              }\n            ": typeof types.SchemaPrivacyMeDocument,
    "\n  query StatementCountList($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        policyAreas {\n          code\n        }\n        groups {\n          id\n          name\n          memberCount\n          organisations {\n            id\n          }\n        }\n        affiliations {\n          role\n          organisation {\n            id\n          }\n          contact {\n            id\n            lastName\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n          }\n        }\n        mergedInto {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StatementCountListDocument,
    "\n  query StatementCountMemberships($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberships(includeEnded: true) {\n        since\n        until\n        group {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.StatementCountMembershipsDocument,
    "\n  mutation StrictCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.StrictCreateOrganisationDocument,
    "\n  mutation StrictCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      consentAt\n    }\n  }\n": typeof types.StrictCreateContactDocument,
    "\n  query StrictOrganisations($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.StrictOrganisationsDocument,
    "\n                  mutation StrictCreateGroup($input: CreateStakeholderGroupInput!) {\n                    createStakeholderGroup(input: $input) {\n                      id\n                    }\n                  }\n                ": typeof types.StrictCreateGroupDocument,
    "\n                  mutation StrictCreatePolicyArea($input: CreatePolicyAreaInput!) {\n                    createPolicyArea(input: $input) {\n                      id\n                    }\n                  }\n                ": typeof types.StrictCreatePolicyAreaDocument,
    "\n                  mutation StrictCreateConsultation($input: CreateConsultationInput!) {\n                    createConsultation(input: $input) {\n                      id\n                    }\n                  }\n                ": typeof types.StrictCreateConsultationDocument,
    "\n                  mutation StrictCreateActivity($input: CreateActivityInput!) {\n                    createActivity(input: $input) {\n                      id\n                    }\n                  }\n                ": typeof types.StrictCreateActivityDocument,
    "\n          mutation StrictRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n            updateStakeholderGroup(id: $id, version: $version, input: $input) {\n              id\n            }\n          }\n        ": typeof types.StrictRenameGroupDocument,
    "\n          query StrictSearchAll($search: String) {\n            organisations(first: 50, filter: { search: $search }) {\n              totalCount\n              nodes {\n                name\n              }\n            }\n            contacts(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            stakeholderGroups(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            consultations(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n          }\n        ": typeof types.StrictSearchAllDocument,
    "\n  mutation FactoryCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n      title\n      ministry\n      version\n    }\n  }\n": typeof types.FactoryCreateConsultationDocument,
    "\n  mutation FactoryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      date\n    }\n  }\n": typeof types.FactoryCreateActivityDocument,
    "\n  mutation FactoryRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n    }\n  }\n": typeof types.FactoryRecordEngagementsDocument,
    "\n  mutation FactoryCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      ministry\n      version\n      methods\n      languages\n    }\n  }\n": typeof types.FactoryCreateFacilitatorDocument,
    "\n  mutation FactoryAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n": typeof types.FactoryAssignFacilitatorsDocument,
    "\n  mutation FactoryRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n      averageRating\n      ratingCounts\n      wouldTakePartAgainRatio\n    }\n  }\n": typeof types.FactoryRecordFeedbackDocument,
    "\n  mutation FactoryCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FactoryCreatePolicyAreaDocument,
    "\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n      businessId\n    }\n  }\n": typeof types.FactoryCreateOrganisationDocument,
    "\n  mutation FactoryCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      version\n    }\n  }\n": typeof types.FactoryCreateContactDocument,
    "\n  mutation FactoryCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.FactoryCreateGroupDocument,
    "\n  mutation FactoryAddMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c) {\n      id\n    }\n  }\n": typeof types.FactoryAddMembersDocument,
    "\n  mutation NestedCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.NestedCreateOrganisationDocument,
    "\n  mutation NestedCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.NestedCreateGroupDocument,
    "\n  mutation NestedAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n": typeof types.NestedAddMembersDocument,
    "\n  query NestedGroups {\n    stakeholderGroups(first: 10) {\n      nodes {\n        organisations {\n          groups {\n            organisations {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedGroupsDocument,
    "\n  query ThemesApiLetters($id: ID!, $language: Language) {\n    feedbackLetters(consultationId: $id, language: $language) {\n      organisation {\n        id\n      }\n      language\n      text\n    }\n  }\n": typeof types.ThemesApiLettersDocument,
    "\n  mutation TransferApiImportOrganisations($csv: String!, $dryRun: Boolean) {\n    importOrganisations(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n  fragment TransferApiResult on ImportResult {\n    dryRun\n    committed\n    rows\n    created\n    updated\n    skipped\n    errors {\n      line\n      field\n      message\n    }\n  }\n": typeof types.TransferApiImportOrganisationsDocument,
    "\n  mutation TransferApiImportContacts($csv: String!, $dryRun: Boolean) {\n    importContacts(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n": typeof types.TransferApiImportContactsDocument,
    "\n        mutation TransferApiByDefault($csv: String!) {\n          importOrganisations(csv: $csv) {\n            dryRun\n            committed\n            created\n          }\n        }\n      ": typeof types.TransferApiByDefaultDocument,
    "\n            query TransferApiExportOrganisations {\n              exportOrganisations\n            }\n          ": typeof types.TransferApiExportOrganisationsDocument,
    "\n            query TransferApiExportContacts {\n              exportContacts\n            }\n          ": typeof types.TransferApiExportContactsDocument,
};
const documents: Documents = {
    "\n  query ConsoleReform {\n    consultations(first: 1, filter: { search: \"Työmarkkinauudistus 2027\" }) {\n      nodes {\n        id\n        title\n        activities {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleReformDocument,
    "\n          mutation ConsoleArchive($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              id\n            }\n          }\n        ": types.ConsoleArchiveDocument,
    "\n          query ConsoleStoredOrganisation($id: ID!) {\n            organisation(id: $id) {\n              municipality\n              notes\n            }\n          }\n        ": types.ConsoleStoredOrganisationDocument,
    "\n          query ConsoleVersion($id: ID!) {\n            organisation(id: $id) {\n              version\n            }\n          }\n        ": types.ConsoleVersionDocument,
    "\n          mutation ConsoleMoveToJoensuu($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { municipality: \"Joensuu\" }) {\n              id\n            }\n          }\n        ": types.ConsoleMoveToJoensuuDocument,
    "\n          query ConsoleMunicipality($id: ID!) {\n            organisation(id: $id) {\n              municipality\n            }\n          }\n        ": types.ConsoleMunicipalityDocument,
    "\n          query ConsoleErased($id: ID!) {\n            contact(id: $id) {\n              erased\n              email\n            }\n          }\n        ": types.ConsoleErasedDocument,
    "\n          query ConsoleStoredContact($id: ID!) {\n            contact(id: $id) {\n              lastName\n              email\n              title\n            }\n          }\n        ": types.ConsoleStoredContactDocument,
    "\n          query ConsoleAffiliations($id: ID!) {\n            contact(id: $id) {\n              affiliations {\n                role\n                since\n                until\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        ": types.ConsoleAffiliationsDocument,
    "\n          query ConsoleMergedInto($id: ID!) {\n            organisation(id: $id) {\n              mergedInto {\n                id\n              }\n            }\n          }\n        ": types.ConsoleMergedIntoDocument,
    "\n            query ConsoleBusinessId($id: ID!) {\n              organisation(id: $id) {\n                businessId\n              }\n            }\n          ": types.ConsoleBusinessIdDocument,
    "\n          query ConsoleGroupOrganisations($id: ID!) {\n            stakeholderGroup(id: $id) {\n              organisations {\n                name\n              }\n            }\n          }\n        ": types.ConsoleGroupOrganisationsDocument,
    "\n          query ConsoleGroupContacts($id: ID!) {\n            stakeholderGroup(id: $id) {\n              contacts {\n                id\n              }\n            }\n          }\n        ": types.ConsoleGroupContactsDocument,
    "\n          query ConsoleReformActivities($id: ID!) {\n            consultation(id: $id) {\n              activities {\n                title\n                facilitators {\n                  role\n                  facilitator {\n                    name\n                  }\n                }\n                feedback {\n                  responses\n                  averageRating\n                }\n              }\n            }\n            invitationSuggestions(consultationId: $id) {\n              organisation {\n                name\n              }\n              contact {\n                firstName\n                lastName\n              }\n              group {\n                name\n              }\n            }\n          }\n        ": types.ConsoleReformActivitiesDocument,
    "\n          mutation ConsoleCreateFacilitator($input: CreateFacilitatorInput!) {\n            createFacilitator(input: $input) {\n              id\n            }\n          }\n        ": types.ConsoleCreateFacilitatorDocument,
    "\n          mutation ConsolePreferences($id: ID, $preferences: EngagementPreferencesInput) {\n            setEngagementPreferences(organisationId: $id, preferences: $preferences) {\n              notes\n            }\n          }\n        ": types.ConsolePreferencesDocument,
    "\n          mutation ConsoleRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n            recordEngagements(activityId: $activityId, records: $records) {\n              id\n            }\n          }\n        ": types.ConsoleRecordDocument,
    "\n          mutation ConsoleCreateTheme($input: CreateInputThemeInput!) {\n            createInputTheme(input: $input) {\n              id\n            }\n          }\n        ": types.ConsoleCreateThemeDocument,
    "\n  query AuditEvents($entityId: ID, $first: Int, $after: String) {\n    auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        entityType\n        entityId\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n        mutation AuditCreate {\n          createOrganisation(input: { name: \"Auditoitava ry\", type: ASSOCIATION, languages: [FI] }) {\n            id\n            version\n          }\n        }\n      ": types.AuditCreateDocument,
    "\n        mutation AuditUpdate($id: ID!) {\n          updateOrganisation(id: $id, version: 1, input: { name: \"Auditoitu ry\", notes: \"Tärkeä\" }) {\n            id\n          }\n        }\n      ": types.AuditUpdateDocument,
    "\n        mutation AuditArchive($id: ID!) {\n          archiveOrganisation(id: $id, version: 2) {\n            id\n          }\n        }\n      ": types.AuditArchiveDocument,
    "\n        mutation AuditCreateNameless {\n          createOrganisation(input: { name: \"\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      ": types.AuditCreateNamelessDocument,
    "\n        mutation AuditUpdateStale($id: ID!) {\n          updateOrganisation(id: $id, version: 99, input: { name: \"Myöhässä\" }) {\n            id\n          }\n        }\n      ": types.AuditUpdateStaleDocument,
    "\n        mutation AuditCreateForbidden {\n          createOrganisation(input: { name: \"Ei oikeutta\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      ": types.AuditCreateForbiddenDocument,
    "\n        mutation AuditArchiveForbidden($id: ID!) {\n          archiveOrganisation(id: $id, version: 1) {\n            id\n          }\n        }\n      ": types.AuditArchiveForbiddenDocument,
    "\n      mutation AuditCreateRace($name: String!, $businessId: String) {\n        createOrganisation(input: { name: $name, type: COMPANY, businessId: $businessId }) {\n          id\n        }\n      }\n    ": types.AuditCreateRaceDocument,
    "\n  query AuthMe {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n": types.AuthMeDocument,
    "\n  mutation AuthCreate {\n    createOrganisation(input: { name: \"Oikeustesti ry\", type: ASSOCIATION }) {\n      id\n    }\n  }\n": types.AuthCreateDocument,
    "\n  query AuthCount {\n    organisations {\n      totalCount\n    }\n  }\n": types.AuthCountDocument,
    "\n      mutation AuthArchive($id: ID!, $v: Int!) {\n        archiveOrganisation(id: $id, version: $v) {\n          id\n        }\n      }\n    ": types.AuthArchiveDocument,
    "\n            mutation AuthCreatePolicyArea {\n              createPolicyArea(input: { code: \"x-y\", name: \"X\" }) {\n                id\n              }\n            }\n          ": types.AuthCreatePolicyAreaDocument,
    "\n        mutation AuthCreateRefused {\n          createOrganisation(input: { name: \"Kielletty ry\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      ": types.AuthCreateRefusedDocument,
    "\n          mutation AuthUpdateMalformed {\n            updateOrganisation(id: \"x\", version: 1, input: {}) {\n              id\n            }\n          }\n        ": types.AuthUpdateMalformedDocument,
    "\n          query AuthTooMany {\n            organisations(first: 9999) {\n              totalCount\n            }\n          }\n        ": types.AuthTooManyDocument,
    "\n        query BoundedWorkGroupNames {\n          stakeholderGroups(first: 10) {\n            nodes {\n              organisations {\n                groups {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.BoundedWorkGroupNamesDocument,
    "\n      mutation ConcurrencyLinksUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n        updateOrganisation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    ": types.ConcurrencyLinksUpdateOrganisationDocument,
    "\n      mutation ConcurrencyLinksUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n        updateContact(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    ": types.ConcurrencyLinksUpdateContactDocument,
    "\n      mutation ConcurrencyLinksUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n        updateConsultation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    ": types.ConcurrencyLinksUpdateConsultationDocument,
    "\n      mutation ConcurrencyLinksAddMembers($groupId: ID!, $o: [ID!], $since: Date) {\n        addGroupMembers(groupId: $groupId, organisationIds: $o, since: $since) {\n          id\n        }\n      }\n    ": types.ConcurrencyLinksAddMembersDocument,
    "\n      mutation ConcurrencyLinksRemoveMembers($groupId: ID!, $o: [ID!], $until: Date) {\n        removeGroupMembers(groupId: $groupId, organisationIds: $o, until: $until) {\n          id\n        }\n      }\n    ": types.ConcurrencyLinksRemoveMembersDocument,
    "\n      mutation ConcurrencyRename($id: ID!, $version: Int!, $name: String) {\n        updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n          version\n          name\n        }\n      }\n    ": types.ConcurrencyRenameDocument,
    "\n      mutation ConcurrencyRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n        recordEngagements(activityId: $activityId, records: $records) {\n          id\n        }\n      }\n    ": types.ConcurrencyRecordEngagementsDocument,
    "\n  mutation ContactGroupCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      email\n      lawfulBasis\n      consentAt\n      erased\n      version\n      affiliations {\n        role\n        primary\n        since\n        until\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n        }\n      }\n    }\n  }\n": types.ContactGroupCreateContactDocument,
    "\n  mutation ContactGroupUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n      version\n      lastName\n      lawfulBasis\n      consentAt\n      affiliations {\n        role\n        since\n        until\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.ContactGroupUpdateContactDocument,
    "\n  query ContactGroupGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      id\n      name\n      hardToReach\n      reachNotes\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n    }\n  }\n": types.ContactGroupGroupDocument,
    "\n  query ContactGroupContacts($filter: ContactFilter, $first: Int, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        lastName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContactGroupContactsDocument,
    "\n  query ContactGroupGroups($filter: StakeholderGroupFilter) {\n    stakeholderGroups(filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.ContactGroupGroupsDocument,
    "\n          query ContactGroupAffiliations($id: ID!) {\n            organisation(id: $id) {\n              affiliations {\n                role\n                contact {\n                  lastName\n                }\n              }\n            }\n          }\n        ": types.ContactGroupAffiliationsDocument,
    "\n              query ContactGroupMalformedId {\n                contact(id: \"nope\") {\n                  id\n                }\n              }\n            ": types.ContactGroupMalformedIdDocument,
    "\n            mutation ContactGroupCreateGroup {\n              createStakeholderGroup(input: { name: \" Saamelaiset \", hardToReach: true, reachNotes: \"Saamelaiskäräjät\" }) {\n                id\n                name\n                hardToReach\n                reachNotes\n                version\n                memberCount\n              }\n            }\n          ": types.ContactGroupCreateGroupDocument,
    "\n        mutation ContactGroupDescribeGroup($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { description: \"The Sámi\" }) {\n            version\n            description\n            hardToReach\n          }\n        }\n      ": types.ContactGroupDescribeGroupDocument,
    "\n        mutation ContactGroupRemoveMembers($g: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      ": types.ContactGroupRemoveMembersDocument,
    "\n          query ContactGroupGroupsOfOrganisation($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        ": types.ContactGroupGroupsOfOrganisationDocument,
    "\n          mutation ContactGroupAddMembers($g: ID!, $o: [ID!], $c: [ID!]) {\n            addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) {\n              id\n            }\n          }\n        ": types.ContactGroupAddMembersDocument,
    "\n          mutation ContactGroupAddToUnknownGroup {\n            addGroupMembers(groupId: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\", organisationIds: []) {\n              id\n            }\n          }\n        ": types.ContactGroupAddToUnknownGroupDocument,
    "\n            mutation ContactGroupCreateNamedGroup($input: CreateStakeholderGroupInput!) {\n              createStakeholderGroup(input: $input) {\n                id\n                name\n                nameSv\n                nameEn\n                version\n              }\n            }\n          ": types.ContactGroupCreateNamedGroupDocument,
    "\n            mutation ContactGroupRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n              updateStakeholderGroup(id: $id, version: $version, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          ": types.ContactGroupRenameGroupDocument,
    "\n          mutation ContactGroupCreateGroupWithInput($input: CreateStakeholderGroupInput!) {\n            createStakeholderGroup(input: $input) {\n              id\n            }\n          }\n        ": types.ContactGroupCreateGroupWithInputDocument,
    "\n        mutation ContactGroupCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n          }\n        }\n      ": types.ContactGroupCreatePolicyAreaDocument,
    "\n            query ContactGroupPolicyAreaNames {\n              policyAreas {\n                name\n              }\n            }\n          ": types.ContactGroupPolicyAreaNamesDocument,
    "\n        mutation ContactGroupCreateNamedPolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n            nameSv\n            nameEn\n          }\n        }\n      ": types.ContactGroupCreateNamedPolicyAreaDocument,
    "\n              query ContactGroupSearchPolicyAreas($search: String) {\n                policyAreas(search: $search) {\n                  id\n                }\n              }\n            ": types.ContactGroupSearchPolicyAreasDocument,
    "\n            mutation ContactGroupRenamePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n              updatePolicyArea(id: $id, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          ": types.ContactGroupRenamePolicyAreaDocument,
    "\n              query ContactGroupPolicyAreaIds {\n                policyAreas {\n                  id\n                }\n              }\n            ": types.ContactGroupPolicyAreaIdsDocument,
    "\n  mutation CorrectionsUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n": types.CorrectionsUpdateActivityDocument,
    "\n  mutation CorrectionsVoid($ids: [ID!]!, $reason: String!) {\n    voidEngagements(ids: $ids, reason: $reason) {\n      id\n      voided\n      voidReason\n      voidedAt\n      voidedBy\n    }\n  }\n": types.CorrectionsVoidDocument,
    "\n  query CorrectionsEngagements($id: ID!) {\n    activity(id: $id) {\n      engagements {\n        id\n      }\n      all: engagements(includeVoided: true) {\n        id\n        voided\n        voidReason\n        voidedAt\n        voidedBy\n      }\n    }\n  }\n": types.CorrectionsEngagementsDocument,
    "\n  mutation CorrectionsArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      archived\n      version\n    }\n  }\n": types.CorrectionsArchiveDocument,
    "\n  mutation CorrectionsUnarchive($id: ID!, $version: Int!) {\n    unarchiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n": types.CorrectionsUnarchiveDocument,
    "\n  mutation CorrectionsUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n    updatePolicyArea(id: $id, input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CorrectionsUpdatePolicyAreaDocument,
    "\n  query CorrectionsEvents($entityId: ID) {\n    auditEvents(entityId: $entityId, first: 50) {\n      nodes {\n        actor\n        action\n        entityType\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.CorrectionsEventsDocument,
    "\n  mutation CorrectionsMerge($t: ID!, $s: [ID!]!) {\n    mergeOrganisations(targetId: $t, sourceIds: $s) {\n      id\n    }\n  }\n": types.CorrectionsMergeDocument,
    "\n  query CoverageApiCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      consultation {\n        id\n        title\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        reached\n        phasesHeard\n        firstHeardOn\n      }\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n    }\n  }\n": types.CoverageApiCoverageDocument,
    "\n  query CoverageApiUnheard($window: CoverageWindow!) {\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n": types.CoverageApiUnheardDocument,
    "\n  query DuplicatesApi($threshold: Float, $first: Int) {\n    duplicateOrganisations(threshold: $threshold, first: $first) {\n      organisation {\n        id\n        name\n      }\n      duplicate {\n        id\n        name\n      }\n      score\n      reasons\n    }\n  }\n": types.DuplicatesApiDocument,
    "\n  mutation EngagementApiCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n  fragment EngagementApiConsultation on Consultation {\n    id\n    title\n    description\n    ministry\n    status\n    currentPhase\n    startsOn\n    endsOn\n    version\n    policyAreas {\n      code\n    }\n    targetGroups {\n      name\n    }\n  }\n": types.EngagementApiCreateConsultationDocument,
    "\n  mutation EngagementApiUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, version: $version, input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n": types.EngagementApiUpdateConsultationDocument,
    "\n  mutation EngagementApiCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n": types.EngagementApiCreateActivityDocument,
    "\n  mutation EngagementApiRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n      kind\n      participantCount\n      notes\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      group {\n        id\n      }\n      activity {\n        id\n      }\n    }\n  }\n": types.EngagementApiRecordDocument,
    "\n          query EngagementApiConsultation($id: ID!) {\n            consultation(id: $id) {\n              ...EngagementApiConsultation\n            }\n          }\n        ": types.EngagementApiConsultationDocument,
    "\n          query EngagementApiViewerRead($id: ID!) {\n            consultation(id: $id) {\n              ministry\n              activities {\n                id\n              }\n            }\n          }\n        ": types.EngagementApiViewerReadDocument,
    "\n          mutation EngagementApiSharedRegister {\n            createOrganisation(input: { name: \"Jaettu rekisteri ry\", type: ASSOCIATION }) {\n              id\n            }\n          }\n        ": types.EngagementApiSharedRegisterDocument,
    "\n  mutation ErasedContactErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      version\n    }\n  }\n": types.ErasedContactEraseDocument,
    "\n  mutation ErasedContactUpdate($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n": types.ErasedContactUpdateDocument,
    "\n        mutation ErasedContactAddMember($groupId: ID!, $contactIds: [ID!]) {\n          addGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      ": types.ErasedContactAddMemberDocument,
    "\n        mutation ErasedContactRemoveMember($groupId: ID!, $contactIds: [ID!]) {\n          removeGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      ": types.ErasedContactRemoveMemberDocument,
    "\n        mutation ErasedContactRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      ": types.ErasedContactRecordDocument,
    "\n        mutation ErasedContactPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      ": types.ErasedContactPreferencesDocument,
    "\n  mutation ErrorsCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n": types.ErrorsCreateOrganisationDocument,
    "\n  mutation ErrorsUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.ErrorsUpdateOrganisationDocument,
    "\n  mutation ErrorsCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n    }\n  }\n": types.ErrorsCreatePolicyAreaDocument,
    "\n  query ErrorsStats($since: Date) {\n    organisations(first: 1) {\n      nodes {\n        engagementStats(since: $since) {\n          heard\n        }\n      }\n    }\n  }\n": types.ErrorsStatsDocument,
    "\n  mutation ErrorsCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n": types.ErrorsCreateContactDocument,
    "\n  query ErrorsOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n    }\n  }\n": types.ErrorsOrganisationDocument,
    "\n  query ErrorsCount($first: Int) {\n    organisations(first: $first) {\n      totalCount\n    }\n  }\n": types.ErrorsCountDocument,
    "\n  query FacilitationStatementsSuggest($activityId: ID!) {\n    facilitatorSuggestions(activityId: $activityId, language: FI, first: 200) {\n      recentAssignments\n      facilitator {\n        id\n        name\n        methods\n        languages\n      }\n    }\n  }\n": types.FacilitationStatementsSuggestDocument,
    "\n  query FacilitationStatementsActivities($id: ID!) {\n    consultation(id: $id) {\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n      activities {\n        id\n        feedback {\n          responses\n          averageRating\n          ratingCounts\n          wouldTakePartAgainRatio\n        }\n        feedbackComments {\n          rating\n          comment\n          group {\n            name\n          }\n          createdAt\n        }\n        facilitators {\n          role\n          facilitator {\n            name\n            assignments(from: \"2026-01-01\") {\n              role\n              activity {\n                id\n              }\n            }\n          }\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.FacilitationStatementsActivitiesDocument,
    "\n  query FacilitationStatementsMethodFeedback($window: CoverageWindow!) {\n    methodFeedback(window: $window) {\n      phase\n      method\n      activities\n      hardToReachGroupsHeard\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n    }\n  }\n": types.FacilitationStatementsMethodFeedbackDocument,
    "\n  mutation FacilitationStatementsRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n    }\n  }\n": types.FacilitationStatementsRecordFeedbackDocument,
    "\n  mutation FacilitationCreate($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      ministry\n    }\n  }\n": types.FacilitationCreateDocument,
    "\n  mutation FacilitationUpdate($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n    updateFacilitator(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.FacilitationUpdateDocument,
    "\n  mutation FacilitationAssign($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n": types.FacilitationAssignDocument,
    "\n  mutation FacilitationUnassign($activityId: ID!, $ids: [ID!]!) {\n    unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n      id\n    }\n  }\n": types.FacilitationUnassignDocument,
    "\n  query FacilitationRead($id: ID!, $activityId: ID!) {\n    facilitator(id: $id) {\n      id\n      name\n      assignments {\n        role\n      }\n    }\n    facilitators(first: 5) {\n      totalCount\n    }\n    facilitatorSuggestions(activityId: $activityId) {\n      facilitator {\n        id\n      }\n    }\n    methodFeedback(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      phase\n    }\n    activity(id: $activityId) {\n      facilitators {\n        role\n      }\n      feedback {\n        responses\n      }\n      feedbackComments {\n        comment\n      }\n      consultation {\n        feedback {\n          responses\n        }\n      }\n    }\n  }\n": types.FacilitationReadDocument,
    "\n  query FacilitationSuggestions($activityId: ID!, $first: Int) {\n    facilitatorSuggestions(activityId: $activityId, first: $first) {\n      recentAssignments\n    }\n  }\n": types.FacilitationSuggestionsDocument,
    "\n            query FacilitationEmail($id: ID!) {\n              facilitator(id: $id) {\n                email\n              }\n            }\n          ": types.FacilitationEmailDocument,
    "\n        query FacilitationUnknownIds($unknown: ID!) {\n          a: facilitator(id: $unknown) {\n            id\n          }\n          b: facilitator(id: \"nope\") {\n            id\n          }\n        }\n      ": types.FacilitationUnknownIdsDocument,
    "\n          query FacilitationTooMany {\n            facilitators(first: 201) {\n              totalCount\n            }\n          }\n        ": types.FacilitationTooManyDocument,
    "\n      query FaultsCount {\n        organisations(first: 1) {\n          totalCount\n        }\n      }\n    ": types.FaultsCountDocument,
    "\n        mutation FuzzImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            committed\n            errors {\n              line\n              field\n            }\n          }\n        }\n      ": types.FuzzImportContactsDocument,
    "\n  query HardeningMe {\n    me {\n      id\n    }\n  }\n": types.HardeningMeDocument,
    "\n      query HardeningDeepFragment {\n        organisation(id: \"x\") {\n          mergedInto {\n            ...HardeningDeep\n          }\n        }\n      }\n      fragment HardeningDeep on Organisation {\n        mergedInto {\n          mergedInto {\n            mergedInto {\n              mergedInto {\n                mergedInto {\n                  mergedInto {\n                    mergedInto {\n                      mergedInto {\n                        id\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningDeepFragmentDocument,
    "\n      query HardeningCostly($n: Int) {\n        organisations(first: $n) {\n          nodes {\n            groups {\n              organisations {\n                groups {\n                  organisations {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningCostlyDocument,
    "\n      query HardeningFirst50 {\n        organisations(first: 50) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningFirst50Document,
    "\n      query HardeningFirst200 {\n        organisations(first: 200) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningFirst200Document,
    "\n      query HardeningDefault200($f: Int = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningDefault200Document,
    "\n      query HardeningDefault1($f: Int = 1) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningDefault1Document,
    "\n      query HardeningRequiredDefault200($f: Int! = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.HardeningRequiredDefault200Document,
    "\n        query HardeningIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": types.HardeningIntrospectionDocument,
    "\n  query InvitationsApiSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n        name\n      }\n      contact {\n        id\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n": types.InvitationsApiSuggestionsDocument,
    "\n  mutation LoadImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n": types.LoadImportOrganisationsDocument,
    "\n  mutation LoadImportContacts($csv: String!) {\n    importContacts(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n": types.LoadImportContactsDocument,
    "\n  mutation LoadAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n": types.LoadAddMembersDocument,
    "\n        mutation LocksMerge($t: ID!, $s: [ID!]!) {\n          mergeOrganisations(targetId: $t, sourceIds: $s) {\n            id\n          }\n        }\n      ": types.LocksMergeDocument,
    "\n        mutation LocksAddMember($g: ID!, $o: [ID!]) {\n          addGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      ": types.LocksAddMemberDocument,
    "\n      mutation LoggingRename($id: ID!) {\n        updateOrganisation(id: $id, version: 1, input: { name: \"X\" }) {\n          id\n        }\n      }\n    ": types.LoggingRenameDocument,
    "\n      mutation LoggingCreateArea($input: CreatePolicyAreaInput!) {\n        createPolicyArea(input: $input) {\n          id\n        }\n      }\n    ": types.LoggingCreateAreaDocument,
    "\n            query LoggingMe {\n              me {\n                id\n              }\n            }\n          ": types.LoggingMeDocument,
    "\n  mutation MembershipsApiAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n      memberCount\n    }\n  }\n": types.MembershipsApiAddDocument,
    "\n  mutation MembershipsAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n    }\n  }\n": types.MembershipsAddDocument,
    "\n  mutation MembershipsRemove($g: ID!, $o: [ID!], $c: [ID!], $until: Date) {\n    removeGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, until: $until) {\n      id\n    }\n  }\n": types.MembershipsRemoveDocument,
    "\n  query MembershipsGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n      current: memberships {\n        group {\n          id\n        }\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n      all: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n    }\n  }\n": types.MembershipsGroupDocument,
    "\n          query MembershipsGroupsOf($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        ": types.MembershipsGroupsOfDocument,
    "\n            query MembershipsInGroup($g: [ID!]) {\n              organisations(filter: { groupIds: $g }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.MembershipsInGroupDocument,
    "\n  mutation MergeApiMerge($targetId: ID!, $sourceIds: [ID!]!) {\n    mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n      id\n      version\n      archived\n      mergedInto {\n        id\n      }\n      groups {\n        id\n      }\n      policyAreas {\n        id\n      }\n      affiliations {\n        contact {\n          id\n        }\n        role\n        since\n        until\n      }\n    }\n  }\n": types.MergeApiMergeDocument,
    "\n        mutation TransactionCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreatePolicyAreaDocument,
    "\n        mutation TransactionCreateOrganisation($input: CreateOrganisationInput!) {\n          createOrganisation(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateOrganisationDocument,
    "\n        mutation TransactionUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n          updateOrganisation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateOrganisationDocument,
    "\n        mutation TransactionArchiveOrganisation($id: ID!, $version: Int!) {\n          archiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      ": types.TransactionArchiveOrganisationDocument,
    "\n        mutation TransactionUnarchiveOrganisation($id: ID!, $version: Int!) {\n          unarchiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      ": types.TransactionUnarchiveOrganisationDocument,
    "\n          mutation TransactionArchiveFirst($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              version\n            }\n          }\n        ": types.TransactionArchiveFirstDocument,
    "\n        mutation TransactionUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n          updatePolicyArea(id: $id, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdatePolicyAreaDocument,
    "\n        mutation TransactionCreateContact($input: CreateContactInput!) {\n          createContact(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateContactDocument,
    "\n        mutation TransactionUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n          updateContact(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateContactDocument,
    "\n        mutation TransactionCreateStakeholderGroup($input: CreateStakeholderGroupInput!) {\n          createStakeholderGroup(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateStakeholderGroupDocument,
    "\n        mutation TransactionUpdateStakeholderGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n          updateStakeholderGroup(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateStakeholderGroupDocument,
    "\n        mutation TransactionAddGroupMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n          addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c, since: \"2026-01-01\") {\n            id\n          }\n        }\n      ": types.TransactionAddGroupMembersDocument,
    "\n        mutation TransactionRemoveGroupMembers($groupId: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $groupId, organisationIds: $o, until: \"2026-06-01\") {\n            id\n          }\n        }\n      ": types.TransactionRemoveGroupMembersDocument,
    "\n        mutation TransactionCreateConsultation($input: CreateConsultationInput!) {\n          createConsultation(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateConsultationDocument,
    "\n        mutation TransactionUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n          updateConsultation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateConsultationDocument,
    "\n        mutation TransactionCreateActivity($input: CreateActivityInput!) {\n          createActivity(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateActivityDocument,
    "\n        mutation TransactionRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      ": types.TransactionRecordEngagementsDocument,
    "\n        mutation TransactionUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n          updateActivity(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateActivityDocument,
    "\n        mutation TransactionVoidEngagements($ids: [ID!]!, $reason: String!) {\n          voidEngagements(ids: $ids, reason: $reason) {\n            id\n          }\n        }\n      ": types.TransactionVoidEngagementsDocument,
    "\n        mutation TransactionCreateFacilitator($input: CreateFacilitatorInput!) {\n          createFacilitator(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateFacilitatorDocument,
    "\n        mutation TransactionUpdateFacilitator($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n          updateFacilitator(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateFacilitatorDocument,
    "\n        mutation TransactionAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n          assignFacilitators(activityId: $activityId, assignments: $assignments) {\n            id\n          }\n        }\n      ": types.TransactionAssignFacilitatorsDocument,
    "\n        mutation TransactionUnassignFacilitators($activityId: ID!, $ids: [ID!]!) {\n          unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n            id\n          }\n        }\n      ": types.TransactionUnassignFacilitatorsDocument,
    "\n        mutation TransactionRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n          recordFeedback(activityId: $activityId, responses: $responses) {\n            responses\n          }\n        }\n      ": types.TransactionRecordFeedbackDocument,
    "\n        mutation TransactionMergeOrganisations($targetId: ID!, $sourceIds: [ID!]!) {\n          mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n            id\n          }\n        }\n      ": types.TransactionMergeOrganisationsDocument,
    "\n        mutation TransactionEraseContact($id: ID!) {\n          eraseContact(id: $id) {\n            id\n          }\n        }\n      ": types.TransactionEraseContactDocument,
    "\n        mutation TransactionImportOrganisations($csv: String!) {\n          importOrganisations(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      ": types.TransactionImportOrganisationsDocument,
    "\n        mutation TransactionImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      ": types.TransactionImportContactsDocument,
    "\n        mutation TransactionSetEngagementPreferences($o: ID, $p: EngagementPreferencesInput) {\n          setEngagementPreferences(organisationId: $o, preferences: $p) {\n            updatedAt\n          }\n        }\n      ": types.TransactionSetEngagementPreferencesDocument,
    "\n        mutation TransactionCreateInputTheme($input: CreateInputThemeInput!) {\n          createInputTheme(input: $input) {\n            id\n          }\n        }\n      ": types.TransactionCreateInputThemeDocument,
    "\n        mutation TransactionUpdateInputTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n          updateInputTheme(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      ": types.TransactionUpdateInputThemeDocument,
    "\n            mutation TransactionCreateTheme($input: CreateInputThemeInput!) {\n              createInputTheme(input: $input) {\n                id\n              }\n            }\n          ": types.TransactionCreateThemeDocument,
    "\n        query TransactionMutationNames {\n          __type(name: \"Mutation\") {\n            fields {\n              name\n            }\n          }\n        }\n      ": types.TransactionMutationNamesDocument,
    "\n  mutation OrganisationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      website\n      email\n      version\n      archived\n      policyAreas {\n        code\n      }\n    }\n  }\n": types.OrganisationCreateDocument,
    "\n  mutation OrganisationUpdate($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      businessId\n      version\n      notes\n      policyAreas {\n        code\n      }\n    }\n  }\n": types.OrganisationUpdateDocument,
    "\n  mutation OrganisationArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n": types.OrganisationArchiveDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.OrganisationListDocument,
    "\n  query OrganisationByBusinessId($businessId: String!) {\n    organisationByBusinessId(businessId: $businessId) {\n      id\n      businessId\n    }\n  }\n": types.OrganisationByBusinessIdDocument,
    "\n          query OrganisationUnknownIds {\n            a: organisation(id: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\") {\n              id\n            }\n            b: organisation(id: \"1; drop table organisation\") {\n              id\n            }\n          }\n        ": types.OrganisationUnknownIdsDocument,
    "\n  query PersonalDataWalk($contactId: ID!, $specialId: ID!, $ordinaryId: ID!, $organisationId: ID!, $activityId: ID!) {\n    contact(id: $contactId) {\n      ...PersonalDataDetails\n      groups {\n        id\n      }\n    }\n    bySpecialGroup: contacts(filter: { groupIds: [$specialId] }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    byOrdinaryGroup: contacts(filter: { groupIds: [$ordinaryId] }) {\n      totalCount\n      nodes {\n        ...PersonalDataDetails\n      }\n    }\n    special: stakeholderGroup(id: $specialId) {\n      specialCategory\n      memberCount\n      contacts {\n        id\n      }\n      memberships {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n      everything: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n    }\n    ordinary: stakeholderGroup(id: $ordinaryId) {\n      specialCategory\n      memberCount\n      contacts {\n        ...PersonalDataDetails\n        groups {\n          id\n        }\n      }\n      memberships {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    groups: stakeholderGroups(first: 200) {\n      nodes {\n        id\n        memberCount\n        contacts {\n          id\n        }\n        organisations {\n          id\n        }\n      }\n    }\n    organisation(id: $organisationId) {\n      affiliations {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    activity(id: $activityId) {\n      engagements {\n        group {\n          id\n        }\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n  }\n  fragment PersonalDataDetails on Contact {\n    id\n    email\n    phone\n    consentAt\n  }\n": types.PersonalDataWalkDocument,
    "\n  query PersonalDataSubjectAccess($id: ID!) {\n    contactDataExport(id: $id)\n  }\n": types.PersonalDataSubjectAccessDocument,
    "\n        mutation PersonalDataPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      ": types.PersonalDataPreferencesDocument,
    "\n          query PersonalDataReadPreferences($id: ID!) {\n            contact(id: $id) {\n              preferences {\n                accessibilityNeeds\n                languages\n              }\n            }\n          }\n        ": types.PersonalDataReadPreferencesDocument,
    "\n            query PersonalDataSearch($term: String) {\n              contacts(filter: { search: $term }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.PersonalDataSearchDocument,
    "\n            query PersonalDataSpecialCategory($id: ID!) {\n              stakeholderGroup(id: $id) {\n                specialCategory\n                version\n              }\n            }\n          ": types.PersonalDataSpecialCategoryDocument,
    "\n        mutation PersonalDataMakeSpecial($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { specialCategory: true }) {\n            id\n          }\n        }\n      ": types.PersonalDataMakeSpecialDocument,
    "\n              query PersonalDataExportContacts {\n                exportContacts\n              }\n            ": types.PersonalDataExportContactsDocument,
    "\n              query PersonalDataExportOrganisations {\n                exportOrganisations\n              }\n            ": types.PersonalDataExportOrganisationsDocument,
    "\n  query PracticeStatementsSuggestions($consultationId: ID!, $activityId: ID) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 200) {\n      group {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        preferences {\n          methods\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n          title\n        }\n      }\n      contact {\n        id\n        lastName\n        preferences {\n          modes\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n        }\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n": types.PracticeStatementsSuggestionsDocument,
    "\n  query PracticeStatementsThemes($id: ID!) {\n    consultation(id: $id) {\n      themes {\n        id\n        title\n        consultation {\n          id\n        }\n        raisedBy {\n          id\n          organisation {\n            id\n            themesRaised {\n              id\n            }\n            preferences {\n              notes\n            }\n          }\n          contact {\n            id\n            themesRaised(consultationId: $id) {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PracticeStatementsThemesDocument,
    "\n  mutation PracticeStatementsOrganisationPreferences($o: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, preferences: $p) {\n      updatedAt\n    }\n  }\n": types.PracticeStatementsOrganisationPreferencesDocument,
    "\n  mutation PracticeStatementsContactPreferences($c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(contactId: $c, preferences: $p) {\n      updatedAt\n    }\n  }\n": types.PracticeStatementsContactPreferencesDocument,
    "\n  mutation PracticeStatementsCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n    }\n  }\n": types.PracticeStatementsCreateThemeDocument,
    "\n  mutation PracticeSetPreferences($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      methods\n      maxInvitationsPerQuarter\n    }\n  }\n": types.PracticeSetPreferencesDocument,
    "\n  query PracticeSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      overLimit\n    }\n  }\n": types.PracticeSuggestionsDocument,
    "\n  mutation PracticeCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n      version\n    }\n  }\n": types.PracticeCreateThemeDocument,
    "\n  mutation PracticeUpdateTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n    updateInputTheme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.PracticeUpdateThemeDocument,
    "\n  query PracticeRead($o: ID!, $c: ID!, $consultation: ID!) {\n    organisation(id: $o) {\n      preferences {\n        methods\n      }\n      themesRaised {\n        id\n      }\n    }\n    contact(id: $c) {\n      preferences {\n        modes\n      }\n      themesRaised(consultationId: $consultation) {\n        id\n      }\n    }\n    consultation(id: $consultation) {\n      themes {\n        id\n        raisedBy {\n          id\n        }\n      }\n    }\n  }\n": types.PracticeReadDocument,
    "\n  query PracticeLetters($id: ID!) {\n    feedbackLetters(consultationId: $id) {\n      text\n    }\n  }\n": types.PracticeLettersDocument,
    "\n  mutation PreferencesApiSet($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      ...PreferencesApiFields\n    }\n  }\n  fragment PreferencesApiFields on EngagementPreferences {\n    methods\n    modes\n    languages\n    policyAreas {\n      id\n      name\n    }\n    accessibilityNeeds\n    maxInvitationsPerQuarter\n    notes\n    updatedAt\n  }\n": types.PreferencesApiSetDocument,
    "\n  query PreferencesApiOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      preferences {\n        ...PreferencesApiFields\n      }\n    }\n  }\n": types.PreferencesApiOrganisationDocument,
    "\n  mutation PrivacyApiErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      title\n      languages\n      lawfulBasis\n      consentAt\n      erased\n      version\n      groups {\n        id\n      }\n      affiliations {\n        organisation {\n          id\n        }\n        role\n        primary\n        since\n        until\n      }\n    }\n  }\n": types.PrivacyApiEraseDocument,
    "\n  query PrivacyApiExport($id: ID!) {\n    contactDataExport(id: $id)\n  }\n": types.PrivacyApiExportDocument,
    "\n  query PrivacyApiReview($consent: Int, $inactive: Int, $first: Int) {\n    contactsForRetentionReview(consentOlderThanMonths: $consent, inactiveMonths: $inactive, first: $first) {\n      contact {\n        id\n        lastName\n      }\n      reasons\n    }\n  }\n": types.PrivacyApiReviewDocument,
    "\n      query RateLimitSharedMe {\n        me {\n          id\n        }\n      }\n    ": types.RateLimitSharedMeDocument,
    "\n            query ReadmeOrganisation($s: String) {\n              organisations(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.ReadmeOrganisationDocument,
    "\n            query ReadmeGroup($s: String) {\n              stakeholderGroups(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.ReadmeGroupDocument,
    "\n            query ReadmeOtso {\n              contacts(first: 1, filter: { search: \"Otso Nieminen\" }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.ReadmeOtsoDocument,
    "\n        query RegisterSmokeOrganisation($id: ID!) {\n          organisation(id: $id) {\n            id\n            name\n            businessId\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n            policyAreas {\n              code\n            }\n          }\n        }\n      ": types.RegisterSmokeOrganisationDocument,
    "\n  query ReplicasOrganisationsBySearch($search: String!) {\n    organisations(filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        municipality\n      }\n    }\n  }\n": types.ReplicasOrganisationsBySearchDocument,
    "\n  query ReplicasCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      groups {\n        group {\n          id\n        }\n        heard\n        phasesHeard\n      }\n    }\n  }\n": types.ReplicasCoverageDocument,
    "\n  query ReplicasUnheard {\n    unheardGroups(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      id\n    }\n  }\n": types.ReplicasUnheardDocument,
    "\n  query ReplicasOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      name\n    }\n  }\n": types.ReplicasOrganisationNameDocument,
    "\n        mutation ReplicasMoveToKuopio($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { municipality: \"Kuopio\" }) {\n            version\n            groups {\n              id\n            }\n          }\n        }\n      ": types.ReplicasMoveToKuopioDocument,
    "\n        query ReplicasList {\n          organisations(filter: { search: \"replikan\" }) {\n            totalCount\n            nodes {\n              id\n              municipality\n              affiliations {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.ReplicasListDocument,
    "\n        mutation ReplicasRenameLagging($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Viiveen Kylätoimikunta ry\", municipality: \"Oulu\" }) {\n            id\n            name\n            municipality\n            version\n          }\n        }\n      ": types.ReplicasRenameLaggingDocument,
    "\n        mutation ReplicasSecondChange($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { notes: \"Toinen muutos\" }) {\n            notes\n            version\n          }\n        }\n      ": types.ReplicasSecondChangeDocument,
    "\n        query ReplicasById($id: ID!) {\n          organisation(id: $id) {\n            name\n            version\n          }\n        }\n      ": types.ReplicasByIdDocument,
    "\n          query ReplicasListedGroups {\n            organisations(filter: { search: \"viiveen\" }) {\n              nodes {\n                name\n                groups {\n                  id\n                }\n              }\n            }\n          }\n        ": types.ReplicasListedGroupsDocument,
    "\n          mutation ReplicasNote($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { notes: \"x\" }) {\n              version\n            }\n          }\n        ": types.ReplicasNoteDocument,
    "\n        mutation ReplicasRenameWhileDown($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Katkon Uusi Seura ry\" }) {\n            name\n          }\n        }\n      ": types.ReplicasRenameWhileDownDocument,
    "\n            mutation ReplicasProcessCreate($input: CreateOrganisationInput!) {\n              createOrganisation(input: $input) {\n                id\n                name\n              }\n            }\n          ": types.ReplicasProcessCreateDocument,
    "\n          query SchemaPrivacyQueryType {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        ": types.SchemaPrivacyQueryTypeDocument,
    "\n              query SchemaPrivacyMe {\n                me {\n                  id\n                }\n              }\n            ": types.SchemaPrivacyMeDocument,
    "\n  query StatementCountList($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        policyAreas {\n          code\n        }\n        groups {\n          id\n          name\n          memberCount\n          organisations {\n            id\n          }\n        }\n        affiliations {\n          role\n          organisation {\n            id\n          }\n          contact {\n            id\n            lastName\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n          }\n        }\n        mergedInto {\n          id\n        }\n      }\n    }\n  }\n": types.StatementCountListDocument,
    "\n  query StatementCountMemberships($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberships(includeEnded: true) {\n        since\n        until\n        group {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n          lastName\n        }\n      }\n    }\n  }\n": types.StatementCountMembershipsDocument,
    "\n  mutation StrictCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.StrictCreateOrganisationDocument,
    "\n  mutation StrictCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      consentAt\n    }\n  }\n": types.StrictCreateContactDocument,
    "\n  query StrictOrganisations($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": types.StrictOrganisationsDocument,
    "\n                  mutation StrictCreateGroup($input: CreateStakeholderGroupInput!) {\n                    createStakeholderGroup(input: $input) {\n                      id\n                    }\n                  }\n                ": types.StrictCreateGroupDocument,
    "\n                  mutation StrictCreatePolicyArea($input: CreatePolicyAreaInput!) {\n                    createPolicyArea(input: $input) {\n                      id\n                    }\n                  }\n                ": types.StrictCreatePolicyAreaDocument,
    "\n                  mutation StrictCreateConsultation($input: CreateConsultationInput!) {\n                    createConsultation(input: $input) {\n                      id\n                    }\n                  }\n                ": types.StrictCreateConsultationDocument,
    "\n                  mutation StrictCreateActivity($input: CreateActivityInput!) {\n                    createActivity(input: $input) {\n                      id\n                    }\n                  }\n                ": types.StrictCreateActivityDocument,
    "\n          mutation StrictRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n            updateStakeholderGroup(id: $id, version: $version, input: $input) {\n              id\n            }\n          }\n        ": types.StrictRenameGroupDocument,
    "\n          query StrictSearchAll($search: String) {\n            organisations(first: 50, filter: { search: $search }) {\n              totalCount\n              nodes {\n                name\n              }\n            }\n            contacts(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            stakeholderGroups(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            consultations(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n          }\n        ": types.StrictSearchAllDocument,
    "\n  mutation FactoryCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n      title\n      ministry\n      version\n    }\n  }\n": types.FactoryCreateConsultationDocument,
    "\n  mutation FactoryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      date\n    }\n  }\n": types.FactoryCreateActivityDocument,
    "\n  mutation FactoryRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n    }\n  }\n": types.FactoryRecordEngagementsDocument,
    "\n  mutation FactoryCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      ministry\n      version\n      methods\n      languages\n    }\n  }\n": types.FactoryCreateFacilitatorDocument,
    "\n  mutation FactoryAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n": types.FactoryAssignFacilitatorsDocument,
    "\n  mutation FactoryRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n      averageRating\n      ratingCounts\n      wouldTakePartAgainRatio\n    }\n  }\n": types.FactoryRecordFeedbackDocument,
    "\n  mutation FactoryCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.FactoryCreatePolicyAreaDocument,
    "\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n      businessId\n    }\n  }\n": types.FactoryCreateOrganisationDocument,
    "\n  mutation FactoryCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      version\n    }\n  }\n": types.FactoryCreateContactDocument,
    "\n  mutation FactoryCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.FactoryCreateGroupDocument,
    "\n  mutation FactoryAddMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c) {\n      id\n    }\n  }\n": types.FactoryAddMembersDocument,
    "\n  mutation NestedCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.NestedCreateOrganisationDocument,
    "\n  mutation NestedCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n    }\n  }\n": types.NestedCreateGroupDocument,
    "\n  mutation NestedAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n": types.NestedAddMembersDocument,
    "\n  query NestedGroups {\n    stakeholderGroups(first: 10) {\n      nodes {\n        organisations {\n          groups {\n            organisations {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedGroupsDocument,
    "\n  query ThemesApiLetters($id: ID!, $language: Language) {\n    feedbackLetters(consultationId: $id, language: $language) {\n      organisation {\n        id\n      }\n      language\n      text\n    }\n  }\n": types.ThemesApiLettersDocument,
    "\n  mutation TransferApiImportOrganisations($csv: String!, $dryRun: Boolean) {\n    importOrganisations(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n  fragment TransferApiResult on ImportResult {\n    dryRun\n    committed\n    rows\n    created\n    updated\n    skipped\n    errors {\n      line\n      field\n      message\n    }\n  }\n": types.TransferApiImportOrganisationsDocument,
    "\n  mutation TransferApiImportContacts($csv: String!, $dryRun: Boolean) {\n    importContacts(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n": types.TransferApiImportContactsDocument,
    "\n        mutation TransferApiByDefault($csv: String!) {\n          importOrganisations(csv: $csv) {\n            dryRun\n            committed\n            created\n          }\n        }\n      ": types.TransferApiByDefaultDocument,
    "\n            query TransferApiExportOrganisations {\n              exportOrganisations\n            }\n          ": types.TransferApiExportOrganisationsDocument,
    "\n            query TransferApiExportContacts {\n              exportContacts\n            }\n          ": types.TransferApiExportContactsDocument,
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
export function graphql(source: "\n  query ConsoleReform {\n    consultations(first: 1, filter: { search: \"Työmarkkinauudistus 2027\" }) {\n      nodes {\n        id\n        title\n        activities {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleReform {\n    consultations(first: 1, filter: { search: \"Työmarkkinauudistus 2027\" }) {\n      nodes {\n        id\n        title\n        activities {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsoleArchive($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsoleArchive($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleStoredOrganisation($id: ID!) {\n            organisation(id: $id) {\n              municipality\n              notes\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleStoredOrganisation($id: ID!) {\n            organisation(id: $id) {\n              municipality\n              notes\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleVersion($id: ID!) {\n            organisation(id: $id) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleVersion($id: ID!) {\n            organisation(id: $id) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsoleMoveToJoensuu($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { municipality: \"Joensuu\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsoleMoveToJoensuu($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { municipality: \"Joensuu\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleMunicipality($id: ID!) {\n            organisation(id: $id) {\n              municipality\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleMunicipality($id: ID!) {\n            organisation(id: $id) {\n              municipality\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleErased($id: ID!) {\n            contact(id: $id) {\n              erased\n              email\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleErased($id: ID!) {\n            contact(id: $id) {\n              erased\n              email\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleStoredContact($id: ID!) {\n            contact(id: $id) {\n              lastName\n              email\n              title\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleStoredContact($id: ID!) {\n            contact(id: $id) {\n              lastName\n              email\n              title\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleAffiliations($id: ID!) {\n            contact(id: $id) {\n              affiliations {\n                role\n                since\n                until\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleAffiliations($id: ID!) {\n            contact(id: $id) {\n              affiliations {\n                role\n                since\n                until\n                organisation {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleMergedInto($id: ID!) {\n            organisation(id: $id) {\n              mergedInto {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleMergedInto($id: ID!) {\n            organisation(id: $id) {\n              mergedInto {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ConsoleBusinessId($id: ID!) {\n              organisation(id: $id) {\n                businessId\n              }\n            }\n          "): (typeof documents)["\n            query ConsoleBusinessId($id: ID!) {\n              organisation(id: $id) {\n                businessId\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleGroupOrganisations($id: ID!) {\n            stakeholderGroup(id: $id) {\n              organisations {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleGroupOrganisations($id: ID!) {\n            stakeholderGroup(id: $id) {\n              organisations {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleGroupContacts($id: ID!) {\n            stakeholderGroup(id: $id) {\n              contacts {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleGroupContacts($id: ID!) {\n            stakeholderGroup(id: $id) {\n              contacts {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleReformActivities($id: ID!) {\n            consultation(id: $id) {\n              activities {\n                title\n                facilitators {\n                  role\n                  facilitator {\n                    name\n                  }\n                }\n                feedback {\n                  responses\n                  averageRating\n                }\n              }\n            }\n            invitationSuggestions(consultationId: $id) {\n              organisation {\n                name\n              }\n              contact {\n                firstName\n                lastName\n              }\n              group {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ConsoleReformActivities($id: ID!) {\n            consultation(id: $id) {\n              activities {\n                title\n                facilitators {\n                  role\n                  facilitator {\n                    name\n                  }\n                }\n                feedback {\n                  responses\n                  averageRating\n                }\n              }\n            }\n            invitationSuggestions(consultationId: $id) {\n              organisation {\n                name\n              }\n              contact {\n                firstName\n                lastName\n              }\n              group {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsoleCreateFacilitator($input: CreateFacilitatorInput!) {\n            createFacilitator(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsoleCreateFacilitator($input: CreateFacilitatorInput!) {\n            createFacilitator(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsolePreferences($id: ID, $preferences: EngagementPreferencesInput) {\n            setEngagementPreferences(organisationId: $id, preferences: $preferences) {\n              notes\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsolePreferences($id: ID, $preferences: EngagementPreferencesInput) {\n            setEngagementPreferences(organisationId: $id, preferences: $preferences) {\n              notes\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsoleRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n            recordEngagements(activityId: $activityId, records: $records) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsoleRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n            recordEngagements(activityId: $activityId, records: $records) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsoleCreateTheme($input: CreateInputThemeInput!) {\n            createInputTheme(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsoleCreateTheme($input: CreateInputThemeInput!) {\n            createInputTheme(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($entityId: ID, $first: Int, $after: String) {\n    auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        entityType\n        entityId\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($entityId: ID, $first: Int, $after: String) {\n    auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        at\n        actor\n        action\n        entityType\n        entityId\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditCreate {\n          createOrganisation(input: { name: \"Auditoitava ry\", type: ASSOCIATION, languages: [FI] }) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditCreate {\n          createOrganisation(input: { name: \"Auditoitava ry\", type: ASSOCIATION, languages: [FI] }) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditUpdate($id: ID!) {\n          updateOrganisation(id: $id, version: 1, input: { name: \"Auditoitu ry\", notes: \"Tärkeä\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditUpdate($id: ID!) {\n          updateOrganisation(id: $id, version: 1, input: { name: \"Auditoitu ry\", notes: \"Tärkeä\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditArchive($id: ID!) {\n          archiveOrganisation(id: $id, version: 2) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditArchive($id: ID!) {\n          archiveOrganisation(id: $id, version: 2) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditCreateNameless {\n          createOrganisation(input: { name: \"\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditCreateNameless {\n          createOrganisation(input: { name: \"\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditUpdateStale($id: ID!) {\n          updateOrganisation(id: $id, version: 99, input: { name: \"Myöhässä\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditUpdateStale($id: ID!) {\n          updateOrganisation(id: $id, version: 99, input: { name: \"Myöhässä\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditCreateForbidden {\n          createOrganisation(input: { name: \"Ei oikeutta\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditCreateForbidden {\n          createOrganisation(input: { name: \"Ei oikeutta\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditArchiveForbidden($id: ID!) {\n          archiveOrganisation(id: $id, version: 1) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuditArchiveForbidden($id: ID!) {\n          archiveOrganisation(id: $id, version: 1) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuditCreateRace($name: String!, $businessId: String) {\n        createOrganisation(input: { name: $name, type: COMPANY, businessId: $businessId }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AuditCreateRace($name: String!, $businessId: String) {\n        createOrganisation(input: { name: $name, type: COMPANY, businessId: $businessId }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      name\n      roles\n      ministry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreate {\n    createOrganisation(input: { name: \"Oikeustesti ry\", type: ASSOCIATION }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreate {\n    createOrganisation(input: { name: \"Oikeustesti ry\", type: ASSOCIATION }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthCount {\n    organisations {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthCount {\n    organisations {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthArchive($id: ID!, $v: Int!) {\n        archiveOrganisation(id: $id, version: $v) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthArchive($id: ID!, $v: Int!) {\n        archiveOrganisation(id: $id, version: $v) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthCreatePolicyArea {\n              createPolicyArea(input: { code: \"x-y\", name: \"X\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AuthCreatePolicyArea {\n              createPolicyArea(input: { code: \"x-y\", name: \"X\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthCreateRefused {\n          createOrganisation(input: { name: \"Kielletty ry\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthCreateRefused {\n          createOrganisation(input: { name: \"Kielletty ry\", type: ASSOCIATION }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthUpdateMalformed {\n            updateOrganisation(id: \"x\", version: 1, input: {}) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthUpdateMalformed {\n            updateOrganisation(id: \"x\", version: 1, input: {}) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthTooMany {\n            organisations(first: 9999) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query AuthTooMany {\n            organisations(first: 9999) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BoundedWorkGroupNames {\n          stakeholderGroups(first: 10) {\n            nodes {\n              organisations {\n                groups {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BoundedWorkGroupNames {\n          stakeholderGroups(first: 10) {\n            nodes {\n              organisations {\n                groups {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyLinksUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n        updateOrganisation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyLinksUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n        updateOrganisation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyLinksUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n        updateContact(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyLinksUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n        updateContact(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyLinksUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n        updateConsultation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyLinksUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n        updateConsultation(id: $id, version: $version, input: $input) {\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyLinksAddMembers($groupId: ID!, $o: [ID!], $since: Date) {\n        addGroupMembers(groupId: $groupId, organisationIds: $o, since: $since) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyLinksAddMembers($groupId: ID!, $o: [ID!], $since: Date) {\n        addGroupMembers(groupId: $groupId, organisationIds: $o, since: $since) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyLinksRemoveMembers($groupId: ID!, $o: [ID!], $until: Date) {\n        removeGroupMembers(groupId: $groupId, organisationIds: $o, until: $until) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyLinksRemoveMembers($groupId: ID!, $o: [ID!], $until: Date) {\n        removeGroupMembers(groupId: $groupId, organisationIds: $o, until: $until) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyRename($id: ID!, $version: Int!, $name: String) {\n        updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n          version\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyRename($id: ID!, $version: Int!, $name: String) {\n        updateOrganisation(id: $id, version: $version, input: { name: $name }) {\n          version\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConcurrencyRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n        recordEngagements(activityId: $activityId, records: $records) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ConcurrencyRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n        recordEngagements(activityId: $activityId, records: $records) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactGroupCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      email\n      lawfulBasis\n      consentAt\n      erased\n      version\n      affiliations {\n        role\n        primary\n        since\n        until\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContactGroupCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      email\n      lawfulBasis\n      consentAt\n      erased\n      version\n      affiliations {\n        role\n        primary\n        since\n        until\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactGroupUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n      version\n      lastName\n      lawfulBasis\n      consentAt\n      affiliations {\n        role\n        since\n        until\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContactGroupUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n      version\n      lastName\n      lawfulBasis\n      consentAt\n      affiliations {\n        role\n        since\n        until\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactGroupGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      id\n      name\n      hardToReach\n      reachNotes\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactGroupGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      id\n      name\n      hardToReach\n      reachNotes\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactGroupContacts($filter: ContactFilter, $first: Int, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        lastName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactGroupContacts($filter: ContactFilter, $first: Int, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        lastName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactGroupGroups($filter: StakeholderGroupFilter) {\n    stakeholderGroups(filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactGroupGroups($filter: StakeholderGroupFilter) {\n    stakeholderGroups(filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ContactGroupAffiliations($id: ID!) {\n            organisation(id: $id) {\n              affiliations {\n                role\n                contact {\n                  lastName\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ContactGroupAffiliations($id: ID!) {\n            organisation(id: $id) {\n              affiliations {\n                role\n                contact {\n                  lastName\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ContactGroupMalformedId {\n                contact(id: \"nope\") {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query ContactGroupMalformedId {\n                contact(id: \"nope\") {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ContactGroupCreateGroup {\n              createStakeholderGroup(input: { name: \" Saamelaiset \", hardToReach: true, reachNotes: \"Saamelaiskäräjät\" }) {\n                id\n                name\n                hardToReach\n                reachNotes\n                version\n                memberCount\n              }\n            }\n          "): (typeof documents)["\n            mutation ContactGroupCreateGroup {\n              createStakeholderGroup(input: { name: \" Saamelaiset \", hardToReach: true, reachNotes: \"Saamelaiskäräjät\" }) {\n                id\n                name\n                hardToReach\n                reachNotes\n                version\n                memberCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ContactGroupDescribeGroup($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { description: \"The Sámi\" }) {\n            version\n            description\n            hardToReach\n          }\n        }\n      "): (typeof documents)["\n        mutation ContactGroupDescribeGroup($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { description: \"The Sámi\" }) {\n            version\n            description\n            hardToReach\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ContactGroupRemoveMembers($g: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ContactGroupRemoveMembers($g: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ContactGroupGroupsOfOrganisation($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ContactGroupGroupsOfOrganisation($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ContactGroupAddMembers($g: ID!, $o: [ID!], $c: [ID!]) {\n            addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ContactGroupAddMembers($g: ID!, $o: [ID!], $c: [ID!]) {\n            addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ContactGroupAddToUnknownGroup {\n            addGroupMembers(groupId: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\", organisationIds: []) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ContactGroupAddToUnknownGroup {\n            addGroupMembers(groupId: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\", organisationIds: []) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ContactGroupCreateNamedGroup($input: CreateStakeholderGroupInput!) {\n              createStakeholderGroup(input: $input) {\n                id\n                name\n                nameSv\n                nameEn\n                version\n              }\n            }\n          "): (typeof documents)["\n            mutation ContactGroupCreateNamedGroup($input: CreateStakeholderGroupInput!) {\n              createStakeholderGroup(input: $input) {\n                id\n                name\n                nameSv\n                nameEn\n                version\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ContactGroupRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n              updateStakeholderGroup(id: $id, version: $version, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          "): (typeof documents)["\n            mutation ContactGroupRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n              updateStakeholderGroup(id: $id, version: $version, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ContactGroupCreateGroupWithInput($input: CreateStakeholderGroupInput!) {\n            createStakeholderGroup(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ContactGroupCreateGroupWithInput($input: CreateStakeholderGroupInput!) {\n            createStakeholderGroup(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ContactGroupCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation ContactGroupCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ContactGroupPolicyAreaNames {\n              policyAreas {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query ContactGroupPolicyAreaNames {\n              policyAreas {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ContactGroupCreateNamedPolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n            nameSv\n            nameEn\n          }\n        }\n      "): (typeof documents)["\n        mutation ContactGroupCreateNamedPolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n            code\n            name\n            nameSv\n            nameEn\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ContactGroupSearchPolicyAreas($search: String) {\n                policyAreas(search: $search) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query ContactGroupSearchPolicyAreas($search: String) {\n                policyAreas(search: $search) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ContactGroupRenamePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n              updatePolicyArea(id: $id, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          "): (typeof documents)["\n            mutation ContactGroupRenamePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n              updatePolicyArea(id: $id, input: $input) {\n                nameSv\n                nameEn\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ContactGroupPolicyAreaIds {\n                policyAreas {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query ContactGroupPolicyAreaIds {\n                policyAreas {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionsUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsVoid($ids: [ID!]!, $reason: String!) {\n    voidEngagements(ids: $ids, reason: $reason) {\n      id\n      voided\n      voidReason\n      voidedAt\n      voidedBy\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionsVoid($ids: [ID!]!, $reason: String!) {\n    voidEngagements(ids: $ids, reason: $reason) {\n      id\n      voided\n      voidReason\n      voidedAt\n      voidedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionsEngagements($id: ID!) {\n    activity(id: $id) {\n      engagements {\n        id\n      }\n      all: engagements(includeVoided: true) {\n        id\n        voided\n        voidReason\n        voidedAt\n        voidedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectionsEngagements($id: ID!) {\n    activity(id: $id) {\n      engagements {\n        id\n      }\n      all: engagements(includeVoided: true) {\n        id\n        voided\n        voidReason\n        voidedAt\n        voidedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      archived\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionsArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      archived\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsUnarchive($id: ID!, $version: Int!) {\n    unarchiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionsUnarchive($id: ID!, $version: Int!) {\n    unarchiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n    updatePolicyArea(id: $id, input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionsUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n    updatePolicyArea(id: $id, input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionsEvents($entityId: ID) {\n    auditEvents(entityId: $entityId, first: 50) {\n      nodes {\n        actor\n        action\n        entityType\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectionsEvents($entityId: ID) {\n    auditEvents(entityId: $entityId, first: 50) {\n      nodes {\n        actor\n        action\n        entityType\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsMerge($t: ID!, $s: [ID!]!) {\n    mergeOrganisations(targetId: $t, sourceIds: $s) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionsMerge($t: ID!, $s: [ID!]!) {\n    mergeOrganisations(targetId: $t, sourceIds: $s) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageApiCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      consultation {\n        id\n        title\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        reached\n        phasesHeard\n        firstHeardOn\n      }\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageApiCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      consultation {\n        id\n        title\n      }\n      groups {\n        group {\n          id\n          name\n          hardToReach\n        }\n        targeted\n        invited\n        heard\n        reached\n        phasesHeard\n        firstHeardOn\n      }\n      coverageRatio\n      earlyReachRatio\n      gaps {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageApiUnheard($window: CoverageWindow!) {\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n"): (typeof documents)["\n  query CoverageApiUnheard($window: CoverageWindow!) {\n    unheardGroups(window: $window) {\n      id\n      name\n      hardToReach\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesApi($threshold: Float, $first: Int) {\n    duplicateOrganisations(threshold: $threshold, first: $first) {\n      organisation {\n        id\n        name\n      }\n      duplicate {\n        id\n        name\n      }\n      score\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query DuplicatesApi($threshold: Float, $first: Int) {\n    duplicateOrganisations(threshold: $threshold, first: $first) {\n      organisation {\n        id\n        name\n      }\n      duplicate {\n        id\n        name\n      }\n      score\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngagementApiCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n  fragment EngagementApiConsultation on Consultation {\n    id\n    title\n    description\n    ministry\n    status\n    currentPhase\n    startsOn\n    endsOn\n    version\n    policyAreas {\n      code\n    }\n    targetGroups {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation EngagementApiCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n  fragment EngagementApiConsultation on Consultation {\n    id\n    title\n    description\n    ministry\n    status\n    currentPhase\n    startsOn\n    endsOn\n    version\n    policyAreas {\n      code\n    }\n    targetGroups {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngagementApiUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, version: $version, input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n"): (typeof documents)["\n  mutation EngagementApiUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n    updateConsultation(id: $id, version: $version, input: $input) {\n      ...EngagementApiConsultation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngagementApiCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EngagementApiCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      method\n      mode\n      phase\n      date\n      participantCount\n      version\n      consultation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngagementApiRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n      kind\n      participantCount\n      notes\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      group {\n        id\n      }\n      activity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EngagementApiRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n      kind\n      participantCount\n      notes\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      group {\n        id\n      }\n      activity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EngagementApiConsultation($id: ID!) {\n            consultation(id: $id) {\n              ...EngagementApiConsultation\n            }\n          }\n        "): (typeof documents)["\n          query EngagementApiConsultation($id: ID!) {\n            consultation(id: $id) {\n              ...EngagementApiConsultation\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EngagementApiViewerRead($id: ID!) {\n            consultation(id: $id) {\n              ministry\n              activities {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query EngagementApiViewerRead($id: ID!) {\n            consultation(id: $id) {\n              ministry\n              activities {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation EngagementApiSharedRegister {\n            createOrganisation(input: { name: \"Jaettu rekisteri ry\", type: ASSOCIATION }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation EngagementApiSharedRegister {\n            createOrganisation(input: { name: \"Jaettu rekisteri ry\", type: ASSOCIATION }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasedContactErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ErasedContactErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasedContactUpdate($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ErasedContactUpdate($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n    updateContact(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ErasedContactAddMember($groupId: ID!, $contactIds: [ID!]) {\n          addGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ErasedContactAddMember($groupId: ID!, $contactIds: [ID!]) {\n          addGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ErasedContactRemoveMember($groupId: ID!, $contactIds: [ID!]) {\n          removeGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ErasedContactRemoveMember($groupId: ID!, $contactIds: [ID!]) {\n          removeGroupMembers(groupId: $groupId, contactIds: $contactIds) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ErasedContactRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ErasedContactRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ErasedContactPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      "): (typeof documents)["\n        mutation ErasedContactPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsStats($since: Date) {\n    organisations(first: 1) {\n      nodes {\n        engagementStats(since: $since) {\n          heard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErrorsStats($since: Date) {\n    organisations(first: 1) {\n      nodes {\n        engagementStats(since: $since) {\n          heard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ErrorsOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsCount($first: Int) {\n    organisations(first: $first) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ErrorsCount($first: Int) {\n    organisations(first: $first) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitationStatementsSuggest($activityId: ID!) {\n    facilitatorSuggestions(activityId: $activityId, language: FI, first: 200) {\n      recentAssignments\n      facilitator {\n        id\n        name\n        methods\n        languages\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitationStatementsSuggest($activityId: ID!) {\n    facilitatorSuggestions(activityId: $activityId, language: FI, first: 200) {\n      recentAssignments\n      facilitator {\n        id\n        name\n        methods\n        languages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitationStatementsActivities($id: ID!) {\n    consultation(id: $id) {\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n      activities {\n        id\n        feedback {\n          responses\n          averageRating\n          ratingCounts\n          wouldTakePartAgainRatio\n        }\n        feedbackComments {\n          rating\n          comment\n          group {\n            name\n          }\n          createdAt\n        }\n        facilitators {\n          role\n          facilitator {\n            name\n            assignments(from: \"2026-01-01\") {\n              role\n              activity {\n                id\n              }\n            }\n          }\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitationStatementsActivities($id: ID!) {\n    consultation(id: $id) {\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n      activities {\n        id\n        feedback {\n          responses\n          averageRating\n          ratingCounts\n          wouldTakePartAgainRatio\n        }\n        feedbackComments {\n          rating\n          comment\n          group {\n            name\n          }\n          createdAt\n        }\n        facilitators {\n          role\n          facilitator {\n            name\n            assignments(from: \"2026-01-01\") {\n              role\n              activity {\n                id\n              }\n            }\n          }\n          activity {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitationStatementsMethodFeedback($window: CoverageWindow!) {\n    methodFeedback(window: $window) {\n      phase\n      method\n      activities\n      hardToReachGroupsHeard\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitationStatementsMethodFeedback($window: CoverageWindow!) {\n    methodFeedback(window: $window) {\n      phase\n      method\n      activities\n      hardToReachGroupsHeard\n      feedback {\n        responses\n        averageRating\n        ratingCounts\n        wouldTakePartAgainRatio\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacilitationStatementsRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n    }\n  }\n"): (typeof documents)["\n  mutation FacilitationStatementsRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacilitationCreate($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      ministry\n    }\n  }\n"): (typeof documents)["\n  mutation FacilitationCreate($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      ministry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacilitationUpdate($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n    updateFacilitator(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation FacilitationUpdate($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n    updateFacilitator(id: $id, version: $version, input: $input) {\n      id\n      version\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacilitationAssign($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FacilitationAssign($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FacilitationUnassign($activityId: ID!, $ids: [ID!]!) {\n    unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FacilitationUnassign($activityId: ID!, $ids: [ID!]!) {\n    unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitationRead($id: ID!, $activityId: ID!) {\n    facilitator(id: $id) {\n      id\n      name\n      assignments {\n        role\n      }\n    }\n    facilitators(first: 5) {\n      totalCount\n    }\n    facilitatorSuggestions(activityId: $activityId) {\n      facilitator {\n        id\n      }\n    }\n    methodFeedback(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      phase\n    }\n    activity(id: $activityId) {\n      facilitators {\n        role\n      }\n      feedback {\n        responses\n      }\n      feedbackComments {\n        comment\n      }\n      consultation {\n        feedback {\n          responses\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitationRead($id: ID!, $activityId: ID!) {\n    facilitator(id: $id) {\n      id\n      name\n      assignments {\n        role\n      }\n    }\n    facilitators(first: 5) {\n      totalCount\n    }\n    facilitatorSuggestions(activityId: $activityId) {\n      facilitator {\n        id\n      }\n    }\n    methodFeedback(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      phase\n    }\n    activity(id: $activityId) {\n      facilitators {\n        role\n      }\n      feedback {\n        responses\n      }\n      feedbackComments {\n        comment\n      }\n      consultation {\n        feedback {\n          responses\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitationSuggestions($activityId: ID!, $first: Int) {\n    facilitatorSuggestions(activityId: $activityId, first: $first) {\n      recentAssignments\n    }\n  }\n"): (typeof documents)["\n  query FacilitationSuggestions($activityId: ID!, $first: Int) {\n    facilitatorSuggestions(activityId: $activityId, first: $first) {\n      recentAssignments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query FacilitationEmail($id: ID!) {\n              facilitator(id: $id) {\n                email\n              }\n            }\n          "): (typeof documents)["\n            query FacilitationEmail($id: ID!) {\n              facilitator(id: $id) {\n                email\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FacilitationUnknownIds($unknown: ID!) {\n          a: facilitator(id: $unknown) {\n            id\n          }\n          b: facilitator(id: \"nope\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query FacilitationUnknownIds($unknown: ID!) {\n          a: facilitator(id: $unknown) {\n            id\n          }\n          b: facilitator(id: \"nope\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FacilitationTooMany {\n            facilitators(first: 201) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query FacilitationTooMany {\n            facilitators(first: 201) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FaultsCount {\n        organisations(first: 1) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query FaultsCount {\n        organisations(first: 1) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            committed\n            errors {\n              line\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation FuzzImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            committed\n            errors {\n              line\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HardeningMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query HardeningMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningDeepFragment {\n        organisation(id: \"x\") {\n          mergedInto {\n            ...HardeningDeep\n          }\n        }\n      }\n      fragment HardeningDeep on Organisation {\n        mergedInto {\n          mergedInto {\n            mergedInto {\n              mergedInto {\n                mergedInto {\n                  mergedInto {\n                    mergedInto {\n                      mergedInto {\n                        id\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningDeepFragment {\n        organisation(id: \"x\") {\n          mergedInto {\n            ...HardeningDeep\n          }\n        }\n      }\n      fragment HardeningDeep on Organisation {\n        mergedInto {\n          mergedInto {\n            mergedInto {\n              mergedInto {\n                mergedInto {\n                  mergedInto {\n                    mergedInto {\n                      mergedInto {\n                        id\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningCostly($n: Int) {\n        organisations(first: $n) {\n          nodes {\n            groups {\n              organisations {\n                groups {\n                  organisations {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningCostly($n: Int) {\n        organisations(first: $n) {\n          nodes {\n            groups {\n              organisations {\n                groups {\n                  organisations {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningFirst50 {\n        organisations(first: 50) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningFirst50 {\n        organisations(first: 50) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningFirst200 {\n        organisations(first: 200) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningFirst200 {\n        organisations(first: 200) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningDefault200($f: Int = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningDefault200($f: Int = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningDefault1($f: Int = 1) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningDefault1($f: Int = 1) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HardeningRequiredDefault200($f: Int! = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query HardeningRequiredDefault200($f: Int! = 200) {\n        organisations(first: $f) {\n          nodes {\n            groups {\n              organisations {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HardeningIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HardeningIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsApiSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n        name\n      }\n      contact {\n        id\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n"): (typeof documents)["\n  query InvitationsApiSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n        name\n      }\n      contact {\n        id\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation LoadImportOrganisations($csv: String!) {\n    importOrganisations(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadImportContacts($csv: String!) {\n    importContacts(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation LoadImportContacts($csv: String!) {\n    importContacts(csv: $csv, dryRun: false) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoadAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LocksMerge($t: ID!, $s: [ID!]!) {\n          mergeOrganisations(targetId: $t, sourceIds: $s) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LocksMerge($t: ID!, $s: [ID!]!) {\n          mergeOrganisations(targetId: $t, sourceIds: $s) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LocksAddMember($g: ID!, $o: [ID!]) {\n          addGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LocksAddMember($g: ID!, $o: [ID!]) {\n          addGroupMembers(groupId: $g, organisationIds: $o) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LoggingRename($id: ID!) {\n        updateOrganisation(id: $id, version: 1, input: { name: \"X\" }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LoggingRename($id: ID!) {\n        updateOrganisation(id: $id, version: 1, input: { name: \"X\" }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LoggingCreateArea($input: CreatePolicyAreaInput!) {\n        createPolicyArea(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LoggingCreateArea($input: CreatePolicyAreaInput!) {\n        createPolicyArea(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LoggingMe {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query LoggingMe {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsApiAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation MembershipsApiAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MembershipsAdd($g: ID!, $o: [ID!], $c: [ID!], $since: Date) {\n    addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, since: $since) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembershipsRemove($g: ID!, $o: [ID!], $c: [ID!], $until: Date) {\n    removeGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, until: $until) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MembershipsRemove($g: ID!, $o: [ID!], $c: [ID!], $until: Date) {\n    removeGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c, until: $until) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipsGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n      current: memberships {\n        group {\n          id\n        }\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n      all: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembershipsGroup($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberCount\n      organisations {\n        id\n      }\n      contacts {\n        id\n      }\n      current: memberships {\n        group {\n          id\n        }\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n      all: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n        since\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MembershipsGroupsOf($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MembershipsGroupsOf($id: ID!) {\n            organisation(id: $id) {\n              groups {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MembershipsInGroup($g: [ID!]) {\n              organisations(filter: { groupIds: $g }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query MembershipsInGroup($g: [ID!]) {\n              organisations(filter: { groupIds: $g }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeApiMerge($targetId: ID!, $sourceIds: [ID!]!) {\n    mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n      id\n      version\n      archived\n      mergedInto {\n        id\n      }\n      groups {\n        id\n      }\n      policyAreas {\n        id\n      }\n      affiliations {\n        contact {\n          id\n        }\n        role\n        since\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeApiMerge($targetId: ID!, $sourceIds: [ID!]!) {\n    mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n      id\n      version\n      archived\n      mergedInto {\n        id\n      }\n      groups {\n        id\n      }\n      policyAreas {\n        id\n      }\n      affiliations {\n        contact {\n          id\n        }\n        role\n        since\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreatePolicyArea($input: CreatePolicyAreaInput!) {\n          createPolicyArea(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateOrganisation($input: CreateOrganisationInput!) {\n          createOrganisation(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateOrganisation($input: CreateOrganisationInput!) {\n          createOrganisation(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n          updateOrganisation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n          updateOrganisation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionArchiveOrganisation($id: ID!, $version: Int!) {\n          archiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionArchiveOrganisation($id: ID!, $version: Int!) {\n          archiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUnarchiveOrganisation($id: ID!, $version: Int!) {\n          unarchiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUnarchiveOrganisation($id: ID!, $version: Int!) {\n          unarchiveOrganisation(id: $id, version: $version) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TransactionArchiveFirst($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation TransactionArchiveFirst($id: ID!, $version: Int!) {\n            archiveOrganisation(id: $id, version: $version) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n          updatePolicyArea(id: $id, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdatePolicyArea($id: ID!, $input: UpdatePolicyAreaInput!) {\n          updatePolicyArea(id: $id, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateContact($input: CreateContactInput!) {\n          createContact(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateContact($input: CreateContactInput!) {\n          createContact(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n          updateContact(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {\n          updateContact(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateStakeholderGroup($input: CreateStakeholderGroupInput!) {\n          createStakeholderGroup(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateStakeholderGroup($input: CreateStakeholderGroupInput!) {\n          createStakeholderGroup(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateStakeholderGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n          updateStakeholderGroup(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateStakeholderGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n          updateStakeholderGroup(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionAddGroupMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n          addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c, since: \"2026-01-01\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionAddGroupMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n          addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c, since: \"2026-01-01\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionRemoveGroupMembers($groupId: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $groupId, organisationIds: $o, until: \"2026-06-01\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionRemoveGroupMembers($groupId: ID!, $o: [ID!]) {\n          removeGroupMembers(groupId: $groupId, organisationIds: $o, until: \"2026-06-01\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateConsultation($input: CreateConsultationInput!) {\n          createConsultation(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateConsultation($input: CreateConsultationInput!) {\n          createConsultation(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n          updateConsultation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateConsultation($id: ID!, $version: Int!, $input: UpdateConsultationInput!) {\n          updateConsultation(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateActivity($input: CreateActivityInput!) {\n          createActivity(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateActivity($input: CreateActivityInput!) {\n          createActivity(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n          recordEngagements(activityId: $activityId, records: $records) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n          updateActivity(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {\n          updateActivity(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionVoidEngagements($ids: [ID!]!, $reason: String!) {\n          voidEngagements(ids: $ids, reason: $reason) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionVoidEngagements($ids: [ID!]!, $reason: String!) {\n          voidEngagements(ids: $ids, reason: $reason) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateFacilitator($input: CreateFacilitatorInput!) {\n          createFacilitator(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateFacilitator($input: CreateFacilitatorInput!) {\n          createFacilitator(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateFacilitator($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n          updateFacilitator(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateFacilitator($id: ID!, $version: Int!, $input: UpdateFacilitatorInput!) {\n          updateFacilitator(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n          assignFacilitators(activityId: $activityId, assignments: $assignments) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n          assignFacilitators(activityId: $activityId, assignments: $assignments) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUnassignFacilitators($activityId: ID!, $ids: [ID!]!) {\n          unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUnassignFacilitators($activityId: ID!, $ids: [ID!]!) {\n          unassignFacilitators(activityId: $activityId, facilitatorIds: $ids) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n          recordFeedback(activityId: $activityId, responses: $responses) {\n            responses\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n          recordFeedback(activityId: $activityId, responses: $responses) {\n            responses\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionMergeOrganisations($targetId: ID!, $sourceIds: [ID!]!) {\n          mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionMergeOrganisations($targetId: ID!, $sourceIds: [ID!]!) {\n          mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionEraseContact($id: ID!) {\n          eraseContact(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionEraseContact($id: ID!) {\n          eraseContact(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionImportOrganisations($csv: String!) {\n          importOrganisations(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionImportOrganisations($csv: String!) {\n          importOrganisations(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionImportContacts($csv: String!) {\n          importContacts(csv: $csv, dryRun: false) {\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionSetEngagementPreferences($o: ID, $p: EngagementPreferencesInput) {\n          setEngagementPreferences(organisationId: $o, preferences: $p) {\n            updatedAt\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionSetEngagementPreferences($o: ID, $p: EngagementPreferencesInput) {\n          setEngagementPreferences(organisationId: $o, preferences: $p) {\n            updatedAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionCreateInputTheme($input: CreateInputThemeInput!) {\n          createInputTheme(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionCreateInputTheme($input: CreateInputThemeInput!) {\n          createInputTheme(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransactionUpdateInputTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n          updateInputTheme(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TransactionUpdateInputTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n          updateInputTheme(id: $id, version: $version, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation TransactionCreateTheme($input: CreateInputThemeInput!) {\n              createInputTheme(input: $input) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation TransactionCreateTheme($input: CreateInputThemeInput!) {\n              createInputTheme(input: $input) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TransactionMutationNames {\n          __type(name: \"Mutation\") {\n            fields {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TransactionMutationNames {\n          __type(name: \"Mutation\") {\n            fields {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      website\n      email\n      version\n      archived\n      policyAreas {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      businessId\n      type\n      languages\n      website\n      email\n      version\n      archived\n      policyAreas {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationUpdate($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      businessId\n      version\n      notes\n      policyAreas {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationUpdate($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, version: $version, input: $input) {\n      id\n      name\n      businessId\n      version\n      notes\n      policyAreas {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationArchive($id: ID!, $version: Int!) {\n    archiveOrganisation(id: $id, version: $version) {\n      id\n      archived\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationByBusinessId($businessId: String!) {\n    organisationByBusinessId(businessId: $businessId) {\n      id\n      businessId\n    }\n  }\n"): (typeof documents)["\n  query OrganisationByBusinessId($businessId: String!) {\n    organisationByBusinessId(businessId: $businessId) {\n      id\n      businessId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrganisationUnknownIds {\n            a: organisation(id: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\") {\n              id\n            }\n            b: organisation(id: \"1; drop table organisation\") {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query OrganisationUnknownIds {\n            a: organisation(id: \"4d7e3a0b-2222-4c1d-8e2f-000000000000\") {\n              id\n            }\n            b: organisation(id: \"1; drop table organisation\") {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataWalk($contactId: ID!, $specialId: ID!, $ordinaryId: ID!, $organisationId: ID!, $activityId: ID!) {\n    contact(id: $contactId) {\n      ...PersonalDataDetails\n      groups {\n        id\n      }\n    }\n    bySpecialGroup: contacts(filter: { groupIds: [$specialId] }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    byOrdinaryGroup: contacts(filter: { groupIds: [$ordinaryId] }) {\n      totalCount\n      nodes {\n        ...PersonalDataDetails\n      }\n    }\n    special: stakeholderGroup(id: $specialId) {\n      specialCategory\n      memberCount\n      contacts {\n        id\n      }\n      memberships {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n      everything: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n    }\n    ordinary: stakeholderGroup(id: $ordinaryId) {\n      specialCategory\n      memberCount\n      contacts {\n        ...PersonalDataDetails\n        groups {\n          id\n        }\n      }\n      memberships {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    groups: stakeholderGroups(first: 200) {\n      nodes {\n        id\n        memberCount\n        contacts {\n          id\n        }\n        organisations {\n          id\n        }\n      }\n    }\n    organisation(id: $organisationId) {\n      affiliations {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    activity(id: $activityId) {\n      engagements {\n        group {\n          id\n        }\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n  }\n  fragment PersonalDataDetails on Contact {\n    id\n    email\n    phone\n    consentAt\n  }\n"): (typeof documents)["\n  query PersonalDataWalk($contactId: ID!, $specialId: ID!, $ordinaryId: ID!, $organisationId: ID!, $activityId: ID!) {\n    contact(id: $contactId) {\n      ...PersonalDataDetails\n      groups {\n        id\n      }\n    }\n    bySpecialGroup: contacts(filter: { groupIds: [$specialId] }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    byOrdinaryGroup: contacts(filter: { groupIds: [$ordinaryId] }) {\n      totalCount\n      nodes {\n        ...PersonalDataDetails\n      }\n    }\n    special: stakeholderGroup(id: $specialId) {\n      specialCategory\n      memberCount\n      contacts {\n        id\n      }\n      memberships {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n      everything: memberships(includeEnded: true) {\n        organisation {\n          id\n        }\n        contact {\n          id\n        }\n      }\n    }\n    ordinary: stakeholderGroup(id: $ordinaryId) {\n      specialCategory\n      memberCount\n      contacts {\n        ...PersonalDataDetails\n        groups {\n          id\n        }\n      }\n      memberships {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    groups: stakeholderGroups(first: 200) {\n      nodes {\n        id\n        memberCount\n        contacts {\n          id\n        }\n        organisations {\n          id\n        }\n      }\n    }\n    organisation(id: $organisationId) {\n      affiliations {\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n    activity(id: $activityId) {\n      engagements {\n        group {\n          id\n        }\n        contact {\n          ...PersonalDataDetails\n        }\n      }\n    }\n  }\n  fragment PersonalDataDetails on Contact {\n    id\n    email\n    phone\n    consentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataSubjectAccess($id: ID!) {\n    contactDataExport(id: $id)\n  }\n"): (typeof documents)["\n  query PersonalDataSubjectAccess($id: ID!) {\n    contactDataExport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PersonalDataPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      "): (typeof documents)["\n        mutation PersonalDataPreferences($contactId: ID, $preferences: EngagementPreferencesInput) {\n          setEngagementPreferences(contactId: $contactId, preferences: $preferences) {\n            updatedAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PersonalDataReadPreferences($id: ID!) {\n            contact(id: $id) {\n              preferences {\n                accessibilityNeeds\n                languages\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PersonalDataReadPreferences($id: ID!) {\n            contact(id: $id) {\n              preferences {\n                accessibilityNeeds\n                languages\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PersonalDataSearch($term: String) {\n              contacts(filter: { search: $term }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query PersonalDataSearch($term: String) {\n              contacts(filter: { search: $term }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PersonalDataSpecialCategory($id: ID!) {\n              stakeholderGroup(id: $id) {\n                specialCategory\n                version\n              }\n            }\n          "): (typeof documents)["\n            query PersonalDataSpecialCategory($id: ID!) {\n              stakeholderGroup(id: $id) {\n                specialCategory\n                version\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PersonalDataMakeSpecial($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { specialCategory: true }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PersonalDataMakeSpecial($id: ID!, $version: Int!) {\n          updateStakeholderGroup(id: $id, version: $version, input: { specialCategory: true }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PersonalDataExportContacts {\n                exportContacts\n              }\n            "): (typeof documents)["\n              query PersonalDataExportContacts {\n                exportContacts\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PersonalDataExportOrganisations {\n                exportOrganisations\n              }\n            "): (typeof documents)["\n              query PersonalDataExportOrganisations {\n                exportOrganisations\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeStatementsSuggestions($consultationId: ID!, $activityId: ID) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 200) {\n      group {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        preferences {\n          methods\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n          title\n        }\n      }\n      contact {\n        id\n        lastName\n        preferences {\n          modes\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n        }\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n"): (typeof documents)["\n  query PracticeStatementsSuggestions($consultationId: ID!, $activityId: ID) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 200) {\n      group {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n        preferences {\n          methods\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n          title\n        }\n      }\n      contact {\n        id\n        lastName\n        preferences {\n          modes\n          policyAreas {\n            id\n          }\n        }\n        themesRaised {\n          id\n        }\n      }\n      invitationsThisQuarter\n      invitationsLast12Months\n      overLimit\n      matchesPreferences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeStatementsThemes($id: ID!) {\n    consultation(id: $id) {\n      themes {\n        id\n        title\n        consultation {\n          id\n        }\n        raisedBy {\n          id\n          organisation {\n            id\n            themesRaised {\n              id\n            }\n            preferences {\n              notes\n            }\n          }\n          contact {\n            id\n            themesRaised(consultationId: $id) {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeStatementsThemes($id: ID!) {\n    consultation(id: $id) {\n      themes {\n        id\n        title\n        consultation {\n          id\n        }\n        raisedBy {\n          id\n          organisation {\n            id\n            themesRaised {\n              id\n            }\n            preferences {\n              notes\n            }\n          }\n          contact {\n            id\n            themesRaised(consultationId: $id) {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeStatementsOrganisationPreferences($o: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, preferences: $p) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeStatementsOrganisationPreferences($o: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, preferences: $p) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeStatementsContactPreferences($c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(contactId: $c, preferences: $p) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeStatementsContactPreferences($c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(contactId: $c, preferences: $p) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeStatementsCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeStatementsCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeSetPreferences($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      methods\n      maxInvitationsPerQuarter\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeSetPreferences($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      methods\n      maxInvitationsPerQuarter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      overLimit\n    }\n  }\n"): (typeof documents)["\n  query PracticeSuggestions($consultationId: ID!, $activityId: ID, $first: Int) {\n    invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: $first) {\n      group {\n        id\n      }\n      organisation {\n        id\n      }\n      contact {\n        id\n      }\n      overLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeCreateTheme($input: CreateInputThemeInput!) {\n    createInputTheme(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeUpdateTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n    updateInputTheme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeUpdateTheme($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) {\n    updateInputTheme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeRead($o: ID!, $c: ID!, $consultation: ID!) {\n    organisation(id: $o) {\n      preferences {\n        methods\n      }\n      themesRaised {\n        id\n      }\n    }\n    contact(id: $c) {\n      preferences {\n        modes\n      }\n      themesRaised(consultationId: $consultation) {\n        id\n      }\n    }\n    consultation(id: $consultation) {\n      themes {\n        id\n        raisedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeRead($o: ID!, $c: ID!, $consultation: ID!) {\n    organisation(id: $o) {\n      preferences {\n        methods\n      }\n      themesRaised {\n        id\n      }\n    }\n    contact(id: $c) {\n      preferences {\n        modes\n      }\n      themesRaised(consultationId: $consultation) {\n        id\n      }\n    }\n    consultation(id: $consultation) {\n      themes {\n        id\n        raisedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeLetters($id: ID!) {\n    feedbackLetters(consultationId: $id) {\n      text\n    }\n  }\n"): (typeof documents)["\n  query PracticeLetters($id: ID!) {\n    feedbackLetters(consultationId: $id) {\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesApiSet($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      ...PreferencesApiFields\n    }\n  }\n  fragment PreferencesApiFields on EngagementPreferences {\n    methods\n    modes\n    languages\n    policyAreas {\n      id\n      name\n    }\n    accessibilityNeeds\n    maxInvitationsPerQuarter\n    notes\n    updatedAt\n  }\n"): (typeof documents)["\n  mutation PreferencesApiSet($o: ID, $c: ID, $p: EngagementPreferencesInput) {\n    setEngagementPreferences(organisationId: $o, contactId: $c, preferences: $p) {\n      ...PreferencesApiFields\n    }\n  }\n  fragment PreferencesApiFields on EngagementPreferences {\n    methods\n    modes\n    languages\n    policyAreas {\n      id\n      name\n    }\n    accessibilityNeeds\n    maxInvitationsPerQuarter\n    notes\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesApiOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      preferences {\n        ...PreferencesApiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreferencesApiOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      preferences {\n        ...PreferencesApiFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyApiErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      title\n      languages\n      lawfulBasis\n      consentAt\n      erased\n      version\n      groups {\n        id\n      }\n      affiliations {\n        organisation {\n          id\n        }\n        role\n        primary\n        since\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyApiErase($id: ID!) {\n    eraseContact(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      title\n      languages\n      lawfulBasis\n      consentAt\n      erased\n      version\n      groups {\n        id\n      }\n      affiliations {\n        organisation {\n          id\n        }\n        role\n        primary\n        since\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyApiExport($id: ID!) {\n    contactDataExport(id: $id)\n  }\n"): (typeof documents)["\n  query PrivacyApiExport($id: ID!) {\n    contactDataExport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyApiReview($consent: Int, $inactive: Int, $first: Int) {\n    contactsForRetentionReview(consentOlderThanMonths: $consent, inactiveMonths: $inactive, first: $first) {\n      contact {\n        id\n        lastName\n      }\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query PrivacyApiReview($consent: Int, $inactive: Int, $first: Int) {\n    contactsForRetentionReview(consentOlderThanMonths: $consent, inactiveMonths: $inactive, first: $first) {\n      contact {\n        id\n        lastName\n      }\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RateLimitSharedMe {\n        me {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query RateLimitSharedMe {\n        me {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ReadmeOrganisation($s: String) {\n              organisations(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ReadmeOrganisation($s: String) {\n              organisations(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ReadmeGroup($s: String) {\n              stakeholderGroups(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ReadmeGroup($s: String) {\n              stakeholderGroups(first: 1, filter: { search: $s }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ReadmeOtso {\n              contacts(first: 1, filter: { search: \"Otso Nieminen\" }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ReadmeOtso {\n              contacts(first: 1, filter: { search: \"Otso Nieminen\" }) {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RegisterSmokeOrganisation($id: ID!) {\n          organisation(id: $id) {\n            id\n            name\n            businessId\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n            policyAreas {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query RegisterSmokeOrganisation($id: ID!) {\n          organisation(id: $id) {\n            id\n            name\n            businessId\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n            policyAreas {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasOrganisationsBySearch($search: String!) {\n    organisations(filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        municipality\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplicasOrganisationsBySearch($search: String!) {\n    organisations(filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        municipality\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      groups {\n        group {\n          id\n        }\n        heard\n        phasesHeard\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplicasCoverage($id: ID!) {\n    consultationCoverage(consultationId: $id) {\n      groups {\n        group {\n          id\n        }\n        heard\n        phasesHeard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasUnheard {\n    unheardGroups(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ReplicasUnheard {\n    unheardGroups(window: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicasOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReplicasOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReplicasMoveToKuopio($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { municipality: \"Kuopio\" }) {\n            version\n            groups {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ReplicasMoveToKuopio($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { municipality: \"Kuopio\" }) {\n            version\n            groups {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReplicasList {\n          organisations(filter: { search: \"replikan\" }) {\n            totalCount\n            nodes {\n              id\n              municipality\n              affiliations {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReplicasList {\n          organisations(filter: { search: \"replikan\" }) {\n            totalCount\n            nodes {\n              id\n              municipality\n              affiliations {\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReplicasRenameLagging($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Viiveen Kylätoimikunta ry\", municipality: \"Oulu\" }) {\n            id\n            name\n            municipality\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation ReplicasRenameLagging($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Viiveen Kylätoimikunta ry\", municipality: \"Oulu\" }) {\n            id\n            name\n            municipality\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReplicasSecondChange($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { notes: \"Toinen muutos\" }) {\n            notes\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation ReplicasSecondChange($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { notes: \"Toinen muutos\" }) {\n            notes\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReplicasById($id: ID!) {\n          organisation(id: $id) {\n            name\n            version\n          }\n        }\n      "): (typeof documents)["\n        query ReplicasById($id: ID!) {\n          organisation(id: $id) {\n            name\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReplicasListedGroups {\n            organisations(filter: { search: \"viiveen\" }) {\n              nodes {\n                name\n                groups {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReplicasListedGroups {\n            organisations(filter: { search: \"viiveen\" }) {\n              nodes {\n                name\n                groups {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ReplicasNote($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { notes: \"x\" }) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation ReplicasNote($id: ID!, $version: Int!) {\n            updateOrganisation(id: $id, version: $version, input: { notes: \"x\" }) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReplicasRenameWhileDown($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Katkon Uusi Seura ry\" }) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation ReplicasRenameWhileDown($id: ID!, $version: Int!) {\n          updateOrganisation(id: $id, version: $version, input: { name: \"Katkon Uusi Seura ry\" }) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ReplicasProcessCreate($input: CreateOrganisationInput!) {\n              createOrganisation(input: $input) {\n                id\n                name\n              }\n            }\n          "): (typeof documents)["\n            mutation ReplicasProcessCreate($input: CreateOrganisationInput!) {\n              createOrganisation(input: $input) {\n                id\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SchemaPrivacyQueryType {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SchemaPrivacyQueryType {\n            __schema {\n              queryType {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SchemaPrivacyMe {\n                me {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query SchemaPrivacyMe {\n                me {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementCountList($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        policyAreas {\n          code\n        }\n        groups {\n          id\n          name\n          memberCount\n          organisations {\n            id\n          }\n        }\n        affiliations {\n          role\n          organisation {\n            id\n          }\n          contact {\n            id\n            lastName\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n          }\n        }\n        mergedInto {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementCountList($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        policyAreas {\n          code\n        }\n        groups {\n          id\n          name\n          memberCount\n          organisations {\n            id\n          }\n        }\n        affiliations {\n          role\n          organisation {\n            id\n          }\n          contact {\n            id\n            lastName\n            groups {\n              id\n            }\n            affiliations {\n              role\n            }\n          }\n        }\n        mergedInto {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementCountMemberships($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberships(includeEnded: true) {\n        since\n        until\n        group {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n          lastName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementCountMemberships($id: ID!) {\n    stakeholderGroup(id: $id) {\n      memberships(includeEnded: true) {\n        since\n        until\n        group {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        contact {\n          id\n          lastName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StrictCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation StrictCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StrictCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      consentAt\n    }\n  }\n"): (typeof documents)["\n  mutation StrictCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      consentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrictOrganisations($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StrictOrganisations($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  mutation StrictCreateGroup($input: CreateStakeholderGroupInput!) {\n                    createStakeholderGroup(input: $input) {\n                      id\n                    }\n                  }\n                "): (typeof documents)["\n                  mutation StrictCreateGroup($input: CreateStakeholderGroupInput!) {\n                    createStakeholderGroup(input: $input) {\n                      id\n                    }\n                  }\n                "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  mutation StrictCreatePolicyArea($input: CreatePolicyAreaInput!) {\n                    createPolicyArea(input: $input) {\n                      id\n                    }\n                  }\n                "): (typeof documents)["\n                  mutation StrictCreatePolicyArea($input: CreatePolicyAreaInput!) {\n                    createPolicyArea(input: $input) {\n                      id\n                    }\n                  }\n                "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  mutation StrictCreateConsultation($input: CreateConsultationInput!) {\n                    createConsultation(input: $input) {\n                      id\n                    }\n                  }\n                "): (typeof documents)["\n                  mutation StrictCreateConsultation($input: CreateConsultationInput!) {\n                    createConsultation(input: $input) {\n                      id\n                    }\n                  }\n                "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  mutation StrictCreateActivity($input: CreateActivityInput!) {\n                    createActivity(input: $input) {\n                      id\n                    }\n                  }\n                "): (typeof documents)["\n                  mutation StrictCreateActivity($input: CreateActivityInput!) {\n                    createActivity(input: $input) {\n                      id\n                    }\n                  }\n                "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation StrictRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n            updateStakeholderGroup(id: $id, version: $version, input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation StrictRenameGroup($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) {\n            updateStakeholderGroup(id: $id, version: $version, input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StrictSearchAll($search: String) {\n            organisations(first: 50, filter: { search: $search }) {\n              totalCount\n              nodes {\n                name\n              }\n            }\n            contacts(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            stakeholderGroups(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            consultations(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query StrictSearchAll($search: String) {\n            organisations(first: 50, filter: { search: $search }) {\n              totalCount\n              nodes {\n                name\n              }\n            }\n            contacts(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            stakeholderGroups(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n            consultations(first: 50, filter: { search: $search }) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n      title\n      ministry\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n      title\n      ministry\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      date\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryRecordEngagements($activityId: ID!, $records: [EngagementRecordInput!]!) {\n    recordEngagements(activityId: $activityId, records: $records) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      ministry\n      version\n      methods\n      languages\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      ministry\n      version\n      methods\n      languages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryAssignFacilitators($activityId: ID!, $assignments: [FacilitatorAssignmentInput!]!) {\n    assignFacilitators(activityId: $activityId, assignments: $assignments) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n      averageRating\n      ratingCounts\n      wouldTakePartAgainRatio\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryRecordFeedback($activityId: ID!, $responses: [FeedbackResponseInput!]!) {\n    recordFeedback(activityId: $activityId, responses: $responses) {\n      responses\n      averageRating\n      ratingCounts\n      wouldTakePartAgainRatio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreatePolicyArea($input: CreatePolicyAreaInput!) {\n    createPolicyArea(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n      businessId\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n      businessId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      firstName\n      lastName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAddMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryAddMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NestedCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NestedCreateGroup($input: CreateStakeholderGroupInput!) {\n    createStakeholderGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NestedAddMembers($groupId: ID!, $o: [ID!]) {\n    addGroupMembers(groupId: $groupId, organisationIds: $o) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedGroups {\n    stakeholderGroups(first: 10) {\n      nodes {\n        organisations {\n          groups {\n            organisations {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedGroups {\n    stakeholderGroups(first: 10) {\n      nodes {\n        organisations {\n          groups {\n            organisations {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemesApiLetters($id: ID!, $language: Language) {\n    feedbackLetters(consultationId: $id, language: $language) {\n      organisation {\n        id\n      }\n      language\n      text\n    }\n  }\n"): (typeof documents)["\n  query ThemesApiLetters($id: ID!, $language: Language) {\n    feedbackLetters(consultationId: $id, language: $language) {\n      organisation {\n        id\n      }\n      language\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferApiImportOrganisations($csv: String!, $dryRun: Boolean) {\n    importOrganisations(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n  fragment TransferApiResult on ImportResult {\n    dryRun\n    committed\n    rows\n    created\n    updated\n    skipped\n    errors {\n      line\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation TransferApiImportOrganisations($csv: String!, $dryRun: Boolean) {\n    importOrganisations(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n  fragment TransferApiResult on ImportResult {\n    dryRun\n    committed\n    rows\n    created\n    updated\n    skipped\n    errors {\n      line\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferApiImportContacts($csv: String!, $dryRun: Boolean) {\n    importContacts(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n"): (typeof documents)["\n  mutation TransferApiImportContacts($csv: String!, $dryRun: Boolean) {\n    importContacts(csv: $csv, dryRun: $dryRun) {\n      ...TransferApiResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TransferApiByDefault($csv: String!) {\n          importOrganisations(csv: $csv) {\n            dryRun\n            committed\n            created\n          }\n        }\n      "): (typeof documents)["\n        mutation TransferApiByDefault($csv: String!) {\n          importOrganisations(csv: $csv) {\n            dryRun\n            committed\n            created\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TransferApiExportOrganisations {\n              exportOrganisations\n            }\n          "): (typeof documents)["\n            query TransferApiExportOrganisations {\n              exportOrganisations\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TransferApiExportContacts {\n              exportContacts\n            }\n          "): (typeof documents)["\n            query TransferApiExportContacts {\n              exportContacts\n            }\n          "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;