import { DEMO_CONSULTATIONS, DEMO_ORGANISATIONS, DEMO_PREFERENCES, DEMO_THEMES, DemoSeeder } from '@sidos/demo';
import { EngagementLoaders } from '@sidos/engagement';
import { type InvitationSuggestion, InvitationPlannerService, InvitationSuggestionsArgs } from '@sidos/practice';
import { PracticeLoaders } from '../libs/practice/src/loaders/practice.loaders.js';
import { themesRaisedKey } from '../libs/practice/src/resolvers/organisation-practice-fields.resolver.js';
import { asInput } from './support/service-factories.js';
import { TestServices } from './support/test-services.js';

/**
 * The demo register's preferences and themes make the README's examples (section "Who to invite next, and what
 * became of what they said") answer something worth reading: their answers, read from the services (service
 * tier; test/readme-examples.e2e-spec.ts runs the README's documents themselves through the API).
 */
describe('demo practice data', () => {
  let app: TestServices;
  const idOf = async (table: string, column: string, value: string) =>
    (await app.sql<{ id: string }>(`select "id" from "${table}" where "${column}" = ?`, [value]))[0].id;
  beforeAll(async () => {
    app = await TestServices.start();
    await app.run(() => app.get(DemoSeeder).seedIfEmpty());
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('states preferences for a third of the demo organisations, some with a quarterly limit, and themes with responses on the labour-market reform', async () => {
    const organisations = DEMO_PREFERENCES.filter((preferences) => preferences.organisation).length;
    expect(organisations * 3).toBeGreaterThanOrEqual(DEMO_ORGANISATIONS.length - 2);
    expect(organisations * 3).toBeLessThanOrEqual(DEMO_ORGANISATIONS.length + 6);
    expect(Number((await app.sql<{ count: string }>('select count(*) as "count" from "engagement_preferences"'))[0].count)).toBe(DEMO_PREFERENCES.length);
    const themes = await app.sql<{ response: string; links: string }>(
      `select t."response", count(l.*) as "links" from "input_theme" t join "input_theme_engagement" l on l."theme_id" = t."id" group by t."id"`,
    );
    expect(themes).toHaveLength(DEMO_THEMES.length);
    expect(new Set(themes.map((theme) => theme.response)).size).toBe(4);
  });

  it("suggests whom to invite to the integration programme's online survey: over-limit parties last in their group, preferences matched", async () => {
    const consultationId = await idOf('consultation', 'title', DEMO_CONSULTATIONS[1].title);
    const activityId = await idOf('activity', 'title', DEMO_CONSULTATIONS[1].activities[1].title);
    const args = await asInput(InvitationSuggestionsArgs, { consultationId, activityId, first: 20 });
    const rows = await app.run(() => app.get(InvitationPlannerService).suggestions(args));
    const name = (row: InvitationSuggestion) => row.organisation?.name ?? `${row.contact!.lastName} ${row.contact!.firstName}`;
    const summary = rows.map(
      (row) =>
        `${row.group.name}: ${name(row)} ${row.invitationsThisQuarter}/${row.invitationsLast12Months}${row.overLimit ? ' over' : ''}${row.matchesPreferences ? ' match' : ''}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.some((row) => row.overLimit)).toBe(true);
    expect(rows.some((row) => row.matchesPreferences)).toBe(true);
    // Within each group, parties over their limit come last.
    for (const group of new Set(rows.map((row) => row.group.name))) {
      const flags = rows.filter((row) => row.group.name === group).map((row) => row.overLimit);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
    // group: party invitationsThisQuarter/invitationsLast12Months, over its limit?, matching the survey?
    expect(summary).toEqual([
      'Long-term unemployed: Työttömien Keskusjärjestö ry 0/0',
      'Older people: Hirvonen Marja 0/0',
      'Older people: Vanhustyön keskusliitto ry 0/0',
      'People with disabilities: Kuurojen Liitto ry 0/1 match',
      'People with disabilities: Suomen Vammaisfoorumi ry 1/1 over',
      'Rural residents: Maa- ja metsätaloustuottajain Keskusliitto MTK ry 0/0 match',
      'Rural residents: Hirvonen Marja 0/0',
      'Rural residents: Inarin kunta 0/0',
      'Rural residents: Kylien Suomi ry 0/0',
      'Sole entrepreneurs and micro-firms: Mikroyrittäjien verkosto 0/0 match',
      'Sole entrepreneurs and micro-firms: Kotimaiset Palvelut Oy 0/0',
      'Sole entrepreneurs and micro-firms: Suomen Yrittäjät 0/0',
      'Swedish speakers in small municipalities: Svenska Finlands folkting 1/0 over',
      'The Sámi: Saamelaiskäräjät 1/0 over match',
    ]);
  });

  it('answers what became of what SAK said in the labour-market reform', async () => {
    const organisationId = await idOf('organisation', 'name', 'Suomen Ammattiliittojen Keskusjärjestö SAK');
    const themes = await app.load(PracticeLoaders, (loaders, request) => loaders.themesRaised(request, 'organisation'), themesRaisedKey(organisationId, null));
    const themesRaised = await Promise.all(
      themes.map(async (theme) => ({
        consultation: { title: (await app.load(EngagementLoaders, (loaders, request) => loaders.consultation(request), theme.consultation.id))!.title },
        title: theme.title,
        response: theme.response,
        responseText: theme.responseText,
      })),
    );
    expect(themesRaised).toEqual([
      {
        consultation: { title: DEMO_CONSULTATIONS[0].title },
        title: 'Muutosturvan siirtymäaika',
        response: 'PARTLY_ADOPTED',
        responseText: 'The transition period is six months instead of a year; collective agreements may extend it.',
      },
    ]);
  });
});
