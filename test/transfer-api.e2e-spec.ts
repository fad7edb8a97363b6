import { TestApp } from './support/test-app.js';

const REGISTER_TABLES = [
  'policy_area',
  'organisation',
  'organisation_policy_area',
  'contact',
  'affiliation',
  'stakeholder_group',
  'group_organisation',
  'group_contact',
  'audit_event',
];

const RESULT = '{ dryRun committed rows created updated skipped errors { line field message } }';
const IMPORT_ORGANISATIONS = `mutation ($csv: String!, $dryRun: Boolean) { importOrganisations(csv: $csv, dryRun: $dryRun) ${RESULT} }`;
const IMPORT_CONTACTS = `mutation ($csv: String!, $dryRun: Boolean) { importContacts(csv: $csv, dryRun: $dryRun) ${RESULT} }`;

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/**
 * CSV import and export through the API: for ADMIN only, and an import is a dry run unless it says otherwise.
 * The import and export themselves are service tests (import-export.test.ts).
 */
describe('CSV import and export through the API', () => {
  let app: TestApp;
  const fingerprint = async () => {
    const parts = await Promise.all(
      REGISTER_TABLES.map((table) =>
        app.sql<{ hash: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${table}" t`),
      ),
    );
    return parts.map((rows) => rows[0].hash).join(',');
  };

  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('runs a dry run when dryRun is left out', async () => {
    const before = await fingerprint();
    // dryRun defaults to true
    const byDefault = await app.ok('mutation ($csv: String!) { importOrganisations(csv: $csv) { dryRun committed created } }', {
      csv: csv('name;type', 'Oletus ry;ASSOCIATION'),
    });
    expect(byDefault.importOrganisations).toEqual({ dryRun: true, committed: false, created: 1 });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses EDITOR and VIEWER every import and export operation', async () => {
    const before = await fingerprint();
    const operations: [string, Record<string, unknown>][] = [
      [IMPORT_ORGANISATIONS, { csv: csv('name;type', 'Luvaton ry;ASSOCIATION'), dryRun: false }],
      [IMPORT_ORGANISATIONS, { csv: csv('name;type', 'Luvaton ry;ASSOCIATION'), dryRun: true }],
      [IMPORT_CONTACTS, { csv: csv('firstName;lastName;lawfulBasis', 'Luvaton;Henkilö;PUBLIC_TASK'), dryRun: false }],
      [IMPORT_CONTACTS, { csv: csv('firstName;lastName;lawfulBasis', 'Luvaton;Henkilö;PUBLIC_TASK'), dryRun: true }],
      ['{ exportOrganisations }', {}],
      ['{ exportContacts }', {}],
    ];
    for (const role of ['EDITOR', 'VIEWER']) {
      for (const [query, variables] of operations) {
        const response = await app.graphql(query, variables, { roles: [role] });
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
      }
    }
    expect(await fingerprint()).toBe(before);
  });
});
