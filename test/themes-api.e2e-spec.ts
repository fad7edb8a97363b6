import { graphql } from './graphql/generated/index.js';
import { TestApp } from './support/test-app.js';
import { createConsultation } from './support/engagement-factories.js';

const LETTERS = graphql(`
  query ThemesApiLetters($id: ID!, $language: Language) {
    feedbackLetters(consultationId: $id, language: $language) {
      organisation {
        id
      }
      language
      text
    }
  }
`);

/**
 * Feedback letters through the API: the ministry's own correspondence, for an EDITOR or ADMIN, never a
 * VIEWER (the role). The themes and the letters themselves are service tests (themes.test.ts).
 */
describe('input themes through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0].extensions;

  it("refuses the feedback letters to a VIEWER, also of the consultation's ministry", async () => {
    const consultation = await createConsultation(app);
    expect(errorOf(await app.graphql(LETTERS, { id: consultation.id }, { roles: ['VIEWER'] }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
