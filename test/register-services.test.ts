import { ContactService, OrganisationService, OrganisationType, LawfulBasis, StakeholderGroupService } from '@sidos/register';
import { DemoSeeder, DEMO_ORGANISATIONS, DEMO_CONTACTS, DEMO_GROUPS } from '@sidos/demo';
import { BadUserInputError, ConflictError, NotFoundError, StaleVersionError } from '@sidos/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { TestServices } from './support/test-services.js';
import { randomBusinessId } from './support/factories.js';

/** Service tier: the register's services called directly, on a real database. */
const actor = { id: 'service-test' };

describe('register services', () => {
  let app: TestServices;
  let organisations: OrganisationService;
  let contacts: ContactService;
  let groups: StakeholderGroupService;

  beforeAll(async () => {
    app = await TestServices.start();
    organisations = app.get(OrganisationService);
    contacts = app.get(ContactService);
    groups = app.get(StakeholderGroupService);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const count = async (table: string) => Number((await app.sql<{ count: string }>(`select count(*) as count from "${table}"`))[0].count);

  it('loads the demo register once, all of it', async () => {
    const first = await app.run(() => app.get(DemoSeeder).seedIfEmpty());
    expect(first).toEqual({ seeded: true, organisations: DEMO_ORGANISATIONS.length, contacts: DEMO_CONTACTS.length, groups: DEMO_GROUPS.length });
    expect(await count('organisation')).toBe(DEMO_ORGANISATIONS.length);
    expect(await count('stakeholder_group')).toBe(DEMO_GROUPS.length);
    const second = await app.run(() => app.get(DemoSeeder).seedIfEmpty());
    expect(second.seeded).toBe(false);
    expect(await count('organisation')).toBe(DEMO_ORGANISATIONS.length);
    const hardToReach = await app.sql<{ name: string }>('select name from stakeholder_group where hard_to_reach order by name');
    expect(hardToReach.map((row) => row.name)).toEqual(
      expect.arrayContaining(['Young people', 'The Sámi', 'People with disabilities', 'Immigrants and language minorities']),
    );
  });

  it('creates with one flush and stores the version, timestamps and UUID id', async () => {
    const organisation = await app.run(() =>
      organisations.create(actor, { name: 'Palvelutesti ry', type: OrganisationType.ASSOCIATION, businessId: randomBusinessId() }),
    );
    const [row] = await app.sql<Record<string, unknown>>('select * from organisation where id = ?', [organisation.id]);
    expect(row).toMatchObject({ name: 'Palvelutesti ry', version: 1, archived: false });
    expect(Math.abs(new Date(String(row.created_at)).getTime() - Date.now())).toBeLessThan(60_000);
    expect(organisation.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes nothing when a referenced id is unknown', async () => {
    const before = await count('organisation');
    await expect(
      app.run(() => organisations.create(actor, { name: 'X', type: OrganisationType.COMPANY, policyAreaIds: ['6e0c2d80-0000-4000-8000-000000000000'] })),
    ).rejects.toBeInstanceOf(BadUserInputError);
    expect(await count('organisation')).toBe(before);
  });

  it('refuses a duplicate business ID as a conflict, before and at the database', async () => {
    const businessId = randomBusinessId();
    await app.run(() => organisations.create(actor, { name: 'Ensimmäinen', type: OrganisationType.COMPANY, businessId }));
    await expect(app.run(() => organisations.create(actor, { name: 'Toinen', type: OrganisationType.COMPANY, businessId }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    const contested = randomBusinessId();
    const racing = await Promise.allSettled(
      [0, 1, 2].map((index) => app.run(() => organisations.create(actor, { name: `Kilpa ${index}`, type: OrganisationType.COMPANY, businessId: contested }))),
    );
    expect(racing.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of racing) {
      if (result.status === 'rejected')
        expect(result.reason).toBeInstanceOf(result.reason instanceof ConflictError ? ConflictError : UniqueConstraintViolationException);
    }
    expect(await app.sql('select id from organisation where business_id = ?', [contested])).toHaveLength(1);
  });

  it('lets exactly one of two concurrent updates with the same version win', async () => {
    const organisation = await app.run(() => organisations.create(actor, { name: 'Kilpailu', type: OrganisationType.ASSOCIATION }));
    const results = await Promise.allSettled(
      ['A', 'B', 'C'].map((suffix) => app.run(() => organisations.update(actor, organisation.id, 1, { name: `Kilpailu ${suffix}` }))),
    );
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    expect(fulfilled).toHaveLength(1);
    for (const result of results)
      if (result.status === 'rejected') expect(String(result.reason?.constructor?.name)).toMatch(/StaleVersionError|OptimisticLockError/);
    const [row] = await app.sql<{ version: number }>('select version from organisation where id = ?', [organisation.id]);
    expect(row.version).toBe(2);
  });

  it('throws NotFound and StaleVersion errors for the record a mutation acts on', async () => {
    await expect(app.run(() => contacts.update(actor, '7a1b2c3d-0000-4000-8000-000000000000', 1, {}))).rejects.toBeInstanceOf(NotFoundError);
    const contact = await app.run(() => contacts.create(actor, { firstName: 'A', lastName: 'B', lawfulBasis: LawfulBasis.PUBLIC_TASK }));
    await expect(app.run(() => contacts.update(actor, contact.id, 5, { lastName: 'C' }))).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('keeps group memberships unique under concurrent adds', async () => {
    const group = await app.run(() => groups.create(actor, { name: 'Rinnakkaiset' }));
    const organisation = await app.run(() => organisations.create(actor, { name: 'Jäsen', type: OrganisationType.ASSOCIATION }));
    await Promise.all([0, 1, 2, 3].map(() => app.run(() => groups.addMembers(actor, { groupId: group.id, organisationIds: [organisation.id] }))));
    const rows = await app.sql('select * from group_organisation where group_id = ?', [group.id]);
    expect(rows).toHaveLength(1);
  });
});
