import { OrganisationService } from '@sidos/register';
import { DuplicateFinderService, DuplicateOrganisationsArgs } from '@sidos/upkeep';
import { TestServices } from './support/test-services.js';
import { asInput, createOrganisation, viewer } from './support/service-factories.js';

interface Candidate {
  organisation: { id: string; name: string };
  duplicate: { id: string; name: string };
  score: number;
  reasons: string[];
}

/**
 * duplicateOrganisations: likely duplicates by business ID and by trigram similarity of names in fi/sv/en
 * (service tier; duplicates-api.e2e-spec.ts has the arguments' bounds and the role).
 */
describe('duplicate organisations', () => {
  let app: TestServices;
  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const duplicates = async (variables: Record<string, unknown> = {}): Promise<Candidate[]> => {
    const args = await asInput(DuplicateOrganisationsArgs, { first: 200, ...variables });
    const candidates = await app.run(() => app.get(DuplicateFinderService).find(args));
    return candidates.map(({ organisation, duplicate, score, reasons }) => ({
      organisation: { id: organisation.id, name: organisation.name },
      duplicate: { id: duplicate.id, name: duplicate.name },
      score,
      reasons,
    }));
  };
  const pairOf = (candidates: Candidate[], first: string, second: string) =>
    candidates.find((candidate) => [candidate.organisation.id, candidate.duplicate.id].sort().join() === [first, second].sort().join());

  it('pairs a business ID written differently (VAT form, no hyphen, leading zero dropped) with score 1', async () => {
    const registered = await createOrganisation(app, { name: 'Kemianteollisuus ry', businessId: '0112038-9' });
    const legacyVat = await createOrganisation(app, { name: 'Chemical Industry Federation of Finland' });
    const legacyShort = await createOrganisation(app, { name: 'KT ry' });
    // Legacy data, as an import from before validation wrote it (the API's validation normalises what it is given).
    await app.sql('update organisation set business_id = ? where id = ?', ['FI01120389', legacyVat.id]);
    await app.sql('update organisation set business_id = ? where id = ?', ['112038 9', legacyShort.id]);
    const unrelated = await createOrganisation(app, { name: 'Muu yhdistys ry', businessId: '0194099-3' });

    const candidates = await duplicates();

    const vatPair = pairOf(candidates, registered.id, legacyVat.id)!;
    expect(vatPair).toEqual({
      organisation: { id: registered.id, name: 'Kemianteollisuus ry' },
      duplicate: { id: legacyVat.id, name: 'Chemical Industry Federation of Finland' },
      score: 1,
      reasons: ['same business ID: 0112038-9 / FI01120389'],
    });
    expect(pairOf(candidates, registered.id, legacyShort.id)).toMatchObject({ score: 1, reasons: ['same business ID: 0112038-9 / 112038 9'] });
    expect(pairOf(candidates, legacyVat.id, legacyShort.id)).toMatchObject({ score: 1 });
    expect(candidates.some((candidate) => [candidate.organisation.id, candidate.duplicate.id].includes(unrelated.id))).toBe(false);
  });

  it('pairs names similar across languages and spellings, best first, each pair once, with the reasons', async () => {
    const original = await createOrganisation(app, {
      name: 'Suomen Yrittäjät ry',
      nameSv: 'Företagarna i Finland rf',
      nameEn: 'Federation of Finnish Enterprises',
    });
    const unaccented = await createOrganisation(app, { name: 'Suomen Yrittajat' });
    const swedishOnly = await createOrganisation(app, { name: 'Företagarna i Finland', nameEn: 'Finnish Enterprises' });
    const sameName = await createOrganisation(app, { name: 'SUOMEN YRITTÄJÄT RY' });

    const candidates = await duplicates();

    const exact = pairOf(candidates, original.id, sameName.id)!;
    expect(exact).toMatchObject({
      organisation: { id: original.id },
      duplicate: { id: sameName.id },
      score: 1,
      reasons: ['same name: "Suomen Yrittäjät ry" / "SUOMEN YRITTÄJÄT RY"'],
    });
    const spelling = pairOf(candidates, original.id, unaccented.id)!;
    expect(spelling.score).toBeGreaterThan(0.8);
    expect(spelling.score).toBeLessThan(1);
    expect(spelling.reasons).toEqual([`similar names (${spelling.score.toFixed(2)}): "Suomen Yrittäjät ry" / "Suomen Yrittajat"`]);
    const acrossLanguages = pairOf(candidates, original.id, swedishOnly.id)!;
    expect(acrossLanguages.reasons).toEqual(expect.arrayContaining([expect.stringContaining('"Företagarna i Finland rf" / "Företagarna i Finland"')]));
    expect(acrossLanguages.reasons.length).toBeGreaterThanOrEqual(2); // the Swedish names, and the English ones
    expect(pairOf(candidates, unaccented.id, sameName.id)).toMatchObject({ reasons: [expect.stringContaining('"Suomen Yrittajat" / "SUOMEN YRITTÄJÄT RY"')] });

    // Highest score first, and every pair once.
    const scores = candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const keys = candidates.map((candidate) => [candidate.organisation.id, candidate.duplicate.id].sort().join());
    expect(new Set(keys).size).toBe(keys.length);
    expect(candidates.every((candidate) => candidate.organisation.id !== candidate.duplicate.id)).toBe(true);
  });

  it('honours the threshold and first, and leaves archived organisations out', async () => {
    const near = await createOrganisation(app, { name: 'Pohjois-Karjalan Luonnonsuojelupiiri' });
    const nearer = await createOrganisation(app, { name: 'Pohjois-Karjalan luonnonsuojelupiiri ry' });
    const archived = await createOrganisation(app, { name: 'Pohjois-Karjalan Luonnonsuojelupiiri ry' });
    await app.mutate(() => app.get(OrganisationService).archive(viewer(), archived.id, 1));

    const loose = await duplicates({ threshold: 0.6 });
    const pair = pairOf(loose, near.id, nearer.id)!;
    expect(pair.score).toBeGreaterThanOrEqual(0.6);
    expect(loose.some((candidate) => [candidate.organisation.id, candidate.duplicate.id].includes(archived.id))).toBe(false);
    expect(loose.every((candidate) => candidate.score >= 0.6)).toBe(true);

    const strict = await duplicates({ threshold: Math.min(1, pair.score + 0.01) });
    expect(pairOf(strict, near.id, nearer.id)).toBeUndefined();
    expect(strict.every((candidate) => candidate.score >= pair.score + 0.01)).toBe(true);

    for (const first of [1, 2, 3, 5]) expect(await duplicates({ first })).toEqual(loose.slice(0, first));
    expect(await duplicates({ first: 0 })).toEqual([]);
  });
});
