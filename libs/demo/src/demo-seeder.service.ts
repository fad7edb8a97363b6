import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Activity, Consultation, ConsultationPolicyArea, ConsultationTargetGroup, Engagement } from '@sidos/engagement';
import { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, OrganisationPolicyArea, PolicyArea, StakeholderGroup } from '@sidos/register';
import { DEMO_CONSULTATIONS } from './demo-consultations.data.js';
import { seedDemoFacilitation } from './demo-facilitation.seed.js';
import { seedDemoPractice } from './demo-practice.data.js';
import { DEMO_CONTACTS, DEMO_GROUPS, DEMO_ORGANISATIONS, DEMO_POLICY_AREAS } from './demo-register.data.js';

export interface DemoSeedResult {
  seeded: boolean;
  organisations: number;
  contacts: number;
  groups: number;
}

/** The demo register's records by their keys (policy areas by code). */
interface DemoRecords {
  policyAreas: Map<string, PolicyArea>;
  groups: Map<string, StakeholderGroup>;
  organisations: Map<string, Organisation>;
  contacts: Map<string, Contact>;
}

/** Loads the demo register and TEM's demo consultations into an empty database, all or nothing. */
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
          tx.create(StakeholderGroup, {
            name: group.name,
            nameSv: group.nameSv ?? null,
            description: group.description,
            hardToReach: group.hardToReach,
            specialCategory: group.specialCategory ?? false,
            reachNotes: group.reachNotes ?? null,
          }),
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
      const contacts = new Map<string, Contact>();
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
        contacts.set(demo.key, contact);
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
      const activities = this.createConsultations(tx, { policyAreas, groups, organisations, contacts });
      seedDemoFacilitation(tx, activities, groups);
      await seedDemoPractice(tx, { policyAreas, organisations, contacts });
    });
    return { seeded: true, organisations: DEMO_ORGANISATIONS.length, contacts: DEMO_CONTACTS.length, groups: DEMO_GROUPS.length };
  }

  /** The demo consultations with their activities and engagement history, in the seeding transaction; answers the activities by title. */
  private createConsultations(tx: EntityManager, records: DemoRecords): Map<string, Activity> {
    const activities = new Map<string, Activity>();
    for (const demo of DEMO_CONSULTATIONS) {
      const consultation = tx.create(Consultation, {
        title: demo.title,
        description: demo.description,
        ministry: 'TEM',
        status: demo.status,
        currentPhase: demo.currentPhase,
        startsOn: demo.startsOn,
        endsOn: demo.endsOn ?? null,
      });
      for (const code of demo.policyAreas) tx.create(ConsultationPolicyArea, { consultation, policyArea: records.policyAreas.get(code)! });
      for (const key of demo.targetGroups) tx.create(ConsultationTargetGroup, { consultation, group: records.groups.get(key)! });
      for (const demoActivity of demo.activities) {
        const activity = tx.create(Activity, {
          consultation,
          title: demoActivity.title,
          method: demoActivity.method,
          mode: demoActivity.mode,
          phase: demoActivity.phase,
          date: demoActivity.date,
          participantCount: demoActivity.participantCount ?? null,
        });
        activities.set(demoActivity.title, activity);
        for (const engagement of demoActivity.engagements) {
          tx.create(Engagement, {
            activity,
            kind: engagement.kind,
            organisation: engagement.organisation ? records.organisations.get(engagement.organisation)! : null,
            contact: engagement.contact ? records.contacts.get(engagement.contact)! : null,
            group: engagement.group ? records.groups.get(engagement.group)! : null,
            participantCount: engagement.participantCount ?? null,
            notes: engagement.notes ?? null,
          });
        }
      }
    }
    return activities;
  }
}
