import { BadUserInputError } from '@sidos/common';
import { OrganisationService, OrganisationType } from '@sidos/register';
import { randomBusinessId } from './support/factories.js';
import { TestServices } from './support/test-services.js';

const actor = { id: 'business-id-test' };

/** Issue 13, item 4: a business ID finds its organisation in any common form, in search and by lookup. */
describe('business IDs in any common form', () => {
  let app: TestServices;
  let organisations: OrganisationService;
  let businessId: string;
  let organisationId: string;

  beforeAll(async () => {
    app = await TestServices.start();
    organisations = app.get(OrganisationService);
    businessId = randomBusinessId();
    const organisation = await app.run(() => organisations.create(actor, { name: 'Muotoesimerkki Oy', type: OrganisationType.COMPANY, businessId }));
    organisationId = organisation.id;
    // Another organisation, so that a search that matched everything would show.
    await app.run(() => organisations.create(actor, { name: 'Toinen Oy', type: OrganisationType.COMPANY, businessId: randomBusinessId() }));
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** "NNNNNNN-C" written as people write it. */
  const formsOf = (id: string) => [id, id.replace('-', ''), `FI${id.replace('-', '')}`, `fi ${id.replace('-', ' ')}`, ` ${id.slice(0, 4)} ${id.slice(4)} `];

  it('search finds the organisation by its business ID with or without the hyphen, in VAT form or with spaces', async () => {
    for (const form of formsOf(businessId)) {
      const page = await app.run(() => organisations.list({ filter: { search: form }, first: 10 }));
      expect([form, page.nodes.map((node) => node.id)]).toEqual([form, [organisationId]]);
    }
  });

  it('a search term that is not a valid business ID is searched as it is', async () => {
    const wrongCheckDigit = `${businessId.slice(0, 7)}${(Number(businessId[8]) + 1) % 10}`;
    expect((await app.run(() => organisations.list({ filter: { search: wrongCheckDigit }, first: 10 }))).nodes).toEqual([]);
    // The first digits alone, as typed: a plain "contains" search.
    const typed = await app.run(() => organisations.list({ filter: { search: businessId.slice(0, 5) }, first: 10 }));
    expect(typed.nodes.map((node) => node.id)).toContain(organisationId);
  });

  it('organisationByBusinessId finds it in every form, answers null for a valid ID nobody holds, and refuses an invalid one', async () => {
    for (const form of formsOf(businessId)) expect((await app.run(() => organisations.findByBusinessId(form)))?.id).toBe(organisationId);
    let unheld = randomBusinessId();
    while (unheld === businessId) unheld = randomBusinessId();
    expect(await app.run(() => organisations.findByBusinessId(unheld))).toBeNull();
    for (const invalid of [`${businessId.slice(0, 7)}-${(Number(businessId[8]) + 1) % 10}`, 'Muotoesimerkki', '']) {
      const error = await app.run(() => organisations.findByBusinessId(invalid)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fields).toEqual([expect.objectContaining({ path: 'businessId' })]);
    }
  });
});
