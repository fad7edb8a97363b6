import { type KeysetOrder, OrderDirection, type SortKey, TOP_RELEVANCE_MIN_MATCHES, topRelevanceFirstPage } from '@sidos/common';
import { buildKeysetPage } from '@sidos/database';
import { OrganisationService, searchCondition, searchOrder } from '@sidos/register';
import { TestServices } from './support/test-services.js';

/**
 * A broad search's first page comes from a few candidates (the nearest by trigram distance, the names
 * that start with the term, the first by name of the best relevance) instead of a sort of every match
 * (topRelevanceFirstPage). It must give exactly the page and total that sorting every match gives.
 */
describe('broad organisation search: the first page without sorting every match', () => {
  let app: TestServices;

  beforeAll(async () => {
    app = await TestServices.start();
    // A register where "ry" and "oy" are whole words of thousands of names, with name-prefix matches
    // ("Ryhmä …", "Oy …"), repeated names (ties broken by id), partial words and accents.
    await app.sql(
      `insert into "organisation" ("id", "name", "name_sv", "business_id", "type", "languages", "archived", "version", "created_at", "updated_at")
       select gen_random_uuid(),
              case i % 9
                when 0 then 'Kylä ' || (i % 700) || ' ry'
                when 1 then 'Ryhmä ' || (i % 50) || ' Oy'
                when 2 then 'Yrittäjät ' || (i % 300) || ' ry'
                when 3 then 'Oy Kylätalo ' || (i % 40)
                when 4 then 'Kyläyhdistys ' || (i % 200)
                when 5 then 'Säätiö ' || (i % 500) || ' sr'
                when 6 then 'Ryijy ' || (i % 80)
                when 7 then 'Kylätoimikunta ry'
                else 'Pohjois-Savon kylät ' || (i % 600) || ' ry'
              end,
              case when i % 4 = 0 then 'Byaförening ' || i || ' rf' end,
              null, 'ASSOCIATION', '{FI}', i % 97 = 0, 1, now(), now()
       from generate_series(1, 8500) i`,
    );
    // Graded relevance for "hoito": 20 whole words, 30 words that start with it, 250 inside a word.
    await app.sql(
      `insert into "organisation" ("id", "name", "type", "languages", "archived", "version", "created_at", "updated_at")
       select gen_random_uuid(), case when i <= 20 then 'Lasten hoito ' || i when i <= 50 then 'Koti hoitokoti ' || i else 'Metsänhoitoyhdistys ' || i end,
              'ASSOCIATION', '{FI}', false, 1, now(), now()
       from generate_series(1, 300) i`,
    );
    await app.sql('analyze "organisation"');
  });
  afterAll(async () => {
    await app?.stop();
  });

  // "ry" and "oy" (thousands of whole words) take the first matches by name among the best relevance; "hoito"
  // with 30 takes the candidates alone (the 200 nearest end in a lower relevance); the others sort every match.

  /** The page's ids, sort keys and total, by the given statement. */
  const pageOf = async (statement: { sql: string; params: unknown[] }) =>
    (await app.sql<Record<string, unknown>>(statement.sql, statement.params)).map((row) => [row.id, row.sort_0, row.sort_1, row.sort_2, row.page_total_count]);

  it.each([
    ['ry', 50],
    ['ry', 10],
    ['oy', 50],
    ['kylä', 50],
    ['kyla', 20],
    ['ryh', 50],
    ['y', 50],
    ['ä', 10],
    ['s', 100],
    ['rf', 50],
    ['hoito', 30],
    ['hoito', 10],
    ['hoito', 60],
  ])('"%s", first %i: the same page and total as sorting every match', async (term, first) => {
    const relevance = searchOrder('o', 'name', term);
    const order = (key: SortKey): KeysetOrder => ({
      tag: 'organisations.RELEVANCE',
      keys: [key, { sql: 'lower(o."name")', type: 'string' }, { sql: 'o."id"', type: 'uuid' }],
      direction: OrderDirection.ASC,
    });
    const query = {
      select: 'o.*',
      from: '"organisation" o',
      where: [{ sql: 'not o."archived"', params: [] }, searchCondition('o', term)],
      page: { size: first, backward: false },
    };
    const sortEverything: SortKey = { sql: relevance.sql, params: relevance.params, type: relevance.type };
    const expected = await pageOf(buildKeysetPage({ ...query, order: order(sortEverything) }).pageWithCount);
    expect(expected.length).toBe(first + 1);
    // Every match counts as broad here, so that each way of picking the candidates runs on this register.
    const candidates = await pageOf(
      buildKeysetPage({ ...query, order: order({ ...relevance, firstPage: topRelevanceFirstPage('o', term, 0) }) }).pageWithCount,
    );
    expect(candidates).toEqual(expected);
    // As deployed (the default threshold).
    const deployed = await pageOf(buildKeysetPage({ ...query, order: order(relevance) }).pageWithCount);
    expect(deployed).toEqual(expected);
  });

  it('pages through a broad search in relevance order with the exact total, as the service answers it', async () => {
    const [{ count }] = await app.sql<{ count: number }>(
      `select count(*)::int as "count" from "organisation" where not "archived" and "search_text" like '%ry%'`,
    );
    expect(count).toBeGreaterThan(TOP_RELEVANCE_MIN_MATCHES);
    const organisations = app.get(OrganisationService);
    const first = await app.run(() => organisations.list({ filter: { search: 'ry' }, first: 50 }));
    const second = await app.run(() => organisations.list({ filter: { search: 'ry' }, first: 50, after: first.pageInfo.endCursor }));
    const expected = await app.sql<{ id: string }>(
      `select o."id" from "organisation" o where not o."archived" and o."search_text" like '%ry%'
       order by -round(((case when sidos_normalise(o."name") like 'ry%' then 1 else 0 end) + word_similarity('ry', o."search_text"))::numeric, 6)::float8, lower(o."name"), o."id"::text
       limit 100`,
    );
    expect(first.totalCount).toBe(count);
    expect(second.totalCount).toBe(count);
    expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual(expected.map((row) => row.id));
    expect(first.pageInfo.hasNextPage).toBe(true);
  });
});
