import { CoverageService } from '@sidos/coverage';
import {
  FacilitatorAssignmentService,
  FacilitatorService,
  FacilitatorsArgs,
  FacilitatorSuggestionsArgs,
  UnassignFacilitatorsArgs,
  UpdateFacilitatorInput,
} from '@sidos/facilitation';
import { TestServices } from './support/test-services.js';
import { asInput, assignFacilitators, createActivity, createConsultation, createFacilitator, viewer } from './support/service-factories.js';
import { assignmentsOfFacilitator, auditEventsOf, facilitatorsOfActivity } from './support/service-reads.js';

/** A date `days` after `date` ("YYYY-MM-DD"). */
function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The facilitator pool's rules: defaults, enum order, filters, search, availability, windows, order, assignments and suggestions (service tier). */
describe('facilitator pool', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const list = async (args: Record<string, unknown>) => {
    const asked = await asInput(FacilitatorsArgs, args);
    return app.run(() => app.get(FacilitatorService).list(asked));
  };
  const names = async (filter: Record<string, unknown>) => (await list({ filter, first: 200 })).nodes.map((node) => node.name);
  /** Query.facilitatorSuggestions. */
  const suggest = async (args: Record<string, unknown>) => {
    const asked = await asInput(FacilitatorSuggestionsArgs, args);
    return app.run(() => app.get(FacilitatorService).suggestions(asked));
  };
  /** The error a call fails with (the test fails if it succeeds). */
  const failureOf = async (call: Promise<unknown>): Promise<{ code: string; fields?: { path: string; message: string }[] }> => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; fields?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };

  describe('creating and changing', () => {
    it("defaults the ministry to the token's, keeps methods and languages in enum order, once each, and writes an audit event", async () => {
      const created = await createFacilitator(app, { methods: ['WEBINAR', 'DIALOGUE', 'WEBINAR'], languages: ['SE', 'FI', 'SV'] }, { ministry: 'YM' });
      expect(created.ministry).toBe('YM');
      expect(created.methods).toEqual(['DIALOGUE', 'WEBINAR']);
      expect(created.languages).toEqual(['FI', 'SV', 'SE']);
      const stored = await app.sql<{ methods: string[]; languages: string[] }>(`select "methods", "languages" from "facilitator" where "id" = ?`, [created.id]);
      expect(stored[0]).toEqual({ methods: ['DIALOGUE', 'WEBINAR'], languages: ['FI', 'SV', 'SE'] });
      const events = await auditEventsOf(app, created.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: 'CREATE', entityType: 'Facilitator' });
    });

    it('updates in enum order, bumps the version and audits only what changed', async () => {
      const created = await createFacilitator(app);
      const input = await asInput(
        UpdateFacilitatorInput,
        { methods: ['OTHER', 'HEARING'], languages: ['EN', 'FI'], unit: ' Työllisyysosasto ', active: false },
        'input',
      );
      const { version, methods, languages, unit, active } = await app.mutate(() =>
        app.get(FacilitatorService).update(viewer(), created.id, created.version, input),
      );
      expect({ version, methods, languages, unit, active }).toEqual({
        version: created.version + 1,
        methods: ['HEARING', 'OTHER'],
        languages: ['FI', 'EN'],
        unit: 'Työllisyysosasto',
        active: false,
      });
      const events = await auditEventsOf(app, created.id);
      expect(events[0].action).toBe('UPDATE');
      expect(events[0].changes.map((change) => change.field)).toEqual(['unit', 'methods', 'languages', 'active']);
    });
  });

  describe('listing', () => {
    const marker = 'Listatesti';
    beforeAll(async () => {
      await createFacilitator(app, {
        name: `${marker} Öberg Åsa`,
        email: 'asa.oberg@tem.example.fi',
        methods: ['WEBINAR', 'DIALOGUE'],
        languages: ['SV', 'FI'],
      });
      await createFacilitator(app, { name: `${marker} aalto Eero`, unit: 'Elinkeino-osasto', methods: ['DIALOGUE'], languages: ['FI'] });
      await createFacilitator(app, { name: `${marker} Mäki Sari`, unit: '50%_yksikkö', methods: ['DIALOGUE', 'WORKSHOP'], languages: ['FI', 'SE'] });
      await createFacilitator(app, { name: `${marker} Berg Inaktiv`, methods: ['DIALOGUE'], languages: ['SV'], active: false });
      await createFacilitator(app, { name: `${marker} Ympäristö Ville`, methods: ['DIALOGUE'] }, { ministry: 'YM' });
    });

    it('sorts by name case-insensitively and shows only active facilitators unless activeOnly is false', async () => {
      expect(await names({ search: marker })).toEqual([`${marker} aalto Eero`, `${marker} Mäki Sari`, `${marker} Ympäristö Ville`, `${marker} Öberg Åsa`]);
      expect(await names({ search: marker, activeOnly: false })).toContain(`${marker} Berg Inaktiv`);
      expect(await names({ search: marker, activeOnly: null })).not.toContain(`${marker} Berg Inaktiv`);
    });

    it('matches every listed method and every listed language (all-of), and the ministry', async () => {
      expect(await names({ search: marker, methods: ['DIALOGUE', 'WORKSHOP'] })).toEqual([`${marker} Mäki Sari`]);
      expect(await names({ search: marker, methods: ['WEBINAR'], languages: ['FI', 'SV'] })).toEqual([`${marker} Öberg Åsa`]);
      expect(await names({ search: marker, languages: ['FI', 'SE'] })).toEqual([`${marker} Mäki Sari`]);
      expect(await names({ search: marker, languages: ['SV'], activeOnly: false })).toEqual([`${marker} Berg Inaktiv`, `${marker} Öberg Åsa`]);
      expect(await names({ search: marker, ministry: 'ym' })).toEqual([`${marker} Ympäristö Ville`]);
      expect(await names({ search: marker, ministry: 'TEM', methods: ['DIALOGUE'], languages: ['FI'] })).toEqual([
        `${marker} aalto Eero`,
        `${marker} Mäki Sari`,
        `${marker} Öberg Åsa`,
      ]);
    });

    it('searches name, email and unit anywhere, case- and accent-insensitively, with LIKE wildcards as text', async () => {
      expect(await names({ search: 'OBERG' })).toEqual([`${marker} Öberg Åsa`]);
      expect(await names({ search: 'asa.oberg@TEM' })).toEqual([`${marker} Öberg Åsa`]);
      expect(await names({ search: 'elinkeino' })).toEqual([`${marker} aalto Eero`]);
      expect(await names({ search: 'maki sar' })).toEqual([`${marker} Mäki Sari`]);
      expect(await names({ search: '50%_' })).toEqual([`${marker} Mäki Sari`]);
      expect(await names({ search: '%' })).toEqual([`${marker} Mäki Sari`]);
      expect(await names({ search: 'no such facilitator' })).toEqual([]);
    });

    it('uses the trigram index for the search', async () => {
      const plan = await app.em().transactional(async (tx) => {
        await tx.execute('set local enable_seqscan = off');
        return tx.execute<{ 'QUERY PLAN': string }[]>(`explain select * from "facilitator" f where f."search_text" like '%' || sidos_normalise(?) || '%'`, [
          'oberg',
        ]);
      });
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/facilitator_search_text_trigram_index/);
      const indexes = await app.sql<{ indexdef: string }>(`select indexdef from pg_indexes where indexname = 'facilitator_search_text_trigram_index'`);
      expect(indexes[0].indexdef).toMatch(/gin \(search_text gin_trgm_ops\)/);
    });

    it('pages by name with cursors', async () => {
      const first = await list({ filter: { search: marker }, first: 2 });
      expect(first.totalCount).toBe(4);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list({ filter: { search: marker }, first: 2, after: first.pageInfo.endCursor });
      expect(second.nodes.map((node) => node.name)).toEqual([`${marker} Ympäristö Ville`, `${marker} Öberg Åsa`]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('availability and assignments', () => {
    it('availableOn leaves out those assigned to an activity dated that day, and assignments(from, to) are inclusive, oldest first', async () => {
      const consultation = await createConsultation(app);
      const busy = await createFacilitator(app, { name: 'Saatavuus Kiireinen' });
      const free = await createFacilitator(app, { name: 'Saatavuus Vapaa' });
      const late = await createActivity(app, consultation.id, { date: '2026-06-20' });
      const early = await createActivity(app, consultation.id, { date: '2026-06-01' });
      const middle = await createActivity(app, consultation.id, { date: '2026-06-10' });
      for (const activity of [late, early, middle]) await assignFacilitators(app, activity.id, [{ facilitatorId: busy.id }]);
      await assignFacilitators(app, late.id, [{ facilitatorId: free.id, role: 'LEAD' }]);

      expect(await names({ search: 'Saatavuus', availableOn: '2026-06-10' })).toEqual(['Saatavuus Vapaa']);
      expect(await names({ search: 'Saatavuus', availableOn: '2026-06-20' })).toEqual([]);
      expect(await names({ search: 'Saatavuus', availableOn: '2026-06-11' })).toEqual(['Saatavuus Kiireinen', 'Saatavuus Vapaa']);

      const dates = async (from?: string, to?: string) =>
        (await assignmentsOfFacilitator(app, busy.id, from ?? null, to ?? null)).map((row) => row.activity.date);
      expect(await dates()).toEqual(['2026-06-01', '2026-06-10', '2026-06-20']);
      expect(await dates('2026-06-10')).toEqual(['2026-06-10', '2026-06-20']);
      expect(await dates(undefined, '2026-06-10')).toEqual(['2026-06-01', '2026-06-10']);
      expect(await dates('2026-06-02', '2026-06-19')).toEqual(['2026-06-10']);
    });

    it('lists an activity LEAD first, then by facilitator name; reassigning changes the role and never duplicates', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const [c, a, b] = [
        await createFacilitator(app, { name: 'Järjestys Cecilia' }),
        await createFacilitator(app, { name: 'järjestys Aino' }),
        await createFacilitator(app, { name: 'Järjestys Bertta' }),
      ];
      const answered = await assignFacilitators(app, activity.id, [
        { facilitatorId: a.id },
        { facilitatorId: c.id, role: 'LEAD' },
        { facilitatorId: b.id, role: 'SUPPORT' },
      ]);
      const assigned = await facilitatorsOfActivity(app, answered.id);
      expect(assigned.map((row) => [row.role, row.facilitator.name])).toEqual([
        ['LEAD', 'Järjestys Cecilia'],
        ['SUPPORT', 'järjestys Aino'],
        ['SUPPORT', 'Järjestys Bertta'],
      ]);
      await assignFacilitators(app, activity.id, [{ facilitatorId: b.id, role: 'LEAD' }, { facilitatorId: c.id }]);
      const after = await facilitatorsOfActivity(app, activity.id);
      expect(after.map((row) => [row.role, row.facilitator.name])).toEqual([
        ['LEAD', 'Järjestys Bertta'],
        ['SUPPORT', 'järjestys Aino'],
        ['SUPPORT', 'Järjestys Cecilia'],
      ]);
      const rows = await app.sql<{ count: number }>(`select count(*)::int as "count" from "facilitator_assignment" where "activity_id" = ?`, [activity.id]);
      expect(rows[0].count).toBe(3);
      const events = await app.sql<{ action: string; count: number }>(
        `select "action", count(*)::int as "count" from "audit_event" where "entity_type" = 'FacilitatorAssignment'
           and "entity_id" in (select "id"::text from "facilitator_assignment" where "activity_id" = ?) group by "action" order by "action"`,
        [activity.id],
      );
      expect(events).toEqual([
        { action: 'CREATE', count: 3 },
        { action: 'UPDATE', count: 2 },
      ]);
    });

    it('refuses an unknown or inactive facilitator at its path and writes nothing', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const good = await createFacilitator(app);
      const inactive = await createFacilitator(app, { active: false });
      const refused = await failureOf(
        assignFacilitators(app, activity.id, [
          { facilitatorId: good.id },
          { facilitatorId: inactive.id },
          { facilitatorId: '00000000-0000-4000-8000-000000000000' },
          { facilitatorId: 'x' },
        ]),
      );
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields?.map((field) => field.path)).toEqual(['assignments.1.facilitatorId', 'assignments.2.facilitatorId', 'assignments.3.facilitatorId']);
      const rows = await app.sql(`select 1 from "facilitator_assignment" where "activity_id" = ?`, [activity.id]);
      expect(rows).toEqual([]);
    });

    it('unassigns, with an audit event, leaves one not on the activity alone, and refuses an unknown id at its path', async () => {
      const consultation = await createConsultation(app);
      const activity = await createActivity(app, consultation.id);
      const [one, two, other] = [await createFacilitator(app), await createFacilitator(app), await createFacilitator(app)];
      await assignFacilitators(app, activity.id, [{ facilitatorId: one.id }, { facilitatorId: two.id }]);
      const unassign = async (facilitatorIds: string[]) => {
        const args = await asInput(UnassignFacilitatorsArgs, { activityId: activity.id, facilitatorIds });
        return app.mutate(() => app.get(FacilitatorAssignmentService).unassign(viewer(), args));
      };
      const left = await facilitatorsOfActivity(app, (await unassign([one.id, other.id])).id);
      expect(left.map((row) => row.facilitator.id)).toEqual([two.id]);
      const deleted = await app.sql(
        `select 1 from "audit_event" where "entity_type" = 'FacilitatorAssignment' and "action" = 'DELETE' and "changes"::text like ?`,
        [`%${one.id}%`],
      );
      expect(deleted).toHaveLength(1);
      const refused = await failureOf(unassign([two.id, '00000000-0000-4000-8000-000000000000']));
      expect(refused.fields).toEqual([{ path: 'facilitatorIds.1', message: expect.stringContaining('names no facilitator') }]);
      expect(await facilitatorsOfActivity(app, activity.id)).toHaveLength(1);
    });
  });

  describe('suggestions', () => {
    it('suggests active, trained, language-speaking facilitators free that day and not on the activity; fewest recent assignments (D-89..D), then name', async () => {
      const consultation = await createConsultation(app);
      const day = '2026-09-30';
      const target = await createActivity(app, consultation.id, { method: 'WEBINAR', date: day });
      const marker = 'Ehdotus';
      const make = (name: string, overrides: Record<string, unknown> = {}) =>
        createFacilitator(app, { name: `${marker} ${name}`, methods: ['WEBINAR'], languages: ['FI', 'SV'], ...overrides });
      const zero = await make('Öhman'); // no assignments
      const zeroToo = await make('Aalto'); // one, at D-90: outside the window
      const one = await make('Berg'); // one at D-89
      const two = await make('Carlsson'); // at D-1 and on a later day (after D: not counted)
      await make('Inaktiivinen', { active: false });
      await make('Kouluttamaton', { methods: ['DIALOGUE'] });
      await make('Suomi', { languages: ['FI'] });
      const busy = await make('Varattu');
      const already = await make('Jo mukana');

      const at = async (date: string) => createActivity(app, consultation.id, { method: 'MEETING', date });
      await assignFacilitators(app, (await at(addDays(day, -90))).id, [{ facilitatorId: zeroToo.id }]);
      await assignFacilitators(app, (await at(addDays(day, -89))).id, [{ facilitatorId: one.id }]);
      await assignFacilitators(app, (await at(addDays(day, -1))).id, [{ facilitatorId: two.id }, { facilitatorId: one.id }]);
      await assignFacilitators(app, (await at(addDays(day, 5))).id, [{ facilitatorId: two.id }]);
      await assignFacilitators(app, (await at(day)).id, [{ facilitatorId: busy.id }]);
      await assignFacilitators(app, target.id, [{ facilitatorId: already.id }]);

      const suggestions = async (language?: string, first?: number) =>
        (await suggest({ activityId: target.id, language, first }))
          .filter((row) => row.facilitator.name.startsWith(marker))
          .map((row) => [row.facilitator.name.slice(marker.length + 1), row.recentAssignments]);
      expect(await suggestions('SV')).toEqual([
        ['Aalto', 0],
        ['Öhman', 0],
        ['Carlsson', 1],
        ['Berg', 2],
      ]);
      expect(await suggestions()).toEqual([
        ['Aalto', 0],
        ['Suomi', 0],
        ['Öhman', 0],
        ['Carlsson', 1],
        ['Berg', 2],
      ]);
      expect(zero.id).toBeDefined();
      expect(await suggestions(undefined, 2)).toHaveLength(2);
    });

    it('is NOT_FOUND for an unknown activity', async () => {
      const refused = await failureOf(suggest({ activityId: '00000000-0000-4000-8000-000000000000' }));
      expect(refused.code).toBe('NOT_FOUND');
    });
  });

  it('never counts facilitators in coverage: assigning one changes no coverage answer', async () => {
    const consultation = await createConsultation(app);
    const activity = await createActivity(app, consultation.id, { phase: 'INITIATION' });
    const coverage = async () => {
      const answer = await app.run(() => app.get(CoverageService).consultationCoverage(consultation.id));
      return {
        groups: answer.groups.map((row) => ({ group: { id: row.group.id }, invited: row.invited, heard: row.heard })),
        coverageRatio: answer.coverageRatio,
      };
    };
    const before = await coverage();
    await assignFacilitators(app, activity.id, [{ facilitatorId: (await createFacilitator(app)).id, role: 'LEAD' }]);
    expect(await coverage()).toEqual(before);
    const generations = await app.sql(`select 1 from "consultation_coverage_generation" where "consultation_id" = ?`, [consultation.id]);
    expect(generations.length).toBeLessThanOrEqual(1);
  });
});
