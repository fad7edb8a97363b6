import { ContactService, ContactsArgs, UpdateContactInput } from '@sidos/register';
import { CoverageService } from '@sidos/coverage';
import { ContactDataExportService, ContactPrivacyService, RetentionReviewArgs, RetentionReviewService } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import {
  addMembers,
  asInput,
  type Claims,
  createActivityWith,
  createConsultation,
  createContact,
  createGroup,
  createOrganisation,
  recordEngagements,
  viewer,
} from './support/service-factories.js';
import { affiliationsOfContact, affiliationsOfOrganisation, auditEventsOf, groupsOfContact } from './support/service-reads.js';
import { columnsHolding, databaseFingerprint } from './support/database-inspection.js';

const UNKNOWN = '4d7e3a0b-2222-4c1d-8e2f-000000000000';

/** A calendar date `months` months before today (ISO). */
function monthsAgo(months: number, days = 0): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * Personal data (GDPR): erasure, subject access, retention review; and dated affiliations (service tier;
 * privacy-api.e2e-spec.ts has the ADMIN role these need and the review's argument bounds).
 */
describe('personal data', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The error a call fails with (the test fails if it succeeds). */
  const errorOf = async (call: Promise<unknown>): Promise<{ code: string }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string };
    }
    throw new Error('expected the call to fail');
  };
  /** A contact as the API answers it, with its groups and affiliations. */
  const contactView = async (contactId: string) => {
    const contact = (await app.run(() => app.get(ContactService).findById(contactId)))!;
    return {
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      title: contact.title,
      languages: contact.languages,
      lawfulBasis: contact.lawfulBasis,
      consentAt: contact.consentAt,
      erased: contact.erased,
      version: contact.version,
      groups: (await groupsOfContact(app, contactId)).map((group) => ({ id: group.id })),
      affiliations: await affiliationsOfContact(app, contactId),
    };
  };
  const update = async (id: string, version: number, input: Record<string, unknown>) => {
    const asked = await asInput(UpdateContactInput, input, 'input');
    return app.mutate(() => app.get(ContactService).update(viewer(), id, version, asked));
  };
  const erase = async (id: string, claims: Claims = {}) => {
    await app.mutate(() => app.get(ContactPrivacyService).erase(viewer(claims), id));
    return contactView(id);
  };
  const exportOf = (id: string) => app.run(() => app.get(ContactDataExportService).export(id));
  const coverage = async (id: string) => {
    const answer = await app.run(() => app.get(CoverageService).consultationCoverage(id));
    return {
      groups: answer.groups.map(({ group, targeted, invited, heard, reached, phasesHeard, firstHeardOn }) => ({
        group: { id: group.id },
        targeted,
        invited,
        heard,
        reached,
        phasesHeard,
        firstHeardOn,
      })),
      coverageRatio: answer.coverageRatio,
      earlyReachRatio: answer.earlyReachRatio,
      gaps: answer.gaps.map((gap) => ({ id: gap.id })),
    };
  };
  const events = async (id: string) => (await auditEventsOf(app, id, 100)).map(({ action, entityType, changes }) => ({ action, entityType, changes }));

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
        consentAt: new Date('2025-05-01T10:00:00.000Z'), // a DateTime, as its scalar parses it
        affiliations: [{ organisationId: organisation.id, role: 'Plumbob coordinator', primary: true, since: '2022-01-01' }],
      });
      // Two updates: audit events that carry the person's values as old and new values.
      const first = await update(created.id, 1, { title: 'Senior Plumbob officer', phone: '+358 40 555 0199' });
      await update(created.id, first.version, {
        email: 'zyxwvut.q@example.fi',
        affiliations: [
          { organisationId: organisation.id, role: 'Plumbob coordinator', primary: true, since: '2022-01-01', until: '2025-12-31' },
          { organisationId: otherOrganisation.id, role: 'Vlorpish adviser', since: '2026-01-01' },
        ],
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
      const coverageBefore = await coverage(consultation.id);
      const eventsBefore = (await events(created.id)).length;

      const erased = await erase(created.id, { sub: 'admin.eraser', roles: ['ADMIN'] });

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
      expect(await coverage(consultation.id)).toEqual(coverageBefore);
      // Someone else's notes keep what is not about the person.
      const [otherNotes] = await app.sql<{ notes: string }>('select notes from engagement where organisation_id = ? and contact_id is null', [
        otherOrganisation.id,
      ]);
      expect(otherNotes.notes).toBe('Seconded what [erased] said; contact [erased]');

      // It matches no search.
      for (const search of ['Erased', 'Zyxwvut', 'zyxwvut.qwerty@example.fi']) {
        const args = await asInput(ContactsArgs, { filter: { search } });
        const found = await app.run(() => app.get(ContactService).list(args, viewer()));
        expect(found.nodes.map((node) => ({ id: node.id }))).not.toContainEqual({ id: created.id });
      }

      // Its audit trail says what happened and when, without the values.
      const trail = await events(created.id);
      expect(trail).toHaveLength(eventsBefore + 1);
      expect(trail[0]).toEqual({ action: 'ERASE', entityType: 'Contact', changes: [{ field: 'erased', from: 'false', to: 'true' }] });
      expect(trail[trail.length - 1].changes).toEqual(
        expect.arrayContaining([
          { field: 'firstName', from: null, to: null },
          { field: 'lawfulBasis', from: null, to: '"CONSENT"' },
        ]),
      );
    });

    it('succeeds again on an erased contact', async () => {
      const contact = await createContact(app, { firstName: 'Twice', lastName: 'Erasedperson' });
      await erase(contact.id);
      const again = await erase(contact.id);
      expect(again).toMatchObject({ firstName: 'Erased', erased: true });
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
        await expect(erase(contact.id)).rejects.toThrow();
        expect(await databaseFingerprint(app)).toEqual(before);
      } finally {
        await app.sql('drop trigger refuse_erasure on "contact"');
        await app.sql('drop function refuse_erasure()');
      }
    });

    it('answers NOT_FOUND for an unknown or malformed id, writing nothing', async () => {
      await createContact(app);
      const before = await databaseFingerprint(app);
      expect((await errorOf(erase(UNKNOWN))).code).toBe('NOT_FOUND');
      expect((await errorOf(erase('not-an-id'))).code).toBe('NOT_FOUND');
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

      const document = JSON.parse(await exportOf(contact.id));

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
      expect((await errorOf(exportOf(UNKNOWN))).code).toBe('NOT_FOUND');
    });
  });

  describe('contactsForRetentionReview', () => {
    it('lists stale consents and long-inactive contacts with their reasons, and not the others', async () => {
      const marker = `Retention${Date.now()}`;
      const make = (lastName: string, overrides: Record<string, unknown> = {}) => createContact(app, { firstName: marker, lastName, ...overrides });
      const staleConsent = await make('A stale consent', { lawfulBasis: 'CONSENT', consentAt: new Date(`${monthsAgo(30)}T09:00:00.000Z`) });
      const recentConsent = await make('B recent consent', { lawfulBasis: 'CONSENT', consentAt: new Date(`${monthsAgo(18)}T09:00:00.000Z`) });
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
      await erase(erased.id);

      const review = async ({ consent, inactive }: { consent?: number; inactive?: number }) => {
        const args = await asInput(RetentionReviewArgs, { consentOlderThanMonths: consent, inactiveMonths: inactive, first: 200 });
        return (await app.run(() => app.get(RetentionReviewService).review(args))).filter((item) =>
          [staleConsent, recentConsent, neverEngaged, engagedLongAgo, engagedRecently, newcomer, erased].some((contact) => contact.id === item.contact.id),
        );
      };

      const byDefault = await review({});
      expect(byDefault.map((item) => item.contact.lastName)).toEqual(['A stale consent', 'C never engaged', 'D engaged long ago']);
      expect(byDefault[0].reasons).toEqual([expect.stringMatching(/^consent given on \d{4}-\d{2}-\d{2}, more than 24 months ago$/)]);
      expect(byDefault[1].reasons).toEqual([expect.stringMatching(/^no engagement in 24 months \(none at all; in the register since \d{4}-\d{2}-\d{2}\)$/)]);
      expect(byDefault[2].reasons).toEqual([`no engagement in 24 months (the last on ${monthsAgo(30)})`]);

      const stricter = await review({ consent: 12, inactive: 48 });
      expect(stricter.map((item) => item.contact.lastName)).toEqual(['A stale consent', 'B recent consent']);
      expect(stricter[1].reasons).toEqual([expect.stringContaining('more than 12 months ago')]);
    });
  });

  describe('dated affiliations', () => {
    it('keeps an ended affiliation in the history and lists concurrent ones', async () => {
      const [former, current, also] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app)];
      const contact = await createContact(app, { affiliations: [{ organisationId: former.id, role: 'Secretary', primary: true, since: '2020-01-01' }] });

      const updated = await update(contact.id, contact.version, {
        affiliations: [
          { organisationId: former.id, role: 'Secretary', since: '2020-01-01', until: '2025-06-30' },
          { organisationId: current.id, role: 'Director', primary: true, since: '2025-07-01' },
          { organisationId: also.id, role: 'Board member', since: '2023-03-01' },
        ],
      });

      expect(await affiliationsOfContact(app, updated.id)).toEqual([
        { organisation: { id: current.id }, role: 'Director', primary: true, since: '2025-07-01', until: null },
        { organisation: { id: also.id }, role: 'Board member', primary: false, since: '2023-03-01', until: null },
        { organisation: { id: former.id }, role: 'Secretary', primary: false, since: '2020-01-01', until: '2025-06-30' },
      ]);
      const history = await affiliationsOfOrganisation(app, former.id);
      expect(history.map(({ contact: { id }, until }) => ({ contact: { id }, until }))).toEqual([{ contact: { id: contact.id }, until: '2025-06-30' }]);
    });
  });
});
