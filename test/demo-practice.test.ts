import { DEMO_CONSULTATIONS, DEMO_ORGANISATIONS, DEMO_PREFERENCES, DEMO_THEMES, DemoSeeder } from '@sidos/demo';
import { TestApp } from './support/test-app.js';

/** The README's examples (section "Who to invite next, and what became of what they said"), verbatim. */
const README_SUGGESTIONS = `query Invite($consultationId: ID!, $activityId: ID) {
  invitationSuggestions(consultationId: $consultationId, activityId: $activityId, first: 20) {
    group { name }
    organisation { name preferences { modes maxInvitationsPerQuarter accessibilityNeeds } }
    contact { firstName lastName }
    invitationsThisQuarter invitationsLast12Months overLimit matchesPreferences
  }
}`;
const README_THEMES = `query Heard($organisationId: ID!) {
  organisation(id: $organisationId) {
    name
    themesRaised { consultation { title } title response responseText }
  }
}`;

interface Suggestion {
  group: { name: string };
  organisation: { name: string; preferences: { modes: string[]; maxInvitationsPerQuarter: number | null } | null } | null;
  contact: { firstName: string; lastName: string } | null;
  invitationsThisQuarter: number;
  invitationsLast12Months: number;
  overLimit: boolean;
  matchesPreferences: boolean;
}

/** The demo register's preferences and themes make the README's examples answer something worth reading. */
describe('demo practice data', () => {
  let app: TestApp;
  const idOf = async (table: string, column: string, value: string) =>
    (await app.sql<{ id: string }>(`select "id" from "${table}" where "${column}" = ?`, [value]))[0].id;
  beforeAll(async () => {
    app = await TestApp.start();
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
    const rows = (await app.ok<{ invitationSuggestions: Suggestion[] }>(README_SUGGESTIONS, { consultationId, activityId }, { roles: ['VIEWER'] }))
      .invitationSuggestions;
    const name = (row: Suggestion) => row.organisation?.name ?? `${row.contact!.lastName} ${row.contact!.firstName}`;
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
    const { organisation } = await app.ok(README_THEMES, { organisationId }, { roles: ['VIEWER'] });
    expect(organisation.themesRaised).toEqual([
      {
        consultation: { title: DEMO_CONSULTATIONS[0].title },
        title: 'Muutosturvan siirtymäaika',
        response: 'PARTLY_ADOPTED',
        responseText: 'The transition period is six months instead of a year; collective agreements may extend it.',
      },
    ]);
  });
});
