import { randomUUID } from 'node:crypto';
import { observeQueries } from '@sidos/database';
import { TestApp, type UntypedJson } from './support/test-app.js';

const COVERAGE = `query ($id: ID!) {
  consultationCoverage(consultationId: $id) {
    consultation { id title ministry }
    groups { group { id name } targeted invited heard reached phasesHeard firstHeardOn }
    coverageRatio
    earlyReachRatio
    gaps { id name }
  }
}`;

const HISTORY = `query ($id: ID!) {
  consultation(id: $id) {
    title
    targetGroups { name }
    activities { title engagements { kind organisation { name } contact { lastName } group { name } } }
  }
}`;

const MATRIX = `query ($window: CoverageWindow!) {
  coverageMatrix(window: $window) { consultations { title } groups { name } cells { groupId heard phasesHeard } }
  unheardGroups(window: $window) { name }
}`;

const STATS = `query ($search: String) {
  organisations(first: 100, filter: { search: $search }) { nodes { name engagementStats { invited heard lastHeardOn } recent: engagementStats(since: "2026-03-01") { heard } } }
}`;

const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'];
const KINDS = ['PARTICIPATED', 'SUBMITTED', 'INVITED', 'DECLINED'];

/** Multi-row insert of `rows` into `table` (faster than the API for hundreds of records). */
async function insert(app: TestApp, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const values = rows.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
  await app.sql(`insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values ${values}`, rows.flat());
}

/**
 * A consultation of `groups` target groups (every third hard to reach), two member organisations and one
 * member contact per group, five activities and `engagements` records of every shape: an organisation,
 * a contact on behalf of an organisation, and a group alone with a participantCount.
 */
async function seedConsultation(app: TestApp, marker: string, groups: number, engagements: number): Promise<string> {
  const now = new Date();
  const consultationId = randomUUID();
  await insert(
    app,
    'consultation',
    ['id', 'title', 'ministry', 'status', 'current_phase', 'created_at', 'updated_at'],
    [[consultationId, `${marker} kuuleminen`, 'TEM', 'ONGOING', 'DRAFTING', now, now]],
  );
  const groupIds = Array.from({ length: groups }, () => randomUUID());
  await insert(
    app,
    'stakeholder_group',
    ['id', 'name', 'hard_to_reach', 'created_at', 'updated_at'],
    groupIds.map((id, index) => [id, `${marker} ryhmä ${index}`, index % 3 === 0, now, now]),
  );
  await insert(
    app,
    'consultation_target_group',
    ['consultation_id', 'group_id'],
    groupIds.map((groupId) => [consultationId, groupId]),
  );
  const organisationIds = groupIds.flatMap(() => [randomUUID(), randomUUID()]);
  await insert(
    app,
    'organisation',
    ['id', 'name', 'type', 'created_at', 'updated_at'],
    organisationIds.map((id, index) => [id, `${marker} järjestö ${index}`, 'ASSOCIATION', now, now]),
  );
  await insert(
    app,
    'group_organisation',
    ['group_id', 'organisation_id', 'created_at'],
    organisationIds.map((id, index) => [groupIds[Math.floor(index / 2)], id, now]),
  );
  const contactIds = groupIds.map(() => randomUUID());
  await insert(
    app,
    'contact',
    ['id', 'first_name', 'last_name', 'lawful_basis', 'created_at', 'updated_at'],
    contactIds.map((id, index) => [id, 'Testi', `${marker} ${index}`, 'PUBLIC_TASK', now, now]),
  );
  await insert(
    app,
    'group_contact',
    ['group_id', 'contact_id', 'created_at'],
    contactIds.map((id, index) => [groupIds[index], id, now]),
  );
  const activityIds = PHASES.map(() => randomUUID());
  await insert(
    app,
    'activity',
    ['id', 'consultation_id', 'title', 'method', 'mode', 'phase', 'date', 'created_at'],
    activityIds.map((id, index) => [id, consultationId, `${marker} tilaisuus ${index}`, 'WORKSHOP', 'HYBRID', PHASES[index], `2026-0${index + 1}-15`, now]),
  );
  const records = Array.from({ length: engagements }, (_unused, index) => {
    const group = index % groups;
    const shape = index % 3;
    return [
      randomUUID(),
      activityIds[index % activityIds.length],
      KINDS[index % KINDS.length],
      shape === 2 ? null : organisationIds[group * 2 + (index % 2)],
      shape === 1 ? contactIds[group] : null,
      shape === 2 ? groupIds[group] : null,
      shape === 2 ? 1 + (index % 7) : null,
      now,
    ];
  });
  await insert(app, 'engagement', ['id', 'activity_id', 'kind', 'organisation_id', 'contact_id', 'group_id', 'participant_count', 'created_at'], records);
  return consultationId;
}

async function countStatements(app: TestApp, query: string, variables: Record<string, unknown>): Promise<{ statements: string[]; data: UntypedJson }> {
  const statements: string[] = [];
  const stop = observeQueries((sql) => statements.push(sql));
  try {
    const data = await app.ok(query, variables);
    return { statements, data };
  } finally {
    stop();
  }
}

/** The coverage reads and the engagement history cost the same number of SQL statements whatever their size. */
describe('statements per coverage request do not grow with the data', () => {
  let app: TestApp;
  let small: string;
  let large: string;
  beforeAll(async () => {
    app = await TestApp.start();
    small = await seedConsultation(app, 'Pieni', 3, 5);
    large = await seedConsultation(app, 'Suuri', 30, 300);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers consultationCoverage in two statements for 3 groups and 5 engagements as for 30 and 300', async () => {
    const smallRun = await countStatements(app, COVERAGE, { id: small });
    const largeRun = await countStatements(app, COVERAGE, { id: large });
    expect(smallRun.data.consultationCoverage.groups.filter((row: { targeted: boolean }) => row.targeted)).toHaveLength(3);
    expect(largeRun.data.consultationCoverage.groups.filter((row: { targeted: boolean }) => row.targeted)).toHaveLength(30);
    expect(largeRun.data.consultationCoverage.groups.some((row: { heard: number }) => row.heard > 1)).toBe(true);
    expect(largeRun.statements.length).toBe(smallRun.statements.length);
    expect(largeRun.statements.length).toBe(2);
  });

  it('reads the engagement history of every activity with its parties in as many statements for 300 engagements as for 5', async () => {
    const smallRun = await countStatements(app, HISTORY, { id: small });
    const largeRun = await countStatements(app, HISTORY, { id: large });
    const engagementsOf = (run: { data: UntypedJson }) =>
      run.data.consultation.activities.flatMap((activity: { engagements: unknown[] }) => activity.engagements);
    expect(engagementsOf(smallRun)).toHaveLength(5);
    expect(engagementsOf(largeRun)).toHaveLength(300);
    expect(engagementsOf(largeRun).filter((engagement: { contact: unknown }) => engagement.contact !== null)).toHaveLength(100);
    expect(largeRun.statements.length).toBe(smallRun.statements.length);
    expect(largeRun.statements.length).toBeLessThanOrEqual(7);
  });

  it('answers coverageMatrix and unheardGroups in a fixed number of statements', async () => {
    const narrow = await countStatements(app, MATRIX, { window: { from: '2026-01-01', to: '2026-01-31' } });
    const wide = await countStatements(app, MATRIX, { window: { from: '2026-01-01', to: '2026-12-31' } });
    expect(wide.data.coverageMatrix.cells.length).toBeGreaterThan(narrow.data.coverageMatrix.cells.length);
    expect(wide.statements.length).toBe(narrow.statements.length);
    expect(wide.statements.length).toBeLessThanOrEqual(4);
  });

  it('counts engagementStats of a list of organisations in one statement', async () => {
    const smallRun = await countStatements(app, STATS, { search: 'Pieni järjestö' });
    const largeRun = await countStatements(app, STATS, { search: 'Suuri järjestö' });
    expect(smallRun.data.organisations.nodes).toHaveLength(6);
    expect(largeRun.data.organisations.nodes).toHaveLength(60);
    expect(largeRun.statements.length).toBe(smallRun.statements.length);
    expect(largeRun.statements.filter((sql) => sql.includes('"engagement"'))).toHaveLength(1);
  });
});
