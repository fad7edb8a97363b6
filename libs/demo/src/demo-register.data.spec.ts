import { isValidBusinessId } from '@sidos/common';
import { LawfulBasis } from '@sidos/register';
import { DEMO_CONTACTS, DEMO_GROUPS, DEMO_ORGANISATIONS, DEMO_POLICY_AREAS } from './demo-register.data.js';

describe('demo register data', () => {
  it('has about thirty organisations with valid, distinct business IDs', () => {
    expect(DEMO_ORGANISATIONS.length).toBeGreaterThanOrEqual(30);
    const ids = DEMO_ORGANISATIONS.flatMap((organisation) => (organisation.businessId ? [organisation.businessId] : []));
    for (const id of ids) expect(isValidBusinessId(id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refers only to groups, policy areas and organisations it defines', () => {
    const groups = new Set(DEMO_GROUPS.map((group) => group.key));
    const areas = new Set(DEMO_POLICY_AREAS.map((area) => area.code));
    const organisations = new Set(DEMO_ORGANISATIONS.map((organisation) => organisation.key));
    for (const organisation of DEMO_ORGANISATIONS) {
      for (const key of organisation.groups) expect(groups).toContain(key);
      for (const code of organisation.policyAreas) expect(areas).toContain(code);
    }
    for (const contact of DEMO_CONTACTS) {
      for (const affiliation of contact.affiliations) expect(organisations).toContain(affiliation.organisation);
      for (const key of contact.groups ?? []) expect(groups).toContain(key);
    }
  });

  it('names every group and policy area in Swedish too', () => {
    expect(DEMO_GROUPS.filter((group) => !group.nameSv?.trim()).map((group) => group.key)).toEqual([]);
    expect(DEMO_POLICY_AREAS.filter((area) => !area.nameSv.trim()).map((area) => area.code)).toEqual([]);
  });

  it('flags the groups whose voice easily goes unheard', () => {
    const hardToReach = DEMO_GROUPS.filter((group) => group.hardToReach).map((group) => group.name);
    expect(hardToReach).toEqual(expect.arrayContaining(['Young people', 'Immigrants and language minorities', 'The Sámi', 'People with disabilities']));
  });

  it('marks the groups whose membership is special-category data (health, ethnic origin, religion)', () => {
    const special = DEMO_GROUPS.filter((group) => group.specialCategory).map((group) => group.name);
    expect(special.sort()).toEqual(['Immigrants and language minorities', 'People with disabilities', 'Roma', 'The Sámi']);
  });

  it('gives consent contacts a consent time', () => {
    for (const contact of DEMO_CONTACTS.filter((demo) => demo.lawfulBasis === LawfulBasis.CONSENT)) expect(contact.consentAt).toBeDefined();
  });
});
