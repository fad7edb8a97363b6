import { CreateInputThemeInput, type InputTheme, FeedbackLetterService, ThemeService, UpdateInputThemeInput } from '@sidos/practice';
import { Language } from '@sidos/register';
import { PracticeLoaders } from '../libs/practice/src/loaders/practice.loaders.js';
import { themesRaisedKey } from '../libs/practice/src/resolvers/organisation-practice-fields.resolver.js';
import { TestServices } from './support/test-services.js';
import {
  asInput,
  type Claims,
  createActivity,
  createConsultation,
  createContact,
  createOrganisation,
  recordEngagements,
  viewer,
} from './support/service-factories.js';

const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

/**
 * Input themes, "you said, we did" (contract sidos-practice.graphql), on PostgreSQL (service tier;
 * themes-api.e2e-spec.ts has the role that letters need).
 */
describe('input themes', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The error a call fails with (the test fails if it succeeds). */
  const errorOf = async (call: Promise<unknown>): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };
  /** A theme as the API answers it: its fields, its consultation and the records that raised it. */
  const themeView = async (theme: InputTheme) => ({
    id: theme.id,
    title: theme.title,
    summary: theme.summary,
    response: theme.response,
    responseText: theme.responseText,
    version: theme.version,
    consultation: { id: theme.consultation.id },
    raisedBy: (await app.load(PracticeLoaders, (loaders, request) => loaders.raisedByOfTheme(request), theme.id)).map((record) => ({
      id: record.id,
      kind: record.kind,
    })),
  });
  const createTheme = async (input: Record<string, unknown>, claims: Claims = {}) => {
    const asked = await asInput(CreateInputThemeInput, input, 'input');
    return app.mutate(() => app.get(ThemeService).create(viewer(claims), asked));
  };
  const create = async (input: Record<string, unknown>) => themeView(await createTheme(input));
  const update = async (id: string, version: number, input: Record<string, unknown>, claims: Claims = {}) => {
    const asked = await asInput(UpdateInputThemeInput, input, 'input');
    return app.mutate(() => app.get(ThemeService).update(viewer(claims), id, version, asked));
  };
  const themesOf = (consultationId: string) => app.load(PracticeLoaders, (loaders, request) => loaders.themesOfConsultation(request), consultationId);
  const themesRaised = (party: 'organisation' | 'contact', id: string, consultationId: string | null = null) =>
    app.load(PracticeLoaders, (loaders, request) => loaders.themesRaised(request, party), themesRaisedKey(id, consultationId));
  const letters = async (consultationId: string, language?: Language, claims: Claims = {}) =>
    (await app.run(() => app.get(FeedbackLetterService).letters(viewer(claims), consultationId, language))).map((letter) => ({
      organisation: { id: letter.organisationId },
      language: letter.language,
      text: letter.text,
    }));

  /** A consultation whose activities (a later one recorded first) heard an organisation, a contact on its behalf, and more. */
  async function heardConsultation(title?: string) {
    const consultation = await createConsultation(app, title ? { title } : {});
    const organisation = await createOrganisation(app, { name: 'Kuultu järjestö ry', nameSv: 'Hörd förening rf', nameEn: 'Heard Association' });
    const contact = await createContact(app);
    const later = await createActivity(app, consultation.id, { date: '2026-04-20' });
    const earlier = await createActivity(app, consultation.id, { date: '2026-02-01' });
    const [laterRecord, invited] = await recordEngagements(app, later.id, [
      { kind: 'SUBMITTED', organisationId: organisation.id },
      { kind: 'INVITED', organisationId: organisation.id },
    ]);
    const [earlierRecord] = await recordEngagements(app, earlier.id, [{ kind: 'PARTICIPATED', organisationId: organisation.id, contactId: contact.id }]);
    return { consultation, organisation, contact, laterRecord, earlierRecord, invited };
  }

  it('creates a theme with its heard records, oldest activity first, UNDER_CONSIDERATION by default, with an audit event', async () => {
    const { consultation, laterRecord, earlierRecord } = await heardConsultation();
    const theme = await create({
      consultationId: consultation.id,
      title: '  Siirtymäaika  ',
      summary: 'Longer transition',
      raisedByEngagementIds: [laterRecord.id, earlierRecord.id, laterRecord.id],
    });
    expect(theme).toMatchObject({ title: 'Siirtymäaika', response: 'UNDER_CONSIDERATION', version: 1, consultation: { id: consultation.id } });
    expect(theme.raisedBy.map((record) => record.id)).toEqual([earlierRecord.id, laterRecord.id]);
    const [event] = await app.sql<{ action: string }>(`select "action" from "audit_event" where "entity_type" = 'InputTheme' and "entity_id" = ?`, [theme.id]);
    expect(event.action).toBe('CREATE');
  });

  it('refuses records that are not heard or not of the consultation at raisedByEngagementIds.N, and an unknown consultation at consultationId', async () => {
    const { consultation, laterRecord, invited } = await heardConsultation();
    const other = await heardConsultation();
    const refused = await errorOf(
      createTheme({ consultationId: consultation.id, title: 'X', raisedByEngagementIds: [laterRecord.id, invited.id, other.laterRecord.id, UNKNOWN, 'bad'] }),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.fields!.map((field) => field.path)).toEqual([
      'raisedByEngagementIds.1',
      'raisedByEngagementIds.2',
      'raisedByEngagementIds.3',
      'raisedByEngagementIds.4',
    ]);
    expect(await errorOf(createTheme({ consultationId: UNKNOWN, title: 'X' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'consultationId' }],
    });
    expect(await app.sql('select 1 from "input_theme" where "consultation_id" = ?', [consultation.id])).toEqual([]);
  });

  it('updates with optimistic locking: a stale version is CONFLICT; raisedBy is replaced only when given; unknown is NOT_FOUND', async () => {
    const { consultation, laterRecord, earlierRecord } = await heardConsultation();
    const theme = await create({ consultationId: consultation.id, title: 'Rahoitus', raisedByEngagementIds: [laterRecord.id] });
    const updated = await themeView(await update(theme.id, 1, { response: 'PARTLY_ADOPTED', responseText: 'Funding doubled' }));
    expect(updated).toMatchObject({ version: 2, response: 'PARTLY_ADOPTED', responseText: 'Funding doubled', title: 'Rahoitus' });
    expect(updated.raisedBy.map((record) => record.id)).toEqual([laterRecord.id]);
    const stale = await errorOf(update(theme.id, 1, { title: 'Stale' }));
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    const replaced = await themeView(await update(theme.id, 2, { raisedByEngagementIds: [earlierRecord.id] }));
    expect(replaced.raisedBy.map((record) => record.id)).toEqual([earlierRecord.id]);
    expect(await errorOf(update(UNKNOWN, 1, { title: 'X' }))).toMatchObject({ code: 'NOT_FOUND' });
    const events = await app.sql<{ action: string }>(
      `select "action" from "audit_event" where "entity_type" = 'InputTheme' and "entity_id" = ? order by "id"`,
      [theme.id],
    );
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it("lists a consultation's themes by title, and themesRaised through an organisation's own records and its contacts' on its behalf", async () => {
    const first = await heardConsultation('Bbb kuuleminen');
    const second = await createConsultation(app, { title: 'aaa kuuleminen' });
    const secondActivity = await createActivity(app, second.id);
    const [secondRecord] = await recordEngagements(app, secondActivity.id, [{ kind: 'SUBMITTED', organisationId: first.organisation.id }]);
    const zeta = await create({ consultationId: first.consultation.id, title: 'Zeta', raisedByEngagementIds: [first.laterRecord.id] });
    const alpha = await create({ consultationId: first.consultation.id, title: 'alpha', raisedByEngagementIds: [first.earlierRecord.id] });
    const unraised = await create({ consultationId: first.consultation.id, title: 'Mikään' });
    const elsewhere = await create({ consultationId: second.id, title: 'Ööö', raisedByEngagementIds: [secondRecord.id] });

    expect((await themesOf(first.consultation.id)).map((theme) => theme.id)).toEqual([alpha.id, unraised.id, zeta.id]);
    const raised = (await themesRaised('organisation', first.organisation.id)).map((theme) => theme.id);
    // By consultation title ("aaa …" before "Bbb …"), then theme title.
    expect(raised).toEqual([elsewhere.id, alpha.id, zeta.id]);
    const filtered = await themesRaised('organisation', first.organisation.id, first.consultation.id);
    expect(filtered.map((theme) => theme.id)).toEqual([alpha.id, zeta.id]);
    // The contact raised only through its record on the organisation's behalf.
    expect((await themesRaised('contact', first.contact.id)).map((theme) => theme.id)).toEqual([alpha.id]);
    expect(await themesRaised('contact', first.contact.id, second.id)).toEqual([]);
    expect(await themesRaised('contact', first.contact.id, 'malformed')).toEqual([]);
  });

  it("lets only an ADMIN or an EDITOR of the consultation's ministry change its themes", async () => {
    const { consultation } = await heardConsultation();
    const foreign = await errorOf(createTheme({ consultationId: consultation.id, title: 'YM:n teema' }, { roles: ['EDITOR'], ministry: 'YM' }));
    expect(foreign).toMatchObject({ code: 'FORBIDDEN' });
    const own = await createTheme({ consultationId: consultation.id, title: 'TEM:n teema' }, { roles: ['EDITOR'], ministry: 'TEM' });
    expect(await errorOf(update(own.id, 1, { title: 'x' }, { roles: ['EDITOR'], ministry: 'YM' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('writes a letter to each heard organisation with the themes it raised and the response, in Finnish, Swedish or English', async () => {
    const { consultation, organisation, laterRecord } = await heardConsultation('Työvoimapalvelut');
    const silent = await createOrganisation(app, { name: 'Aaa hiljainen ry' });
    const onlyInvited = await createOrganisation(app);
    const activity = await createActivity(app, consultation.id);
    await recordEngagements(app, activity.id, [
      { kind: 'PARTICIPATED', organisationId: silent.id },
      { kind: 'INVITED', organisationId: onlyInvited.id },
    ]);
    await create({
      consultationId: consultation.id,
      title: 'Siirtymäaika',
      response: 'ADOPTED',
      responseText: 'Siirtymäaikaa pidennettiin vuoteen.',
      raisedByEngagementIds: [laterRecord.id],
    });

    const finnish = await letters(consultation.id);
    expect(finnish.map((letter) => letter.organisation.id)).toEqual([silent.id, organisation.id]);
    expect(finnish[1].language).toBe('FI');
    expect(finnish[1].text).toContain('Hyvä Kuultu järjestö ry');
    expect(finnish[1].text).toContain('## Siirtymäaika');
    expect(finnish[1].text).toContain('otettu huomioon');
    expect(finnish[1].text).toContain('Siirtymäaikaa pidennettiin vuoteen.');
    expect(finnish[0].text).not.toContain('##');
    const swedish = await letters(consultation.id, Language.SV);
    expect(swedish[1].text).toContain('Bästa Hörd förening rf');
    expect(swedish[1].text).toContain('beaktat');
    const english = await letters(consultation.id, Language.EN);
    expect(english[1].text).toContain('Dear Heard Association');
    expect(english[1].text).toContain('adopted');
    expect(await errorOf(letters(consultation.id, Language.SE))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'language' }],
    });
    expect(await errorOf(letters(UNKNOWN))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(letters(consultation.id, undefined, { roles: ['EDITOR'], ministry: 'YM' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
