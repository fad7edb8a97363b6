import { graphql } from './graphql/generated/index.js';
import { type GraphQLResponse, TestApp, type TokenClaims } from './support/test-app.js';

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

const IMPORT_ORGANISATIONS = graphql(`
  mutation TransferApiImportOrganisations($csv: String!, $dryRun: Boolean) {
    importOrganisations(csv: $csv, dryRun: $dryRun) {
      ...TransferApiResult
    }
  }
  fragment TransferApiResult on ImportResult {
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
`);
const IMPORT_CONTACTS = graphql(`
  mutation TransferApiImportContacts($csv: String!, $dryRun: Boolean) {
    importContacts(csv: $csv, dryRun: $dryRun) {
      ...TransferApiResult
    }
  }
`);

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
    const byDefault = await app.ok(
      graphql(`
        mutation TransferApiByDefault($csv: String!) {
          importOrganisations(csv: $csv) {
            dryRun
            committed
            created
          }
        }
      `),
      {
        csv: csv('name;type', 'Oletus ry;ASSOCIATION'),
      },
    );
    expect(byDefault.importOrganisations).toEqual({ dryRun: true, committed: false, created: 1 });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses EDITOR and VIEWER every import and export operation', async () => {
    const before = await fingerprint();
    const operations: ((as: TokenClaims) => Promise<GraphQLResponse<unknown>>)[] = [
      (as) => app.graphql(IMPORT_ORGANISATIONS, { csv: csv('name;type', 'Luvaton ry;ASSOCIATION'), dryRun: false }, as),
      (as) => app.graphql(IMPORT_ORGANISATIONS, { csv: csv('name;type', 'Luvaton ry;ASSOCIATION'), dryRun: true }, as),
      (as) => app.graphql(IMPORT_CONTACTS, { csv: csv('firstName;lastName;lawfulBasis', 'Luvaton;Henkilö;PUBLIC_TASK'), dryRun: false }, as),
      (as) => app.graphql(IMPORT_CONTACTS, { csv: csv('firstName;lastName;lawfulBasis', 'Luvaton;Henkilö;PUBLIC_TASK'), dryRun: true }, as),
      (as) =>
        app.graphql(
          graphql(`
            query TransferApiExportOrganisations {
              exportOrganisations
            }
          `),
          {},
          as,
        ),
      (as) =>
        app.graphql(
          graphql(`
            query TransferApiExportContacts {
              exportContacts
            }
          `),
          {},
          as,
        ),
    ];
    for (const role of ['EDITOR', 'VIEWER']) {
      for (const send of operations) {
        const response = await send({ roles: [role] });
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
      }
    }
    expect(await fingerprint()).toBe(before);
  });
});
