import { OptimisticLockError } from '@mikro-orm/core';
import { StaleVersionError } from '@sidos/common';
import { Organisation, OrganisationType } from '@sidos/register';
import { withCurrentVersion } from '../libs/database/src/stale-version.js';
import { TestServices } from './support/test-services.js';
import { randomBusinessId } from './support/factories.js';

/**
 * A flush that another transaction's commit overtook fails with MikroORM's OptimisticLockError, which knows
 * no version: withCurrentVersion (used by the mutation transaction) answers it as a StaleVersionError with the
 * version the record has now, so that the client's CONFLICT carries extensions.currentVersion.
 */
describe('stale version from an overtaken flush', () => {
  let app: TestServices;

  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function overtakenFlush(): Promise<{ id: string; error: unknown; loser: ReturnType<TestServices['em']> }> {
    const seed = app.em();
    const organisation = seed.create(Organisation, { name: 'Lukkotesti ry', type: OrganisationType.ASSOCIATION, businessId: randomBusinessId() });
    await seed.flush();
    const winner = app.em();
    const loser = app.em();
    const [won, lost] = await Promise.all([winner.findOneOrFail(Organisation, organisation.id), loser.findOneOrFail(Organisation, organisation.id)]);
    won.name = 'Voittaja ry';
    await winner.flush();
    won.name = 'Voittaja ry (taas)';
    await winner.flush();
    lost.name = 'Häviäjä ry';
    const error = await loser.flush().then(
      () => null,
      (caught: unknown) => caught,
    );
    return { id: organisation.id, error, loser };
  }

  it('turns the ORM error into a StaleVersionError with the version the record has now', async () => {
    const { id, error, loser } = await overtakenFlush();
    expect(error).toBeInstanceOf(OptimisticLockError);
    const answered = await withCurrentVersion(loser, error);
    expect(answered).toBeInstanceOf(StaleVersionError);
    expect(answered).toMatchObject({ entityType: 'Organisation', id, details: { currentVersion: 3 } });
    const [row] = await app.sql<{ name: string; version: number }>('select name, version from organisation where id = ?', [id]);
    expect(row).toEqual({ name: 'Voittaja ry (taas)', version: 3 });
  });

  it("gives a service's own StaleVersionError the version read now, and leaves other errors as they are", async () => {
    const { id, loser } = await overtakenFlush();
    const answered = await withCurrentVersion(loser, new StaleVersionError('Organisation', id, 1));
    expect(answered).toMatchObject({ details: { currentVersion: 3 } });
    const other = new Error('something else');
    expect(await withCurrentVersion(loser, other)).toBe(other);
    const gone = new StaleVersionError('Organisation', '6e0c2d80-0000-4000-8000-000000000000', 1);
    expect(await withCurrentVersion(loser, gone)).toBe(gone);
  });
});
