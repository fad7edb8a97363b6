import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/**
 * The size of each register relation's lists for the cost estimate: the 99th percentile of its fan-out
 * (how many organisations a group has, how many groups an organisation is in, …), over every period,
 * ended ones included; the whole table where a list can hold all of it.
 */
export const REGISTER_LIST_SIZES_SQL = `
with organisations_of_group as (select count(distinct organisation_id) as n from group_organisation group by group_id),
     contacts_of_group as (select count(distinct contact_id) as n from group_contact group by group_id),
     memberships_of_group as (
       select count(*) as n from (select group_id from group_organisation union all select group_id from group_contact) membership group by group_id
     ),
     groups_of_organisation as (select count(distinct group_id) as n from group_organisation group by organisation_id),
     groups_of_contact as (select count(distinct group_id) as n from group_contact group by contact_id),
     affiliations_of_organisation as (select count(*) as n from affiliation group by organisation_id),
     affiliations_of_contact as (select count(*) as n from affiliation group by contact_id),
     policy_areas_of_organisation as (select count(*) as n from organisation_policy_area group by organisation_id)
select
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from organisations_of_group) as "organisationsOfGroup",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from contacts_of_group) as "contactsOfGroup",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from memberships_of_group) as "membershipsOfGroup",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from groups_of_organisation) as "groupsOfOrganisation",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from groups_of_contact) as "groupsOfContact",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from affiliations_of_organisation) as "affiliationsOfOrganisation",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from affiliations_of_contact) as "affiliationsOfContact",
  (select coalesce(percentile_disc(0.99) within group (order by n), 0) from policy_areas_of_organisation) as "policyAreasOfOrganisation",
  (select count(*) from policy_area) as "policyAreas",
  (select count(*) from stakeholder_group) as "groups"`;

type RegisterListSizesRow = Record<
  | 'organisationsOfGroup'
  | 'contactsOfGroup'
  | 'membershipsOfGroup'
  | 'groupsOfOrganisation'
  | 'groupsOfContact'
  | 'affiliationsOfOrganisation'
  | 'affiliationsOfContact'
  | 'policyAreasOfOrganisation'
  | 'policyAreas'
  | 'groups',
  string | number
>;

/** How many items the register's plain lists hold, for the query cost estimate ("Type.field" → size). */
@Injectable()
export class RegisterListBoundRepository {
  constructor(private readonly em: EntityManager) {}

  async listBounds(): Promise<Record<string, number>> {
    const [row] = await this.em.fork().execute<RegisterListSizesRow[]>(REGISTER_LIST_SIZES_SQL);
    const size = (key: keyof RegisterListSizesRow) => Number(row[key]);
    return {
      'StakeholderGroup.organisations': size('organisationsOfGroup'),
      'StakeholderGroup.contacts': size('contactsOfGroup'),
      'StakeholderGroup.memberships': size('membershipsOfGroup'),
      'Organisation.groups': size('groupsOfOrganisation'),
      'Contact.groups': size('groupsOfContact'),
      'Organisation.affiliations': size('affiliationsOfOrganisation'),
      'Contact.affiliations': size('affiliationsOfContact'),
      'Organisation.policyAreas': size('policyAreasOfOrganisation'),
      'Query.policyAreas': size('policyAreas'),
      'ConsultationCoverage.gaps': size('groups'),
      'ConsultationCoverage.groups': size('groups'),
      'CoverageMatrix.groups': size('groups'),
      'Query.unheardGroups': size('groups'),
    };
  }
}
