import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createContact } from './support/factories.js';
import { databaseFingerprint } from './support/database-inspection.js';

const ERASE = graphql(`
  mutation PrivacyApiErase($id: ID!) {
    eraseContact(id: $id) {
      id
      firstName
      lastName
      email
      phone
      title
      languages
      lawfulBasis
      consentAt
      erased
      version
      groups {
        id
      }
      affiliations {
        organisation {
          id
        }
        role
        primary
        since
        until
      }
    }
  }
`);
const EXPORT = graphql(`
  query PrivacyApiExport($id: ID!) {
    contactDataExport(id: $id)
  }
`);
const REVIEW = graphql(`
  query PrivacyApiReview($consent: Int, $inactive: Int, $first: Int) {
    contactsForRetentionReview(consentOlderThanMonths: $consent, inactiveMonths: $inactive, first: $first) {
      contact {
        id
        lastName
      }
      reasons
    }
  }
`);

const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

/**
 * Personal data through the API: erasure, subject access and the retention review are for ADMIN only, and the
 * review's periods and page size are bounded (argument validation). Their rules are service tests (privacy.test.ts).
 */
describe('personal data through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = (response: { errors?: { extensions: { code: string } }[] }) => response.errors?.[0].extensions;

  it('answers NOT_FOUND for an unknown or malformed id and FORBIDDEN to EDITOR and VIEWER, writing nothing', async () => {
    const contact = await createContact(app);
    const before = await databaseFingerprint(app);
    expect(errorOf(await app.graphql(ERASE, { id: UNKNOWN }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await app.graphql(ERASE, { id: 'not-an-id' }))?.code).toBe('NOT_FOUND');
    for (const roles of [['EDITOR'], ['VIEWER']]) {
      expect(errorOf(await app.graphql(ERASE, { id: contact.id }, { roles }))?.code).toBe('FORBIDDEN');
      expect(errorOf(await app.graphql(EXPORT, { id: contact.id }, { roles }))?.code).toBe('FORBIDDEN');
      expect(errorOf(await app.graphql(REVIEW, {}, { roles }))?.code).toBe('FORBIDDEN');
    }
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('refuses periods and page sizes out of range', async () => {
    expect(errorOf(await app.graphql(REVIEW, { consent: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await app.graphql(REVIEW, { first: 201 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
