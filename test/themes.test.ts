import { TestApp } from './support/test-app.js';
import { createContact, createOrganisation } from './support/factories.js';
import { createActivity, createConsultation, recordEngagements } from './support/engagement-factories.js';

const THEME_FIELDS = 'id title summary response responseText version consultation { id } raisedBy { id kind }';
const CREATE = `mutation ($input: CreateInputThemeInput!) { createInputTheme(input: $input) { ${THEME_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateInputThemeInput!) { updateInputTheme(id: $id, version: $version, input: $input) { ${THEME_FIELDS} } }`;
const THEMES = 'query ($id: ID!) { consultation(id: $id) { themes { id title } } }';
const ORGANISATION_THEMES = 'query ($id: ID!, $c: ID) { organisation(id: $id) { themesRaised(consultationId: $c) { id title consultation { id } } } }';
const CONTACT_THEMES = 'query ($id: ID!, $c: ID) { contact(id: $id) { themesRaised(consultationId: $c) { id title } } }';
const LETTERS = 'query ($id: ID!, $language: Language) { feedbackLetters(consultationId: $id, language: $language) { organisation { id } language text } }';
const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

/** Input themes, "you said, we did" (contract sidos-practice.graphql), on PostgreSQL. */
describe('input themes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0].extensions;
  const create = async (input: Record<string, unknown>) => (await app.ok(CREATE, { input })).createInputTheme;

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
    expect(theme.raisedBy.map((record: { id: string }) => record.id)).toEqual([earlierRecord.id, laterRecord.id]);
    const [event] = await app.sql<{ action: string }>(`select "action" from "audit_event" where "entity_type" = 'InputTheme' and "entity_id" = ?`, [theme.id]);
    expect(event.action).toBe('CREATE');
  });

  it('refuses records that are not heard or not of the consultation at raisedByEngagementIds.N, and an unknown consultation at consultationId', async () => {
    const { consultation, laterRecord, invited } = await heardConsultation();
    const other = await heardConsultation();
    const response = await app.graphql(CREATE, {
      input: { consultationId: consultation.id, title: 'X', raisedByEngagementIds: [laterRecord.id, invited.id, other.laterRecord.id, UNKNOWN, 'bad'] },
    });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((errorOf(response)!.fields as { path: string }[]).map((field) => field.path)).toEqual([
      'raisedByEngagementIds.1',
      'raisedByEngagementIds.2',
      'raisedByEngagementIds.3',
      'raisedByEngagementIds.4',
    ]);
    expect(errorOf(await app.graphql(CREATE, { input: { consultationId: UNKNOWN, title: 'X' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'consultationId' }],
    });
    expect(await app.sql('select 1 from "input_theme" where "consultation_id" = ?', [consultation.id])).toEqual([]);
  });

  it('updates with optimistic locking: a stale version is CONFLICT; raisedBy is replaced only when given; unknown is NOT_FOUND', async () => {
    const { consultation, laterRecord, earlierRecord } = await heardConsultation();
    const theme = await create({ consultationId: consultation.id, title: 'Rahoitus', raisedByEngagementIds: [laterRecord.id] });
    const updated = (await app.ok(UPDATE, { id: theme.id, version: 1, input: { response: 'PARTLY_ADOPTED', responseText: 'Funding doubled' } }))
      .updateInputTheme;
    expect(updated).toMatchObject({ version: 2, response: 'PARTLY_ADOPTED', responseText: 'Funding doubled', title: 'Rahoitus' });
    expect(updated.raisedBy.map((record: { id: string }) => record.id)).toEqual([laterRecord.id]);
    const stale = await app.graphql(UPDATE, { id: theme.id, version: 1, input: { title: 'Stale' } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });
    const replaced = (await app.ok(UPDATE, { id: theme.id, version: 2, input: { raisedByEngagementIds: [earlierRecord.id] } })).updateInputTheme;
    expect(replaced.raisedBy.map((record: { id: string }) => record.id)).toEqual([earlierRecord.id]);
    expect(errorOf(await app.graphql(UPDATE, { id: UNKNOWN, version: 1, input: { title: 'X' } }))).toMatchObject({ code: 'NOT_FOUND' });
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

    expect((await app.ok(THEMES, { id: first.consultation.id })).consultation.themes.map((theme: { id: string }) => theme.id)).toEqual([
      alpha.id,
      unraised.id,
      zeta.id,
    ]);
    const raised = (await app.ok(ORGANISATION_THEMES, { id: first.organisation.id })).organisation.themesRaised.map((theme: { id: string }) => theme.id);
    // By consultation title ("aaa …" before "Bbb …"), then theme title.
    expect(raised).toEqual([elsewhere.id, alpha.id, zeta.id]);
    const filtered = (await app.ok(ORGANISATION_THEMES, { id: first.organisation.id, c: first.consultation.id })).organisation.themesRaised;
    expect(filtered.map((theme: { id: string }) => theme.id)).toEqual([alpha.id, zeta.id]);
    // The contact raised only through its record on the organisation's behalf.
    expect((await app.ok(CONTACT_THEMES, { id: first.contact.id })).contact.themesRaised.map((theme: { id: string }) => theme.id)).toEqual([alpha.id]);
    expect((await app.ok(CONTACT_THEMES, { id: first.contact.id, c: second.id })).contact.themesRaised).toEqual([]);
    expect((await app.ok(CONTACT_THEMES, { id: first.contact.id, c: 'malformed' })).contact.themesRaised).toEqual([]);
  });

  it("lets only an ADMIN or an EDITOR of the consultation's ministry change its themes", async () => {
    const { consultation } = await heardConsultation();
    const foreign = await app.graphql(CREATE, { input: { consultationId: consultation.id, title: 'YM:n teema' } }, { roles: ['EDITOR'], ministry: 'YM' });
    expect(errorOf(foreign)).toMatchObject({ code: 'FORBIDDEN' });
    const own = await app.graphql(CREATE, { input: { consultationId: consultation.id, title: 'TEM:n teema' } }, { roles: ['EDITOR'], ministry: 'TEM' });
    expect(own.errors).toBeUndefined();
    const id = (own.data as { createInputTheme: { id: string } }).createInputTheme.id;
    expect(errorOf(await app.graphql(UPDATE, { id, version: 1, input: { title: 'x' } }, { roles: ['EDITOR'], ministry: 'YM' }))).toMatchObject({
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

    const finnish = (await app.ok(LETTERS, { id: consultation.id })).feedbackLetters;
    expect(finnish.map((letter: { organisation: { id: string } }) => letter.organisation.id)).toEqual([silent.id, organisation.id]);
    expect(finnish[1].language).toBe('FI');
    expect(finnish[1].text).toContain('Hyvä Kuultu järjestö ry');
    expect(finnish[1].text).toContain('## Siirtymäaika');
    expect(finnish[1].text).toContain('otettu huomioon');
    expect(finnish[1].text).toContain('Siirtymäaikaa pidennettiin vuoteen.');
    expect(finnish[0].text).not.toContain('##');
    const swedish = (await app.ok(LETTERS, { id: consultation.id, language: 'SV' })).feedbackLetters;
    expect(swedish[1].text).toContain('Bästa Hörd förening rf');
    expect(swedish[1].text).toContain('beaktat');
    const english = (await app.ok(LETTERS, { id: consultation.id, language: 'EN' })).feedbackLetters;
    expect(english[1].text).toContain('Dear Heard Association');
    expect(english[1].text).toContain('adopted');
    expect(errorOf(await app.graphql(LETTERS, { id: consultation.id, language: 'SE' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'language' }],
    });
    expect(errorOf(await app.graphql(LETTERS, { id: UNKNOWN }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await app.graphql(LETTERS, { id: consultation.id }, { roles: ['EDITOR'], ministry: 'YM' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await app.graphql(LETTERS, { id: consultation.id }, { roles: ['VIEWER'] }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
