import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation, createPolicyArea } from './support/factories.js';
import { badValues, FORBIDDEN_IN_TEXT, IMPOSSIBLE_DATES, IMPOSSIBLE_TIMES, INVISIBLE_NAMES, leafPaths, seededRandom, withLeaf } from './support/fuzz-values.js';
import { createActivity, createConsultation } from './support/engagement-factories.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
/** The fields that hold a name or a title (documented as trimmed, non-empty names and titles). */
const NAME_FIELDS = new Set(['name', 'nameSv', 'nameEn', 'firstName', 'lastName', 'title']);
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * A field error reported at a variable's leaf: the same last segment (an argument's path names the
 * resolver's argument, which a top-level variable such as `$g` for `groupId` does not).
 */
const atLeaf = (fieldPath: string, leaf: string[]) => leaf.length === 1 || fieldPath.split('.').at(-1) === leaf.at(-1);
const TABLES = [
  'policy_area',
  'organisation',
  'organisation_policy_area',
  'contact',
  'affiliation',
  'stakeholder_group',
  'group_organisation',
  'group_contact',
  'consultation',
  'consultation_policy_area',
  'consultation_target_group',
  'activity',
  'engagement',
  'audit_event',
];

/** An operation to fuzz: its document as text, sent with variables of any type (not TestApp's typed documents). */
interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
}

/**
 * Thousands of generated bad inputs to every mutation and filter: each answer is a client error or a
 * correct result, never an internal error, and a refused mutation leaves the register as it was.
 */
describe('input fuzzing', () => {
  let app: TestApp;
  let operations: Operation[];

  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
    const area = await createPolicyArea(app);
    const organisation = await createOrganisation(app, { policyAreaIds: [area.id] });
    const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id }] });
    const group = await createGroup(app);
    await addMembers(app, group.id, { organisationIds: [organisation.id], contactIds: [contact.id] });
    // Upkeep: a merge of an organisation into itself and an erasure of an unused contact, refused or aimed
    // at nothing by every fuzzed value, so that the fuzz never merges or erases the shared records.
    const mergeTarget = await createOrganisation(app);
    const erasable = await createContact(app);
    const consultation = await createConsultation(app, { policyAreaIds: [area.id], targetGroupIds: [group.id] });
    const activity = await createActivity(app, consultation.id);
    const page = '{ totalCount nodes { id } pageInfo { endCursor } }';
    const window = { from: '2026-01-01', to: '2026-12-31', policyAreaIds: [area.id], ministry: 'TEM', hardToReachOnly: false };
    operations = [
      {
        name: 'createPolicyArea',
        mutation: true,
        query: 'mutation ($input: CreatePolicyAreaInput!) { createPolicyArea(input: $input) { id } }',
        variables: { input: { code: 'fuzz-area', name: 'Fuzz' } },
      },
      {
        name: 'createOrganisation',
        mutation: true,
        query: 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        variables: {
          input: {
            name: 'Fuzz ry',
            nameSv: 'Fuzz rf',
            nameEn: 'Fuzz',
            businessId: '0194099-3',
            type: 'ASSOCIATION',
            languages: ['FI'],
            municipality: 'Oulu',
            website: 'https://fuzz.example.fi',
            email: 'fuzz@example.fi',
            notes: 'n',
            policyAreaIds: [area.id],
          },
        },
      },
      {
        name: 'updateOrganisation',
        mutation: true,
        query: 'mutation ($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { id } }',
        variables: {
          id: organisation.id,
          version: 999,
          input: {
            name: 'Fuzz 2',
            businessId: '0112038-9',
            type: 'FOUNDATION',
            languages: ['SV'],
            website: 'http://x.example',
            email: 'a@b.fi',
            policyAreaIds: [area.id],
          },
        },
      },
      {
        name: 'archiveOrganisation',
        mutation: true,
        query: 'mutation ($id: ID!, $version: Int!) { archiveOrganisation(id: $id, version: $version) { id } }',
        variables: { id: organisation.id, version: 999 },
      },
      {
        name: 'createContact',
        mutation: true,
        query: 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }',
        variables: {
          input: {
            firstName: 'Fuzz',
            lastName: 'Tester',
            email: 'f@example.fi',
            phone: '+358 40 1234567',
            title: 't',
            languages: ['FI'],
            lawfulBasis: 'CONSENT',
            consentAt: '2026-01-01T00:00:00.000Z',
            affiliations: [{ organisationId: organisation.id, role: 'r', primary: true, since: '2020-01-01', until: '2021-01-01' }],
          },
        },
      },
      {
        name: 'updateContact',
        mutation: true,
        query: 'mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) { updateContact(id: $id, version: $version, input: $input) { id } }',
        variables: { id: contact.id, version: 999, input: { firstName: 'F', lawfulBasis: 'PUBLIC_TASK', affiliations: [{ organisationId: organisation.id }] } },
      },
      {
        name: 'createStakeholderGroup',
        mutation: true,
        query: 'mutation ($input: CreateStakeholderGroupInput!) { createStakeholderGroup(input: $input) { id } }',
        variables: { input: { name: 'Fuzz group', description: 'd', hardToReach: true, specialCategory: true, reachNotes: 'r' } },
      },
      {
        name: 'updateStakeholderGroup',
        mutation: true,
        query:
          'mutation ($id: ID!, $version: Int!, $input: UpdateStakeholderGroupInput!) { updateStakeholderGroup(id: $id, version: $version, input: $input) { id } }',
        variables: { id: group.id, version: 999, input: { name: 'G', hardToReach: false, specialCategory: false } },
      },
      {
        name: 'addGroupMembers',
        mutation: true,
        query: 'mutation ($g: ID!, $o: [ID!], $c: [ID!]) { addGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) { id } }',
        variables: { g: group.id, o: ['4d7e3a0b-2222-4c1d-8e2f-000000000000'], c: [contact.id] },
      },
      {
        name: 'removeGroupMembers',
        mutation: true,
        query: 'mutation ($g: ID!, $o: [ID!], $c: [ID!]) { removeGroupMembers(groupId: $g, organisationIds: $o, contactIds: $c) { id } }',
        variables: { g: '4d7e3a0b-2222-4c1d-8e2f-000000000000', o: [organisation.id], c: [contact.id] },
      },
      {
        name: 'organisations',
        mutation: false,
        query: `query ($filter: OrganisationFilter, $first: Int, $after: String) { organisations(filter: $filter, first: $first, after: $after) ${page} }`,
        variables: {
          filter: { search: 'fuzz', types: ['ASSOCIATION'], policyAreaIds: [area.id], groupIds: [group.id], includeArchived: true },
          first: 5,
          after: 'WyJhIiwiYiJd',
        },
      },
      {
        name: 'contacts',
        mutation: false,
        query: `query ($filter: ContactFilter, $first: Int, $after: String) { contacts(filter: $filter, first: $first, after: $after) ${page} }`,
        variables: { filter: { search: 'fuzz', organisationId: organisation.id, groupIds: [group.id] }, first: 5, after: null },
      },
      {
        name: 'stakeholderGroups',
        mutation: false,
        query: `query ($filter: StakeholderGroupFilter, $first: Int, $after: String) { stakeholderGroups(filter: $filter, first: $first, after: $after) ${page} }`,
        variables: { filter: { search: 'fuzz', hardToReach: true }, first: 5, after: null },
      },
      {
        name: 'importOrganisations',
        mutation: true,
        query:
          'mutation ($csv: String!, $dryRun: Boolean) { importOrganisations(csv: $csv, dryRun: $dryRun) { dryRun rows created updated skipped errors { line field message } } }',
        variables: {
          csv: `name;nameSv;businessId;type;languages;website;email;policyAreaCodes\r\nFuzz-tuonti ry;Fuzz-import rf;0112038-9;ASSOCIATION;FI|SV;https://tuonti.example.fi;tuonti@example.fi;${area.code}\r\n`,
          dryRun: true,
        },
      },
      {
        name: 'importContacts',
        mutation: true,
        query:
          'mutation ($csv: String!, $dryRun: Boolean) { importContacts(csv: $csv, dryRun: $dryRun) { dryRun rows created updated skipped errors { line field message } } }',
        variables: {
          csv: 'firstName;lastName;email;phone;lawfulBasis;consentAt;organisationBusinessId;role\r\nFuzz;Tuoja;fuzz.tuoja@example.fi;+358 40 1234567;CONSENT;2026-01-01;;\r\n',
          dryRun: true,
        },
      },
      {
        name: 'mergeOrganisations',
        mutation: true,
        query: 'mutation ($targetId: ID!, $sourceIds: [ID!]!) { mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) { id } }',
        variables: { targetId: mergeTarget.id, sourceIds: [mergeTarget.id] },
      },
      { name: 'eraseContact', mutation: true, query: 'mutation ($id: ID!) { eraseContact(id: $id) { id } }', variables: { id: erasable.id } },
      {
        name: 'createConsultation',
        mutation: true,
        query: 'mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }',
        variables: {
          input: {
            title: 'Fuzz',
            description: 'd',
            ministry: 'TEM',
            status: 'PLANNED',
            currentPhase: 'DRAFTING',
            startsOn: '2026-01-01',
            endsOn: '2026-02-01',
            policyAreaIds: [area.id],
            targetGroupIds: [group.id],
          },
        },
      },
      {
        name: 'updateConsultation',
        mutation: true,
        query: 'mutation ($id: ID!, $version: Int!, $input: UpdateConsultationInput!) { updateConsultation(id: $id, version: $version, input: $input) { id } }',
        variables: {
          id: consultation.id,
          version: 999,
          input: {
            title: 'T',
            status: 'ONGOING',
            currentPhase: 'FINALISATION',
            startsOn: '2026-01-01',
            endsOn: '2026-03-01',
            policyAreaIds: [area.id],
            targetGroupIds: [group.id],
          },
        },
      },
      {
        name: 'createActivity',
        mutation: true,
        query: 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
        variables: {
          input: {
            consultationId: consultation.id,
            title: 'Fuzz',
            method: 'WEBINAR',
            mode: 'VIRTUAL',
            phase: 'DRAFTING',
            date: '2026-04-01',
            participantCount: 900,
          },
        },
      },
      {
        name: 'recordEngagements',
        mutation: true,
        query: 'mutation ($activityId: ID!, $records: [EngagementRecordInput!]!) { recordEngagements(activityId: $activityId, records: $records) { id } }',
        variables: {
          activityId: activity.id,
          records: [
            { kind: 'PARTICIPATED', organisationId: organisation.id, contactId: contact.id, notes: 'n' },
            { kind: 'PARTICIPATED', groupId: group.id, participantCount: 41 },
          ],
        },
      },
      {
        name: 'consultations',
        mutation: false,
        query: `query ($filter: ConsultationFilter, $first: Int, $after: String) { consultations(filter: $filter, first: $first, after: $after) ${page} }`,
        variables: { filter: { search: 'fuzz', ministry: 'TEM', status: ['PLANNED'], policyAreaIds: [area.id] }, first: 5, after: null },
      },
      {
        name: 'consultationCoverage',
        mutation: false,
        query: 'query ($id: ID!) { consultationCoverage(consultationId: $id) { coverageRatio gaps { id } } }',
        variables: { id: consultation.id },
      },
      { name: 'unheardGroups', mutation: false, query: 'query ($window: CoverageWindow!) { unheardGroups(window: $window) { id } }', variables: { window } },
      {
        name: 'coverageMatrix',
        mutation: false,
        query: 'query ($window: CoverageWindow!) { coverageMatrix(window: $window) { cells { heard } } }',
        variables: { window },
      },
      {
        name: 'engagementStats',
        mutation: false,
        query: 'query ($id: ID!, $since: Date) { organisation(id: $id) { engagementStats(since: $since) { heard } } }',
        variables: { id: organisation.id, since: '2026-01-01' },
      },
      {
        name: 'auditEvents',
        mutation: false,
        query: 'query ($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) { totalCount } }',
        variables: { entityId: organisation.id, first: 5, after: null },
      },
      {
        name: 'duplicateOrganisations',
        mutation: false,
        query: 'query ($threshold: Float, $first: Int) { duplicateOrganisations(threshold: $threshold, first: $first) { score } }',
        variables: { threshold: 0.7, first: 5 },
      },
      {
        name: 'contactsForRetentionReview',
        mutation: false,
        query:
          'query ($c: Int, $i: Int, $first: Int) { contactsForRetentionReview(consentOlderThanMonths: $c, inactiveMonths: $i, first: $first) { reasons } }',
        variables: { c: 24, i: 24, first: 5 },
      },
      { name: 'contactDataExport', mutation: false, query: 'query ($id: ID!) { contactDataExport(id: $id) }', variables: { id: contact.id } },
      {
        name: 'one record',
        mutation: false,
        query: 'query ($id: ID!) { organisation(id: $id) { id } contact(id: $id) { id } stakeholderGroup(id: $id) { id } }',
        variables: { id: organisation.id },
      },
    ];
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Rows and the newest row version of every table: any insert, update or delete changes it. */
  const FINGERPRINT_SQL = `select ${TABLES.map((table) => `(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from "${table}")`).join(" || ',' || ")} as state`;
  const fingerprint = async () => (await app.sql<{ state: string }>(FINGERPRINT_SQL))[0].state;

  it('answers every bad input with a client error or a correct result, and refused mutations change nothing', async () => {
    const random = seededRandom(SEED);
    const token = await app.token({ roles: ['ADMIN'] });
    let sent = 0;
    let refused = 0;
    const internalErrors: string[] = [];
    for (const operation of operations) {
      for (const path of leafPaths(operation.variables)) {
        for (const bad of badValues(random)) {
          const variables = withLeaf(operation.variables, path, bad);
          const before = operation.mutation ? await fingerprint() : '';
          const response = await app
            .http()
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('authorization', `Bearer ${token}`)
            .send({ query: operation.query, variables });
          sent += 1;
          const codes: string[] = (response.body?.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code ?? 'NONE');
          if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NONE')) {
            internalErrors.push(
              `${operation.name} ${path.join('.')}=${JSON.stringify(bad)?.slice(0, 60)} -> ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
          }
          if (operation.mutation && codes.length > 0) {
            refused += 1;
            expect(await fingerprint()).toBe(before);
          }
        }
      }
    }
    process.stdout.write(`fuzz: seed ${SEED}, ${sent} requests, ${refused} refused mutations checked unchanged\n`);
    expect(internalErrors).toEqual([]);
    expect(sent).toBeGreaterThan(2000);
  }, 600_000);

  /**
   * The text rules, in every string of every operation (not a list of fields): a C1 control or a
   * bidirectional override or isolate anywhere, a name or title of invisible characters only, a date or
   * time that does not exist. Each is a BAD_USER_INPUT (at the field's path where the pipe reports it) and
   * a refused mutation changes nothing.
   */
  it('refuses C1 controls, bidirectional controls, invisible names and impossible dates in every operation', async () => {
    const token = await app.token({ roles: ['ADMIN'] });
    const wrong: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      for (const path of leafPaths(operation.variables)) {
        const original = path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], operation.variables);
        if (typeof original !== 'string') continue;
        const key = path.at(-1)!;
        const cases = FORBIDDEN_IN_TEXT.map((make) => make(original));
        if (NAME_FIELDS.has(key)) cases.push(...INVISIBLE_NAMES);
        if (CALENDAR_DATE.test(original)) cases.push(...IMPOSSIBLE_DATES);
        if (INSTANT.test(original)) cases.push(...IMPOSSIBLE_TIMES);
        for (const bad of cases) {
          const before = operation.mutation ? await fingerprint() : '';
          const response = await app
            .http()
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('authorization', `Bearer ${token}`)
            .send({ query: operation.query, variables: withLeaf(operation.variables, path, bad) });
          sent += 1;
          const errors: { extensions?: { code?: string; fields?: { path: string }[] } }[] = response.body?.errors ?? [];
          const refusedAtPath =
            errors.length > 0 &&
            errors.every(
              (error) =>
                error.extensions?.code === 'BAD_USER_INPUT' &&
                (error.extensions.fields === undefined || error.extensions.fields.some((field) => atLeaf(field.path, path))),
            );
          if (!refusedAtPath)
            wrong.push(`${operation.name} ${path.join('.')}=${JSON.stringify(bad).slice(0, 40)} -> ${JSON.stringify(response.body).slice(0, 200)}`);
          if (operation.mutation) expect(await fingerprint()).toBe(before);
        }
      }
    }
    process.stdout.write(`fuzz: ${sent} requests with the text and date rules\n`);
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  }, 600_000);

  it('reports a name of invisible characters only, and a day that does not exist, as row errors of an import', async () => {
    const result = await app.ok(
      graphql(`
        mutation FuzzImportContacts($csv: String!) {
          importContacts(csv: $csv, dryRun: false) {
            committed
            errors {
              line
              field
            }
          }
        }
      `),
      {
        csv: 'firstName;lastName;lawfulBasis;consentAt\r\n\u200b;Tuoja;PUBLIC_TASK;\r\nFuzz;Tuoja;CONSENT;30.2.2026\r\nFuzz;Toinen;CONSENT;2025-02-30T00:00:00Z\r\n',
      },
    );
    expect(result.importContacts).toEqual({
      committed: false,
      errors: [
        { line: 2, field: 'firstName' },
        { line: 3, field: 'consentAt' },
        { line: 4, field: 'consentAt' },
      ],
    });
  });
});
