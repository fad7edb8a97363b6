import { TestApp } from './support/test-app.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';
import { createActivityWith, createConsultation, recordEngagements } from './support/engagement-factories.js';
import { columnsHolding, databaseFingerprint } from './support/database-inspection.js';

const CONTACT_FIELDS =
  'id firstName lastName email phone title languages lawfulBasis consentAt erased version groups { id } affiliations { organisation { id } role primary since until }';
const ERASE = `mutation ($id: ID!) { eraseContact(id: $id) { ${CONTACT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateContactInput!) { updateContact(id: $id, version: $version, input: $input) { ${CONTACT_FIELDS} } }`;
const EXPORT = 'query ($id: ID!) { contactDataExport(id: $id) }';
const REVIEW = `query ($consent: Int, $inactive: Int, $first: Int) {
  contactsForRetentionReview(consentOlderThanMonths: $consent, inactiveMonths: $inactive, first: $first) { contact { id lastName } reasons }
}`;
const COVERAGE = `query ($id: ID!) {
  consultationCoverage(consultationId: $id) { groups { group { id } targeted invited heard reached phasesHeard firstHeardOn } coverageRatio earlyReachRatio gaps { id } }
}`;
const EVENTS = 'query ($entityId: ID) { auditEvents(entityId: $entityId, first: 100) { nodes { action entityType changes { field from to } } } }';

const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

/** A calendar date `months` months before today (ISO). */
function monthsAgo(months: number, days = 0): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Personal data (GDPR): erasure, subject access, retention review; and dated affiliations. */
describe('personal data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const errorOf = (response: { errors?: { extensions: { code: string } }[] }) => response.errors?.[0].extensions;

  describe('eraseContact', () => {
    // The person's distinctive values: none of them may remain anywhere in the database after erasure.
    const person = {
      firstName: 'Zyxwvut',
      lastName: 'Qwertyson',
      email: 'zyxwvut.qwerty@example.fi',
      phone: '+358 40 555 0199',
      title: 'Plumbob officer',
    };
    const erasedValues = ['Zyxwvut', 'Qwertyson', 'zyxwvut.qwerty@example.fi', '555 0199', 'Plumbob', 'Vlorpish'];

    it('leaves none of the erased values anywhere, keeps the id, group memberships and engagements, and coverage as it was', async () => {
      const organisation = await createOrganisation(app, { name: 'Erasure Association ry' });
      const otherOrganisation = await createOrganisation(app);
      const group = await createGroup(app, { name: 'Erasure: the group', hardToReach: true });
      const created = await createContact(app, {
        ...person,
        languages: ['FI', 'SE'],
        lawfulBasis: 'CONSENT',
        consentAt: '2025-05-01T10:00:00.000Z',
        affiliations: [{ organisationId: organisation.id, role: 'Plumbob coordinator', primary: true, since: '2022-01-01' }],
      });
      // Two updates: audit events that carry the person's values as old and new values.
      const first = await app.ok(UPDATE, { id: created.id, version: 1, input: { title: 'Senior Plumbob officer', phone: '+358 40 555 0199' } });
      await app.ok(UPDATE, {
        id: created.id,
        version: first.updateContact.version,
        input: {
          email: 'zyxwvut.q@example.fi',
          affiliations: [
            { organisationId: organisation.id, role: 'Plumbob coordinator', primary: true, since: '2022-01-01', until: '2025-12-31' },
            { organisationId: otherOrganisation.id, role: 'Vlorpish adviser', since: '2026-01-01' },
          ],
        },
      });
      await addMembers(app, group.id, { contactIds: [created.id] });
      const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
      await createActivityWith(app, consultation.id, { phase: 'INITIATION', date: '2026-01-15' }, [
        {
          kind: 'PARTICIPATED',
          contactId: created.id,
          organisationId: organisation.id,
          notes: 'Zyxwvut Qwertyson (+358 40 555 0199) spoke for the association',
        },
        { kind: 'PARTICIPATED', organisationId: otherOrganisation.id, notes: 'Seconded what Zyxwvut  Qwertyson said; contact zyxwvut.qwerty@example.fi' },
      ]);
      await createActivityWith(app, consultation.id, { phase: 'DRAFTING', date: '2026-02-15' }, [
        { kind: 'SUBMITTED', contactId: created.id, notes: 'Qwertyson sent a Plumbob memo' },
      ]);
      for (const value of erasedValues) expect(await columnsHolding(app, value)).not.toEqual([]);
      const coverageBefore = (await app.ok(COVERAGE, { id: consultation.id })).consultationCoverage;
      const eventsBefore = (await app.ok(EVENTS, { entityId: created.id })).auditEvents.nodes.length;

      const erased = (await app.ok(ERASE, { id: created.id }, { sub: 'admin.eraser', roles: ['ADMIN'] })).eraseContact;

      expect(erased).toEqual({
        id: created.id,
        firstName: 'Erased',
        lastName: 'Erased',
        email: null,
        phone: null,
        title: null,
        languages: [],
        lawfulBasis: 'CONSENT',
        consentAt: null,
        erased: true,
        version: 4,
        groups: [{ id: group.id }],
        affiliations: [],
      });
      for (const value of erasedValues) expect({ value, holding: await columnsHolding(app, value) }).toEqual({ value, holding: [] });

      // The engagements stay, and keep counting.
      expect(Number((await app.sql<{ count: string }>('select count(*) as count from engagement where contact_id = ?', [created.id]))[0].count)).toBe(2);
      expect((await app.ok(COVERAGE, { id: consultation.id })).consultationCoverage).toEqual(coverageBefore);
      // Someone else's notes keep what is not about the person.
      const [otherNotes] = await app.sql<{ notes: string }>('select notes from engagement where organisation_id = ? and contact_id is null', [
        otherOrganisation.id,
      ]);
      expect(otherNotes.notes).toBe('Seconded what [erased] said; contact [erased]');

      // It matches no search.
      for (const search of ['Erased', 'Zyxwvut', 'zyxwvut.qwerty@example.fi']) {
        const found = await app.ok('query ($search: String) { contacts(filter: { search: $search }) { nodes { id } } }', { search });
        expect(found.contacts.nodes).not.toContainEqual({ id: created.id });
      }

      // Its audit trail says what happened and when, without the values.
      const events = (await app.ok(EVENTS, { entityId: created.id })).auditEvents.nodes;
      expect(events).toHaveLength(eventsBefore + 1);
      expect(events[0]).toEqual({ action: 'ERASE', entityType: 'Contact', changes: [{ field: 'erased', from: 'false', to: 'true' }] });
      expect(events[events.length - 1].changes).toEqual(
        expect.arrayContaining([
          { field: 'firstName', from: null, to: null },
          { field: 'lawfulBasis', from: null, to: '"CONSENT"' },
        ]),
      );
    });

    it('succeeds again on an erased contact', async () => {
      const contact = await createContact(app, { firstName: 'Twice', lastName: 'Erasedperson' });
      await app.ok(ERASE, { id: contact.id });
      const again = await app.ok(ERASE, { id: contact.id });
      expect(again.eraseContact).toMatchObject({ firstName: 'Erased', erased: true });
      expect(await columnsHolding(app, 'Erasedperson')).toEqual([]);
    });

    it('writes all or nothing: a failure after the scrubbing has started leaves every table as it was', async () => {
      const organisation = await createOrganisation(app);
      const contact = await createContact(app, { firstName: 'Halfway', lastName: 'Rollbackson', affiliations: [{ organisationId: organisation.id }] });
      const consultation = await createConsultation(app);
      await createActivityWith(app, consultation.id, {}, [{ kind: 'PARTICIPATED', contactId: contact.id, notes: 'Halfway Rollbackson asked' }]);
      // The contact itself is written last: make the database refuse exactly that.
      await app.sql(`create function refuse_erasure() returns trigger language plpgsql as $$
        begin if new."erased" then raise exception 'refused by the test'; end if; return new; end $$`);
      await app.sql('create trigger refuse_erasure before update on "contact" for each row execute function refuse_erasure()');
      const before = await databaseFingerprint(app);
      try {
        const response = await app.graphql(ERASE, { id: contact.id });
        expect(response.errors).toHaveLength(1);
        expect(await databaseFingerprint(app)).toEqual(before);
      } finally {
        await app.sql('drop trigger refuse_erasure on "contact"');
        await app.sql('drop function refuse_erasure()');
      }
    });

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
  });

  describe('contactDataExport', () => {
    it('gives everything held about the person as one JSON document', async () => {
      const organisation = await createOrganisation(app, { name: 'Export Association ry' });
      const group = await createGroup(app, { name: 'Export: the group' });
      const contact = await createContact(app, {
        firstName: 'Aino',
        lastName: 'Exportson',
        email: 'aino.exportson@example.fi',
        lawfulBasis: 'LEGITIMATE_INTEREST',
        affiliations: [{ organisationId: organisation.id, role: 'Chair', since: '2024-01-01' }],
      });
      await addMembers(app, group.id, { contactIds: [contact.id] });
      const consultation = await createConsultation(app, { title: 'Export: the consultation' });
      const activity = await createActivityWith(app, consultation.id, { title: 'Export: the workshop', date: '2026-03-03' }, []);
      const [engagement] = await recordEngagements(app, activity.id, [
        { kind: 'PARTICIPATED', contactId: contact.id, organisationId: organisation.id, notes: 'Asked about the timetable' },
      ]);

      const document = JSON.parse((await app.ok(EXPORT, { id: contact.id })).contactDataExport);

      expect(document.contact).toMatchObject({
        id: contact.id,
        firstName: 'Aino',
        lastName: 'Exportson',
        email: 'aino.exportson@example.fi',
        lawfulBasis: 'LEGITIMATE_INTEREST',
        erased: false,
      });
      expect(document.affiliations).toEqual([
        expect.objectContaining({
          organisationId: organisation.id,
          organisationName: 'Export Association ry',
          role: 'Chair',
          since: '2024-01-01',
          until: null,
        }),
      ]);
      expect(document.groupMemberships).toEqual([expect.objectContaining({ groupId: group.id, groupName: 'Export: the group' })]);
      expect(document.engagements).toEqual([
        expect.objectContaining({
          id: engagement.id,
          kind: 'PARTICIPATED',
          date: '2026-03-03',
          activityTitle: 'Export: the workshop',
          consultationTitle: 'Export: the consultation',
          onBehalfOfOrganisationName: 'Export Association ry',
          notes: 'Asked about the timetable',
        }),
      ]);
      const eventKinds = document.auditEvents.map((event: { action: string; entityType: string }) => `${event.action} ${event.entityType}`);
      expect(eventKinds).toEqual(['CREATE Contact', 'UPDATE StakeholderGroup', 'CREATE Engagement']);
    });

    it('answers NOT_FOUND for an unknown contact', async () => {
      expect(errorOf(await app.graphql(EXPORT, { id: UNKNOWN }))?.code).toBe('NOT_FOUND');
    });
  });

  describe('contactsForRetentionReview', () => {
    it('lists stale consents and long-inactive contacts with their reasons, and not the others', async () => {
      const marker = `Retention${Date.now()}`;
      const make = (lastName: string, overrides: Record<string, unknown> = {}) => createContact(app, { firstName: marker, lastName, ...overrides });
      const staleConsent = await make('A stale consent', { lawfulBasis: 'CONSENT', consentAt: `${monthsAgo(30)}T09:00:00.000Z` });
      const recentConsent = await make('B recent consent', { lawfulBasis: 'CONSENT', consentAt: `${monthsAgo(18)}T09:00:00.000Z` });
      const neverEngaged = await make('C never engaged');
      const engagedLongAgo = await make('D engaged long ago');
      const engagedRecently = await make('E engaged recently');
      const newcomer = await make('F newcomer');
      const erased = await make('G erased');
      for (const contact of [neverEngaged, engagedLongAgo, engagedRecently, erased]) {
        await app.sql(`update contact set created_at = now() - interval '40 months' where id = ?`, [contact.id]);
      }
      const consultation = await createConsultation(app);
      await createActivityWith(app, consultation.id, { date: monthsAgo(30) }, [
        { kind: 'PARTICIPATED', contactId: engagedLongAgo.id },
        { kind: 'INVITED', contactId: engagedRecently.id },
      ]);
      await createActivityWith(app, consultation.id, { date: monthsAgo(2) }, [{ kind: 'INVITED', contactId: engagedRecently.id }]);
      await app.ok(ERASE, { id: erased.id });

      const review = async (variables: Record<string, unknown>) =>
        (await app.ok(REVIEW, { first: 200, ...variables })).contactsForRetentionReview.filter((item: { contact: { id: string } }) =>
          [staleConsent, recentConsent, neverEngaged, engagedLongAgo, engagedRecently, newcomer, erased].some((contact) => contact.id === item.contact.id),
        );

      const byDefault = await review({});
      expect(byDefault.map((item: { contact: { lastName: string } }) => item.contact.lastName)).toEqual([
        'A stale consent',
        'C never engaged',
        'D engaged long ago',
      ]);
      expect(byDefault[0].reasons).toEqual([expect.stringMatching(/^consent given on \d{4}-\d{2}-\d{2}, more than 24 months ago$/)]);
      expect(byDefault[1].reasons).toEqual([expect.stringMatching(/^no engagement in 24 months \(none at all; in the register since \d{4}-\d{2}-\d{2}\)$/)]);
      expect(byDefault[2].reasons).toEqual([`no engagement in 24 months (the last on ${monthsAgo(30)})`]);

      const stricter = await review({ consent: 12, inactive: 48 });
      expect(stricter.map((item: { contact: { lastName: string } }) => item.contact.lastName)).toEqual(['A stale consent', 'B recent consent']);
      expect(stricter[1].reasons).toEqual([expect.stringContaining('more than 12 months ago')]);
    });

    it('refuses periods and page sizes out of range', async () => {
      expect(errorOf(await app.graphql(REVIEW, { consent: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(await app.graphql(REVIEW, { first: 201 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('dated affiliations', () => {
    it('keeps an ended affiliation in the history and lists concurrent ones', async () => {
      const [former, current, also] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      const contact = await createContact(app, { affiliations: [{ organisationId: former.id, role: 'Secretary', primary: true, since: '2020-01-01' }] });

      const updated = await app.ok(UPDATE, {
        id: contact.id,
        version: contact.version,
        input: {
          affiliations: [
            { organisationId: former.id, role: 'Secretary', since: '2020-01-01', until: '2025-06-30' },
            { organisationId: current.id, role: 'Director', primary: true, since: '2025-07-01' },
            { organisationId: also.id, role: 'Board member', since: '2023-03-01' },
          ],
        },
      });

      expect(updated.updateContact.affiliations).toEqual([
        { organisation: { id: current.id }, role: 'Director', primary: true, since: '2025-07-01', until: null },
        { organisation: { id: also.id }, role: 'Board member', primary: false, since: '2023-03-01', until: null },
        { organisation: { id: former.id }, role: 'Secretary', primary: false, since: '2020-01-01', until: '2025-06-30' },
      ]);
      const history = await app.ok('query ($id: ID!) { organisation(id: $id) { affiliations { contact { id } until } } }', { id: former.id });
      expect(history.organisation.affiliations).toEqual([{ contact: { id: contact.id }, until: '2025-06-30' }]);
    });
  });
});
