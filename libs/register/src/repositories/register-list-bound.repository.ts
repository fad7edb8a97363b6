import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/**
 * The largest fan-out of each register relation, over every period (ended ones included, so a bound of
 * what any list of it can hold, whatever the date or `includeEnded`).
 */
export const REGISTER_LIST_BOUNDS_SQL = `
select
  (select coalesce(max(n), 0) from (select count(distinct organisation_id) as n from group_organisation group by group_id) t) as "organisationsOfGroup",
  (select coalesce(max(n), 0) from (select count(distinct contact_id) as n from group_contact group by group_id) t) as "contactsOfGroup",
  (select coalesce(max(n), 0) from (
     select count(*) as n from (select group_id from group_organisation union all select group_id from group_contact) m group by group_id
   ) t) as "membershipsOfGroup",
  (select coalesce(max(n), 0) from (select count(distinct group_id) as n from group_organisation group by organisation_id) t) as "groupsOfOrganisation",
  (select coalesce(max(n), 0) from (select count(distinct group_id) as n from group_contact group by contact_id) t) as "groupsOfContact",
  (select coalesce(max(n), 0) from (select count(*) as n from affiliation group by organisation_id) t) as "affiliationsOfOrganisation",
  (select coalesce(max(n), 0) from (select count(*) as n from affiliation group by contact_id) t) as "affiliationsOfContact",
  (select count(*) from policy_area) as "policyAreas",
  (select count(*) from stakeholder_group) as "groups"`;

type RegisterListBoundsRow = Record<
  | 'organisationsOfGroup'
  | 'contactsOfGroup'
  | 'membershipsOfGroup'
  | 'groupsOfOrganisation'
  | 'groupsOfContact'
  | 'affiliationsOfOrganisation'
  | 'affiliationsOfContact'
  | 'policyAreas'
  | 'groups',
  string | number
>;

/** How many items the register's plain lists can hold, for the query cost estimate ("Type.field" → bound). */
@Injectable()
export class RegisterListBoundRepository {
  constructor(private readonly em: EntityManager) {}

  async listBounds(): Promise<Record<string, number>> {
    const [row] = await this.em.fork().execute<RegisterListBoundsRow[]>(REGISTER_LIST_BOUNDS_SQL);
    const bound = (key: keyof RegisterListBoundsRow) => Number(row[key]);
    return {
      'StakeholderGroup.organisations': bound('organisationsOfGroup'),
      'StakeholderGroup.contacts': bound('contactsOfGroup'),
      'StakeholderGroup.memberships': bound('membershipsOfGroup'),
      'Organisation.groups': bound('groupsOfOrganisation'),
      'Contact.groups': bound('groupsOfContact'),
      'Organisation.affiliations': bound('affiliationsOfOrganisation'),
      'Contact.affiliations': bound('affiliationsOfContact'),
      'Organisation.policyAreas': bound('policyAreas'),
      'Consultation.policyAreas': bound('policyAreas'),
      'Query.policyAreas': bound('policyAreas'),
      'Consultation.targetGroups': bound('groups'),
      'ConsultationCoverage.gaps': bound('groups'),
      'ConsultationCoverage.groups': bound('groups'),
      'CoverageMatrix.groups': bound('groups'),
      'Query.unheardGroups': bound('groups'),
    };
  }
}
