import { randomInt } from 'node:crypto';
import { graphql } from '../graphql/generated/index.js';
import { type TestApp } from '../support/test-app.js';
import { createGroup, createOrganisation } from '../support/factories.js';
import { createActivity, createConsultation } from '../support/engagement-factories.js';
import { BusinessIds } from '../support/scale/seed-data.ts';
import { type LoadAction } from './load-driver.js';

/** Rows of each import call, and records of each engagement batch. */
const IMPORT_ROWS = 5;
const BATCH_RECORDS = 10;

const IMPORT_ORGANISATIONS = graphql(`
  mutation LoadImportOrganisations($csv: String!) {
    importOrganisations(csv: $csv, dryRun: false) {
      created
    }
  }
`);
const IMPORT_CONTACTS = graphql(`
  mutation LoadImportContacts($csv: String!) {
    importContacts(csv: $csv, dryRun: false) {
      created
    }
  }
`);
const ADD_MEMBERS = graphql(`
  mutation LoadAddMembers($groupId: ID!, $o: [ID!]) {
    addGroupMembers(groupId: $groupId, organisationIds: $o) {
      id
    }
  }
`);

/** What the mutations that write many rows in one transaction act on, made before the load. */
export interface TransactionLoad {
  actions: LoadAction[];
  /** Source organisation of each merge sent, by the request's marker. */
  merges: Map<string, string>;
  /** Markers of merge requests sent when the sources had run out (a read instead: not a write). */
  skipped: Set<string>;
  targetId: string;
}

/**
 * Writes that each run one long transaction of many statements (a merge, a CSV import, a batch of
 * engagements), for a load during which the database goes away: each is whole or absent afterwards.
 * `sources` organisations (each with a contact's affiliation and a group membership) are made by one
 * import and one membership call, and each merge takes the next one; when they run out, merges stop.
 */
export async function prepareTransactionLoad(app: TestApp, sources: number): Promise<TransactionLoad> {
  const target = await createOrganisation(app);
  const group = await createGroup(app);
  const activity = await createActivity(app, (await createConsultation(app)).id);
  // Never repeating within a run: an import of an existing business ID would update that organisation
  // instead of creating one, which would look like a half-written import.
  const businessIds = new BusinessIds(randomInt(0, 10_000_000));
  const nextBusinessId = () => businessIds.next();
  const sourceBusinessIds = Array.from({ length: sources }, () => nextBusinessId());
  const organisations = sourceBusinessIds.map((businessId, index) => `merge-source-${index};${businessId};ASSOCIATION`).join('\r\n');
  const imported = await app.ok(IMPORT_ORGANISATIONS, { csv: `name;businessId;type\r\n${organisations}\r\n` }, { roles: ['ADMIN'] });
  if (imported.importOrganisations.created !== sources) throw new Error(`prepared ${imported.importOrganisations.created} of ${sources} merge sources`);
  const contacts = sourceBusinessIds
    .map((businessId, index) => `Lähde;Henkilö ${index};lahde.${index}.${businessId}@example.fi;PUBLIC_TASK;${businessId};Jäsen`)
    .join('\r\n');
  await app.ok(IMPORT_CONTACTS, { csv: `firstName;lastName;email;lawfulBasis;organisationBusinessId;role\r\n${contacts}\r\n` }, { roles: ['ADMIN'] });
  const sourceIds = (await app.sql<{ id: string }>(`select id from organisation where name like 'merge-source-%' order by name`)).map((row) => row.id);
  const [affiliated] = await app.sql<{ count: number }>(
    `select count(*)::int as count from affiliation a join organisation o on o.id = a.organisation_id where o.name like 'merge-source-%'`,
  );
  if (affiliated.count !== sources) throw new Error(`prepared ${affiliated.count} of ${sources} affiliations of merge sources`);
  await app.ok(ADD_MEMBERS, { groupId: group.id, o: sourceIds });

  const merges = new Map<string, string>();
  const skipped = new Set<string>();
  let nextSource = 0;
  const actions: LoadAction[] = [
    {
      name: 'merge organisations',
      weight: 1,
      write: true,
      body: (marker) => {
        const sourceId = sourceIds[nextSource];
        if (sourceId === undefined) {
          skipped.add(marker);
          return { query: '{ organisation(id: "00000000-0000-0000-0000-000000000000") { id } }' };
        }
        nextSource += 1;
        merges.set(marker, sourceId);
        return {
          query: 'mutation ($targetId: ID!, $sourceIds: [ID!]!) { mergeOrganisations(targetId: $targetId, sourceIds: $sourceIds) { id } }',
          variables: { targetId: target.id, sourceIds: [sourceId] },
        };
      },
    },
    {
      name: 'import organisations',
      weight: 1,
      write: true,
      body: (marker) => ({
        query: 'mutation ($csv: String!) { importOrganisations(csv: $csv, dryRun: false) { created } }',
        variables: {
          csv: `name;businessId;type\r\n${Array.from({ length: IMPORT_ROWS }, (_value, row) => `import-${marker}-${row};${nextBusinessId()};ASSOCIATION`).join('\r\n')}\r\n`,
        },
      }),
    },
    {
      name: 'record engagements',
      weight: 1,
      write: true,
      body: (marker) => ({
        query: 'mutation ($activityId: ID!, $records: [EngagementRecordInput!]!) { recordEngagements(activityId: $activityId, records: $records) { id } }',
        variables: {
          activityId: activity.id,
          records: Array.from({ length: BATCH_RECORDS }, (_value, index) =>
            index % 2 === 0
              ? { kind: 'PARTICIPATED', organisationId: target.id, notes: marker }
              : { kind: 'PARTICIPATED', groupId: group.id, participantCount: 3, notes: marker },
          ),
        },
      }),
    },
  ];
  return { actions, merges, skipped, targetId: target.id };
}

/**
 * What the database holds of the transaction load's writes: problems (empty when every merge, import and
 * batch is whole or absent, and every acknowledged merge is whole), the markers of the writes stored whole,
 * and counts.
 */
export async function checkTransactionLoad(
  app: TestApp,
  load: TransactionLoad,
  acknowledged: ReadonlySet<string>,
): Promise<{ problems: string[]; stored: Set<string>; merged: number; imports: number; batches: number }> {
  const problems: string[] = [];
  const stored = new Set(load.skipped);
  const sources = await app.sql<{ id: string; merged_into_id: string | null; archived: boolean; affiliations: number; memberships: number; kept: number }>(
    `select o.id, o.merged_into_id, o.archived,
            (select count(*)::int from affiliation a where a.organisation_id = o.id) as affiliations,
            (select count(*)::int from group_organisation m where m.organisation_id = o.id) as memberships,
            (select count(*)::int from merged_membership mm where mm.organisation_id = o.id) as kept
     from organisation o where o.id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify([...load.merges.values()])],
  );
  const byId = new Map(sources.map((source) => [source.id, source]));
  let merged = 0;
  for (const [marker, sourceId] of load.merges) {
    const source = byId.get(sourceId)!;
    const whole = source.merged_into_id === load.targetId && source.archived && source.affiliations === 0 && source.memberships === 0 && source.kept === 1;
    const untouched = source.merged_into_id === null && !source.archived && source.affiliations === 1 && source.memberships === 1 && source.kept === 0;
    if (whole) {
      merged += 1;
      stored.add(marker);
    } else if (!untouched) problems.push(`merge ${marker}: half-written ${JSON.stringify(source)}`);
    if (acknowledged.has(marker) && !whole) problems.push(`merge ${marker}: acknowledged but not merged`);
  }
  const imports = await app.sql<{ marker: string; rows: number }>(
    `select substring(name from '^import-(load-[0-9a-f-]{36})-') as marker, count(*)::int as rows from organisation where name like 'import-load-%' group by 1`,
  );
  for (const row of imports) {
    if (row.rows === IMPORT_ROWS) stored.add(row.marker);
    else problems.push(`import ${row.marker}: ${row.rows} of ${IMPORT_ROWS} rows`);
  }
  const batches = await app.sql<{ notes: string; records: number }>(
    `select notes, count(*)::int as records from engagement where notes like 'load-%' group by notes`,
  );
  for (const row of batches) {
    if (row.records === BATCH_RECORDS) stored.add(row.notes);
    else problems.push(`batch ${row.notes}: ${row.records} of ${BATCH_RECORDS} records`);
  }
  return { problems, stored, merged, imports: imports.length, batches: batches.length };
}
