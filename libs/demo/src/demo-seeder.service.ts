import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, OrganisationPolicyArea, PolicyArea, StakeholderGroup } from '@sidos/register';
import { DEMO_CONTACTS, DEMO_GROUPS, DEMO_ORGANISATIONS, DEMO_POLICY_AREAS } from './demo-register.data';

export interface DemoSeedResult {
  seeded: boolean;
  organisations: number;
  contacts: number;
  groups: number;
}

/** Loads the demo register into an empty database, all or nothing. */
@Injectable()
export class DemoSeeder {
  constructor(private readonly em: EntityManager) {}

  async seedIfEmpty(): Promise<DemoSeedResult> {
    const em = this.em.fork();
    if ((await em.count(Organisation)) > 0) return { seeded: false, organisations: 0, contacts: 0, groups: 0 };
    await em.transactional(async (tx) => {
      const policyAreas = new Map(DEMO_POLICY_AREAS.map((area) => [area.code, tx.create(PolicyArea, area)]));
      const groups = new Map(
        DEMO_GROUPS.map((group) => [
          group.key,
          tx.create(StakeholderGroup, { name: group.name, description: group.description, hardToReach: group.hardToReach, reachNotes: group.reachNotes ?? null }),
        ]),
      );
      const organisations = new Map<string, Organisation>();
      for (const demo of DEMO_ORGANISATIONS) {
        const organisation = tx.create(Organisation, {
          name: demo.name,
          nameSv: demo.nameSv ?? null,
          nameEn: demo.nameEn ?? null,
          businessId: demo.businessId ?? null,
          type: demo.type,
          languages: demo.languages,
          municipality: demo.municipality ?? null,
          website: demo.website ?? null,
        });
        organisations.set(demo.key, organisation);
        for (const code of demo.policyAreas) tx.create(OrganisationPolicyArea, { organisation, policyArea: policyAreas.get(code)! });
        for (const key of demo.groups) tx.create(GroupOrganisation, { organisation, group: groups.get(key)! });
      }
      for (const demo of DEMO_CONTACTS) {
        const contact = tx.create(Contact, {
          firstName: demo.firstName,
          lastName: demo.lastName,
          email: demo.email ?? null,
          title: demo.title ?? null,
          languages: demo.languages,
          lawfulBasis: demo.lawfulBasis,
          consentAt: demo.consentAt ? new Date(demo.consentAt) : null,
        });
        for (const affiliation of demo.affiliations) {
          tx.create(Affiliation, {
            contact,
            organisation: organisations.get(affiliation.organisation)!,
            role: affiliation.role,
            primary: affiliation.primary ?? false,
            since: affiliation.since ?? null,
            until: affiliation.until ?? null,
          });
        }
        for (const key of demo.groups ?? []) tx.create(GroupContact, { contact, group: groups.get(key)! });
      }
    });
    return { seeded: true, organisations: DEMO_ORGANISATIONS.length, contacts: DEMO_CONTACTS.length, groups: DEMO_GROUPS.length };
  }
}
