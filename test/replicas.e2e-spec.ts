import { StatementCounter } from '../bench/statement-counter.ts';
import { TestApp } from './support/test-app.js';
import { createActivityWith, createConsultation } from './support/engagement-factories.js';
import { addMembers, createContact, createGroup, createOrganisation } from './support/factories.js';

/**
 * DATABASE_READ_URLS: a stand-in replica (the same database, reached through a loopback proxy that counts
 * the statements sent through it). Lists and coverage read from it; writes, and what mutations read, stay
 * on the primary.
 */
const onServer = Boolean(process.env.DATABASE_URL);

(onServer ? describe : describe.skip)('read replicas (DATABASE_READ_URLS)', () => {
  let app: TestApp;
  let replica: StatementCounter;
  let replicaUrl = '';

  beforeAll(async () => {
    const environment: Record<string, string> = {};
    app = await TestApp.start(environment, undefined, {
      connectThrough: async (url) => {
        const target = new URL(url);
        replica = new StatementCounter(target.hostname, Number(target.port || 5432));
        const proxied = new URL(url);
        proxied.hostname = '127.0.0.1';
        proxied.port = String(await replica.start());
        replicaUrl = proxied.toString();
        environment.DATABASE_READ_URLS = replicaUrl;
        return url;
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await replica?.stop();
  });

  it('reads the replica list from DATABASE_READ_URLS', () => {
    expect(app.config.databaseReadUrls).toEqual([replicaUrl]);
  });

  it('writes to the primary only, and serves lists and coverage from the replica with the same answers', async () => {
    const before = replica.statements;
    const organisation = await createOrganisation(app, { name: 'Replikan Nuorisoseura ry' });
    const contact = await createContact(app, { affiliations: [{ organisationId: organisation.id, role: 'Puheenjohtaja' }] });
    const group = await createGroup(app, { name: 'Replikan nuoret', hardToReach: true });
    await addMembers(app, group.id, { organisationIds: [organisation.id], contactIds: [contact.id] });
    const consultation = await createConsultation(app, { targetGroupIds: [group.id] });
    await createActivityWith(app, consultation.id, { phase: 'INITIATION', date: '2026-02-10' }, [{ kind: 'PARTICIPATED', organisationId: organisation.id }]);
    const updated = await app.ok<{ updateOrganisation: { version: number; groups: { id: string }[] } }>(
      'mutation ($id: ID!, $version: Int!) { updateOrganisation(id: $id, version: $version, input: { municipality: "Kuopio" }) { version groups { id } } }',
      { id: organisation.id, version: organisation.version },
    );
    expect(updated.updateOrganisation.groups).toEqual([{ id: group.id }]);
    expect(replica.statements).toBe(before);

    const list = await app.ok<{
      organisations: { totalCount: number; nodes: { id: string; municipality: string; affiliations: { contact: { id: string } }[] }[] };
    }>('query { organisations(filter: { search: "replikan" }) { totalCount nodes { id municipality affiliations { contact { id } } } } }');
    expect(list.organisations).toEqual({
      totalCount: 1,
      nodes: [{ id: organisation.id, municipality: 'Kuopio', affiliations: [{ contact: { id: contact.id } }] }],
    });
    const afterList = replica.statements;
    expect(afterList).toBeGreaterThan(before);

    const coverage = await app.ok<{ consultationCoverage: { groups: { group: { id: string }; heard: number; phasesHeard: string[] }[] } }>(
      'query ($id: ID!) { consultationCoverage(consultationId: $id) { groups { group { id } heard phasesHeard } } }',
      { id: consultation.id },
    );
    expect(coverage.consultationCoverage.groups.find((row) => row.group.id === group.id)).toEqual({
      group: { id: group.id },
      heard: 1,
      phasesHeard: ['INITIATION'],
    });
    const unheard = await app.ok<{ unheardGroups: { id: string }[] }>('query { unheardGroups(window: { from: "2026-01-01", to: "2026-12-31" }) { id } }');
    expect(unheard.unheardGroups.map((row) => row.id)).not.toContain(group.id);
    expect(replica.statements).toBeGreaterThan(afterList);
  });

  it('keeps optimistic locking right: a stale version is CONFLICT, the current one is accepted', async () => {
    const organisation = await createOrganisation(app);
    const update = (version: number) =>
      app.graphql('mutation ($id: ID!, $version: Int!) { updateOrganisation(id: $id, version: $version, input: { notes: "x" }) { version } }', {
        id: organisation.id,
        version,
      });
    expect((await update(organisation.version)).data?.updateOrganisation.version).toBe(organisation.version + 1);
    expect((await update(organisation.version)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await update(organisation.version + 1)).data?.updateOrganisation.version).toBe(organisation.version + 2);
  });
});
